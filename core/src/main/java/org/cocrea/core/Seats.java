package org.cocrea.core;

import java.util.Objects;
import java.util.Optional;

/**
 * The one definition of an STL's seats and of the sector they, a signatory or an organisation stand for, read alike by
 * the rules ({@code cocrea validate}: STL-01, STL-03, EXE-02, PAL-05, ...) and the statistics ({@code cocrea stats}:
 * {@code Analyses.stlSeatsBySector}), so that both count the same seats under the same sectors.
 *
 * <ul>
 *   <li>A membership is a <em>seat</em> unless its role is {@link StlRole#FACILITATOR} or {@link StlRole#OBSERVER}.
 *   <li>A seat is <em>titular</em> unless it is recorded as {@code titular=false} or names the titular it stands in
 *       for ({@code alternateOfId}).
 *   <li>An organisation's sector is the one recorded, else {@link Sector#GUARANTOR_BODY} when it is the exercise's
 *       guarantor body ({@code guarantorBodyId}); empty when unknown.
 *   <li>The sector of a seat is its {@code seatSector}, else its organisation's; the sector of a signatory is the one
 *       it signed for, else its organisation's; a table participant's, the one recorded, else its organisation's,
 *       else its person's organisation's.
 * </ul>
 *
 * <pre>{@code
 * LocalExercise x = ...; // guarantorBodyId "org-idaip", an organisation "org-idaip" recording no sector
 * StlMembership seat = x.stls().get(0).memberships().get(0); // organizationId "org-idaip", no seatSector
 * Seats.seatSector(x, seat);                 // Optional[GUARANTOR_BODY]
 * Seats.isTitularSeat(seat);                 // true unless titular=false or alternateOfId is set
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Seats {

  private Seats() {}

  /**
   * Whether a membership is a seat: not the facilitator nor an observer.
   *
   * @param membership the membership, must not be null
   * @return true for a seat
   */
  public static boolean isSeat(StlMembership membership) {
    StlRole role = membership.role().orElse(null);
    return role != StlRole.FACILITATOR && role != StlRole.OBSERVER;
  }

  /**
   * Whether a membership is a titular seat: a seat not recorded as an alternate.
   *
   * @param membership the membership, must not be null
   * @return true for a titular seat
   */
  public static boolean isTitularSeat(StlMembership membership) {
    return isSeat(membership) && membership.titular().orElse(true) && membership.alternateOfId().isEmpty();
  }

  /**
   * The sector of an organisation: its recorded sector, else {@link Sector#GUARANTOR_BODY} when it is the exercise's
   * guarantor body.
   *
   * @param exercise the exercise, must not be null
   * @param organizationId the organisation's identifier, must not be null
   * @return the sector, or empty when unknown
   */
  public static Optional<Sector> organizationSector(LocalExercise exercise, String organizationId) {
    Objects.requireNonNull(organizationId, "organizationId");
    Optional<Sector> recorded = exercise.index().sectorOf(organizationId);
    if (recorded.isPresent()) {
      return recorded;
    }
    return exercise.guarantorBodyId().filter(organizationId::equals).map(id -> Sector.GUARANTOR_BODY);
  }

  /**
   * An explicit sector, otherwise the referenced organisation's ({@link #organizationSector}).
   *
   * @param exercise the exercise, must not be null
   * @param explicit the sector recorded on the element, must not be null
   * @param organizationId the element's organisation, must not be null
   * @return the sector, or empty when unknown
   */
  public static Optional<Sector> sectorOf(LocalExercise exercise, Optional<Sector> explicit,
      Optional<String> organizationId) {
    return explicit.or(() -> organizationId.flatMap(id -> organizationSector(exercise, id)));
  }

  /**
   * The sector of a seat: its seat sector, otherwise its organisation's.
   *
   * @param exercise the exercise, must not be null
   * @param membership the seat, must not be null
   * @return the sector, or empty when unknown
   */
  public static Optional<Sector> seatSector(LocalExercise exercise, StlMembership membership) {
    return sectorOf(exercise, membership.seatSector(), membership.organizationId());
  }

  /**
   * The sector of a seat, or, for an alternate recording none, that of the titular seat it stands in for.
   *
   * @param exercise the exercise, must not be null
   * @param membership the seat, must not be null
   * @return the sector, or empty when unknown
   */
  public static Optional<Sector> seatSectorOrTitular(LocalExercise exercise, StlMembership membership) {
    return seatSector(exercise, membership).or(() -> membership.alternateOfId()
        .flatMap(id -> exercise.index().membership(id))
        .flatMap(t -> seatSector(exercise, t)));
  }

  /**
   * The sector of a signatory: the sector it signed for, otherwise its organisation's.
   *
   * @param exercise the exercise, must not be null
   * @param signatory the signatory, must not be null
   * @return the sector, or empty when unknown
   */
  public static Optional<Sector> signatorySector(LocalExercise exercise, Signatory signatory) {
    return sectorOf(exercise, signatory.sector(), signatory.organizationId());
  }

  /**
   * The sector a participant of a table took part for: the one recorded, otherwise its organisation's, otherwise that
   * of the person's organisation (organisations' sectors as in {@link #organizationSector}).
   *
   * @param exercise the exercise, must not be null
   * @param participant the participant, must not be null
   * @return the sector, or empty when none can be told
   */
  public static Optional<Sector> participantSector(LocalExercise exercise, Participation participant) {
    return participant.sector()
        .or(() -> participant.organizationId().flatMap(id -> organizationSector(exercise, id)))
        .or(() -> participant.personId().flatMap(id -> exercise.index().person(id))
            .flatMap(Person::organizationId).flatMap(id -> organizationSector(exercise, id)));
  }
}
