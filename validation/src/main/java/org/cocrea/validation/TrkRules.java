package org.cocrea.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cocrea.core.Attendance;
import org.cocrea.core.Commitment;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Milestone;
import org.cocrea.core.MilestoneStatus;
import org.cocrea.core.MilestoneUpdate;
import org.cocrea.core.ProgressReport;
import org.cocrea.core.Responsible;
import org.cocrea.core.ResponsibleSide;
import org.cocrea.core.Sector;
import org.cocrea.core.StlSession;

/**
 * The TRK rules of the catalogue (methodology.md section 4.7): tracking the implementation of each PAL. Plans in
 * {@code DRAFT} or {@code WITHDRAWN} status, or without an implementation period, are not applicable to the
 * plan-level rules (TRK-01, TRK-02, TRK-06).
 */
final class TrkRules {

  /**
   * TRK-01 · ≥1 progress report is published during the PAL period. · E · progressReports · [S:SRC step 6].
   * Time-aware: a report published between the period's start and end (and not after the as-of date) passes; while the
   * period is running and no report is out yet the plan is not applicable; once the period is over it fails.
   */
  static final Rule TRK_01 = Rule.define("TRK-01").error()
      .source("[S:SRC step 6]")
      .timeAware()
      .check(TrkRules::trk01);

  /**
   * TRK-02 · Progress reports every ≤6 months (semestral). · W · report dates · [S:TAB semestral goals]; [P]. Threshold
   * [P] {@code maxGapMonths} (default 6). Time-aware: from the period start, each report must follow the previous one
   * (or the start) within the gap, and the time from the last report to the end of the period (or the as-of date,
   * whichever comes first) must not exceed it either; reports published after the period do not cover it.
   */
  static final Rule TRK_02 = Rule.define("TRK-02").warning()
      .source("[S:TAB semestral goals]; [P]")
      .threshold("maxGapMonths", 6)
      .timeAware()
      .check(TrkRules::trk02);

  /**
   * TRK-03 · Every status change carries a narrative (reasons for compliance, non-compliance or delay) and evidence
   * URL. · W · MilestoneUpdate · [S:TAB]
   */
  static final Rule TRK_03 = Rule.define("TRK-03").warning()
      .source("[S:TAB]")
      .check(TrkRules::trk03);

  /**
   * TRK-04 · Milestones past due and not COMPLETED are flagged LATE. · W · dueDate, status · [S:TAB legend "Tarde"][P
   * derivation]. Time-aware: a milestone late as of the as-of date ({@link Milestone#isLate(LocalDate)}) passes when
   * its recorded status, or the status of its latest update in a progress report published by then, is LATE.
   */
  static final Rule TRK_04 = Rule.define("TRK-04").warning()
      .source("[S:TAB legend \"Tarde\"][P derivation]")
      .timeAware()
      .check(TrkRules::trk04);

  /**
   * TRK-05 · Reporting differentiates government and CSO activities/responsibles. · W · Responsible.side · [S:TAB].
   * Every responsible of a milestone records its side, and the side does not contradict its organisation's sector.
   */
  static final Rule TRK_05 = Rule.define("TRK-05").warning()
      .source("[S:TAB]")
      .check(TrkRules::trk05);

  /**
   * TRK-06 · STL meets ≥1 time during implementation to review progress with CSOs. · E · sessions in period ·
   * [S:OGP-STD Standard 5 (title)][S:SRC step 6]; exact MR text [U]. Time-aware: a session of any STL of the exercise,
   * dated within the plan's period and not after the as-of date, with at least one civil-society seat present, passes;
   * while the period is running without one the plan is not applicable; once the period is over it fails.
   */
  static final Rule TRK_06 = Rule.define("TRK-06").error()
      .source("[S:OGP-STD Standard 5 (title)][S:SRC step 6]; exact MR text [U]")
      .timeAware()
      .check(TrkRules::trk06);

  private TrkRules() {}

  static List<Rule> all() {
    return List.of(TRK_01, TRK_02, TRK_03, TRK_04, TRK_05, TRK_06);
  }

