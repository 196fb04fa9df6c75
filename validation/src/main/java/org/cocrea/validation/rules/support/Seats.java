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
import org.cocrea.validation.ValidatorOptions;
import org.cocrea.validation.rules.RuleContext;

/**
 * Seats and sectors as the rules read them, in a rule's context: the definitions themselves are {@link
 * org.cocrea.core.Seats} (shared with the statistics); this class adds what depends on the validator's options (which
 * sectors count as government), the attendance reading of the SES/CO/TRK/SIM rules and the STL pointers.
 */
public final class Seats {

  private Seats() {}

  /** The pointer of the i-th STL. */
  public static String stlPointer(int i) {
    return "/stls/" + i;
  }

  /** Whether a membership is a seat ({@link org.cocrea.core.Seats#isSeat}). */
  public static boolean isSeat(StlMembership m) {
    return org.cocrea.core.Seats.isSeat(m);
  }

  /** Whether a membership is a titular seat ({@link org.cocrea.core.Seats#isTitularSeat}). */
  public static boolean isTitularSeat(StlMembership m) {
    return org.cocrea.core.Seats.isTitularSeat(m);
  }

  /** The sector of a seat ({@link org.cocrea.core.Seats#seatSector}). */
  public static Optional<Sector> seatSector(RuleContext ctx, StlMembership m) {
    return org.cocrea.core.Seats.seatSector(ctx.exercise(), m);
  }

  /** The sector of a seat, else of the titular it stands in for ({@link org.cocrea.core.Seats#seatSectorOrTitular}). */
  public static Optional<Sector> seatSectorOrTitular(RuleContext ctx, StlMembership m) {
    return org.cocrea.core.Seats.seatSectorOrTitular(ctx.exercise(), m);
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

  /** The sector of a signatory ({@link org.cocrea.core.Seats#signatorySector}). */
  public static Optional<Sector> signatorySector(RuleContext ctx, Signatory sig) {
    return org.cocrea.core.Seats.signatorySector(ctx.exercise(), sig);
  }

  /** The sector of an organisation, as the rules and the statistics read it ({@link
   * org.cocrea.core.Seats#organizationSector}). */
  public static Optional<Sector> organizationSector(RuleContext ctx, String organizationId) {
    return org.cocrea.core.Seats.organizationSector(ctx.exercise(), organizationId);
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

  /**
   * The sectors counted as society in a rule's context: {@link #SOCIETAL} minus those the options count as government.
   * Public bodies that are not government (the guarantor body, INAI, autonomous bodies) are in neither.
   */
  public static Set<Sector> societal(RuleContext ctx) {
    Set<Sector> s = EnumSet.copyOf(SOCIETAL);
    s.removeAll(ctx.options().governmentSeatSectors());
    return s;
  }

  /** Sectors of society (not public bodies); the options may move some of them to the government side. */
  public static final Set<Sector> SOCIETAL = EnumSet.of(
      Sector.CIVIL_SOCIETY, Sector.ACADEMIA, Sector.PRIVATE_SECTOR, Sector.MEDIA, Sector.RELIGIOUS);
}
