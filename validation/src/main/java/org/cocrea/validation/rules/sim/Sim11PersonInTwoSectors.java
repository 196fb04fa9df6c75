package org.cocrea.validation.rules.sim;

import static org.cocrea.validation.rules.support.Seats.seatSectorOrTitular;
import static org.cocrea.validation.rules.sim.SimSupport.participantSector;
import static org.cocrea.validation.rules.sim.SimSupport.GROUNDING;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Participation;
import org.cocrea.core.ParticipatoryTable;
import org.cocrea.core.Person;
import org.cocrea.core.Sector;
import org.cocrea.core.StlMembership;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Messages;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * SIM-11 · The same person appears in two different sectors (seats or tables). · Person ids · any
 *
 * <p>Subjects: each person appearing in an STL membership or a table participation with a known sector; the
 * finding points at the first appearance in a second sector.
 */
public final class Sim11PersonInTwoSectors {

  /** The rule SIM-11, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("SIM-11").anyFramework().warning()
      .source("[P] any" + GROUNDING)
      .needs("stls[].memberships[].personId", "plans[].coCreation.tables[].participants[].personId")
      .whenAbsent(Absence.NOT_APPLICABLE)
      .check(Sim11PersonInTwoSectors::check);

  private Sim11PersonInTwoSectors() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    Map<String, Appearance> first = new LinkedHashMap<>();
    Set<String> flagged = new HashSet<>();
    List<LocalTechnicalSecretariat> stls = ctx.exercise().stls();
    for (int s = 0; s < stls.size(); s++) {
      List<StlMembership> memberships = stls.get(s).memberships();
      for (int i = 0; i < memberships.size(); i++) {
        StlMembership m = memberships.get(i);
        if (m.personId().isPresent()) {
          Optional<Sector> sector = seatSectorOrTitular(ctx, m);
          if (sector.isPresent()) {
            appear(ctx, subjects, first, flagged, m.personId().get(), sector.get(), "/stls/" + s + "/memberships/" + i);
          }
        }
      }
    }
    List<LocalActionPlan> plans = ctx.exercise().plans();
    for (int p = 0; p < plans.size(); p++) {
      if (plans.get(p).coCreation().isEmpty()) {
        continue;
      }
      List<ParticipatoryTable> tables = plans.get(p).coCreation().get().tables();
      for (int t = 0; t < tables.size(); t++) {
        List<Participation> participants = tables.get(t).participants();
        for (int k = 0; k < participants.size(); k++) {
          Participation participation = participants.get(k);
          Optional<Sector> sector = participantSector(ctx, participation);
          if (participation.personId().isPresent() && sector.isPresent()) {
            appear(ctx, subjects, first, flagged, participation.personId().get(), sector.get(),
                "/plans/" + p + "/coCreation/tables/" + t + "/participants/" + k);
          }
        }
      }
    }
    first.forEach((person, appearance) -> {
      if (!flagged.contains(person)) {
        subjects.pass(appearance.pointer());
      }
    });
  }

  private static void appear(RuleContext ctx, Subjects subjects, Map<String, Appearance> first, Set<String> flagged,
      String person, Sector sector, String pointer) {
    Appearance seen = first.putIfAbsent(person, new Appearance(sector, pointer));
    if (seen != null && seen.sector() != sector && flagged.add(person)) {
      subjects.fail(pointer, person, seen.sector().label(ctx.options().locale()),
          sector.label(ctx.options().locale()), Messages.place(seen.pointer(), ctx.options().locale()));
    }
  }

  private record Appearance(Sector sector, String pointer) {}
}