  private static void trk01(RuleContext ctx, Subjects s) {
    LocalDate asOf = ctx.asOf().orElseThrow();
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
      LocalDate start = plan.periodStart().orElseThrow();
      LocalDate end = plan.periodEnd().orElseThrow();
      boolean published = plan.progressReports().stream().map(ProgressReport::publishedOn).flatMap(Optional::stream)
          .anyMatch(d -> !d.isBefore(start) && !d.isAfter(end) && !d.isAfter(asOf));
      if (published) {
        s.pass(p);
      } else if (asOf.isAfter(end)) {
        s.fail(plan.progressReports().isEmpty() ? p : p + "/progressReports", plan.id(), start, end,
            plan.progressReports().size());
      } else {
        s.notApplicable(p);
      }
    }
  }

  private static void trk02(RuleContext ctx, Subjects s) {
    LocalDate asOf = ctx.asOf().orElseThrow();
    int months = ctx.intThreshold("maxGapMonths");
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
      LocalDate start = plan.periodStart().orElseThrow();
      LocalDate end = plan.periodEnd().orElseThrow();
      LocalDate horizon = end.isBefore(asOf) ? end : asOf;
      List<ProgressReport> reports = plan.progressReports();
      List<Integer> dated = new ArrayList<>();
      for (int k = 0; k < reports.size(); k++) {
        if (reports.get(k).publishedOn().map(d -> !d.isBefore(start) && !d.isAfter(horizon)).orElse(false)) {
          dated.add(k);
        }
      }
      dated.sort(Comparator.comparing((Integer k) -> reports.get(k).publishedOn().orElseThrow()).thenComparing(k -> k));
      LocalDate previous = start;
      for (int k : dated) {
        LocalDate d = reports.get(k).publishedOn().orElseThrow();
        s.check(!d.isAfter(previous.plusMonths(months)), p + "/progressReports/" + k + "/publishedOn",
            plan.id(), previous, d, months);
        previous = d;
      }
      if (!horizon.isAfter(previous.plusMonths(months))) {
        s.pass(p);
      } else {
        s.failWith(p, "overdue", plan.id(), previous, horizon, months);
      }
    }
  }

  private static void trk03(RuleContext ctx, Subjects s) {
    boolean any = false;
    List<LocalActionPlan> plans = ctx.exercise().plans();
    for (int i = 0; i < plans.size(); i++) {
      List<ProgressReport> reports = plans.get(i).progressReports();
      for (int k = 0; k < reports.size(); k++) {
        List<MilestoneUpdate> updates = reports.get(k).milestoneUpdates();
        for (int u = 0; u < updates.size(); u++) {
          any = true;
          MilestoneUpdate update = updates.get(u);
          List<String> missing = new ArrayList<>();
          if (update.narrative().filter(n -> !n.isBlank()).isEmpty()) {
            missing.add(StlRules.part(ctx, "TRK-03.part.narrative"));
          }
          if (update.evidenceUrls().isEmpty()) {
            missing.add(StlRules.part(ctx, "TRK-03.part.evidence"));
          }
          s.check(missing.isEmpty(), planPointer(i) + "/progressReports/" + k + "/milestoneUpdates/" + u,
              update.milestoneId().orElse("?"), reports.get(k).id(), String.join(", ", missing));
        }
      }
    }
    if (!any) {
      s.notApplicable("");
    }
  }

  private static void trk04(RuleContext ctx, Subjects s) {
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
            s.notApplicable(p);
            continue;
          }
          any = true;
          boolean flagged = milestone.status().orElse(null) == MilestoneStatus.LATE
              || reported.get(milestone.id()) == MilestoneStatus.LATE;
          String recorded = milestone.status().map(st -> st.label(StlRules.locale(ctx)))
              .orElse(StlRules.part(ctx, "TRK-04.part.none"));
          s.check(flagged, milestone.status().isPresent() ? p + "/status" : p, milestone.id(),
              milestone.dueDate().orElseThrow(), asOf, recorded);
        }
      }
    }
    if (!any) {
      s.notApplicable("");
    }
  }

  private static void trk05(RuleContext ctx, Subjects s) {
    boolean any = false;
    List<LocalActionPlan> plans = ctx.exercise().plans();
    for (int i = 0; i < plans.size(); i++) {
      List<Commitment> commitments = plans.get(i).commitments();
      for (int c = 0; c < commitments.size(); c++) {
        List<Milestone> milestones = commitments.get(c).milestones();
        for (int m = 0; m < milestones.size(); m++) {
          Milestone milestone = milestones.get(m);
          String p = planPointer(i) + "/commitments/" + c + "/milestones/" + m;
          if (milestone.responsibles().isEmpty()) {
            s.notApplicable(p);
            continue;
          }
          any = true;
          String failure = null;
          for (int r = 0; r < milestone.responsibles().size() && failure == null; r++) {
            Responsible responsible = milestone.responsibles().get(r);
            String rp = p + "/responsibles/" + r;
            String org = responsible.organizationId().orElse("?");
            if (responsible.side().isEmpty()) {
              s.fail(rp, milestone.id(), org);
              failure = rp;
            } else if (contradicts(ctx, responsible)) {
              Sector sector = responsible.organizationId().flatMap(id -> StlRules.organizationSector(ctx, id))
                  .orElseThrow();
              s.failWith(rp + "/side", "mismatch", milestone.id(), org,
                  responsible.side().get().label(StlRules.locale(ctx)), sector.label(StlRules.locale(ctx)));
              failure = rp;
            }
          }
          if (failure == null) {
            s.pass(p);
          }
        }
      }
    }
    if (!any) {
      s.notApplicable("");
    }
  }

  private static void trk06(RuleContext ctx, Subjects s) {
    LocalDate asOf = ctx.asOf().orElseThrow();
    List<LocalDate> withCsos = new ArrayList<>();
    for (LocalTechnicalSecretariat stl : ctx.exercise().stls()) {
      for (StlSession session : stl.sessions()) {
        if (session.date().isPresent() && !session.date().get().isAfter(asOf) && csoPresent(ctx, session)) {
          withCsos.add(session.date().get());
        }
      }
    }
    Collections.sort(withCsos);
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
      LocalDate start = plan.periodStart().orElseThrow();
      LocalDate end = plan.periodEnd().orElseThrow();
      int from = Collections.binarySearch(withCsos, start);
      int first = from >= 0 ? firstIndexOf(withCsos, from) : -from - 1;
      boolean met = first < withCsos.size() && !withCsos.get(first).isAfter(end);
      if (met) {
        s.pass(p);
      } else if (asOf.isAfter(end)) {
        s.fail(p, plan.id(), start, end);
      } else {
        s.notApplicable(p);
      }
    }
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private static String planPointer(int i) {
    return "/plans/" + i;
  }

  /** Whether a plan is being (or was) implemented by the as-of date: public, with a period that has started. */
  private static boolean underway(LocalActionPlan plan, LocalDate asOf) {
    return TrnRules.isPublicPlan(plan) && plan.periodStart().isPresent() && plan.periodEnd().isPresent()
        && !plan.periodStart().get().isAfter(asOf);
  }

  /** The status each milestone got in its latest update, among reports published on or before the as-of date. */
  private static Map<String, MilestoneStatus> latestReportedStatus(List<LocalActionPlan> plans, LocalDate asOf) {
    Map<String, MilestoneStatus> status = new HashMap<>();
    Map<String, LocalDate> when = new HashMap<>();
    for (LocalActionPlan plan : plans) {
      for (ProgressReport report : plan.progressReports()) {
        Optional<LocalDate> date = report.publishedOn().or(report::periodTo);
        if (date.isEmpty() || date.get().isAfter(asOf)) {
          continue;
        }
        for (MilestoneUpdate update : report.milestoneUpdates()) {
          if (update.milestoneId().isEmpty() || update.status().isEmpty()) {
            continue;
          }
          String id = update.milestoneId().get();
          LocalDate previous = when.get(id);
          if (previous == null || !date.get().isBefore(previous)) {
            when.put(id, date.get());
            status.put(id, update.status().get());
          }
        }
      }
    }
    return status;
  }

  /** Whether a responsible's side contradicts its organisation's sector. */
  private static boolean contradicts(RuleContext ctx, Responsible responsible) {
    Optional<Sector> sector = responsible.organizationId().flatMap(id -> StlRules.organizationSector(ctx, id));
    if (sector.isEmpty() || responsible.side().isEmpty()) {
      return false;
    }
    ResponsibleSide side = responsible.side().get();
    return side == ResponsibleSide.GOVERNMENT && sector.get() == Sector.CIVIL_SOCIETY
        || side == ResponsibleSide.CIVIL_SOCIETY && StlRules.isGovernment(ctx, sector.get());
  }

  /** Whether at least one civil-society seat attended a session. */
  private static boolean csoPresent(RuleContext ctx, StlSession session) {
    for (Attendance a : session.attendance()) {
      if (StlRules.presentSeat(ctx, a).flatMap(m -> StlRules.seatSectorOrTitular(ctx, m)).orElse(null)
          == Sector.CIVIL_SOCIETY) {
        return true;
      }
    }
    return false;
  }

  /** The first index holding the same value as {@code found} in a sorted list. */
  private static int firstIndexOf(List<LocalDate> sorted, int found) {
    int k = found;
    while (k > 0 && sorted.get(k - 1).equals(sorted.get(found))) {
      k--;
    }
    return k;
  }
}
