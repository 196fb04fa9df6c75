package org.cocrea.validation.rules.stl;

import static org.cocrea.validation.rules.support.Walk.forEachStl;
import static org.cocrea.validation.rules.support.Seats.isGovernment;
import static org.cocrea.validation.rules.support.Seats.isTitularSeat;
import static org.cocrea.validation.rules.support.Seats.seatSector;

import java.math.BigDecimal;
import java.util.Optional;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Sector;
import org.cocrea.core.StlMembership;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.ValidatorOptions;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Texts;

/**
 * STL-03 · Civil-society titular seats ≥ government titular seats (parity). · W · seat counts · [P]; parity practice
 * 2–2 in Campeche, Durango, Oaxaca, SLP [S:APT]; OGP Steering Committee equal numbers [S:MISC]. Threshold [P]
 * {@code minCsoPerGovernmentSeat} (default 1: parity); government seats per
 * {@link ValidatorOptions#governmentSeatSectors()}.
 */
public final class Stl03CivilSocietyParity {

  /** The rule STL-03, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("STL-03").anyFramework().warning()
      .source("[P]; parity practice 2–2 in Campeche, Durango, Oaxaca, SLP [S:APT]; "
          + "OGP Steering Committee equal numbers [S:MISC]")
      .threshold("minCsoPerGovernmentSeat", 1)
      .needs("stls[].memberships[].seatSector", "stls[].memberships[].titular")
      .whenAbsent(Absence.FAIL)
      .check(Stl03CivilSocietyParity::check);

  private Stl03CivilSocietyParity() {}

  private static void check(RuleContext ctx, Subjects s) {
    BigDecimal ratio = ctx.threshold("minCsoPerGovernmentSeat");
    forEachStl(ctx, s, (i, stl, p) -> {
      int cso = 0;
      int gov = 0;
      for (StlMembership m : stl.memberships()) {
        if (!isTitularSeat(m)) {
          continue;
        }
        Optional<Sector> sector = seatSector(ctx, m);
        if (sector.isEmpty()) {
          continue;
        }
        if (sector.get() == Sector.CIVIL_SOCIETY) {
          cso++;
        } else if (isGovernment(ctx, sector.get())) {
          gov++;
        }
      }
      if (cso == 0 && gov == 0) {
        s.notApplicable(p);
        return;
      }
      boolean ok = BigDecimal.valueOf(cso).compareTo(ratio.multiply(BigDecimal.valueOf(gov))) >= 0;
      s.check(ok, p + "/memberships", Texts.name(ctx, "/stls/" + i, stl.id(), stl.name()), cso, gov, ratio.stripTrailingZeros().toPlainString());
    });
  }
}
