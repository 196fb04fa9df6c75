package org.cocrea.validation.rules.sim;

import static org.cocrea.validation.rules.support.Seats.isSeat;
import static org.cocrea.validation.rules.support.Seats.isGovernment;
import static org.cocrea.validation.rules.support.Seats.seatSectorOrTitular;
import static org.cocrea.validation.rules.sim.SimSupport.GROUNDING;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cocrea.core.Attendance;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Sector;
import org.cocrea.core.StlMembership;
import org.cocrea.core.StlSession;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * SIM-12 · The guarantor body is the only non-government actor present in ≥1 session that adopted resolutions. ·
 * attendance · any
 *
 * <p>Subjects: each STL session with resolutions and attendance. Facilitators and observers are not actors here;
 * the local guarantor and INAI count as guarantor bodies.
 */
public final class Sim12GuarantorOnlyNonGovernment {

  /** The rule SIM-12, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("SIM-12").inaiLocal().warning()
      .source("[P] any" + GROUNDING)
      .needs("stls[].sessions[].attendance[].present", "stls[].sessions[].resolutions")
      .whenAbsent(Absence.NOT_APPLICABLE)
      .check(Sim12GuarantorOnlyNonGovernment::check);

  private Sim12GuarantorOnlyNonGovernment() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    Optional<String> guarantor = ctx.exercise().guarantorBodyId();
    List<LocalTechnicalSecretariat> stls = ctx.exercise().stls();
    for (int s = 0; s < stls.size(); s++) {
      List<StlSession> sessions = stls.get(s).sessions();
      for (int k = 0; k < sessions.size(); k++) {
        StlSession session = sessions.get(k);
        String pointer = "/stls/" + s + "/sessions/" + k;
        if (session.resolutions().isEmpty() || session.attendance().isEmpty()) {
          subjects.notApplicable(pointer);
          continue;
        }
        boolean inconclusive = false;
        int nonGovernment = 0;
        int guarantors = 0;
        for (Attendance a : session.attendance()) {
          if (!isPresent(a)) {
            continue;
          }
          Optional<StlMembership> m = a.membershipId().flatMap(id -> ctx.index().membership(id));
          if (m.isPresent() && !isSeat(m.get())) {
            continue;
          }
          Optional<Sector> sector = m.flatMap(x -> seatSectorOrTitular(ctx, x));
          if (sector.isEmpty()) {
            inconclusive = true;
          } else if (!isGovernment(ctx, sector.get())) {
            nonGovernment++;
            boolean isGuarantor = GUARANTORS.contains(sector.get())
                || (guarantor.isPresent() && guarantor.equals(m.get().organizationId()));
            if (isGuarantor) {
              guarantors++;
            }
          }
        }
        boolean onlyGuarantor = nonGovernment > 0 && guarantors == nonGovernment;
        if (onlyGuarantor && inconclusive) {
          subjects.notApplicable(pointer);
        } else {
          subjects.check(!onlyGuarantor, pointer, session.id(), session.resolutions().size());
        }
      }
    }
  }

  private static final Set<Sector> GUARANTORS = EnumSet.of(Sector.GUARANTOR_BODY, Sector.NATIONAL_GUARANTOR);

  private static boolean isPresent(Attendance a) {
    return a.present().orElse(true);
  }
}
