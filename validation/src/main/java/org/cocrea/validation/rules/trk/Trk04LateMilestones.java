package org.cocrea.validation.rules.trk;

import static org.cocrea.validation.rules.support.Texts.locale;
import static org.cocrea.validation.rules.support.Texts.part;
import static org.cocrea.validation.rules.trk.TrkSupport.planPointer;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cocrea.core.Commitment;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.Milestone;
import org.cocrea.core.MilestoneStatus;
import org.cocrea.core.MilestoneUpdate;
import org.cocrea.core.PartialDate;
import org.cocrea.core.ProgressReport;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Texts;
import org.cocrea.validation.rules.support.Dates;

/**
 * TRK-04 · Milestones past due and not COMPLETED are flagged LATE. · W · dueDate, status · [S:TAB legend "Tarde"][P
 * derivation]. Time-aware: a milestone late as of the as-of date ({@link Milestone#isLate(LocalDate)}) passes when
 * its recorded status, or the status of its latest update in a progress report published by then, is LATE.
 */
public final class Trk04LateMilestones {

  /** The rule TRK-04, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("TRK-04").anyFramework().warning()
      .source("[S:TAB legend \"Tarde\"][P derivation]")
      .timeAware()
      .needs("plans[].commitments[].milestones[].dueDate", "plans[].commitments[].milestones[].status",
          "plans[].progressReports[].milestoneUpdates[].status")
      .whenAbsent(Absence.FAIL)
      .check(Trk04LateMilestones::check);

  private Trk04LateMilestones() {}

  private static void check(RuleContext ctx, Subjects s) {
    LocalDate asOf = ctx.asOf().orElseThrow();
    List<LocalActionPlan> plans = ctx.exercise().plans();
    Map<String, MilestoneStatus> reported = latestReportedStatus(plans, asOf);
    boolean any = false;
    for (int i = 0; i < plans.size(); i++) {
      List<Commitment> commitments = plans.get(i).commitments();
      for (int c = 0; c < commitments.size(); c++) {
        List<Milestone> milestones = commitments.get(c).milestones();
        for (int m = 0; m < milestones.size(); m++) {
          Milestone milestone = milestones.get(m);
          String p = planPointer(i) + "/commitments/" + c + "/milestones/" + m;
          if (!milestone.isLate(asOf)) {
            // a month or year due date whose span holds the as-of day may or may not have passed
            boolean maybeLate = milestone.dueDate().filter(d -> d.earliest().isBefore(asOf)).isPresent()
                && milestone.statusAsOf(asOf) != MilestoneStatus.COMPLETED;
            if (maybeLate) {
              s.notRecorded(p, p + "/dueDate");
            } else {
              s.notApplicable(p);
            }
            continue;
          }
          any = true;
          boolean flagged = milestone.status().orElse(null) == MilestoneStatus.LATE
              || reported.get(milestone.id()) == MilestoneStatus.LATE;
          String at = milestone.status().isPresent() ? p + "/status" : p;
          if (flagged) {
            s.pass(at);
          } else {   // the message's arguments only on failure: a name costs a rendering
            String recorded = milestone.status().map(st -> st.label(locale(ctx)))
                .orElseGet(() -> part(ctx, "TRK-04.part.none"));
            s.fail(at, Texts.name(ctx, p, milestone.id(), Optional.empty()), milestone.dueDate().orElseThrow(), asOf,
                recorded);
          }
        }
      }
    }
    if (!any) {
      s.notApplicable("");
    }
  }

  /** The status each milestone got in its latest update, among reports published on or before the as-of date. */
  private static Map<String, MilestoneStatus> latestReportedStatus(List<LocalActionPlan> plans, LocalDate asOf) {
    Map<String, MilestoneStatus> status = new HashMap<>();
    Map<String, PartialDate> when = new HashMap<>();
    for (LocalActionPlan plan : plans) {
      for (ProgressReport report : plan.progressReports()) {
        Optional<PartialDate> date = report.publishedOn().or(report::periodTo);
        if (date.isEmpty() || !Dates.certainlyOnOrBefore(date.get(), asOf)) {
          continue;
        }
        for (MilestoneUpdate update : report.milestoneUpdates()) {
          if (update.milestoneId().isEmpty() || update.status().isEmpty()) {
            continue;
          }
          String id = update.milestoneId().get();
          PartialDate previous = when.get(id);
          if (previous == null || PartialDate.SORT_ORDER.compare(date.get(), previous) >= 0) {
            when.put(id, date.get());
            status.put(id, update.status().get());
          }
        }
      }
    }
    return status;
  }
}
