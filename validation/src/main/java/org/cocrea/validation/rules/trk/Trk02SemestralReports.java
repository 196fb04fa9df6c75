package org.cocrea.validation.rules.trk;

import static org.cocrea.validation.rules.trk.TrkSupport.forEachUnderwayPlan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.ProgressReport;
import org.cocrea.core.PartialDate;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * TRK-02 · Progress reports every ≤6 months (semestral). · W · report dates · [S:TAB semestral goals]; [P]. Threshold
 * [P] {@code maxGapMonths} (default 6). Time-aware: from the period start, each report must follow the previous one
 * (or the start) within the gap, and the time from the last report to the end of the period (or the as-of date,
 * whichever comes first) must not exceed it either; reports published after the period do not cover it.
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
      LocalDate horizon = end.isBefore(asOf) ? end : asOf;
      List<ProgressReport> reports = plan.progressReports();
      List<Integer> dated = new ArrayList<>();
      for (int k = 0; k < reports.size(); k++) {
        if (reports.get(k).publishedOn().flatMap(PartialDate::toLocalDate).map(d -> !d.isBefore(start) && !d.isAfter(horizon)).orElse(false)) {
          dated.add(k);
        }
      }
      dated.sort(Comparator.comparing((Integer k) -> reports.get(k).publishedOn().flatMap(PartialDate::toLocalDate).orElseThrow()).thenComparing(k -> k));
      LocalDate previous = start;
      for (int k : dated) {
        LocalDate d = reports.get(k).publishedOn().flatMap(PartialDate::toLocalDate).orElseThrow();
        s.check(!d.isAfter(previous.plusMonths(months)), p + "/progressReports/" + k + "/publishedOn",
            plan.id(), previous, d, months);
        previous = d;
      }
      if (!horizon.isAfter(previous.plusMonths(months))) {
        s.pass(p);
      } else {
        s.failWith(p, "overdue", plan.id(), previous, horizon, months);
      }
    });
  }
}
