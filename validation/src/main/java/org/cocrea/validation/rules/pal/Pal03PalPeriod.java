package org.cocrea.validation.rules.pal;

import static org.cocrea.validation.rules.pal.PalSupport.forEachPlan;
import static org.cocrea.validation.rules.support.Texts.part;

import java.util.Optional;
import org.cocrea.core.PartialDate;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.Severity;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Dates;
import org.cocrea.validation.rules.support.Missing;

/**
 * PAL-03 · periodStart &lt; periodEnd and duration ≤ 24 months. · E (order) / W (duration) · dates · [S:APT one
 * year][S:JAL 2016-18][S:OGP-GL] ; 24 months [P]. Threshold {@code maxMonths} (24). A missing or inverted period
 * is an error; a period longer than the threshold is a warning in every profile. A bound absent from a PARTIAL record
 * or part is not recorded (NOT_RECORDED), not missing; so is a bound recorded as a month or a year (too coarse for
 * the comparisons).
 */
public final class Pal03PalPeriod {

  /** The rule PAL-03, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("PAL-03").anyFramework().error()
      .source("[S:APT one year][S:JAL 2016-18][S:OGP-GL] ; 24 months [P]")
      .threshold("maxMonths", 24)
      .needs("plans[].periodStart", "plans[].periodEnd")
      .whenAbsent(Absence.FAIL)
      .check(Pal03PalPeriod::check);

  private Pal03PalPeriod() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    int maxMonths = ctx.intThreshold("maxMonths");
    forEachPlan(ctx.exercise(), subjects, (plan, ptr) -> {
      Optional<PartialDate> start = plan.periodStart();
      Optional<PartialDate> end = plan.periodEnd();
      if (start.isEmpty() || end.isEmpty()) {
        Missing missing = new Missing(ctx);
        if (start.isEmpty()) {
          missing.add(plan, "periodStart", ptr + "/periodStart", part(ctx, "PAL-03.part.periodStart"));
        }
        if (end.isEmpty()) {
          missing.add(plan, "periodEnd", ptr + "/periodEnd", part(ctx, "PAL-03.part.periodEnd"));
        }
        missing.report(subjects, ptr, "missing", parts -> new Object[] {parts, plan.id()});
        return;
      }
      // strictly before: the same day fails; the same month or year ("2016" to "2016") cannot tell
      PartialDate.Order order = start.get().order(end.get());
      boolean sameDay = order == PartialDate.Order.SAME && start.get().precision() == PartialDate.Precision.DAY;
      Optional<Boolean> withinMax = Dates.withinMonths(start.get(), end.get(), maxMonths);
      if (order == PartialDate.Order.AFTER || sameDay) {
        subjects.failWith(ptr + "/periodEnd", "order", start.get(), end.get(), plan.id());
      } else if (order != PartialDate.Order.BEFORE) {
        subjects.notRecorded(ptr, ptr + "/periodStart", ptr + "/periodEnd");
      } else if (withinMax.isPresent() && !withinMax.get()) {
        subjects.failAs(Severity.WARNING, ptr + "/periodEnd", "duration", start.get(), end.get(), maxMonths,
            plan.id());
      } else if (withinMax.isEmpty()) {
        subjects.notRecorded(ptr, ptr + "/periodStart", ptr + "/periodEnd");
      } else {
        subjects.pass(ptr);
      }
    });
  }
}
