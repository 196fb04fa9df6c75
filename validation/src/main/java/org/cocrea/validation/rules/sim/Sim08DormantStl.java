package org.cocrea.validation.rules.sim;

import static org.cocrea.validation.rules.sim.SimSupport.GROUNDING;

import java.time.LocalDate;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.StlSession;
import org.cocrea.core.StlStatus;
import org.cocrea.core.PartialDate;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * SIM-08 · STL installed but no PAL after 18 months, or no session in 12 months. · dates · 18 / 12 months
 * (observed max to PAL ≈ 14.5 months, SLP [S:APT])
 *
 * <p>Time-aware. Subjects: each STL installed on or before the as-of date and not DISSOLVED. A PAL counts when a
 * plan was published between the installation and the as-of date; the last session is the latest one on or
 * before the as-of date (the installation when there is none).
 */
public final class Sim08DormantStl {

  /** The rule SIM-08, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("SIM-08").anyFramework().warning()
      .source("[P] 18 / 12 months (observed max to PAL ≈ 14.5 months, SLP [S:APT])" + GROUNDING)
      .threshold("monthsToPal", 18)
      .threshold("monthsWithoutSession", 12)
      .timeAware()
      .needs("stls[].installedOn", "plans[].publishedOn", "stls[].sessions[].date")
      .whenAbsent(Absence.FAIL)
      .check(Sim08DormantStl::check);

  private Sim08DormantStl() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    LocalDate asOf = ctx.asOf().orElseThrow();
    int monthsToPal = ctx.intThreshold("monthsToPal");
    int monthsWithoutSession = ctx.intThreshold("monthsWithoutSession");
    NavigableSet<LocalDate> published = new TreeSet<>();
    ctx.exercise().plans().forEach(plan -> plan.publishedOn().flatMap(PartialDate::toLocalDate).ifPresent(published::add));
    List<LocalTechnicalSecretariat> stls = ctx.exercise().stls();
    for (int s = 0; s < stls.size(); s++) {
      LocalTechnicalSecretariat stl = stls.get(s);
      String pointer = "/stls/" + s;
      if (stl.installedOn().flatMap(PartialDate::toLocalDate).isEmpty() || stl.installedOn().flatMap(PartialDate::toLocalDate).get().isAfter(asOf)
          || stl.status().orElse(null) == StlStatus.DISSOLVED) {
        subjects.notApplicable(pointer);
        continue;
      }
      LocalDate installed = stl.installedOn().flatMap(PartialDate::toLocalDate).get();
      LocalDate firstAfterInstallation = published.ceiling(installed);
      boolean palPublished = firstAfterInstallation != null && !firstAfterInstallation.isAfter(asOf);
      boolean noPal = !palPublished && asOf.isAfter(installed.plusMonths(monthsToPal));
      LocalDate lastSession = stl.sessions().stream().map(StlSession::date).flatMap(d -> d.flatMap(PartialDate::toLocalDate).stream())
          .filter(d -> !d.isAfter(asOf)).max(LocalDate::compareTo).orElse(installed);
      boolean noSession = asOf.isAfter(lastSession.plusMonths(monthsWithoutSession));
      if (noPal && noSession) {
        subjects.failWith(pointer, "both", stl.id(), installed, monthsToPal, lastSession, monthsWithoutSession, asOf);
      } else if (noPal) {
        subjects.fail(pointer, stl.id(), installed, monthsToPal, asOf);
      } else if (noSession) {
        subjects.failWith(pointer, "noSession", stl.id(), lastSession, monthsWithoutSession, asOf);
      } else {
        subjects.pass(pointer);
      }
    }
  }
}
