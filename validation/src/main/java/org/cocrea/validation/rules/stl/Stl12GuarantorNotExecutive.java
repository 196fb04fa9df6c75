package org.cocrea.validation.rules.stl;

import static org.cocrea.validation.rules.support.Seats.isTitularSeat;
import static org.cocrea.validation.rules.support.Seats.seatSector;
import static org.cocrea.validation.rules.support.Walk.forEachStl;

import java.util.Optional;
import org.cocrea.core.OrderOfGovernment;
import org.cocrea.core.Organization;
import org.cocrea.core.PartialDate;
import org.cocrea.core.Sector;
import org.cocrea.core.StlMembership;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.regime.GuarantorRegime;
import org.cocrea.validation.regime.StateRegime;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Texts;
import org.cocrea.validation.rules.support.Regimes;

/**
 * STL-12 · The guarantor seat is not held by a body of the same Executive that holds government seats. · W ·
 * memberships.seatSector, organisation branch, regime table · [S:REFORM §2.3][P]
 *
 * <p>The three-way balance of the STL is gone when the guarantor seat belongs to the Executive that sits as government
 * (reform-2025.md §2.3). A titular guarantor seat fails when its organisation is recorded as of the Executive branch
 * and a titular government seat is held by an Executive body of the same order of government (or of an unrecorded
 * one); and, variant {@code successor}, when it is held by the state's old guarantor body past its extinction (its
 * end date, else the end of the exercise's last plan) and the regime table gives the successor an Executive legal nature while an
 * Executive body of the state (or of an unrecorded order) holds a government seat. A date the table cannot place is
 * NOT_RECORDED.
 */
public final class Stl12GuarantorNotExecutive {

  /** The rule STL-12, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("STL-12").inaiLocal().warning()
      .source("[S:REFORM §2.3][P]")
      .needs("stls[].memberships[].organizationId", "stls[].memberships[].seatSector")
      .whenAbsent(Absence.NOT_APPLICABLE)
      .check(Stl12GuarantorNotExecutive::check);

  private Stl12GuarantorNotExecutive() {}

  private static void check(RuleContext ctx, Subjects s) {
    forEachStl(ctx, s, (i, stl, p) -> {
      boolean any = false;
      for (int j = 0; j < stl.memberships().size(); j++) {
        StlMembership m = stl.memberships().get(j);
        if (!isTitularSeat(m) || seatSector(ctx, m).orElse(null) != Sector.GUARANTOR_BODY) {
          continue;
        }
        Optional<Organization> org = m.organizationId().flatMap(id -> ctx.index().organization(id));
        if (org.isEmpty()) {
          continue;
        }
        any = true;
        String at = p + "/memberships/" + j;
        Organization o = org.get();
        if (Regimes.isExecutive(o)) {
          Optional<Organization> government = Regimes.governmentExecutive(ctx, stl.memberships(), o.order());
          if (government.isPresent()) {
            s.fail(at, Texts.name(ctx, "/stls/" + i, stl.id(), stl.name()), Regimes.label(o), Regimes.label(government.get()));
            continue;
          }
          s.pass(at);
          continue;
        }
        Optional<StateRegime> row = Regimes.extinctBodyRow(ctx, o)
            .filter(r -> r != Regimes.table(ctx).federal() && Regimes.successorIsExecutive(r));
        Optional<PartialDate> end = Regimes.recordedEnd(ctx, m);
        if (row.isEmpty() || end.isEmpty()) {
          s.pass(at);
          continue;
        }
        GuarantorRegime then = Regimes.bodyOn(ctx, row.get(), end.get());
        Optional<Organization> government =
            Regimes.governmentExecutive(ctx, stl.memberships(), Optional.of(OrderOfGovernment.STATE));
        if (then == GuarantorRegime.SUCCESSOR_AUTHORITY && government.isPresent()) {
          s.failWith(at, "successor", Texts.name(ctx, "/stls/" + i, stl.id(), stl.name()), Regimes.label(o), Regimes.changeText(row.get()),
              Regimes.successorName(ctx, row.get()), Regimes.label(government.get()));
        } else if (then == GuarantorRegime.UNKNOWN && government.isPresent()) {
          Regimes.notRecorded(s, at, at + "/endDate");
        } else {
          s.pass(at);
        }
      }
      if (!any) {
        s.notApplicable(p);
      }
    });
  }
}
