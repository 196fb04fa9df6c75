package org.cocrea.validation.rules.stl;

import static org.cocrea.validation.rules.support.Walk.forEachStl;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cocrea.core.ExerciseStatus;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.StlSession;
import org.cocrea.core.StlStatus;
import org.cocrea.core.PartialDate;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * STL-06 · While the exercise is active, the gap between consecutive STL sessions is ≤ 6 months (183 days). · E ·
 * sessions.date · [S:OGP-STD MR 1 "at least every six months"]. Threshold {@code maxGapDays} (default 183).
 * Time-aware: the gaps are measured from the installation through every session held up to the as-of date and, while
 * the STL and the exercise are active (not {@code INACTIVE}/{@code DISSOLVED}, not {@code SUSPENDED}), from the last
 * session to the as-of date.
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
      LocalDate previous = stl.installedOn().flatMap(PartialDate::toLocalDate).filter(d -> !d.isAfter(asOf)).orElse(null);
      if (previous == null && held.isEmpty()) {
        s.notApplicable(p);
        return;
      }
      for (int k : held) {
        LocalDate date = stl.sessions().get(k).date().flatMap(PartialDate::toLocalDate).orElseThrow();
        if (previous != null) {
          long gap = ChronoUnit.DAYS.between(previous, date);
          s.check(gap <= maxGap, p + "/sessions/" + k + "/date", stl.id(), previous, date, gap, maxGap);
        }
        if (previous == null || date.isAfter(previous)) {
          previous = date;
        }
      }
      boolean stlActive = stl.status().map(st -> st == StlStatus.ACTIVE || st == StlStatus.RECONFIGURING).orElse(true);
      if (exerciseActive && stlActive) {
        long gap = ChronoUnit.DAYS.between(previous, asOf);
        if (gap <= maxGap) {
          s.pass(p);
        } else {
          s.failWith(p, "sinceLast", stl.id(), previous, asOf, gap, maxGap);
        }
      }
    });
  }

  /** Indexes of the STL's sessions with a date on or before the as-of date, in date order (ties by position). */
  private static List<Integer> sessionsHeldBy(LocalTechnicalSecretariat stl, LocalDate asOf) {
    List<Integer> held = new ArrayList<>();
    List<StlSession> sessions = stl.sessions();
    for (int k = 0; k < sessions.size(); k++) {
      if (sessions.get(k).date().flatMap(PartialDate::toLocalDate).map(d -> !d.isAfter(asOf)).orElse(false)) {
        held.add(k);
      }
    }
    held.sort(Comparator.comparing((Integer k) -> sessions.get(k).date().flatMap(PartialDate::toLocalDate).orElseThrow()).thenComparing(k -> k));
    return held;
  }
}
