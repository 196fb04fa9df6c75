package org.cocrea.validation.rules.sim;

import static org.cocrea.validation.rules.sim.SimSupport.GROUNDING;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.PartialDate;
import org.cocrea.core.StlSession;
import org.cocrea.core.StlStatus;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Texts;
import org.cocrea.validation.rules.support.Dates;

/**
 * SIM-08 · STL installed but no PAL after 18 months, or no session in 12 months. · dates · 18 / 12 months
 * (observed max to PAL ≈ 14.5 months, SLP [S:APT])
 *
 * <p>Time-aware. Subjects: each STL installed on or before the as-of date and not DISSOLVED. A PAL counts when a
 * plan was published between the installation and the as-of date; the last session is the latest one on or
 * before the as-of date (the installation when there is none). In a PARTIAL record a plan, a publication date or a
 * session not recorded may close the gap: the STL is then NOT_RECORDED, and a failure's message says what the record
 * does not hold ("no se registra ningún PAL publicado"), never that the STL did not act.
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

  /** The plans, or plans' publication dates, not recorded (a PARTIAL list of plans, or a plan's PARTIAL date). */
  private static List<String> plansNotRecorded(RuleContext ctx) {
    List<String> facts = new ArrayList<>();
    if (!ctx.complete(ctx.exercise(), "plans")) {
      facts.add("/plans");
    }
    List<LocalActionPlan> plans = ctx.exercise().plans();
    for (int p = 0; p < plans.size(); p++) {
      if (plans.get(p).publishedOn().isEmpty() && !ctx.complete(plans.get(p), "publishedOn")) {
        facts.add("/plans/" + p + "/publishedOn");
      }
    }
    return facts;
  }

  /** Whether an STL's sessions, and their dates, are recorded in full. */
  private static boolean sessionsComplete(RuleContext ctx, LocalTechnicalSecretariat stl) {
    return ctx.complete(stl, "sessions")
        && stl.sessions().stream().allMatch(s -> s.date().isPresent() || ctx.complete(s, "date"));
  }

  private static void check(RuleContext ctx, Subjects subjects) {
    LocalDate asOf = ctx.asOf().orElseThrow();
    int monthsToPal = ctx.intThreshold("monthsToPal");
    int monthsWithoutSession = ctx.intThreshold("monthsWithoutSession");
    List<PartialDate> published = new ArrayList<>();
    ctx.exercise().plans().forEach(plan -> plan.publishedOn().ifPresent(published::add));
    List<LocalTechnicalSecretariat> stls = ctx.exercise().stls();
    for (int s = 0; s < stls.size(); s++) {
      LocalTechnicalSecretariat stl = stls.get(s);
      String pointer = "/stls/" + s;
      if (stl.installedOn().isEmpty() || !Dates.certainlyOnOrBefore(stl.installedOn().get(), asOf)
          || stl.status().orElse(null) == StlStatus.DISSOLVED) {
        subjects.notApplicable(pointer);
        continue;
      }
      PartialDate installed = stl.installedOn().get();
      // each question at the dates' precision: true, false, or empty when a month or year date cannot decide
      boolean palCertain = published.stream().anyMatch(p -> Dates.onOrAfter(p, installed).orElse(false)
          && Dates.certainlyOnOrBefore(p, asOf));
      boolean palPossible = published.stream().anyMatch(p -> Dates.onOrAfter(p, installed).orElse(true)
          && !p.earliest().isAfter(asOf));
      Optional<Boolean> noPal = palCertain ? Optional.of(false)
          : overdue(installed, monthsToPal, asOf).map(late -> late && !palPossible ? Optional.of(true)
              : late ? Optional.<Boolean>empty() : Optional.of(false)).orElse(Optional.empty());
      PartialDate lastSession = Dates.last(stl.sessions().stream().map(StlSession::date).flatMap(Optional::stream)
          .filter(d -> Dates.certainlyOnOrBefore(d, asOf))).orElse(installed);
      Optional<Boolean> noSessionKnown = overdue(lastSession, monthsWithoutSession, asOf);
      if (!noPal.orElse(false) && !noSessionKnown.orElse(false)
          && (noPal.isEmpty() || noSessionKnown.isEmpty())) {
        subjects.notRecorded(pointer, pointer + "/installedOn", pointer + "/sessions");
        continue;
      }
      boolean noPalCertain = noPal.orElse(false);
      boolean noSession = noSessionKnown.orElse(false);
      // in a PARTIAL record a plan, a publication date or a session not recorded may close the gap
      List<String> notRecorded = new ArrayList<>();
      if (noPalCertain) {
        notRecorded.addAll(plansNotRecorded(ctx));
      }
      if (noSession && !sessionsComplete(ctx, stl)) {
        notRecorded.add(pointer + "/sessions");
      }
      if (!notRecorded.isEmpty()) {
        subjects.notRecorded(pointer, notRecorded.toArray(String[]::new));
      } else if (noPalCertain && noSession) {
        subjects.failWith(pointer, "both", Texts.name(ctx, pointer, stl.id(), stl.name()), installed, monthsToPal, lastSession, monthsWithoutSession, asOf);
      } else if (noPalCertain) {
        subjects.fail(pointer, Texts.name(ctx, pointer, stl.id(), stl.name()), installed, monthsToPal, asOf);
      } else if (noSession) {
        subjects.failWith(pointer, "noSession", Texts.name(ctx, pointer, stl.id(), stl.name()), lastSession, monthsWithoutSession, asOf);
      } else {
        subjects.pass(pointer);
      }
    }
  }

  /** Whether {@code months} months after a date have passed on {@code asOf}: certainly, certainly not, or cannot tell. */
  private static Optional<Boolean> overdue(PartialDate from, int months, LocalDate asOf) {
    if (Dates.deadlinePassed(from, months, asOf)) {
      return Optional.of(true);
    }
    return from.earliest().plusMonths(months).isBefore(asOf) ? Optional.empty() : Optional.of(false);
  }
}
