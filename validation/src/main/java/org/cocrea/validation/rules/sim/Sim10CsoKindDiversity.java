package org.cocrea.validation.rules.sim;

import static org.cocrea.validation.rules.support.Seats.isSeat;
import static org.cocrea.validation.rules.support.Seats.seatSectorOrTitular;
import static org.cocrea.validation.rules.sim.SimSupport.participantSector;
import static org.cocrea.validation.rules.sim.SimSupport.GROUNDING;
import static org.cocrea.validation.rules.sim.SimSupport.forEachCoCreation;
import static org.cocrea.validation.rules.sim.SimSupport.organizationOf;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cocrea.core.CsoType;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Organization;
import org.cocrea.core.Participation;
import org.cocrea.core.Sector;
import org.cocrea.core.StlMembership;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Texts;

/**
 * SIM-10 · All CSO participants belong to one {@code CsoType} (e.g. only business chambers). · Organization.cso ·
 * 1 type ([S:SRC] four CSO kinds)
 *
 * <p>Subjects: each STL (civil-society seats) and each plan's co-creation (civil-society participants); fails when
 * their distinct CSO types are at most {@code maxCsoTypes}; not applicable when some CSO's type is unknown and
 * the known ones do not exceed the threshold (another type may be hidden there).
 */
public final class Sim10CsoKindDiversity {

  /** The rule SIM-10, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("SIM-10").anyFramework().warning()
      .source("[P] 1 type ([S:SRC] four CSO kinds)" + GROUNDING)
      .threshold("maxCsoTypes", 1)
      .needs("organizations[].csoType")
      .whenAbsent(Absence.NOT_APPLICABLE)
      .check(Sim10CsoKindDiversity::check);

  private Sim10CsoKindDiversity() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    int max = ctx.intThreshold("maxCsoTypes");
    List<LocalTechnicalSecretariat> stls = ctx.exercise().stls();
    for (int s = 0; s < stls.size(); s++) {
      LocalTechnicalSecretariat stl = stls.get(s);
      Set<String> csos = new LinkedHashSet<>();
      for (StlMembership m : stl.memberships()) {
        if (isSeat(m) && seatSectorOrTitular(ctx, m).orElse(null) == Sector.CIVIL_SOCIETY) {
          m.organizationId().ifPresent(csos::add);
        }
      }
      judgeCsoTypes(ctx, subjects, "/stls/" + s, "message", Texts.name(ctx, "/stls/" + s, stl.id(), stl.name()), csos, max);
    }
    forEachCoCreation(ctx, (plan, pointer, participants) -> {
      Set<String> csos = new LinkedHashSet<>();
      for (Participation p : participants) {
        if (participantSector(ctx, p).orElse(null) == Sector.CIVIL_SOCIETY) {
          organizationOf(ctx, p).ifPresent(csos::add);
        }
      }
      judgeCsoTypes(ctx, subjects, pointer, "tables", plan.id(), csos, max);
    });
  }

  private static void judgeCsoTypes(RuleContext ctx, Subjects subjects, String pointer, String variant,
      String subjectId, Set<String> csos, int max) {
    Set<CsoType> types = EnumSet.noneOf(CsoType.class);
    int unknown = 0;
    for (String id : csos) {
      Optional<CsoType> type = ctx.index().organization(id).flatMap(Organization::csoType);
      if (type.isPresent()) {
        types.add(type.get());
      } else {
        unknown++;
      }
    }
    if (csos.isEmpty() || (types.size() <= max && unknown > 0)) {
      subjects.notApplicable(pointer);
    } else if (types.size() > max) {
      subjects.pass(pointer);
    } else {
      String labels = types.stream().map(t -> t.label(ctx.options().locale())).collect(Collectors.joining(", "));
      subjects.failWith(pointer, variant, subjectId, csos.size(), labels);
    }
  }
}
