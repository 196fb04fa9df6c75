package org.cocrea.validation.rules.sim;

import static org.cocrea.validation.rules.support.Seats.isGovernment;
import static org.cocrea.validation.rules.support.Seats.seatSectorOrTitular;
import static org.cocrea.validation.rules.sim.SimSupport.GROUNDING;
import static org.cocrea.validation.rules.support.Seats.presentSeat;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.PartialDate;
import org.cocrea.core.StlSession;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Texts;

/**
 * SIM-07 · No government member attended any of the last 2 STL sessions. · attendance · 2 sessions ([S:SRC lesson
 * b "presencia permanente del gobierno"])
 *
 * <p>Subjects: each STL with at least {@code sessions} dated sessions (by date; in recorded order when none is
 * dated); not applicable when any of the last ones has no attendance recorded.
 */
public final class Sim07GovernmentAttendance {

  /** The rule SIM-07, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("SIM-07").anyFramework().warning()
      .source("[P] 2 sessions ([S:SRC lesson b \"presencia permanente del gobierno\"])" + GROUNDING)
      .threshold("sessions", 2)
      .needs("stls[].sessions[].date", "stls[].sessions[].attendance[].present")
      .whenAbsent(Absence.FAIL)
      .check(Sim07GovernmentAttendance::check);

  private Sim07GovernmentAttendance() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    int last = Math.max(1, ctx.intThreshold("sessions"));
    List<LocalTechnicalSecretariat> stls = ctx.exercise().stls();
    for (int s = 0; s < stls.size(); s++) {
      LocalTechnicalSecretariat stl = stls.get(s);
      String pointer = "/stls/" + s;
      List<StlSession> sessions = stl.sessions().stream().filter(x -> x.date().isPresent())
          .sorted(Comparator.comparing(x -> x.date().get(), PartialDate.SORT_ORDER)).toList();
      if (sessions.isEmpty()) {
        sessions = stl.sessions();
      }
      if (sessions.size() < last) {
        subjects.notApplicable(pointer);
        continue;
      }
      List<StlSession> recent = sessions.subList(sessions.size() - last, sessions.size());
      if (recent.stream().anyMatch(x -> x.attendance().isEmpty())) {
        subjects.notApplicable(pointer);
        continue;
      }
      boolean governmentPresent = recent.stream().flatMap(x -> x.attendance().stream())
          .map(a -> presentSeat(ctx, a).flatMap(m -> seatSectorOrTitular(ctx, m)))
          .flatMap(Optional::stream)
          .anyMatch(sector -> isGovernment(ctx, sector));
      subjects.check(governmentPresent, pointer, Texts.name(ctx, pointer, stl.id(), stl.name()), last,
          recent.stream().map(StlSession::id).collect(Collectors.joining(", ")));
    }
  }
}
