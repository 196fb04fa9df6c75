package org.cocrea.validation.rules.trk;

import static org.cocrea.validation.rules.support.Walk.isPublicPlan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.PartialDate;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Dates;

/** Helpers shared by several TRK rules of this package. */
final class TrkSupport {

  private TrkSupport() {}

  /**
   * Visits every plan underway by the as-of date ({@link #underway}) with its pointer and period; an exercise without
   * plans is not applicable, and so is each plan not underway (at its pointer).
   */
  static void forEachUnderwayPlan(RuleContext ctx, Subjects s, LocalDate asOf, UnderwayPlanVisitor visitor) {
    List<LocalActionPlan> plans = ctx.exercise().plans();
    if (plans.isEmpty()) {
      s.notApplicable("");
    }
    for (int i = 0; i < plans.size(); i++) {
      LocalActionPlan plan = plans.get(i);
      String p = planPointer(i);
      if (!underway(plan, asOf)) {
        s.notApplicable(p);
        continue;
      }
      visitor.visit(plan, p, plan.periodStart().orElseThrow(), plan.periodEnd().orElseThrow());
    }
  }

  /** Receives a plan underway, its pointer and its period. */
  @FunctionalInterface
  interface UnderwayPlanVisitor {
    void visit(LocalActionPlan plan, String pointer, PartialDate start, PartialDate end);
  }

  static String planPointer(int i) {
    return "/plans/" + i;
  }

  /**
   * Whether a plan is being (or was) implemented by the as-of date: public, with a period that has certainly started
   * (a month or year start counts once its last day is past).
   */
  static boolean underway(LocalActionPlan plan, LocalDate asOf) {
    return isPublicPlan(plan) && plan.periodStart().isPresent() && plan.periodEnd().isPresent()
        && Dates.certainlyOnOrBefore(plan.periodStart().get(), asOf);
  }

  /** Whether a plan's period has certainly ended by the as-of date (its last possible day is before it). */
  static boolean ended(PartialDate end, LocalDate asOf) {
    return end.latest().isBefore(asOf);
  }

  /**
   * Whether a date falls in a period and on or before the as-of date, at the dates' common precision: true, false,
   * or empty when the precision cannot tell.
   */
  static Optional<Boolean> within(PartialDate d, PartialDate start, PartialDate end, LocalDate asOf) {
    List<Optional<Boolean>> parts = List.of(Dates.onOrAfter(d, start), Dates.onOrBefore(d, end),
        Dates.onOrBefore(d, asOf));
    if (parts.contains(Optional.of(false))) {
      return Optional.of(false);
    }
    return parts.contains(Optional.<Boolean>empty()) ? Optional.empty() : Optional.of(true);
  }
}
