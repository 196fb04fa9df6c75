package org.cocrea.validation.rules.trk;

import static org.cocrea.validation.rules.support.Walk.isPublicPlan;

import java.time.LocalDate;
import java.util.List;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.PartialDate;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

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
      visitor.visit(plan, p, plan.periodStart().flatMap(PartialDate::toLocalDate).orElseThrow(), plan.periodEnd().flatMap(PartialDate::toLocalDate).orElseThrow());
    }
  }

  /** Receives a plan underway, its pointer and its period. */
  @FunctionalInterface
  interface UnderwayPlanVisitor {
    void visit(LocalActionPlan plan, String pointer, LocalDate start, LocalDate end);
  }

  static String planPointer(int i) {
    return "/plans/" + i;
  }

  /** Whether a plan is being (or was) implemented by the as-of date: public, with a period that has started. */
  static boolean underway(LocalActionPlan plan, LocalDate asOf) {
    return isPublicPlan(plan) && plan.periodStart().flatMap(PartialDate::toLocalDate).isPresent() && plan.periodEnd().flatMap(PartialDate::toLocalDate).isPresent()
        && !plan.periodStart().flatMap(PartialDate::toLocalDate).get().isAfter(asOf);
  }
}
