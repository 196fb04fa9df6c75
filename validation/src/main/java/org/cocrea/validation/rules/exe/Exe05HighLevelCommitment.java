package org.cocrea.validation.rules.exe;

import static org.cocrea.validation.rules.support.Seats.isGovernment;
import static org.cocrea.validation.rules.support.Seats.signatorySector;
import static org.cocrea.validation.rules.support.Seats.stlPointer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.Person;
import org.cocrea.core.Sector;
import org.cocrea.core.Seniority;
import org.cocrea.core.Signatory;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * EXE-05 · High-level political commitment: ≥1 government signatory of declaration or installation act is head of
 * institution. · W · Person.seniority · [S:SRC lesson b][S:APT Sonora Governor signed]. Fails with its own message
 * when no signatory is of a government sector at all. A signatory whose person, sector or seniority is absent from a
 * PARTIAL record or part is not recorded: when it could be the head of institution (or the government signatory), the
 * exercise is NOT_RECORDED, and the message of a failure says the seniority is not recorded, never that the person
 * "is not" head.
 */
public final class Exe05HighLevelCommitment {

  /** The rule EXE-05, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("EXE-05").inaiLocal().warning()
      .source("[S:SRC lesson b][S:APT Sonora Governor signed]")
      .needs("declarations[].signatories[].personId", "stls[].installationAct.signatories[].personId",
          "people[].seniority")
      .whenAbsent(Absence.FAIL)
      .check(Exe05HighLevelCommitment::check);

  private Exe05HighLevelCommitment() {}

  private static void check(RuleContext ctx, Subjects s) {
    LocalExercise x = ctx.exercise();
    List<Signatory> signatories = new ArrayList<>();
    String pointer = null;
    for (int i = 0; i < x.declarations().size(); i++) {
      List<Signatory> list = x.declarations().get(i).signatories();
      if (pointer == null && !list.isEmpty()) {
        pointer = "/declarations/" + i + "/signatories";
      }
      signatories.addAll(list);
    }
    for (int i = 0; i < x.stls().size(); i++) {
      List<Signatory> list = x.stls().get(i).installationAct().map(a -> a.signatories()).orElse(List.of());
      if (pointer == null && !list.isEmpty()) {
        pointer = stlPointer(i) + "/installationAct/signatories";
      }
      signatories.addAll(list);
    }
    if (signatories.isEmpty()) {
      s.notApplicable("");
      return;
    }
    int government = 0;
    boolean head = false;
    boolean sectorNotRecorded = false;
    boolean seniorityNotRecorded = false;
    for (Signatory sig : signatories) {
      Optional<Sector> sector = signatorySector(ctx, sig);
      sectorNotRecorded |= sector.isEmpty() && !ctx.complete(sig);
      if (sector.map(value -> isGovernment(ctx, value)).orElse(false)) {
        government++;
        Optional<Person> person = sig.personId().flatMap(id -> ctx.index().person(id));
        head |= person.flatMap(Person::seniority).map(level -> level == Seniority.HEAD_OF_INSTITUTION).orElse(false);
        seniorityNotRecorded |= person.isEmpty() ? !ctx.complete(sig)
            : person.get().seniority().isEmpty() && !ctx.complete(person.get());
      }
    }
    if (government == 0 && sectorNotRecorded) {
      s.notRecorded(pointer, pointer);   // a signatory of unrecorded sector may be the government's
    } else if (government == 0) {
      s.failWith(pointer, "noGovernment", x.id(), signatories.size());
    } else if (!head && seniorityNotRecorded) {
      s.notRecorded(pointer, pointer);   // the seniority of a government signatory is not recorded
    } else {
      s.check(head, pointer, x.id(), government);
    }
  }
}
