package org.cocrea.validation.rules.support;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cocrea.core.Attendance;
import org.cocrea.core.Labelled;
import org.cocrea.core.Sector;
import org.cocrea.core.Signatory;
import org.cocrea.core.StlMembership;
import org.cocrea.core.StlRole;
import org.cocrea.validation.ValidatorOptions;
import org.cocrea.validation.rules.RuleContext;

/** TODO */
public final class Seats {

  private Seats() {}

  /** The pointer of the i-th STL. */
  public static String stlPointer(int i) {
    return "/stls/" + i;
  }

  /** Whether a membership is a seat (not the facilitator nor an observer). */
  public static boolean isSeat(StlMembership m) {
    StlRole role = m.role().orElse(null);
    return role != StlRole.FACILITATOR && role != StlRole.OBSERVER;
  }

  /** Whether a membership is a titular seat: a seat not recorded as an alternate. */
  public static boolean isTitularSeat(StlMembership m) {
    return isSeat(m) && m.titular().orElse(true) && m.alternateOfId().isEmpty();
  }

  /** The sector of a seat: its seat sector, otherwise its organisation's sector. */
  public static Optional<Sector> seatSector(RuleContext ctx, StlMembership m) {
    return sectorOf(ctx, m.seatSector(), m.organizationId());
  }

  /** The sector of a seat, or of the titular seat an alternate stands in for when the alternate records none. */
  public static Optional<Sector> seatSectorOrTitular(RuleContext ctx, StlMembership m) {
    return seatSector(ctx, m).or(() -> m.alternateOfId()
        .flatMap(id -> ctx.index().membership(id))
        .flatMap(t -> seatSector(ctx, t)));
  }

  /**
   * The seat a present attendance entry fills, as every attendance-based rule (SES-02, CO-07, TRK-06, SIM-07, SIM-12)
   * reads it: the entry counts as present unless recorded {@code present=false}, and only a seat counts (the
   * facilitator and observers attend but hold no seat of any sector).
   */
  public static Optional<StlMembership> presentSeat(RuleContext ctx, Attendance a) {
    if (!a.present().orElse(true)) {
      return Optional.empty();
    }
    return a.membershipId().flatMap(id -> ctx.index().membership(id)).filter(Seats::isSeat);
  }

  /** The sector of a signatory: the sector it signed for, otherwise its organisation's sector. */
  public static Optional<Sector> signatorySector(RuleContext ctx, Signatory sig) {
    return sectorOf(ctx, sig.sector(), sig.organizationId());
  }

  /** An explicit sector, otherwise the referenced organisation's sector ({@link #organizationSector}). */
  public static Optional<Sector> sectorOf(RuleContext ctx, Optional<Sector> explicit, Optional<String> organizationId) {
    return explicit.or(() -> organizationId.flatMap(id -> organizationSector(ctx, id)));
  }

  /**
   * The sector of an organisation, as every rule reads it: its recorded sector, else {@link Sector#GUARANTOR_BODY}
   * when it is the exercise's guarantor body ({@code guarantorBodyId}); empty when unknown.
   */
  public static Optional<Sector> organizationSector(RuleContext ctx, String organizationId) {
    Optional<Sector> recorded = ctx.index().sectorOf(organizationId);
    if (recorded.isPresent()) {
      return recorded;
    }
    return ctx.exercise().guarantorBodyId().filter(organizationId::equals).map(id -> Sector.GUARANTOR_BODY);
  }

  /** Whether a sector counts as government ({@link ValidatorOptions#governmentSeatSectors()}). */
  public static boolean isGovernment(RuleContext ctx, Sector sector) {
    return ctx.options().governmentSeatSectors().contains(sector);
  }

  /**
   * Which of the three sectors (government, civil society, guarantor body) a set of sectors lacks; government is met
   * by any sector of {@link ValidatorOptions#governmentSeatSectors()}.
   */
  public static List<Labelled> missingThreeSectors(RuleContext ctx, Set<Sector> present) {
    List<Labelled> missing = new ArrayList<>();
    if (present.stream().noneMatch(sector -> isGovernment(ctx, sector))) {
      missing.add(Sector.GOVERNMENT);
    }
    if (!present.contains(Sector.CIVIL_SOCIETY)) {
      missing.add(Sector.CIVIL_SOCIETY);
    }
    if (!present.contains(Sector.GUARANTOR_BODY)) {
      missing.add(Sector.GUARANTOR_BODY);
    }
    return missing;
  }

  /** Distinct seats (titular ids; alternates count for the seat they stand in for) — used by SES rules. */
  public static String seatKey(StlMembership m) {
    return m.alternateOfId().orElse(m.id());
  }

  /** Sectors of society (not public bodies); the options may move some of them to the government side. */
  public static final Set<Sector> SOCIETAL = EnumSet.of(
      Sector.CIVIL_SOCIETY, Sector.ACADEMIA, Sector.PRIVATE_SECTOR, Sector.MEDIA, Sector.RELIGIOUS);
}
