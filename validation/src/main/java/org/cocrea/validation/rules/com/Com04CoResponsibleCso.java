package org.cocrea.validation.rules.com;

import static org.cocrea.validation.rules.com.ComSupport.forEachCommitment;
import static org.cocrea.validation.rules.com.ComSupport.label;
import static org.cocrea.validation.rules.support.Seats.SOCIETAL;
import static org.cocrea.validation.rules.support.Seats.organizationSector;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cocrea.core.Sector;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * COM-04 · ≥1 co-responsible CSO ("responsable social"). · W · coResponsibleCsos · [S:KIT3][S:TAB]. An organisation
 * named without a record ({@code coResponsibleCsoNames}) counts. With neither, the commitment fails where its
 * co-responsibles are recorded as none and is NOT_RECORDED in a PARTIAL record or part.
 */
public final class Com04CoResponsibleCso {

  /** The rule COM-04, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("COM-04").anyFramework().warning()
      .source("[S:KIT3][S:TAB]")
      .needs("plans[].commitments[].coResponsibleCsoIds", "plans[].commitments[].coResponsibleCsoNames",
          "organizations[].sector")
      .whenAbsent(Absence.FAIL)
      .check(Com04CoResponsibleCso::check);

  private Com04CoResponsibleCso() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    Set<Sector> societal = EnumSet.copyOf(SOCIETAL);
    societal.removeAll(ctx.options().governmentSeatSectors());
    forEachCommitment(ctx.exercise(), subjects, (plan, c, ptr) -> {
      List<String> ids = c.coResponsibleCsoIds();
      if (!c.coResponsibleCsoNames().isEmpty()) {
        subjects.pass(ptr);    // named without a record: a co-responsible named by the source counts
      } else if (ids.isEmpty()) {
        if (ctx.complete(c, "coResponsibleCsoIds") && ctx.complete(c, "coResponsibleCsoNames")) {
          subjects.failWith(ptr, "none", label(ctx, c, ptr));
        } else {
          subjects.notRecorded(ptr, ptr + "/coResponsibleCsoIds", ptr + "/coResponsibleCsoNames");
        }
      } else if (ids.stream().anyMatch(id -> organizationSector(ctx, id).map(societal::contains)
          .orElse(true))) {
        subjects.pass(ptr);
      } else {
        subjects.failWith(ptr + "/coResponsibleCsoIds", "notSocietal", label(ctx, c, ptr), String.join(", ", ids));
      }
    });
  }
}
