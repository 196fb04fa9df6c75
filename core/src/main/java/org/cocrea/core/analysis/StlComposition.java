package org.cocrea.core.analysis;

import java.util.Objects;
import org.cocrea.core.CsoType;
import org.cocrea.core.Sector;

/**
 * Who sits in one exercise's STL: titular and alternate seats by sector, civil-society seats by the kind of
 * organisation, facilitators and observers. Seats follow the STL rules' definitions: a membership is a seat unless its
 * role is facilitator or observer; a seat is titular unless recorded as {@code titular=false} or naming the titular it
 * stands in for; its sector is the seat sector as recorded, otherwise the sector of the organisation holding it.
 *
 * <pre>{@code
 * StlComposition c = Analyses.stlComposition(exercise).orElseThrow();
 * c.titularSeats().count(Sector.CIVIL_SOCIETY);       // 2
 * c.civilSocietyShare();                              // 2/6 (33.3 %)
 * }</pre>
 *
 * @param exerciseId the exercise's id, never null
 * @param stlId the STL's id, never null
 * @param operating whether the STL is operating ({@link Analyses#isOperating})
 * @param titularSeats titular seats by sector; seats with no sector are {@link Tally#missing()}, never null
 * @param alternateSeats alternate seats by sector (the titular's sector when the alternate records none), never null
 * @param civilSocietySeatsByType titular civil-society seats by the holding organisation's type, never null
 * @param facilitators memberships with role facilitator
 * @param observers memberships with role observer
 * @param distinctCivilSocietyOrganizations organisations holding a civil-society seat, titular or alternate
 * @since 0.1.0
 */
public record StlComposition(String exerciseId, String stlId, boolean operating, Tally<Sector> titularSeats,
    Tally<Sector> alternateSeats, Tally<CsoType> civilSocietySeatsByType, int facilitators, int observers,
    int distinctCivilSocietyOrganizations) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public StlComposition {
    Objects.requireNonNull(exerciseId, "exerciseId");
    Objects.requireNonNull(stlId, "stlId");
    Objects.requireNonNull(titularSeats, "titularSeats");
    Objects.requireNonNull(alternateSeats, "alternateSeats");
    Objects.requireNonNull(civilSocietySeatsByType, "civilSocietySeatsByType");
  }

  /**
   * The number of titular seats, with or without a recorded sector.
   *
   * @return the count
   */
  public long seats() {
    return titularSeats.observations();
  }

  /**
   * The civil-society share of the titular seats.
   *
   * @return civil-society titular seats out of all titular seats
   */
  public Rate civilSocietyShare() {
    return new Rate(titularSeats.count(Sector.CIVIL_SOCIETY), seats());
  }
}
