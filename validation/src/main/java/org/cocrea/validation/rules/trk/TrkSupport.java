package org.cocrea.validation.rules.trk;

import static org.cocrea.validation.rules.support.Walk.isPublicPlan;

import java.time.LocalDate;
import org.cocrea.core.LocalActionPlan;

/** Helpers shared by several TRK rules of this package. */
final class TrkSupport {

  private TrkSupport() {}

  static String planPointer(int i) {
    return "/plans/" + i;
  }

  /** Whether a plan is being (or was) implemented by the as-of date: public, with a period that has started. */
  static boolean underway(LocalActionPlan plan, LocalDate asOf) {
    return isPublicPlan(plan) && plan.periodStart().isPresent() && plan.periodEnd().isPresent()
        && !plan.periodStart().get().isAfter(asOf);
  }
}
