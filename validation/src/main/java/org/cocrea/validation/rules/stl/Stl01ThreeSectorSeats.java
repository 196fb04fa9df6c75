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
import org.cocrea.validation.Severity;
import org.cocrea.validation.regime.GuarantorRegime;
import org.cocrea.validation.regime.StateRegime;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Texts;
import org.cocrea.validation.rules.support.Regimes;

/**
 * STL-01 · STL has ≥1 titular seat for each of GOVERNMENT, CIVIL_SOCIETY and GUARANTOR_BODY. · E ·
 * memberships.seatSector · [S:SRC][S:KIT3][S:APT "tres sectores"][S:MOD comité minimum]
 *
 * <p>Under the 2025 reform (reform-2025.md §2.3) the guarantor seat is judged under the regime in force in the
 * exercise's state when the STL was installed: before the state's guarantor body was extinguished a vacant seat is an
 * ERROR as before; after it, a WARNING (variant {@code reform}) that says so and names the successor; when the table
 * cannot place the date, NOT_RECORDED. An STL with no installation date is judged as before. When the memberships are
 * a PARTIAL part (a list of names, the members a source happened to mention), a sector without a recorded titular seat
 * may hold one not recorded: NOT_RECORDED.
 */
public final class Stl01ThreeSectorSeats {

  /** The rule STL-01, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("STL-01").inaiLocal().error()
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
      String at = stl.memberships().isEmpty() ? p : p + "/memberships";
      GuarantorRegime regime = missing.contains(Sector.GUARANTOR_BODY)
          ? Regimes.regimeOn(ctx, stl.installedOn())
          : GuarantorRegime.AUTONOMOUS_BODY;
      if (!missing.isEmpty() && !ctx.complete(stl, "memberships")) {
        s.notRecorded(at, p + "/memberships");   // seats not recorded may hold the sectors not seen
        return;
      }
      if (regime == GuarantorRegime.AUTONOMOUS_BODY) {
        s.check(missing.isEmpty(), at, Texts.name(ctx, "/stls/" + i, stl.id(), stl.name()), labels(missing, ctx));
        return;
      }
      List<Labelled> others = missing.stream().filter(l -> l != Sector.GUARANTOR_BODY).toList();
      if (!others.isEmpty()) {
        s.fail(at, Texts.name(ctx, "/stls/" + i, stl.id(), stl.name()), labels(others, ctx));
      }
      if (regime == GuarantorRegime.SUCCESSOR_AUTHORITY) {
        vacantAfterReform(ctx, s, stl, p, at);
      } else if (others.isEmpty()) {
        Regimes.notRecorded(s, at, p + "/installedOn");
      }
    });
  }

  private static void vacantAfterReform(RuleContext ctx, Subjects s, LocalTechnicalSecretariat stl, String p,
      String at) {
    StateRegime row = Regimes.state(ctx).orElseThrow();
    s.failAs(Severity.WARNING, at, "reform", Texts.name(ctx, p, stl.id(), stl.name()), row.oldBodyAcronym(),
        Regimes.changeText(row), Regimes.successorName(ctx, row));
  }
}
