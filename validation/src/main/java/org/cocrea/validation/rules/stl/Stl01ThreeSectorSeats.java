package org.cocrea.validation.rules.stl;

import static org.cocrea.validation.rules.support.Walk.forEachStl;
import static org.cocrea.validation.rules.support.Seats.isTitularSeat;
import static org.cocrea.validation.rules.support.Seats.missingThreeSectors;
import static org.cocrea.validation.rules.support.Seats.seatSector;
import static org.cocrea.validation.rules.support.Texts.labels;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cocrea.core.Labelled;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Sector;
import org.cocrea.core.StlMembership;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * STL-01 · STL has ≥1 titular seat for each of GOVERNMENT, CIVIL_SOCIETY and GUARANTOR_BODY. · E ·
 * memberships.seatSector · [S:SRC][S:KIT3][S:APT "tres sectores"][S:MOD comité minimum]
 */
public final class Stl01ThreeSectorSeats {

  /** The rule STL-01, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("STL-01").error()
      .source("[S:SRC][S:KIT3][S:APT \"tres sectores\"][S:MOD comité minimum]")
      .needs("stls[].memberships[].seatSector", "stls[].memberships[].titular")
      .whenAbsent(Absence.FAIL)
      .check(Stl01ThreeSectorSeats::check);

  private Stl01ThreeSectorSeats() {}

  private static void check(RuleContext ctx, Subjects s) {
    forEachStl(ctx, s, (i, stl, p) -> {
      Set<Sector> seated = EnumSet.noneOf(Sector.class);
      for (StlMembership m : stl.memberships()) {
        if (isTitularSeat(m)) {
          seatSector(ctx, m).ifPresent(seated::add);
        }
      }
      List<Labelled> missing = missingThreeSectors(ctx, seated);
      s.check(missing.isEmpty(), stl.memberships().isEmpty() ? p : p + "/memberships", stl.id(), labels(missing, ctx));
    });
  }
}
