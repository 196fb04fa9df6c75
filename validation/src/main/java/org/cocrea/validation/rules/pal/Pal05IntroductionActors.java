package org.cocrea.validation.rules.pal;

import static org.cocrea.validation.rules.pal.PalSupport.forEachPlan;
import static org.cocrea.validation.rules.pal.PalSupport.present;
import static org.cocrea.validation.rules.support.Seats.organizationSector;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.cocrea.core.Introduction;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.PalSections;
import org.cocrea.core.Sector;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.ValidatorOptions;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * PAL-05 · Introduction names the actors involved incl. guarantor body, government, civil society and INAI. · W ·
 * sections.introduction.actors · [S:F16 1.III]. Checked on the actors named by id ({@code actorIds}) through their
 * sectors (government per {@link ValidatorOptions#governmentSeatSectors()}; INAI is
 * {@link Sector#NATIONAL_GUARANTOR}; the exercise's guarantor body also counts as guarantor). Not applicable
 * without an introduction, or when the actors are given only as free text.
 */
public final class Pal05IntroductionActors {

  /** The rule PAL-05, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("PAL-05").inaiLocal().warning()
      .source("[S:F16 1.III]")
      .needs("plans[].sections.introduction.actorIds", "organizations[].sector")
      .whenAbsent(Absence.FAIL)
      .check(Pal05IntroductionActors::check);

  private Pal05IntroductionActors() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    LocalExercise x = ctx.exercise();
    Set<Sector> government = ctx.options().governmentSeatSectors();
    Locale locale = ctx.options().locale();
    forEachPlan(x, subjects, (plan, ptr) -> {
      Optional<Introduction> intro = plan.sections().flatMap(PalSections::introduction);
      if (intro.isEmpty() || intro.get().actorIds().isEmpty() && present(intro.get().actors())) {
        subjects.notApplicable(ptr);
        return;
      }
      Set<Sector> named = EnumSet.noneOf(Sector.class);
      boolean guarantor = false;
      for (String id : intro.get().actorIds()) {
        organizationSector(ctx, id).ifPresent(named::add);
        guarantor |= x.guarantorBodyId().map(id::equals).orElse(false);
      }
      List<String> missing = new ArrayList<>();
      if (!guarantor && !named.contains(Sector.GUARANTOR_BODY)) {
        missing.add(Sector.GUARANTOR_BODY.label(locale));
      }
      if (named.stream().noneMatch(government::contains)) {
        missing.add(Sector.GOVERNMENT.label(locale));
      }
      if (!named.contains(Sector.CIVIL_SOCIETY)) {
        missing.add(Sector.CIVIL_SOCIETY.label(locale));
      }
      if (!named.contains(Sector.NATIONAL_GUARANTOR)) {
        missing.add(Sector.NATIONAL_GUARANTOR.label(locale));
      }
      subjects.check(missing.isEmpty(), ptr + "/sections/introduction", String.join(", ", missing), plan.id());
    });
  }
}
