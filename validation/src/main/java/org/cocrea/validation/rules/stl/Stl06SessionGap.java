package org.cocrea.validation.rules.stl;

import static org.cocrea.validation.rules.support.Walk.forEachStl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cocrea.core.ExerciseStatus;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.PartialDate;
import org.cocrea.core.StlSession;
import org.cocrea.core.StlStatus;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Dates;

/**
 * STL-06 · While the exercise is active, the gap between consecutive STL sessions is ≤ 6 months (183 days). · E ·
 * sessions.date · [S:OGP-STD MR 1 "at least every six months"]. Threshold {@code maxGapDays} (default 183).
 * Time-aware: the gaps are measured from the installation through every session held up to the as-of date and, while
 * the STL and the exercise are active (not {@code INACTIVE}/{@code DISSOLVED}, not {@code SUSPENDED}), from the last
 * session to the as-of date.
 *
 * <p>The gap from the last recorded session to the as-of date is NOT_RECORDED when the sessions are a PARTIAL part
 * (later sessions may be unrecorded), and so is a gap between recorded sessions (one between may be unrecorded).
 */
public final class Stl06SessionGap {

  /** The rule STL-06, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("STL-06").ogpLocal().error()
      .source("[S:OGP-STD MR 1 \"at least every six months\"]")
      .threshold("maxGapDays", 183)
      .timeAware()
      .needs("stls[].sessions[].date", "stls[].installedOn")
      .whenAbsent(Absence.FAIL)
      .check(Stl06SessionGap::check);

  private Stl06SessionGap() {}

  private static void check(RuleContext ctx, Subjects s) {
    LocalDate asOf = ctx.asOf().orElseThrow();
    int maxGap = ctx.intThreshold("maxGapDays");
    boolean exerciseActive = ctx.exercise().status().map(st -> st != ExerciseStatus.SUSPENDED).orElse(true);
    forEachStl(ctx, s, (i, stl, p) -> {
      List<Integer> held = sessionsHeldBy(stl, asOf);
      PartialDate previous = stl.installedOn().filter(d -> Dates.certainlyOnOrBefore(d, asOf)).orElse(null);
      if (previous == null && held.isEmpty()) {
        s.notApplicable(p);
        return;
      }
      boolean allSessions = ctx.complete(stl, "sessions");
      for (int k : held) {
        PartialDate date = stl.sessions().get(k).date().orElseThrow();
        if (previous != null) {
          // judged from the days the dates may stand for: a month-precision session decides only when far enough
          String at = p + "/sessions/" + k + "/date";
          Optional<Boolean> close = Dates.atMostDaysApart(previous, date, maxGap);
          if (close.isEmpty()) {
            s.notRecorded(at, at);
          } else if (!close.get() && !allSessions) {
            s.notRecorded(at, p + "/sessions");   // a session between may be unrecorded
          } else {
            s.check(close.get(), at, stl.id(), previous, date, Dates.leastDaysBetween(previous, date), maxGap,
                atLeast(previous, date));
          }
        }
        if (previous == null || date.isCertainlyAfter(previous)) {
          previous = date;
        }
      }
      boolean stlActive = stl.status().map(st -> st == StlStatus.ACTIVE || st == StlStatus.RECONFIGURING).orElse(true);
      if (exerciseActive && stlActive) {
        PartialDate today = PartialDate.of(asOf);
        Optional<Boolean> recent = Dates.atMostDaysApart(previous, today, maxGap);
        if (recent.isEmpty()) {
          s.notRecorded(p, p + "/sessions");
        } else if (recent.get()) {
          s.pass(p);
        } else if (!allSessions) {
          s.notRecorded(p, p + "/sessions");   // a partial record: later sessions may be unrecorded
        } else {
          s.failWith(p, "sinceLast", stl.id(), previous, asOf, Dates.leastDaysBetween(previous, today), maxGap,
              atLeast(previous, today));
        }
      }
    });
  }

  /**
   * 1 when a date is coarser than a day, so that the days between them are the fewest the dates allow and the
   * message says "at least" (real-records.md §3: a month-precision session is not a count of days), else 0.
   */
  static int atLeast(PartialDate a, PartialDate b) {
    return a.day().isPresent() && b.day().isPresent() ? 0 : 1;
  }

  /** Indexes of the STL's sessions with a date on or before the as-of date, in date order (ties by position). */
  private static List<Integer> sessionsHeldBy(LocalTechnicalSecretariat stl, LocalDate asOf) {
    List<Integer> held = new ArrayList<>();
    List<StlSession> sessions = stl.sessions();
    for (int k = 0; k < sessions.size(); k++) {
      if (sessions.get(k).date().map(d -> Dates.certainlyOnOrBefore(d, asOf)).orElse(false)) {
        held.add(k);
      }
    }
    held.sort(Comparator.comparing((Integer k) -> sessions.get(k).date().orElseThrow(), PartialDate.SORT_ORDER)
        .thenComparing(k -> k));
    return held;
  }
}
