package org.cocrea.validation.rules.sim;

import static org.cocrea.validation.rules.support.Seats.isTitularSeat;
import static org.cocrea.validation.rules.support.Seats.seatSectorOrTitular;
import static org.cocrea.validation.rules.sim.SimSupport.GROUNDING;
import static org.cocrea.validation.rules.sim.SimSupport.HUNDRED;
import static org.cocrea.validation.rules.sim.SimSupport.percent;

import java.math.BigDecimal;
import java.util.List;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Sector;
import org.cocrea.core.SelectionMethod;
import org.cocrea.core.StlMembership;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Texts;

/**
 * SIM-03 · All CSO seats filled by INVITATION (no public call). · selection · 100%
 *
 * <p>Subjects: each STL with titular civil-society seats whose selection is recorded; fails when the share of those
 * seats filled by invitation reaches {@code invitationSharePercent}.
 */
public final class Sim03InvitationOnlySeats {

  /** The rule SIM-03, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("SIM-03").anyFramework().warning()
      .source("[P] 100%" + GROUNDING)
      .threshold("invitationSharePercent", 100)
      .needs("stls[].memberships[].selection")
      .whenAbsent(Absence.NOT_APPLICABLE)
      .check(Sim03InvitationOnlySeats::check);

  private Sim03InvitationOnlySeats() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    BigDecimal threshold = ctx.threshold("invitationSharePercent");
    List<LocalTechnicalSecretariat> stls = ctx.exercise().stls();
    for (int s = 0; s < stls.size(); s++) {
      LocalTechnicalSecretariat stl = stls.get(s);
      int seats = 0;
      int known = 0;
      int invited = 0;
      for (StlMembership m : stl.memberships()) {
        if (isTitularSeat(m) && seatSectorOrTitular(ctx, m).orElse(null) == Sector.CIVIL_SOCIETY) {
          seats++;
          if (m.selection().isPresent()) {
            known++;
            if (m.selection().get() == SelectionMethod.INVITATION) {
              invited++;
            }
          }
        }
      }
      String pointer = "/stls/" + s;
      if (known == 0) {
        subjects.notApplicable(pointer);
      } else {
        boolean flagged = BigDecimal.valueOf(invited).multiply(HUNDRED)
            .compareTo(threshold.multiply(BigDecimal.valueOf(seats))) >= 0;
        subjects.check(!flagged, pointer, Texts.name(ctx, pointer, stl.id(), stl.name()), invited, seats, percent(invited, seats));
      }
    }
  }
}
