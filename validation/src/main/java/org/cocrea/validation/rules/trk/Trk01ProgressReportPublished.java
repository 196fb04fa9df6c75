package org.cocrea.validation.rules.trk;

import static org.cocrea.validation.rules.trk.TrkSupport.forEachUnderwayPlan;

import java.time.LocalDate;
import java.util.Optional;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.ProgressReport;
import org.cocrea.core.PartialDate;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * TRK-01 · ≥1 progress report is published during the PAL period. · E · progressReports · [S:SRC step 6].
 * Time-aware: a report published between the period's start and end (and not after the as-of date) passes; while the
 * period is running and no report is out yet the plan is not applicable; once the period is over it fails.
 */
public final class Trk01ProgressReportPublished {

  /** The rule TRK-01, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("TRK-01").anyFramework().error()
      .source("[S:SRC step 6]")
      .timeAware()
      .needs("plans[].progressReports[].publishedOn", "plans[].periodStart", "plans[].periodEnd")
      .whenAbsent(Absence.FAIL)
      .check(Trk01ProgressReportPublished::check);

  private Trk01ProgressReportPublished() {}

  private static void check(RuleContext ctx, Subjects s) {
    LocalDate asOf = ctx.asOf().orElseThrow();
    forEachUnderwayPlan(ctx, s, asOf, (plan, p, start, end) -> {
      boolean published = plan.progressReports().stream().map(ProgressReport::publishedOn).flatMap(d -> d.flatMap(PartialDate::toLocalDate).stream())
          .anyMatch(d -> !d.isBefore(start) && !d.isAfter(end) && !d.isAfter(asOf));
      if (published) {
        s.pass(p);
      } else if (asOf.isAfter(end)) {
        s.fail(plan.progressReports().isEmpty() ? p : p + "/progressReports", plan.id(), start, end,
            plan.progressReports().size());
      } else {
        s.notApplicable(p);
      }
    });
  }
}
