package org.cocrea.validation.rules.trk;

import static org.cocrea.validation.rules.trk.TrkSupport.ended;
import static org.cocrea.validation.rules.trk.TrkSupport.forEachUnderwayPlan;
import static org.cocrea.validation.rules.trk.TrkSupport.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.ProgressReport;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * TRK-01 · ≥1 progress report is published during the PAL period. · E · progressReports · [S:SRC step 6].
 * Time-aware: a report published between the period's start and end (and not after the as-of date) passes; while the
 * period is running and no report is out yet the plan is not applicable; once the period is over it fails, or, when
 * its progress reports are a PARTIAL part, is NOT_RECORDED.
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
      List<Optional<Boolean>> inPeriod = plan.progressReports().stream().map(ProgressReport::publishedOn)
          .flatMap(Optional::stream).map(d -> within(d, start, end, asOf)).toList();
      if (inPeriod.stream().anyMatch(o -> o.orElse(false))) {
        s.pass(p);
      } else if (ended(end, asOf) && inPeriod.stream().anyMatch(Optional::isEmpty)) {
        s.notRecorded(p, p + "/progressReports", p + "/periodStart", p + "/periodEnd");
      } else if (ended(end, asOf) && !ctx.complete(plan, "progressReports")) {
        s.notRecorded(p, p + "/progressReports");   // a partial record: reports may have been published, unrecorded
      } else if (ended(end, asOf)) {
        s.fail(plan.progressReports().isEmpty() ? p : p + "/progressReports", plan.id(), start, end,
            plan.progressReports().size());
      } else {
        s.notApplicable(p);
      }
    });
  }
}
