package org.cocrea.validation.rules.stl;

import static org.cocrea.validation.rules.support.Walk.forEachStl;
import static org.cocrea.validation.rules.support.Seats.isSeat;
import static org.cocrea.validation.rules.support.Seats.seatSectorOrTitular;

import java.util.LinkedHashSet;
import java.util.Set;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Sector;
import org.cocrea.core.StlMembership;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * STL-11 · STL has ≥2 distinct CSOs (not a single-CSO "sociedad civil" seat). · W · distinct CSO orgs · [P]; risk
 * visible in 1-CSO STLs (Sonora, Tabasco, Tlaxcala, Morelos) [S:APT]. Threshold [P] {@code minDistinctCsos}
 * (default 2); counts the organisations holding civil-society seats, titular or alternate.
 */
public final class Stl11DistinctCsos {

  /** The rule STL-11, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("STL-11").anyFramework().warning()
      .source("[P]; risk visible in 1-CSO STLs (Sonora, Tabasco, Tlaxcala, Morelos) [S:APT]")
      .threshold("minDistinctCsos", 2)
      .needs("stls[].memberships[].organizationId", "stls[].memberships[].seatSector", "organizations[].sector")
      .whenAbsent(Absence.FAIL)
      .check(Stl11DistinctCsos::check);

  private Stl11DistinctCsos() {}

  private static void check(RuleContext ctx, Subjects s) {
    int min = ctx.intThreshold("minDistinctCsos");
    forEachStl(ctx, s, (i, stl, p) -> {
      if (stl.memberships().isEmpty()) {
        s.notApplicable(p);
        return;
      }
      Set<String> csos = new LinkedHashSet<>();
      for (StlMembership m : stl.memberships()) {
        if (isSeat(m) && seatSectorOrTitular(ctx, m).orElse(null) == Sector.CIVIL_SOCIETY) {
          m.organizationId().ifPresent(csos::add);
        }
      }
      s.check(csos.size() >= min, p + "/memberships", stl.id(), csos.size(), min);
    });
  }
}
