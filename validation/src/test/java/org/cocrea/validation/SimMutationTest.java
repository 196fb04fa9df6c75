package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.validation.RuleAssert.arguments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.core.CoCreationProcess;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Organization;
import org.cocrea.core.Participation;
import org.cocrea.core.ParticipatoryTable;
import org.cocrea.core.Sector;
import org.cocrea.core.StlMembership;
import org.cocrea.core.StlRole;
import org.junit.jupiter.api.Test;

/**
 * SIM signals at exactly their thresholds, where no test pinned them (docs/testing.md):
 * a share equal to the threshold does not exceed it, nor fall below it.
 */
class SimMutationTest {

  @Test
  void sim01DoesNotFlagAnOrganisationHoldingExactlyTheThresholdShareOfSocietySeats() {
    // five society seats, org-cce holds two: 40 %, the threshold, not over it
    LocalTechnicalSecretariat exact = stl(seat("m-1", "org-cce"), seat("m-2", "org-cce"), seat("m-3", "org-ccaip"),
        seat("m-4", "org-coparmex"), seat("m-5", "org-otra"));
    RuleAssert.rule(validate(exercise().addStl(exact).build()), "SIM-01").passes();
    LocalTechnicalSecretariat over = stl(seat("m-1", "org-cce"), seat("m-2", "org-cce"), seat("m-3", "org-cce"),
        seat("m-4", "org-coparmex"), seat("m-5", "org-otra"));
    ValidationReport report = validate(exercise().addStl(over).build());
    RuleAssert.rule(report, "SIM-01").fails("/stls/0");
    assertThat(arguments(report, "SIM-01")).containsExactly("STL 1 (stl-1)", "org-cce", "3", "5", "60", "40");
  }

  @Test
  void sim05AcceptsExactlyTheMinimumShareOfNonGovernmentParticipants() {
    List<Participation> half = new ArrayList<>();
    for (String org : List.of("org-ayto", "org-ayto", "org-cce", "org-ccaip")) {
      half.add(Participation.builder().organizationId(org).build());
    }
    RuleAssert.rule(validate(withTable(half)), "SIM-05").passes();
    half.add(Participation.builder().organizationId("org-ayto").build());
    ValidationReport report = validate(withTable(half));
    RuleAssert.rule(report, "SIM-05").fails("/plans/0/coCreation");
    assertThat(arguments(report, "SIM-05")).containsExactly("pal-1", "2", "5", "40", "50");
  }

  // ------------------------------------------------------------------------------------------------ fixtures

  private static LocalExercise.Builder exercise() {
    return LocalExercise.builder().id("mx-dur-2015").guarantorBodyId("org-idaip").addOrganizations(
        Organization.builder().id("org-ayto").sector(Sector.GOVERNMENT).build(),
        Organization.builder().id("org-idaip").sector(Sector.GUARANTOR_BODY).build(),
        Organization.builder().id("org-cce").sector(Sector.CIVIL_SOCIETY).build(),
        Organization.builder().id("org-ccaip").sector(Sector.CIVIL_SOCIETY).build(),
        Organization.builder().id("org-coparmex").sector(Sector.CIVIL_SOCIETY).build(),
        Organization.builder().id("org-otra").sector(Sector.ACADEMIA).build());
  }

  private static StlMembership seat(String id, String org) {
    Sector sector = org.equals("org-otra") ? Sector.ACADEMIA : Sector.CIVIL_SOCIETY;
    return StlMembership.builder().id(id).organizationId(org).seatSector(sector).role(StlRole.MEMBER).titular(true)
        .build();
  }

  private static LocalTechnicalSecretariat stl(StlMembership... society) {
    return LocalTechnicalSecretariat.builder().id("stl-1").installedOn(LocalDate.of(2015, 4, 10))
        .addMembership(StlMembership.builder().id("m-gov").organizationId("org-ayto").seatSector(Sector.GOVERNMENT)
            .role(StlRole.MEMBER).titular(true).build())
        .addMembership(StlMembership.builder().id("m-gar").organizationId("org-idaip")
            .seatSector(Sector.GUARANTOR_BODY).role(StlRole.MEMBER).titular(true).build())
        .addMemberships(society).build();
  }

  private static LocalExercise withTable(List<Participation> participants) {
    return exercise().addPlan(LocalActionPlan.builder().id("pal-1").ordinal(1).coCreation(CoCreationProcess.builder()
        .addTable(ParticipatoryTable.builder().id("t-1").addAllParticipants(participants).build()).build()).build())
        .build();
  }

  private static ValidationReport validate(LocalExercise x) {
    return CocreaValidator.create(ValidatorOptions.builder().asOf(LocalDate.of(2016, 12, 31)).build()).validate(x);
  }
}
