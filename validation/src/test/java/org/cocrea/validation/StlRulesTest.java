package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.validation.RuleAssert.arguments;
import static org.cocrea.validation.RuleAssert.keys;
import static org.cocrea.validation.RuleAssert.outcome;
import static org.cocrea.validation.RuleAssert.pointers;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import java.util.stream.LongStream;
import org.cocrea.core.CallPurpose;
import org.cocrea.core.DecisionRule;
import org.cocrea.core.InstallationAct;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.OperatingRules;
import org.cocrea.core.Organization;
import org.cocrea.core.PartialDate;
import org.cocrea.core.Person;
import org.cocrea.core.PublicCall;
import org.cocrea.core.QuorumRule;
import org.cocrea.core.Sector;
import org.cocrea.core.SelectionMethod;
import org.cocrea.core.Signatory;
import org.cocrea.core.StlMembership;
import org.cocrea.core.StlRole;
import org.cocrea.core.StlSession;
import org.cocrea.core.StlStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StlRulesTest {

  private static final LocalDate INSTALLED = LocalDate.of(2015, 4, 10);
  private static final LocalDate AS_OF = LocalDate.of(2015, 12, 31);

  // ------------------------------------------------------------------------------------------- STL-01

  @Test
  void stl01PassesWithTitularSeatsOfTheThreeSectors() {
    ValidationReport report = validate(exercise(stl(threeSectorSeats())));
    assertThat(outcome(report, "STL-01")).isEqualTo(Outcome.PASS);
  }

  @Test
  void stl01FailsWhenTheGuarantorHoldsOnlyAnAlternateSeat() {
    LocalTechnicalSecretariat stl = stl(b -> b
        .addMembership(seat("m-gov", "org-gov", Sector.GOVERNMENT))
        .addMembership(seat("m-cso", "org-cso1", Sector.CIVIL_SOCIETY))
        .addMembership(StlMembership.builder().id("m-gar").organizationId("org-gar")
            .seatSector(Sector.GUARANTOR_BODY).titular(false).build()));
    ValidationReport report = validate(exercise(stl));
    assertThat(outcome(report, "STL-01")).isEqualTo(Outcome.FAIL);
    assertThat(pointers(report, "STL-01")).containsExactly("/stls/0/memberships");
  }

  @Test
  void stl01TakesTheSeatSectorFromTheOrganisationWhenNotRecorded() {
    LocalTechnicalSecretariat stl = stl(b -> b
        .addMembership(StlMembership.builder().id("m-gov").organizationId("org-gov").build())
        .addMembership(StlMembership.builder().id("m-cso").organizationId("org-cso1").build())
        .addMembership(StlMembership.builder().id("m-gar").organizationId("org-gar").build()));
    assertThat(outcome(validate(exercise(stl)), "STL-01")).isEqualTo(Outcome.PASS);
  }

  @Test
  void stl01AndStl02TakeTheExercisesGuarantorBodyAsGuarantorWhenItsSectorIsNotRecordedAsExe02Does() {
    LocalTechnicalSecretariat stl = stl(b -> b
        .addMembership(seat("m-gov", "org-gov", Sector.GOVERNMENT))
        .addMembership(seat("m-cso", "org-cso1", Sector.CIVIL_SOCIETY))
        .addMembership(StlMembership.builder().id("m-gar").organizationId("org-idaip").build())
        .installationAct(InstallationAct.builder().date(INSTALLED)
            .addSignatory(Signatory.builder().organizationId("org-gov").build())
            .addSignatory(Signatory.builder().organizationId("org-cso1").build())
            .addSignatory(Signatory.builder().organizationId("org-idaip").build()).build()));
    LocalExercise x = LocalExercise.builder().from(exercise(stl)).guarantorBodyId("org-idaip")
        .addOrganization(Organization.builder().id("org-idaip").name("IDAIP").build()).build();
    ValidationReport report = validate(x);
    assertThat(outcome(report, "STL-01")).isEqualTo(Outcome.PASS);
    assertThat(outcome(report, "STL-02")).isEqualTo(Outcome.PASS);
  }

  @Test
  void stl01FailsAnStlWithoutMembershipsAtTheStl() {
    ValidationReport report = validate(exercise(stl(b -> b)));
    assertThat(pointers(report, "STL-01")).containsExactly("/stls/0");
  }

  @Test
  void stl01IsNotApplicableWithoutStls() {
    assertThat(outcome(validate(LocalExercise.builder().id("x").build()), "STL-01"))
        .isEqualTo(Outcome.NOT_APPLICABLE);
  }

  // ------------------------------------------------------------------------------------------- STL-02

  @Test
  void stl02PassesWithADatedActSignedByTheThreeSectors() {
    LocalTechnicalSecretariat stl = stl(b -> threeSectorSeats().apply(b).installationAct(act(true,
        Sector.GOVERNMENT, Sector.CIVIL_SOCIETY, Sector.GUARANTOR_BODY)));
    assertThat(outcome(validate(exercise(stl)), "STL-02")).isEqualTo(Outcome.PASS);
  }

  @Test
  void stl02FailsAnInstalledStlWithoutAct() {
    ValidationReport report = validate(exercise(stl(threeSectorSeats())));
    assertThat(outcome(report, "STL-02")).isEqualTo(Outcome.FAIL);
    assertThat(pointers(report, "STL-02")).containsExactly("/stls/0");
    assertThat(keys(report, "STL-02")).containsExactly("STL-02.noAct");
  }

  @Test
  void stl02FailsAnActWithoutDateOrGovernmentSignatory() {
    LocalTechnicalSecretariat stl = stl(b -> threeSectorSeats().apply(b)
        .installationAct(act(false, Sector.CIVIL_SOCIETY, Sector.GUARANTOR_BODY)));
    ValidationReport report = validate(exercise(stl));
    assertThat(pointers(report, "STL-02")).containsExactly("/stls/0/installationAct");
    assertThat(report.findings().stream().filter(f -> f.ruleId().equals("STL-02")).findFirst().orElseThrow()
        .arguments().get(1)).contains("la fecha").contains("Gobierno");
  }

  @Test
  void stl02IsNotApplicableToAnStlNotYetInstalled() {
    LocalTechnicalSecretariat stl = LocalTechnicalSecretariat.builder().id("stl-1").build();
    assertThat(outcome(validate(exercise(stl)), "STL-02")).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  // ------------------------------------------------------------------------------------------- STL-03

  @Test
  void stl03FailsVeracruzThreeCsoAgainstSixGovernmentSeats() {
    ValidationReport report = validate(composed("ver", 3, 6, 1, 0));
    assertThat(outcome(report, "STL-03")).isEqualTo(Outcome.FAIL);
    assertThat(pointers(report, "STL-03")).containsExactly("/stls/0/memberships");
    assertThat(arguments(report, "STL-03")).containsExactly("stl-ver", "3", "6", "1");
  }

  @Test
  void stl03FailsMorelosOneCsoAgainstTwoGovernmentSeats() {
    assertThat(outcome(validate(composed("mor", 1, 2, 1, 0)), "STL-03")).isEqualTo(Outcome.FAIL);
  }

  @Test
  void stl03PassesDurangoTwoAgainstTwo() {
    assertThat(outcome(validate(composed("dgo", 2, 2, 2, 0)), "STL-03")).isEqualTo(Outcome.PASS);
  }

  @Test
  void stl03PassesSinaloaOnlyWhenAutonomousBodiesAreNotCountedAsGovernment() {
    LocalExercise sinaloa = composed("sin", 6, 3, 2, 4);
    assertThat(outcome(validate(sinaloa), "STL-03")).isEqualTo(Outcome.PASS);
    ValidatorOptions counted = ValidatorOptions.builder()
        .governmentSeatSectors(EnumSet.of(Sector.GOVERNMENT, Sector.AUTONOMOUS_BODY)).build();
    ValidationReport report = CocreaValidator.create(counted).validate(sinaloa);
    assertThat(outcome(report, "STL-03")).isEqualTo(Outcome.FAIL);
    assertThat(arguments(report, "STL-03")).containsExactly("stl-sin", "6", "7", "1");
  }

  @Test
  void stl03ThresholdChangesTheRequiredRatio() {
    LocalExercise durango = composed("dgo", 2, 2, 2, 0);
    ValidatorOptions stricter = ValidatorOptions.builder().threshold("STL-03.minCsoPerGovernmentSeat", 1.5).build();
    assertThat(outcome(CocreaValidator.create(stricter).validate(durango), "STL-03")).isEqualTo(Outcome.FAIL);
    ValidatorOptions laxer = ValidatorOptions.builder().threshold("STL-03.minCsoPerGovernmentSeat", 0.5).build();
    assertThat(outcome(CocreaValidator.create(laxer).validate(composed("ver", 3, 6, 1, 0)), "STL-03"))
        .isEqualTo(Outcome.PASS);
  }

  // ------------------------------------------------------------------------------------------- STL-04

  @Test
  void stl04FailsWhenPublicServantsHoldMostSeats() {
    ValidationReport report = validate(composed("mor", 1, 2, 1, 0));
    assertThat(outcome(report, "STL-04")).isEqualTo(Outcome.FAIL);
    assertThat(pointers(report, "STL-04")).containsExactly("/stls/0/memberships");
    assertThat(arguments(report, "STL-04")).containsExactly("stl-mor", "1", "4", "51");
  }

  @Test
  void stl04PassesWhenMostSeatsAreHeldByCivilSociety() {
    assertThat(outcome(validate(composed("coa", 5, 1, 1, 0)), "STL-04")).isEqualTo(Outcome.PASS);
  }

  @Test
  void stl04UsesThePersonsRecordedStatusBeforeTheSeatSector() {
    Person servant = Person.builder().id("p-1").publicServant(true).build();
    LocalTechnicalSecretariat stl = stl(b -> b
        .addMembership(seat("m-gov", "org-gov", Sector.GOVERNMENT))
        .addMembership(seatBuilder("m-cso1", "org-cso1", Sector.CIVIL_SOCIETY).personId("p-1").build())
        .addMembership(seat("m-cso2", "org-cso2", Sector.CIVIL_SOCIETY)));
    LocalExercise x = LocalExercise.builder().from(exercise(stl)).addPeople(servant).build();
    ValidationReport report = validate(x);
    assertThat(arguments(report, "STL-04")).containsExactly("stl-1", "1", "3", "51");
  }

  @Test
  void stl04ThresholdChangesTheOutcome() {
    ValidatorOptions lax = ValidatorOptions.builder().threshold("STL-04.minNonPublicServantPercent", 25).build();
    assertThat(outcome(CocreaValidator.create(lax).validate(composed("mor", 1, 2, 1, 0)), "STL-04"))
        .isEqualTo(Outcome.PASS);
  }

  // ------------------------------------------------------------------------------------------- STL-05

  @Test
  void stl05PassesWithCompletePublishedRules() {
    LocalTechnicalSecretariat stl = stl(b -> threeSectorSeats().apply(b).rules(completeRules()));
    assertThat(outcome(validate(exercise(stl)), "STL-05")).isEqualTo(Outcome.PASS);
  }

  @Test
  void stl05FailsWithoutRulesAtTheStl() {
    ValidationReport report = validate(exercise(stl(threeSectorSeats())));
    assertThat(pointers(report, "STL-05")).containsExactly("/stls/0");
    assertThat(keys(report, "STL-05")).containsExactly("STL-05.noRules");
  }

  @Test
  void stl05FailsUnpublishedRulesWithoutQuorumAtTheRules() {
    OperatingRules rules = OperatingRules.builder().agendaNoticeDays(5).decisionRule(DecisionRule.CONSENSUS).build();
    ValidationReport report = validate(exercise(stl(b -> threeSectorSeats().apply(b).rules(rules))));
    assertThat(outcome(report, "STL-05")).isEqualTo(Outcome.FAIL);
    assertThat(pointers(report, "STL-05")).containsExactly("/stls/0/rules");
  }

  // ------------------------------------------------------------------------------------------- STL-06

  @Test
  void stl06FailsTheSessionAfterAGapLongerThanSixMonths() {
    LocalTechnicalSecretariat stl = stl(b -> b
        .addSession(session("s-1", LocalDate.of(2015, 5, 1)))
        .addSession(session("s-2", LocalDate.of(2016, 1, 2))));
    ValidationReport report = validateOgp(exercise(stl), LocalDate.of(2016, 3, 1));
    assertThat(outcome(report, "STL-06")).isEqualTo(Outcome.FAIL);
    assertThat(pointers(report, "STL-06")).containsExactly("/stls/0/sessions/1/date");
    assertThat(report.result("STL-06").orElseThrow().failed()).isEqualTo(1);
  }

  @Test
  void stl06SaysAtLeastWhenADateIsAMonth() {
    // the days between a month and a day are the fewest the month allows (real-records.md §3): "al menos"
    LocalTechnicalSecretariat byDays = stl(b -> b
        .addSession(session("s-1", LocalDate.of(2015, 5, 1)))
        .addSession(session("s-2", LocalDate.of(2016, 1, 2))));
    assertThat(validateOgp(exercise(byDays), LocalDate.of(2016, 3, 1)).findings("STL-06").get(0).message())
        .contains("pasaron 246 días entre").doesNotContain("al menos");
    LocalTechnicalSecretariat byMonth = stl(b -> b
        .addSession(StlSession.builder().id("s-1").date(PartialDate.parse("2015-05")).build())
        .addSession(session("s-2", LocalDate.of(2016, 1, 2))));
    ValidationReport report = validateOgp(exercise(byMonth), LocalDate.of(2016, 3, 1));
    assertThat(report.findings("STL-06").get(0).message()).contains("pasaron al menos 216 días entre");
    LocalTechnicalSecretariat quiet = stl(b -> b
        .addSession(StlSession.builder().id("s-1").date(PartialDate.parse("2015-05")).build()));
    assertThat(validateOgp(exercise(quiet), LocalDate.of(2016, 3, 1)).findings("STL-06").get(0).message())
        .contains("al menos 275 días al");
  }

  @Test
  void stl06FailsAnActiveStlThatStoppedMeeting() {
    LocalTechnicalSecretariat stl = stl(b -> b.addSession(session("s-1", LocalDate.of(2015, 5, 1))));
    ValidationReport report = validateOgp(exercise(stl), LocalDate.of(2016, 1, 1));
    assertThat(pointers(report, "STL-06")).containsExactly("/stls/0");
    assertThat(keys(report, "STL-06")).containsExactly("STL-06.sinceLast");
  }

  @Test
  void stl06PassesRegularSessionsAndIgnoresTheTailOfADissolvedStl() {
    LocalTechnicalSecretariat regular = stl(b -> b
        .addSession(session("s-1", LocalDate.of(2015, 5, 1)))
        .addSession(session("s-2", LocalDate.of(2015, 10, 1))));
    assertThat(outcome(validateOgp(exercise(regular), LocalDate.of(2016, 1, 1)), "STL-06")).isEqualTo(Outcome.PASS);
    LocalTechnicalSecretariat dissolved = LocalTechnicalSecretariat.builder().from(regular)
        .status(StlStatus.DISSOLVED).build();
    assertThat(outcome(validateOgp(exercise(dissolved), LocalDate.of(2018, 1, 1)), "STL-06")).isEqualTo(Outcome.PASS);
  }

  @Test
  void stl06ThresholdChangesTheOutcome() {
    LocalTechnicalSecretariat stl = stl(b -> b.addSession(session("s-1", LocalDate.of(2015, 5, 1))));
    ValidatorOptions lax = ValidatorOptions.builder().profile(Profile.OGP_LOCAL).asOf(LocalDate.of(2016, 1, 1))
        .threshold("STL-06.maxGapDays", 300).build();
    assertThat(outcome(CocreaValidator.create(lax).validate(exercise(stl)), "STL-06")).isEqualTo(Outcome.PASS);
  }

  @Test
  void stl06IsNotApplicableWithoutAsOfDate() {
    ValidatorOptions noDate = ValidatorOptions.builder().profile(Profile.OGP_LOCAL).timeAwareRules(false).build();
    ValidationReport report = CocreaValidator.create(noDate).validate(exercise(stl(b -> b)));
    assertThat(outcome(report, "STL-06")).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  @Test
  void stl06IsSourcedOnlyFromOgpSoItRunsOnlyInTheOgpLocalProfile() {
    LocalTechnicalSecretariat stl = stl(b -> b.addSession(session("s-1", LocalDate.of(2015, 5, 1))));
    assertThat(validate(exercise(stl), LocalDate.of(2016, 1, 1)).outsideFrameworks()).contains("STL-06");
    assertThat(Rules.byId("STL-06").orElseThrow().severityIn(Profile.OGP_LOCAL)).isEqualTo(Severity.ERROR);
  }

  // ------------------------------------------------------------------------------------------- STL-07

  @Test
  void stl07FailsOnlyTheTitularSeatWithoutAlternate() {
    LocalTechnicalSecretariat stl = stl(b -> b
        .addMembership(seat("m-gov", "org-gov", Sector.GOVERNMENT))
        .addMembership(seat("m-cso", "org-cso1", Sector.CIVIL_SOCIETY))
        .addMembership(StlMembership.builder().id("m-gov-alt").organizationId("org-gov").titular(false)
            .alternateOfId("m-gov").build()));
    ValidationReport report = validate(exercise(stl));
    assertThat(outcome(report, "STL-07")).isEqualTo(Outcome.FAIL);
    assertThat(pointers(report, "STL-07")).containsExactly("/stls/0/memberships/1");
    assertThat(report.result("STL-07").orElseThrow().passed()).isEqualTo(1);
  }

  @Test
  void stl07PassesWhenEveryTitularSeatHasAnAlternate() {
    LocalTechnicalSecretariat stl = stl(b -> b
        .addMembership(seat("m-gov", "org-gov", Sector.GOVERNMENT))
        .addMembership(StlMembership.builder().id("m-gov-alt").alternateOfId("m-gov").build()));
    assertThat(outcome(validate(exercise(stl)), "STL-07")).isEqualTo(Outcome.PASS);
  }

  // ------------------------------------------------------------------------------------------- STL-08

  @Test
  void stl08PassesWithAFacilitatorMembership() {
    LocalTechnicalSecretariat stl = stl(b -> b.addMembership(StlMembership.builder().id("m-fac")
        .role(StlRole.FACILITATOR).startDate(INSTALLED).build()));
    assertThat(outcome(validate(exercise(stl)), "STL-08")).isEqualTo(Outcome.PASS);
  }

  @Test
  void stl08PassesWhenTheActDesignatedTheFacilitator() {
    LocalTechnicalSecretariat stl = stl(b -> b.installationAct(InstallationAct.builder().date(INSTALLED)
        .facilitatorDesignated(true).build()));
    assertThat(outcome(validate(exercise(stl)), "STL-08")).isEqualTo(Outcome.PASS);
  }

  @Test
  void stl08FailsWithoutFacilitatorAndWithAFacilitatorBeforeInstallation() {
    ValidationReport none = validate(exercise(stl(threeSectorSeats())));
    assertThat(pointers(none, "STL-08")).containsExactly("/stls/0");
    LocalTechnicalSecretariat early = stl(b -> b.addMembership(StlMembership.builder().id("m-fac")
        .role(StlRole.FACILITATOR).startDate(INSTALLED.minusDays(10)).build()));
    ValidationReport report = validate(exercise(early));
    assertThat(pointers(report, "STL-08")).containsExactly("/stls/0/memberships/0/startDate");
    assertThat(keys(report, "STL-08")).containsExactly("STL-08.early");
  }

  // ------------------------------------------------------------------------------------------- STL-09

  @Test
  void stl09ChecksHowEachCivilSocietySeatWasFilled() {
    LocalTechnicalSecretariat stl = stl(b -> b
        .addMembership(seat("m-gov", "org-gov", Sector.GOVERNMENT))
        .addMembership(seatBuilder("m-c1", "org-cso1", Sector.CIVIL_SOCIETY)
            .selection(SelectionMethod.INVITATION).build())
        .addMembership(seatBuilder("m-c2", "org-cso2", Sector.CIVIL_SOCIETY)
            .selection(SelectionMethod.PUBLIC_CALL).publicCallId("call-1").build())
        .addMembership(seatBuilder("m-c3", "org-cso3", Sector.CIVIL_SOCIETY)
            .selection(SelectionMethod.DESIGNATED_BY_CSO_NUCLEUS).build())
        .addMembership(seat("m-c4", "org-cso4", Sector.CIVIL_SOCIETY)));
    LocalExercise x = LocalExercise.builder().from(exercise(stl))
        .addPublicCall(PublicCall.builder().id("call-1").purpose(CallPurpose.STL_SEAT).build()).build();
    ValidationReport report = validate(x);
    assertThat(outcome(report, "STL-09")).isEqualTo(Outcome.FAIL);
    assertThat(pointers(report, "STL-09"))
        .containsExactlyInAnyOrder("/stls/0/memberships/1/selection", "/stls/0/memberships/4");
    assertThat(report.result("STL-09").orElseThrow().passed()).isEqualTo(2);
  }

  @Test
  void stl09FailsAPublicCallThatIsNotDocumented() {
    LocalTechnicalSecretariat stl = stl(b -> b.addMembership(seatBuilder("m-c1", "org-cso1", Sector.CIVIL_SOCIETY)
        .selection(SelectionMethod.PUBLIC_CALL).build()));
    ValidationReport report = validate(exercise(stl));
    assertThat(pointers(report, "STL-09")).containsExactly("/stls/0/memberships/0/selection");
    assertThat(keys(report, "STL-09")).containsExactly("STL-09.undocumented");
  }

  @Test
  void stl09PassesAPublicCallDeclaredForStlSeats() {
    LocalTechnicalSecretariat stl = stl(b -> b.addMembership(seatBuilder("m-c1", "org-cso1", Sector.CIVIL_SOCIETY)
        .selection(SelectionMethod.PUBLIC_CALL).build()));
    LocalExercise x = LocalExercise.builder().from(exercise(stl))
        .addPublicCall(PublicCall.builder().id("call-1").purpose(CallPurpose.STL_SEAT).build()).build();
    assertThat(outcome(validate(x), "STL-09")).isEqualTo(Outcome.PASS);
  }

  // ------------------------------------------------------------------------------------------- STL-10

  @Test
  void stl10PassesRulesWithBothContinuityProvisions() {
    OperatingRules rules = OperatingRules.builder().from(completeRules()).successionPlan(true)
        .crisisContinuityAgreement(true).build();
    assertThat(outcome(validate(exercise(stl(b -> b.rules(rules)))), "STL-10")).isEqualTo(Outcome.PASS);
  }

  @Test
  void stl10FailsRulesWithoutCrisisContinuityAndIsNotApplicableWithoutRules() {
    OperatingRules rules = OperatingRules.builder().from(completeRules()).successionPlan(true).build();
    ValidationReport report = validate(exercise(stl(b -> b.rules(rules))));
    assertThat(pointers(report, "STL-10")).containsExactly("/stls/0/rules");
    assertThat(outcome(validate(exercise(stl(b -> b))), "STL-10")).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  // ------------------------------------------------------------------------------------------- STL-11

  @Test
  void stl11FailsTheSingleCsoStlsOfSonoraTabascoTlaxcalaAndMorelos() {
    for (String state : List.of("son", "tab", "tla")) {
      ValidationReport report = validate(composed(state, 1, 1, 1, 0));
      assertThat(outcome(report, "STL-11")).as(state).isEqualTo(Outcome.FAIL);
      assertThat(pointers(report, "STL-11")).containsExactly("/stls/0/memberships");
    }
    assertThat(outcome(validate(composed("mor", 1, 2, 1, 0)), "STL-11")).isEqualTo(Outcome.FAIL);
  }

  @Test
  void stl11PassesDurangoAndCountsAnOrganisationOnce() {
    assertThat(outcome(validate(composed("dgo", 2, 2, 2, 0)), "STL-11")).isEqualTo(Outcome.PASS);
    LocalTechnicalSecretariat sameOrg = stl(b -> b
        .addMembership(seat("m-c1", "org-cso1", Sector.CIVIL_SOCIETY))
        .addMembership(seat("m-c2", "org-cso1", Sector.CIVIL_SOCIETY)));
    assertThat(arguments(validate(exercise(sameOrg)), "STL-11")).containsExactly("stl-1", "1", "2");
  }

  @Test
  void stl11CountsCivilSocietyMembersByNameAndIndividualsButNotUnnamedSeats() {
    // real-records.md §8: civil-society members may be persons; a member named without a record counts
    LocalTechnicalSecretariat named = stl(b -> b
        .addMembership(StlMembership.builder().id("m-c1").organizationName("Alianza Cívica, A.C.")
            .seatSector(Sector.CIVIL_SOCIETY).build())
        .addMembership(StlMembership.builder().id("m-c2").personName("María Pérez")
            .seatSector(Sector.CIVIL_SOCIETY).build())
        .addMembership(StlMembership.builder().id("m-c3").organizationName("ALIANZA CÍVICA, A.C.")
            .seatSector(Sector.CIVIL_SOCIETY).build()));
    assertThat(outcome(validate(exercise(named)), "STL-11")).isEqualTo(Outcome.PASS);
    LocalTechnicalSecretariat unnamed = stl(b -> b
        .addMembership(StlMembership.builder().id("m-c1").organizationName("Alianza Cívica, A.C.")
            .seatSector(Sector.CIVIL_SOCIETY).build())
        .addMembership(StlMembership.builder().id("m-c2").seatSector(Sector.CIVIL_SOCIETY).build()));
    assertThat(arguments(validate(exercise(unnamed)), "STL-11")).containsExactly("stl-1", "1", "2");
  }

  @Test
  void stl11ThresholdChangesTheOutcome() {
    ValidatorOptions one = ValidatorOptions.builder().threshold("STL-11.minDistinctCsos", 1).build();
    assertThat(outcome(CocreaValidator.create(one).validate(composed("son", 1, 1, 1, 0)), "STL-11"))
        .isEqualTo(Outcome.PASS);
  }

  // ------------------------------------------------------------------------------------------- properties

  static LongStream seeds() {
    return LongStream.range(0, 100);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void compositionRulesAgreeWithSeatCountsForRandomStls(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int cso = random.nextInt(0, 7);
    int gov = random.nextInt(0, 7);
    int garante = random.nextInt(0, 3);
    int autonomous = random.nextInt(0, 5);
    boolean autonomousIsGovernment = random.nextBoolean();
    ValidatorOptions options = ValidatorOptions.builder().asOf(AS_OF).governmentSeatSectors(autonomousIsGovernment
        ? EnumSet.of(Sector.GOVERNMENT, Sector.AUTONOMOUS_BODY) : EnumSet.of(Sector.GOVERNMENT)).build();
    ValidationReport report = CocreaValidator.create(options).validate(composed("r", cso, gov, garante, autonomous));
    int governmentSeats = gov + (autonomousIsGovernment ? autonomous : 0);
    int seats = cso + gov + garante + autonomous;
    assertThat(outcome(report, "STL-01")).isEqualTo(
        governmentSeats > 0 && cso > 0 && garante > 0 ? Outcome.PASS : Outcome.FAIL);
    assertThat(outcome(report, "STL-03")).isEqualTo(cso == 0 && governmentSeats == 0 ? Outcome.NOT_APPLICABLE
        : cso >= governmentSeats ? Outcome.PASS : Outcome.FAIL);
    assertThat(outcome(report, "STL-04")).isEqualTo(seats == 0 ? Outcome.NOT_APPLICABLE
        : cso * 100 >= 51 * seats ? Outcome.PASS : Outcome.FAIL);
    assertThat(outcome(report, "STL-11")).isEqualTo(seats == 0 ? Outcome.NOT_APPLICABLE
        : cso >= 2 ? Outcome.PASS : Outcome.FAIL);
  }

  // ------------------------------------------------------------------------------------------- messages

  @Test
  void everyMessageKeyExistsInBothLanguagesAndRendersWithoutPlaceholders() throws IOException {
    assertMessages("stl", Catalogue.family("STL"));
  }

  @Test
  void findingsRenderInEnglishWhenAsked() {
    ValidatorOptions english = ValidatorOptions.builder().locale(Locale.ENGLISH).build();
    ValidationReport report = CocreaValidator.create(english).validate(composed("ver", 3, 6, 1, 0));
    Finding finding = report.findings().stream().filter(f -> f.ruleId().equals("STL-03")).findFirst().orElseThrow();
    assertThat(finding.message()).isEqualTo(
        "STL \"stl-ver\" has 3 civil-society titular seats against 6 government ones (minimum 1 per government seat).");
  }

  // ------------------------------------------------------------------------------------------- fixtures

  static void assertMessages(String family, List<Rule> rules) throws IOException {
    Properties es = load(family + ".properties");
    Properties en = load(family + "_en.properties");
    assertThat(en.stringPropertyNames()).isEqualTo(es.stringPropertyNames());
    for (Rule rule : rules) {
      assertThat(es.stringPropertyNames()).contains(rule.id() + ".statement", rule.id() + ".message");
      for (Locale locale : List.of(Locale.forLanguageTag("es-MX"), Locale.ENGLISH)) {
        assertThat(rule.statement(locale)).doesNotStartWith("[").doesNotContain("{").doesNotContain("''");
      }
    }
    // the first argument is text; the others are numbers, as counts are (plurals choose by them)
    List<String> args = List.of("a0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    for (String key : es.stringPropertyNames()) {
      for (Locale locale : List.of(Locale.forLanguageTag("es-MX"), Locale.ENGLISH)) {
        String text = Messages.render(key, args, locale);
        assertThat(text).as(key).doesNotStartWith("[").doesNotContain("{").doesNotContain("}")
            .doesNotContain("''");
        assertThat(text.replaceAll("a0", "")).as(key).isNotBlank();
      }
      assertThat(Messages.render(key, args, Locale.ENGLISH)).as(key)
          .isEqualTo(renderRaw(en.getProperty(key), args));
    }
  }

  /** The pattern formatted directly, numbers given as numbers where the pattern formats them so. */
  private static String renderRaw(String pattern, List<String> args) {
    java.text.MessageFormat format = new java.text.MessageFormat(pattern, Locale.ENGLISH);
    java.text.Format[] formats = format.getFormatsByArgumentIndex();
    Object[] values = args.toArray();
    for (int i = 0; i < formats.length && i < values.length; i++) {
      if (formats[i] instanceof java.text.NumberFormat) {
        values[i] = new java.math.BigDecimal(args.get(i));
      }
    }
    return format.format(values);
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = StlRulesTest.class.getResourceAsStream("/org/cocrea/validation/messages/" + name)) {
      assertThat(in).as(name).isNotNull();
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
    }
    return p;
  }

  private static ValidationReport validate(LocalExercise x) {
    return validate(x, AS_OF);
  }

  private static ValidationReport validate(LocalExercise x, LocalDate asOf) {
    return CocreaValidator.create(ValidatorOptions.builder().asOf(asOf).build()).validate(x);
  }

  private static ValidationReport validateOgp(LocalExercise x, LocalDate asOf) {
    return CocreaValidator.create(ValidatorOptions.builder().profile(Profile.OGP_LOCAL).asOf(asOf).build()).validate(x);
  }

  private static List<Organization> organizations() {
    return List.of(
        Organization.builder().id("org-gov").sector(Sector.GOVERNMENT).build(),
        Organization.builder().id("org-cso1").sector(Sector.CIVIL_SOCIETY).build(),
        Organization.builder().id("org-cso2").sector(Sector.CIVIL_SOCIETY).build(),
        Organization.builder().id("org-cso3").sector(Sector.CIVIL_SOCIETY).build(),
        Organization.builder().id("org-cso4").sector(Sector.CIVIL_SOCIETY).build(),
        Organization.builder().id("org-gar").sector(Sector.GUARANTOR_BODY).build());
  }

  private static LocalExercise exercise(LocalTechnicalSecretariat stl) {
    return LocalExercise.builder().id("x").addAllOrganizations(organizations()).addStl(stl).build();
  }

  private static LocalTechnicalSecretariat stl(UnaryOperator<LocalTechnicalSecretariat.Builder> f) {
    return f.apply(LocalTechnicalSecretariat.builder().id("stl-1").installedOn(INSTALLED)).build();
  }

  private static UnaryOperator<LocalTechnicalSecretariat.Builder> threeSectorSeats() {
    return b -> b
        .addMembership(seat("m-gov", "org-gov", Sector.GOVERNMENT))
        .addMembership(seat("m-cso", "org-cso1", Sector.CIVIL_SOCIETY))
        .addMembership(seat("m-gar", "org-gar", Sector.GUARANTOR_BODY));
  }

  private static StlMembership seat(String id, String org, Sector sector) {
    return seatBuilder(id, org, sector).build();
  }

  private static StlMembership.Builder seatBuilder(String id, String org, Sector sector) {
    return StlMembership.builder().id(id).organizationId(org).seatSector(sector).role(StlRole.MEMBER).titular(true);
  }

  private static InstallationAct act(boolean dated, Sector... sectors) {
    InstallationAct.Builder b = InstallationAct.builder();
    if (dated) {
      b.date(INSTALLED);
    }
    for (Sector s : sectors) {
      b.addSignatory(Signatory.builder().sector(s).build());
    }
    return b.build();
  }

  private static OperatingRules completeRules() {
    return OperatingRules.builder().quorum(QuorumRule.builder().minMembers(3).build()).agendaNoticeDays(5)
        .decisionRule(DecisionRule.CONSENSUS).publishedUrl("https://example.org/reglas").build();
  }

  private static StlSession session(String id, LocalDate date) {
    return StlSession.builder().id(id).date(date).build();
  }

  /** An STL with one organisation per seat, as in methodology.md 5.2. */
  private static LocalExercise composed(String state, int cso, int gov, int garante, int autonomous) {
    LocalExercise.Builder x = LocalExercise.builder().id("mx-" + state);
    LocalTechnicalSecretariat.Builder stl = LocalTechnicalSecretariat.builder().id("stl-" + state)
        .installedOn(INSTALLED);
    addSeats(x, stl, state + "-cso", Sector.CIVIL_SOCIETY, cso);
    addSeats(x, stl, state + "-gov", Sector.GOVERNMENT, gov);
    addSeats(x, stl, state + "-gar", Sector.GUARANTOR_BODY, garante);
    addSeats(x, stl, state + "-aut", Sector.AUTONOMOUS_BODY, autonomous);
    return x.addStl(stl.build()).build();
  }

  private static void addSeats(LocalExercise.Builder x, LocalTechnicalSecretariat.Builder stl, String prefix,
      Sector sector, int count) {
    for (int i = 1; i <= count; i++) {
      String org = prefix + "-" + i;
      x.addOrganization(Organization.builder().id(org).sector(sector).build());
      stl.addMembership(seat("m-" + org, org, sector));
    }
  }
}
