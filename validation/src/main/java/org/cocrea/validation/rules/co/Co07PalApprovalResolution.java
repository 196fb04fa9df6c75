package org.cocrea.validation.rules.co;

import static org.cocrea.validation.rules.co.CoSupport.planPointer;
import static org.cocrea.validation.rules.co.CoSupport.sessionsByResolution;
import static org.cocrea.validation.rules.co.CoSupport.societal;
import static org.cocrea.validation.rules.support.Seats.presentSeat;
import static org.cocrea.validation.rules.support.Seats.seatSectorOrTitular;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.PlanStatus;
import org.cocrea.core.Resolution;
import org.cocrea.core.ResolutionKind;
import org.cocrea.core.Sector;
import org.cocrea.core.StlSession;
import org.cocrea.core.PartialDate;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * CO-07 · The PAL is approved by an STL resolution (non-government members endorse it) before publication. · E ·
 * pal.approvedBy, votes · [S:SRC STL = órgano máximo de decisión][S:CHIH][S:OGP-LOC endorsement tip]. The
 * resolution must exist in an STL session, be a PAL approval (when its kind is recorded), carry more votes for than
 * against (when votes are recorded), have ≥1 non-government member present (when attendance is recorded), and
 * precede the publication. Draft and withdrawn plans without approval are not applicable. As in the SES rules, an
 * attendance entry counts as present unless recorded {@code present=false}, only seats count (not the facilitator
 * nor observers), and an alternate without a sector of its own sits for its titular's sector.
 */
public final class Co07PalApprovalResolution {

  /** The rule CO-07, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("CO-07").inaiLocal().error()
      .source("[S:SRC STL = órgano máximo de decisión][S:CHIH][S:OGP-LOC endorsement tip]")
      .needs("plans[].approvedByResolutionId", "stls[].sessions[].resolutions[].kind",
          "stls[].sessions[].resolutions[].votesFor", "plans[].publishedOn")
      .whenAbsent(Absence.FAIL)
      .check(Co07PalApprovalResolution::check);

  private Co07PalApprovalResolution() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    LocalExercise x = ctx.exercise();
    if (x.plans().isEmpty()) {
      subjects.notApplicable("");
      return;
    }
    Map<String, StlSession> sessions = sessionsByResolution(x);
    Set<Sector> societal = societal(ctx);
    for (int i = 0; i < x.plans().size(); i++) {
      LocalActionPlan plan = x.plans().get(i);
      String ptr = planPointer(i);
      if (plan.approvedByResolutionId().isEmpty()) {
        boolean notYetDue = plan.status().map(s -> s == PlanStatus.DRAFT || s == PlanStatus.WITHDRAWN).orElse(false)
            && plan.publishedOn().flatMap(PartialDate::toLocalDate).isEmpty();
        if (notYetDue) {
          subjects.notApplicable(ptr);
        } else {
          subjects.failWith(ptr, "noResolution", plan.id());
        }
        continue;
      }
      String id = plan.approvedByResolutionId().get();
      String refPtr = ptr + "/approvedByResolutionId";
      StlSession session = sessions.get(id);
      Optional<Resolution> resolution = ctx.index().find(Resolution.class, id);
      if (session == null || resolution.isEmpty()) {
        subjects.failWith(refPtr, "unresolved", id);
        continue;
      }
      Resolution r = resolution.get();
      String resPtr = ctx.index().pointerOf(Resolution.class, id).orElse(refPtr);
      if (r.kind().isPresent() && r.kind().get() != ResolutionKind.PAL_APPROVAL) {
        subjects.failWith(resPtr, "wrongKind", id, r.kind().get().label(ctx.options().locale()));
        continue;
      }
      int votesFor = r.votesFor().orElse(0);
      int votesAgainst = r.votesAgainst().orElse(0);
      if ((r.votesFor().isPresent() || r.votesAgainst().isPresent()) && votesFor <= votesAgainst) {
        subjects.failWith(resPtr, "rejected", id, votesFor, votesAgainst);
        continue;
      }
      boolean societyPresent = session.attendance().stream()
          .map(a -> presentSeat(ctx, a).flatMap(m -> seatSectorOrTitular(ctx, m)))
          .flatMap(Optional::stream).anyMatch(societal::contains);
      if (!session.attendance().isEmpty() && !societyPresent) {
        String sessionPtr = resPtr.contains("/resolutions/")
            ? resPtr.substring(0, resPtr.lastIndexOf("/resolutions/")) : resPtr;
        subjects.failWith(sessionPtr + "/attendance", "noSociety", id);
        continue;
      }
      Optional<LocalDate> approved = plan.approvedOn().flatMap(PartialDate::toLocalDate).or(() -> session.date().flatMap(PartialDate::toLocalDate));
      if (approved.isPresent() && plan.publishedOn().flatMap(PartialDate::toLocalDate).isPresent() && approved.get().isAfter(plan.publishedOn().flatMap(PartialDate::toLocalDate).get())) {
        subjects.failWith(ptr + "/publishedOn", "afterPublication", id, approved.get(), plan.publishedOn().flatMap(PartialDate::toLocalDate).get());
        continue;
      }
      subjects.pass(ptr);
    }
  }
}
