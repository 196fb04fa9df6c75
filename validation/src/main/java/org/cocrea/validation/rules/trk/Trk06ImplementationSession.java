package org.cocrea.validation.rules.trk;

import static org.cocrea.validation.rules.support.Seats.presentSeat;
import static org.cocrea.validation.rules.support.Seats.seatSectorOrTitular;
import static org.cocrea.validation.rules.trk.TrkSupport.forEachUnderwayPlan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.cocrea.core.Attendance;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Sector;
import org.cocrea.core.StlSession;
import org.cocrea.core.PartialDate;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * TRK-06 · STL meets ≥1 time during implementation to review progress with CSOs. · E · sessions in period ·
 * [S:OGP-STD Standard 5 (title)][S:SRC step 6]; exact MR text [U]. Time-aware: a session of any STL of the exercise,
 * dated within the plan's period and not after the as-of date, with at least one civil-society seat present, passes;
 * while the period is running without one the plan is not applicable; once the period is over it fails.
 */
public final class Trk06ImplementationSession {

  /** The rule TRK-06, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("TRK-06").anyFramework().error()
      .source("[S:OGP-STD Standard 5 (title)][S:SRC step 6]; exact MR text [U]")
      .timeAware()
      .needs("stls[].sessions[].date", "stls[].sessions[].attendance[].present", "plans[].periodStart",
          "plans[].periodEnd")
      .whenAbsent(Absence.FAIL)
      .check(Trk06ImplementationSession::check);

  private Trk06ImplementationSession() {}

  private static void check(RuleContext ctx, Subjects s) {
    LocalDate asOf = ctx.asOf().orElseThrow();
    List<LocalDate> withCsos = new ArrayList<>();
    for (LocalTechnicalSecretariat stl : ctx.exercise().stls()) {
      for (StlSession session : stl.sessions()) {
        if (session.date().flatMap(PartialDate::toLocalDate).isPresent() && !session.date().flatMap(PartialDate::toLocalDate).get().isAfter(asOf) && csoPresent(ctx, session)) {
          withCsos.add(session.date().flatMap(PartialDate::toLocalDate).get());
        }
      }
    }
    Collections.sort(withCsos);
    forEachUnderwayPlan(ctx, s, asOf, (plan, p, start, end) -> {
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
    });
  }

  /** Whether at least one civil-society seat attended a session. */
  private static boolean csoPresent(RuleContext ctx, StlSession session) {
    for (Attendance a : session.attendance()) {
      if (presentSeat(ctx, a).flatMap(m -> seatSectorOrTitular(ctx, m)).orElse(null)
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
