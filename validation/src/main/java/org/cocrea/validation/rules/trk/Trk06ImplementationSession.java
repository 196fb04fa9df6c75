package org.cocrea.validation.rules.trk;

import static org.cocrea.validation.rules.support.Seats.presentSeat;
import static org.cocrea.validation.rules.support.Seats.seatSectorOrTitular;
import static org.cocrea.validation.rules.trk.TrkSupport.ended;
import static org.cocrea.validation.rules.trk.TrkSupport.forEachUnderwayPlan;
import static org.cocrea.validation.rules.trk.TrkSupport.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cocrea.core.Attendance;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.PartialDate;
import org.cocrea.core.Sector;
import org.cocrea.core.StlSession;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * TRK-06 · STL meets ≥1 time during implementation to review progress with CSOs. · E · sessions in period ·
 * [S:OGP-STD Standard 5 (title)][S:SRC step 6]; exact MR text [U]. Time-aware: a session of any STL of the exercise,
 * dated within the plan's period and not after the as-of date, with at least one civil-society seat present, passes;
 * while the period is running without one the plan is not applicable; once the period is over it fails, or, when
 * STLs, sessions or a session's attendance are a PARTIAL part (a session not recorded may be the one), is
 * NOT_RECORDED.
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
    List<PartialDate> withCsos = new ArrayList<>();
    for (LocalTechnicalSecretariat stl : ctx.exercise().stls()) {
      for (StlSession session : stl.sessions()) {
        if (session.date().isPresent() && csoPresent(ctx, session)) {
          withCsos.add(session.date().get());
        }
      }
    }
    List<String> sessionsNotRecorded = new ArrayList<>();
    List<LocalTechnicalSecretariat> stls = ctx.exercise().stls();
    if (stls.isEmpty() && !ctx.complete(ctx.exercise(), "stls")) {
      sessionsNotRecorded.add("/stls");
    }
    for (int i = 0; i < stls.size(); i++) {
      if (!ctx.complete(stls.get(i), "sessions")) {
        sessionsNotRecorded.add("/stls/" + i + "/sessions");
      }
      for (int j = 0; j < stls.get(i).sessions().size(); j++) {
        StlSession session = stls.get(i).sessions().get(j);
        if (!csoPresent(ctx, session) && !ctx.complete(session, "attendance")) {
          sessionsNotRecorded.add("/stls/" + i + "/sessions/" + j + "/attendance");
        }
      }
    }
    forEachUnderwayPlan(ctx, s, asOf, (plan, p, start, end) -> {
      // a session with civil society inside the period and by the as-of date, at the dates' common precision
      List<Optional<Boolean>> inPeriod = withCsos.stream().map(d -> within(d, start, end, asOf)).toList();
      if (inPeriod.stream().anyMatch(o -> o.orElse(false))) {
        s.pass(p);
      } else if (ended(end, asOf) && inPeriod.stream().anyMatch(Optional::isEmpty)) {
        s.notRecorded(p, "/stls", p + "/periodStart", p + "/periodEnd");
      } else if (ended(end, asOf) && !sessionsNotRecorded.isEmpty()) {
        // a partial record: a session (or a session's attendance) not recorded may be the one
        s.notRecorded(p, sessionsNotRecorded.toArray(String[]::new));
      } else if (ended(end, asOf)) {
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
}
