package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Organization;
import org.cocrea.core.Sector;
import org.cocrea.core.StlMembership;
import org.cocrea.core.analysis.Analyses;
import org.cocrea.core.analysis.StlComposition;
import org.cocrea.core.analysis.Tally;
import org.junit.jupiter.api.Test;

/**
 * The statistics ({@code cocrea stats}) and the rules ({@code cocrea validate}) read an STL's seats alike: both use
 * {@link org.cocrea.core.Seats}. Before it, the rules took the exercise's guarantor body recording no sector for a
 * guarantor seat and the statistics left the seat without a sector.
 */
class SeatAgreementTest {

  /** Government, civil society and the exercise's guarantor body, whose organisation records no sector. */
  private static LocalExercise guarantorWithoutSector() {
    return LocalExercise.builder().id("mx-x").guarantorBodyId("org-idaip")
        .addOrganization(Organization.builder().id("org-gov").sector(Sector.GOVERNMENT).build())
        .addOrganization(Organization.builder().id("org-cso").sector(Sector.CIVIL_SOCIETY).build())
        .addOrganization(Organization.builder().id("org-idaip").build())
        .addStl(LocalTechnicalSecretariat.builder().id("stl-1")
            .addMembership(StlMembership.builder().id("m-gov").organizationId("org-gov").build())
            .addMembership(StlMembership.builder().id("m-cso").organizationId("org-cso").build())
            .addMembership(StlMembership.builder().id("m-gar").organizationId("org-idaip").build())
            .build())
        .build();
  }

  @Test
  void stl01PassesAndTheStatisticsCountTheGuarantorBodyWithoutSectorAsAGuarantorSeat() {
    LocalExercise x = guarantorWithoutSector();
    RuleAssert.assertThat(x).rule("STL-01").passes();
    Tally<Sector> seats = Analyses.stlSeatsBySector(List.of(x));
    assertThat(seats.count(Sector.GUARANTOR_BODY)).isEqualTo(1);
    assertThat(seats.missing()).isZero();
    StlComposition composition = Analyses.stlComposition(x).orElseThrow();
    assertThat(composition.titularSeats().count(Sector.GUARANTOR_BODY)).isEqualTo(1);
  }

  @Test
  void aParticipantOfTheGuarantorBodyWithoutSectorCountsAsGuarantorInTheStatisticsAsInCo02() {
    LocalExercise x = guarantorWithoutSector();
    org.cocrea.core.Participation p = org.cocrea.core.Participation.builder().organizationId("org-idaip").build();
    assertThat(Analyses.sectorOf(x, p)).contains(Sector.GUARANTOR_BODY);
  }
}
