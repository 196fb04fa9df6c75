package org.cocrea.validation.rules.stl;

import static org.cocrea.validation.rules.support.Walk.forEachStl;
import static org.cocrea.validation.rules.support.Seats.isTitularSeat;
import static org.cocrea.validation.rules.support.Seats.seatSector;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Person;
import org.cocrea.core.Sector;
import org.cocrea.core.StlMembership;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Texts;

/**
 * STL-04 · ≥51% of STL members are not public servants (stricter CIMTRA benchmark, optional). · W ·
 * Person.isPublicServant · [S:CIMTRA crit. 31, for municipal councils]. Threshold {@code minNonPublicServantPercent}
 * (default 51). A seat holder's status is the person's {@code publicServant} when recorded, otherwise inferred from
 * the seat sector (government, guarantor, autonomous and national guarantor seats: public servants; civil-society,
 * private-sector, media and religious seats: not); seats whose status cannot be told are left out of the count.
 */
public final class Stl04NonPublicServantMajority {

  /** The rule STL-04, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("STL-04").anyFramework().warning()
      .source("[S:CIMTRA crit. 31, for municipal councils]")
      .threshold("minNonPublicServantPercent", 51)
      .needs("stls[].memberships[].personId", "people[].publicServant")
      .whenAbsent(Absence.NOT_RECORDED)
      .check(Stl04NonPublicServantMajority::check);

  private Stl04NonPublicServantMajority() {}

  private static void check(RuleContext ctx, Subjects s) {
    BigDecimal minPercent = ctx.threshold("minNonPublicServantPercent");
    forEachStl(ctx, s, (i, stl, p) -> {
      int known = 0;
      int nonPublic = 0;
      for (StlMembership m : stl.memberships()) {
        if (!isTitularSeat(m)) {
          continue;
        }
        Optional<Boolean> publicServant = isPublicServant(ctx, m);
        if (publicServant.isPresent()) {
          known++;
          if (!publicServant.get()) {
            nonPublic++;
          }
        }
      }
      if (known == 0) {
        s.notApplicable(p);
        return;
      }
      boolean ok = BigDecimal.valueOf(nonPublic).multiply(BigDecimal.valueOf(100))
          .compareTo(minPercent.multiply(BigDecimal.valueOf(known))) >= 0;
      s.check(ok, p + "/memberships", Texts.name(ctx, "/stls/" + i, stl.id(), stl.name()), nonPublic, known, minPercent.stripTrailingZeros().toPlainString());
    });
  }

  /** Sectors whose seat holders are public servants when the person's status is not recorded (STL-04). */
  private static final Set<Sector> PUBLIC_SECTORS =
      EnumSet.of(Sector.GOVERNMENT, Sector.GUARANTOR_BODY, Sector.AUTONOMOUS_BODY, Sector.NATIONAL_GUARANTOR);

  /** Sectors whose seat holders are not public servants when the person's status is not recorded (STL-04). */
  private static final Set<Sector> NON_PUBLIC_SECTORS =
      EnumSet.of(Sector.CIVIL_SOCIETY, Sector.PRIVATE_SECTOR, Sector.MEDIA, Sector.RELIGIOUS);

  /**
   * Whether a seat holder is a public servant: the person's recorded status, otherwise inferred from the seat sector;
   * empty when it cannot be told.
   */
  private static Optional<Boolean> isPublicServant(RuleContext ctx, StlMembership m) {
    Optional<Boolean> recorded = m.personId().flatMap(id -> ctx.index().person(id)).flatMap(Person::publicServant);
    if (recorded.isPresent()) {
      return recorded;
    }
    Optional<Sector> sector = seatSector(ctx, m);
    if (sector.isPresent() && PUBLIC_SECTORS.contains(sector.get())) {
      return Optional.of(true);
    }
    if (sector.isPresent() && NON_PUBLIC_SECTORS.contains(sector.get())) {
      return Optional.of(false);
    }
    return Optional.empty();
  }
}
