package org.cocrea.validation.rules.trk;

import static org.cocrea.validation.rules.trk.TrkSupport.forEachUnderwayPlan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.PartialDate;
import org.cocrea.core.ProgressReport;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Dates;

/**
 * TRK-02 · Progress reports every ≤6 months (semestral). · W · report dates · [S:TAB semestral goals]; [P]. Threshold
 * [P] {@code maxGapMonths} (default 6). Time-aware: from the period start, each report must follow the previous one
 * (or the start) within the gap, and the time from the last report to the end of the period (or the as-of date,
 * whichever comes first) must not exceed it either; reports published after the period do not cover it.
 *
 * <p>A gap with the progress reports a PARTIAL part is NOT_RECORDED: a report not recorded may fill it.
 */
public final class Trk02SemestralReports {

  /** The rule TRK-02, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("TRK-02").anyFramework().warning()
      .source("[S:TAB semestral goals]; [P]")
      .threshold("maxGapMonths", 6)
      .timeAware()
      .needs("plans[].progressReports[].publishedOn", "plans[].periodStart")
      .whenAbsent(Absence.FAIL)
      .check(Trk02SemestralReports::check);

  private Trk02SemestralReports() {}

  private static void check(RuleContext ctx, Subjects s) {
    LocalDate asOf = ctx.asOf().orElseThrow();
    int months = ctx.intThreshold("maxGapMonths");
    forEachUnderwayPlan(ctx, s, asOf, (plan, p, start, end) -> {
      // the horizon: the period's end once it has certainly passed, else the as-of day
      PartialDate horizon = TrkSupport.ended(end, asOf) ? end : PartialDate.of(asOf);
      List<ProgressReport> reports = plan.progressReports();
      List<Integer> dated = new ArrayList<>();
      for (int k = 0; k < reports.size(); k++) {
        Optional<PartialDate> published = reports.get(k).publishedOn();
        if (published.isEmpty()) {
          continue;
        }
        Optional<Boolean> inWindow = Dates.onOrAfter(published.get(), start)
            .flatMap(after -> after ? Dates.onOrBefore(published.get(), horizon) : Optional.of(false));
        if (inWindow.isEmpty()) {
          // a report whose place in the period the precision cannot tell: the gaps cannot be measured
          s.notRecorded(p, p + "/progressReports/" + k + "/publishedOn", p + "/periodStart");
          return;
        }
        if (inWindow.get()) {
          dated.add(k);
        }
      }
      dated.sort(Comparator.comparing((Integer k) -> reports.get(k).publishedOn().orElseThrow(), PartialDate.SORT_ORDER)
          .thenComparing(k -> k));
      PartialDate previous = start;
      boolean undetermined = false;
      for (int k : dated) {
        PartialDate d = reports.get(k).publishedOn().orElseThrow();
        String at = p + "/progressReports/" + k + "/publishedOn";
        Optional<Boolean> inTime = Dates.withinMonths(previous, d, months);
        if (inTime.isEmpty()) {
          s.notRecorded(at, at);
          undetermined = true;
        } else {
          s.check(inTime.get(), at, plan.id(), previous, d, months);
        }
        previous = d;
      }
      Optional<Boolean> upToDate = Dates.withinMonths(previous, horizon, months);
      if (upToDate.isEmpty() || undetermined && !upToDate.get()) {
        s.notRecorded(p, p + "/progressReports");
      } else if (upToDate.get()) {
        s.pass(p);
      } else if (!ctx.complete(plan, "progressReports")) {
        s.notRecorded(p, p + "/progressReports");   // a report not recorded may fill the gap
      } else {
        s.failWith(p, "overdue", plan.id(), previous, horizon, months);
      }
    });
  }
}
