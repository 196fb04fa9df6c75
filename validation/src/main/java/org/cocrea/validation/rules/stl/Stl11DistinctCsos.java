package org.cocrea.validation.rules.stl;

import static org.cocrea.validation.rules.support.Walk.forEachStl;
import static org.cocrea.validation.rules.support.Seats.isSeat;
import static org.cocrea.validation.rules.support.Seats.seatSectorOrTitular;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Sector;
import org.cocrea.core.StlMembership;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Texts;

/**
 * STL-11 · STL has ≥2 distinct CSOs (not a single-CSO "sociedad civil" seat). · W · distinct CSO orgs · [P]; risk
 * visible in 1-CSO STLs (Sonora, Tabasco, Tlaxcala, Morelos) [S:APT]. Threshold [P] {@code minDistinctCsos}
 * (default 2); counts the distinct civil-society members holding seats, titular or alternate: organisations by record
 * or by name, and individuals (real-records.md §8: civil-society members may be persons, not only organisations). A
 * civil-society seat that names no one is not counted (who holds it is unknown); in a PARTIAL part it leaves the STL
 * NOT_RECORDED when the others are fewer than the minimum.
 *
 * <p>When the memberships are a PARTIAL part, fewer members than the minimum is NOT_RECORDED (others may sit
 * unrecorded); an STL without recorded memberships is NOT_RECORDED there and not applicable in a COMPLETE record.
 */
public final class Stl11DistinctCsos {

  /** The rule STL-11, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("STL-11").anyFramework().warning()
      .source("[P]; risk visible in 1-CSO STLs (Sonora, Tabasco, Tlaxcala, Morelos) [S:APT]")
      .threshold("minDistinctCsos", 2)
      .needs("stls[].memberships[].organizationId", "stls[].memberships[].organizationName",
          "stls[].memberships[].personId", "stls[].memberships[].personName", "stls[].memberships[].seatSector",
          "organizations[].sector")
      .whenAbsent(Absence.FAIL)
      .check(Stl11DistinctCsos::check);

  private Stl11DistinctCsos() {}

  /**
   * Who holds a civil-society seat: the organisation (by record, else by name), else the person (by record, else by
   * name); empty for a seat that names no one.
   */
  private static Optional<String> memberKey(StlMembership m) {
    if (m.organizationId().isPresent()) {
      return Optional.of("organization:" + m.organizationId().get());
    }
    if (m.organizationName().isPresent()) {
      return Optional.of("organization name:" + m.organizationName().get().strip().toLowerCase(Locale.ROOT));
    }
    if (m.personId().isPresent()) {
      return Optional.of("person:" + m.personId().get());
    }
    if (m.personName().isPresent()) {
      return Optional.of("person name:" + m.personName().get().strip().toLowerCase(Locale.ROOT));
    }
    return Optional.empty();
  }

  private static void check(RuleContext ctx, Subjects s) {
    int min = ctx.intThreshold("minDistinctCsos");
    forEachStl(ctx, s, (i, stl, p) -> {
      boolean allMembers = ctx.complete(stl, "memberships");
      if (stl.memberships().isEmpty()) {
        if (allMembers) {
          s.notApplicable(p);
        } else {
          s.notRecorded(p, p + "/memberships");
        }
        return;
      }
      Set<String> members = new LinkedHashSet<>();
      boolean unnamedNotRecorded = false;
      for (StlMembership m : stl.memberships()) {
        if (isSeat(m) && seatSectorOrTitular(ctx, m).orElse(null) == Sector.CIVIL_SOCIETY) {
          Optional<String> key = memberKey(m);
          key.ifPresent(members::add);
          unnamedNotRecorded |= key.isEmpty() && !ctx.complete(m, "organizationId");
        }
      }
      if (members.size() >= min) {
        s.pass(p + "/memberships");
      } else if (!allMembers || unnamedNotRecorded) {
        s.notRecorded(p + "/memberships", p + "/memberships");   // other members may sit unrecorded, or unnamed
      } else {
        s.fail(p + "/memberships", Texts.name(ctx, "/stls/" + i, stl.id(), stl.name()), members.size(), min);
      }
    });
  }
}
