package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.validation.RuleAssert.findings;
import static org.cocrea.validation.RuleAssert.outcome;
import static org.cocrea.validation.RuleAssert.result;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.cocrea.core.Attendance;
import org.cocrea.core.CoCreationProcess;
import org.cocrea.core.Commitment;
import org.cocrea.core.CsoType;
import org.cocrea.core.Disposition;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Organization;
import org.cocrea.core.Participation;
import org.cocrea.core.ParticipatoryTable;
import org.cocrea.core.Person;
import org.cocrea.core.Proposal;
import org.cocrea.core.ReasonedResponse;
import org.cocrea.core.Resolution;
import org.cocrea.core.Sector;
import org.cocrea.core.SelectionMethod;
import org.cocrea.core.StlMembership;
import org.cocrea.core.StlRole;
import org.cocrea.core.StlSession;
import org.cocrea.core.StlStatus;
import org.junit.jupiter.api.Test;

class SimRulesTest {

  private static final String STL0 = "/stls/0";
  private static final String P0 = "/plans/0";
  private static final String CO0 = "/plans/0/coCreation";

  // ------------------------------------------------------------------------------------------------ fixtures

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static Organization org(String id, Sector sector) {
    return Organization.builder().id(id).name(id).sector(sector).build();
  }

  private static Organization cso(String id, CsoType type) {
    return Organization.builder().id(id).name(id).sector(Sector.CIVIL_SOCIETY).csoType(type).build();
  }

  private static StlMembership.Builder seat(String id, String org, Sector sector) {
    return StlMembership.builder().id(id).organizationId(org).seatSector(sector).role(StlRole.MEMBER).titular(true);
  }

  /** The organisations of the fixtures: Durango's STL (methodology.md 5.2) plus a few more. */
  private static List<Organization> organizations() {
    return List.of(
        org("org-ayto", Sector.GOVERNMENT), org("org-contraloria", Sector.GOVERNMENT),
        cso("org-ccaip", CsoType.ADVOCACY), cso("org-cce", CsoType.BUSINESS),
        org("org-idaip", Sector.GUARANTOR_BODY), org("org-colegio", Sector.ACADEMIA),
        cso("org-coparmex", CsoType.BUSINESS), Organization.builder().id("org-untyped").sector(Sector.CIVIL_SOCIETY)
            .build(), org("org-salud", Sector.GOVERNMENT));
  }

  /** Durango's STL: 2 government, 2 CSO, 2 guarantor seats (IDAIP holds two), a facilitator. */
  private static LocalTechnicalSecretariat.Builder durango() {
    return LocalTechnicalSecretariat.builder().id("stl-dgo").installedOn(d("2015-04-10")).addMemberships(
        seat("m-ayto", "org-ayto", Sector.GOVERNMENT).build(),
        seat("m-contraloria", "org-contraloria", Sector.GOVERNMENT).build(),
        seat("m-ccaip", "org-ccaip", Sector.CIVIL_SOCIETY).build(),
        seat("m-cce", "org-cce", Sector.CIVIL_SOCIETY).build(),
        seat("m-idaip-1", "org-idaip", Sector.GUARANTOR_BODY).build(),
        seat("m-idaip-2", "org-idaip", Sector.GUARANTOR_BODY).build(),
        seat("m-fac", "org-colegio", Sector.ACADEMIA).role(StlRole.FACILITATOR).build());
  }

  private static LocalExercise.Builder exercise() {
    return LocalExercise.builder().id("mx-dur-2015").guarantorBodyId("org-idaip").addAllOrganizations(organizations());
  }

  private static LocalExercise withStl(LocalTechnicalSecretariat stl) {
    return exercise().addStl(stl).build();
  }

  private static Participation participant(String org, Sector sector) {
    Participation.Builder b = Participation.builder().organizationId(org);
    return sector == null ? b.build() : b.sector(sector).build();
  }

  private static LocalExercise withTables(List<Participation> participants) {
    return exercise().addPlan(LocalActionPlan.builder().id("pal-1").ordinal(1).coCreation(CoCreationProcess.builder()
        .addTable(ParticipatoryTable.builder().id("t-1").theme("Salud").addAllParticipants(participants).build())
        .build()).build()).build();
  }

  private static List<Participation> repeat(int n, String org, Sector sector) {
    List<Participation> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(participant(org, sector));
    }
    return list;
  }

  private static List<Participation> concat(List<Participation> a, List<Participation> b) {
    List<Participation> list = new ArrayList<>(a);
    list.addAll(b);
    return list;
  }

  private static ValidationReport validate(LocalExercise exercise) {
    return validate(exercise, options().build());
  }

  private static ValidatorOptions.Builder options() {
    return ValidatorOptions.builder().asOf(d("2016-12-31"));
  }

  private static ValidationReport validate(LocalExercise exercise, ValidatorOptions options) {
    ValidationReport report = CocreaValidator.create(options).validate(exercise);
    report.findings().stream().filter(f -> f.ruleId().startsWith("SIM-")).forEach(f -> {
      assertThat(f.message()).as(f.messageKey()).doesNotStartWith("[").doesNotContain("{0}");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
    });
    return report;
  }

  // ------------------------------------------------------------------------------------------------ all rules

  @Test
  void everySimRuleIsNotApplicableToAnEmptyExercise() {
    ValidationReport report = validate(LocalExercise.builder().id("x").build());
    for (Rule rule : Catalogue.family("SIM")) {
      assertThat(outcome(report, rule.id())).as(rule.id()).isEqualTo(Outcome.NOT_APPLICABLE);
    }
  }

  @Test
  void simRulesAreWarningsWithConfigurableThresholdsInCatalogueOrder() {
    assertThat(Catalogue.family("SIM")).extracting(Rule::id).containsExactly("SIM-01", "SIM-02", "SIM-03", "SIM-04",
        "SIM-05", "SIM-06", "SIM-07", "SIM-08", "SIM-09", "SIM-10", "SIM-11", "SIM-12", "SIM-13");
    assertThat(Catalogue.family("SIM")).allSatisfy(r -> assertThat(r.severity()).isEqualTo(Severity.WARNING));
    assertThat(Catalogue.rule("SIM-01").thresholds()).containsEntry("seatSharePercent", 40)
        .containsEntry("participantSharePercent", 30);
    assertThat(Catalogue.rule("SIM-08").thresholds()).containsEntry("monthsToPal", 18).containsEntry("monthsWithoutSession", 12);
    assertThat(Catalogue.rule("SIM-08").isTimeAware()).isTrue();
    assertThat(Catalogue.rule("SIM-04").source()).contains("50% ([S:SRC] weak appropriation)").contains("[S:MOD]");
  }

  // ------------------------------------------------------------------------------------------------ SIM-01

  @Test
  void sim01DoesNotCountTheGuarantorsOwnSeatsAsTheSocietySide() {
    // Durango: the guarantor holds 2 seats, two CSOs one each; the guarantor is a public body, not society
    assertThat(outcome(validate(withStl(durango().build())), "SIM-01")).isEqualTo(Outcome.PASS);
  }

  @Test
  void sim01FailsWhenOneCsoHoldsMostCivilSocietySeatsAndNotForOneSeatEach() {
    ValidationReport report = validate(withStl(durango()
        .addMemberships(seat("m-cce-2", "org-cce", Sector.CIVIL_SOCIETY).build()).build()));
    assertThat(findings(report, "SIM-01")).singleElement().satisfies(f -> {
      assertThat(f.pointer()).isEqualTo(STL0);
      assertThat(f.arguments()).containsExactly("STL 1 (stl-dgo)", "org-cce", "2", "3", "66.7", "40");
    });
    ValidatorOptions twoThirds = options().threshold("SIM-01.seatSharePercent", 70).build();
    assertThat(outcome(validate(withStl(durango()
        .addMemberships(seat("m-cce-2", "org-cce", Sector.CIVIL_SOCIETY).build()).build()), twoThirds), "SIM-01"))
        .isEqualTo(Outcome.PASS);
    // one seat of one: a single seat dominates nothing
    LocalTechnicalSecretariat single = LocalTechnicalSecretariat.builder().id("stl-1").addMemberships(
        seat("m-1", "org-ayto", Sector.GOVERNMENT).build(), seat("m-2", "org-cce", Sector.CIVIL_SOCIETY).build(),
        seat("m-3", "org-idaip", Sector.GUARANTOR_BODY).build()).build();
    assertThat(outcome(validate(withStl(single)), "SIM-01")).isEqualTo(Outcome.PASS);
  }

  @Test
  void sim01PassesForOaxacaWithThreeDistinctNonGovernmentSeatsAndIgnoresAlternates() {
    LocalTechnicalSecretariat oaxaca = LocalTechnicalSecretariat.builder().id("stl-oax").addMemberships(
        seat("m-1", "org-ayto", Sector.GOVERNMENT).build(), seat("m-2", "org-contraloria", Sector.GOVERNMENT).build(),
        seat("m-3", "org-ccaip", Sector.CIVIL_SOCIETY).build(), seat("m-4", "org-cce", Sector.CIVIL_SOCIETY).build(),
        seat("m-5", "org-idaip", Sector.GUARANTOR_BODY).build(),
        seat("m-5s", "org-idaip", Sector.GUARANTOR_BODY).titular(false).alternateOfId("m-5").build()).build();
    assertThat(outcome(validate(withStl(oaxaca)), "SIM-01")).isEqualTo(Outcome.PASS);
  }

  @Test
  void sim01FailsWhenOneOrganisationProvidesOverThirtyPercentOfTableParticipants() {
    List<Participation> others = List.of("org-ayto", "org-contraloria", "org-idaip", "org-ccaip", "org-colegio",
        "org-salud").stream().map(org -> participant(org, null)).toList();
    List<Participation> dominated = concat(repeat(4, "org-cce", Sector.CIVIL_SOCIETY), others);
    ValidationReport report = validate(withTables(dominated));
    assertThat(findings(report, "SIM-01")).extracting(Finding::pointer, Finding::messageKey)
        .containsExactly(tuple(CO0, "SIM-01.participants"));
    assertThat(findings(report, "SIM-01").get(0).arguments()).containsExactly("pal-1", "org-cce", "4", "10", "40", "30");
    List<Participation> balanced = concat(repeat(3, "org-cce", Sector.CIVIL_SOCIETY),
        concat(repeat(3, "org-ayto", null), concat(repeat(3, "org-idaip", null), repeat(1, "org-ccaip", null))));
    assertThat(outcome(validate(withTables(balanced)), "SIM-01")).isEqualTo(Outcome.PASS);
  }

  // ------------------------------------------------------------------------------------------------ SIM-02

  @Test
  void sim02FlagsEachKindOfGovernmentLinkOfACivilSocietySeat() {
    Organization funded = Organization.builder().id("org-funded").sector(Sector.CIVIL_SOCIETY)
        .fundingFromGovernment(true).build();
    Organization unfunded = Organization.builder().id("org-clean").sector(Sector.CIVIL_SOCIETY)
        .fundingFromGovernment(false).build();
    String statement = "https://example.mx/declaracion.pdf";
    LocalExercise x = exercise().addOrganizations(funded, unfunded).addPeople(
            Person.builder().id("p-servant").publicServant(true).conflictOfInterestStatementUrl(statement).build(),
            Person.builder().id("p-former").formerPublicServantOfId("org-ayto")
                .conflictOfInterestStatementUrl(statement).build(),
            Person.builder().id("p-former-elsewhere").formerPublicServantOfId("org-salud")
                .conflictOfInterestStatementUrl(statement).build(),
            Person.builder().id("p-nostatement").build(),
            Person.builder().id("p-clean").conflictOfInterestStatementUrl(statement).build())
        .addStl(LocalTechnicalSecretariat.builder().id("stl-1").addMemberships(
            seat("m-gov", "org-ayto", Sector.GOVERNMENT).personId("p-nostatement").build(),
            seat("m-1", "org-ccaip", Sector.CIVIL_SOCIETY).personId("p-servant").build(),
            seat("m-2", "org-ccaip", Sector.CIVIL_SOCIETY).personId("p-former").build(),
            seat("m-3", "org-funded", Sector.CIVIL_SOCIETY).build(),
            seat("m-4", "org-cce", Sector.CIVIL_SOCIETY).personId("p-nostatement").build(),
            seat("m-5", "org-clean", Sector.CIVIL_SOCIETY).personId("p-former-elsewhere").build(),
            seat("m-6", "org-clean", Sector.CIVIL_SOCIETY).build(),
            seat("m-7", "org-cce", Sector.CIVIL_SOCIETY).build()).build())
        .build();
    ValidationReport report = validate(x);
    assertThat(findings(report, "SIM-02")).extracting(Finding::pointer, Finding::messageKey).containsExactly(
        tuple("/stls/0/memberships/1", "SIM-02.publicServant"),
        tuple("/stls/0/memberships/2", "SIM-02.formerServant"),
        tuple("/stls/0/memberships/3", "SIM-02.funding"),
        tuple("/stls/0/memberships/4", "SIM-02.noStatement"));
    assertThat(findings(report, "SIM-02").get(1).arguments()).containsExactly("Asiento 3 (m-2)", "p-former", "org-ccaip",
        "org-ayto");
    RuleResult r = result(report, "SIM-02");
    assertThat(List.of(r.failed(), r.passed(), r.notApplicable())).containsExactly(4, 2, 1);
  }

  // ------------------------------------------------------------------------------------------------ SIM-03

  private static LocalTechnicalSecretariat selected(SelectionMethod first, SelectionMethod second) {
    StlMembership.Builder a = seat("m-1", "org-ccaip", Sector.CIVIL_SOCIETY);
    StlMembership.Builder b = seat("m-2", "org-cce", Sector.CIVIL_SOCIETY);
    if (first != null) {
      a.selection(first);
    }
    if (second != null) {
      b.selection(second);
    }
    return LocalTechnicalSecretariat.builder().id("stl-1").addMemberships(a.build(), b.build(),
        seat("m-3", "org-ayto", Sector.GOVERNMENT).selection(SelectionMethod.INVITATION).build()).build();
  }

  @Test
  void sim03FailsWhenEveryCivilSocietySeatWasFilledByInvitation() {
    ValidationReport report = validate(withStl(selected(SelectionMethod.INVITATION, SelectionMethod.INVITATION)));
    assertThat(findings(report, "SIM-03")).extracting(Finding::pointer).containsExactly(STL0);
    assertThat(findings(report, "SIM-03").get(0).arguments()).containsExactly("STL 1 (stl-1)", "2", "2", "100");
  }

  @Test
  void sim03PassesWithAPublicCallUnlessTheThresholdIsLowered() {
    LocalExercise x = withStl(selected(SelectionMethod.INVITATION, SelectionMethod.PUBLIC_CALL));
    assertThat(outcome(validate(x), "SIM-03")).isEqualTo(Outcome.PASS);
    ValidatorOptions half = options().threshold("SIM-03.invitationSharePercent", 50).build();
    assertThat(outcome(validate(x, half), "SIM-03")).isEqualTo(Outcome.FAIL);
  }

  @Test
  void sim03IsNotApplicableWhenNoSelectionIsRecorded() {
    assertThat(outcome(validate(withStl(selected(null, null))), "SIM-03")).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  // ------------------------------------------------------------------------------------------ SIM-04, 06, 09

  /** A plan with the commitments and two table proposals, pr-1 and pr-2. */
  private static LocalExercise plan(Commitment... commitments) {
    CoCreationProcess proposals = CoCreationProcess.builder()
        .addProposal(Proposal.builder().id("pr-1").disposition(Disposition.ADOPTED).build())
        .addProposal(Proposal.builder().id("pr-2").disposition(Disposition.ADOPTED).build()).build();
    return exercise().addPlan(LocalActionPlan.builder().id("pal-1").ordinal(1).coCreation(proposals)
        .addCommitments(commitments).build()).build();
  }

  @Test
  void sim04FailsWhenMostCommitmentsHaveNoCoResponsibleCso() {
    LocalExercise x = plan(Commitment.builder().id("c-1").addCoResponsibleCsoId("org-ccaip").build(),
        Commitment.builder().id("c-2").build(),
        Commitment.builder().id("c-3").addCoResponsibleCsoId("org-salud").build());
    ValidationReport report = validate(x);
    assertThat(findings(report, "SIM-04")).extracting(Finding::pointer).containsExactly(P0);
    assertThat(findings(report, "SIM-04").get(0).arguments()).containsExactly("pal-1", "2", "3", "66.7", "50");
    assertThat(outcome(validate(x, options().threshold("SIM-04.sharePercent", 70).build()), "SIM-04"))
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void sim04PassesAtExactlyHalf() {
    LocalExercise x = plan(Commitment.builder().id("c-1").addCoResponsibleCsoId("org-ccaip").build(),
        Commitment.builder().id("c-2").build());
    assertThat(outcome(validate(x), "SIM-04")).isEqualTo(Outcome.PASS);
  }

  @Test
  void sim06FailsWhenMostCommitmentsAreNotTraceableToAProposal() {
    LocalExercise x = plan(Commitment.builder().id("c-1").addOriginProposalId("pr-1").build(),
        Commitment.builder().id("c-2").build(), Commitment.builder().id("c-3").build());
    ValidationReport report = validate(x);
    assertThat(findings(report, "SIM-06")).extracting(Finding::pointer).containsExactly(P0);
    assertThat(findings(report, "SIM-06").get(0).arguments()).containsExactly("pal-1", "2", "3", "66.7", "50");
    LocalExercise traced = plan(Commitment.builder().id("c-1").addOriginProposalId("pr-1").build(),
        Commitment.builder().id("c-2").addOriginProposalId("pr-2").build(), Commitment.builder().id("c-3").build());
    assertThat(outcome(validate(traced), "SIM-06")).isEqualTo(Outcome.PASS);
  }

  @Test
  void sim04DoesNotCountTheGuarantorOrInaiAsCoResponsibleCsosAsCom04DoesNot() {
    LocalExercise x = exercise().addOrganization(org("org-inai", Sector.NATIONAL_GUARANTOR))
        .addPlan(LocalActionPlan.builder().id("pal-1").ordinal(1).addCommitments(
            Commitment.builder().id("c-1").addCoResponsibleCsoId("org-idaip").build(),
            Commitment.builder().id("c-2").addCoResponsibleCsoId("org-inai").build(),
            Commitment.builder().id("c-3").addCoResponsibleCsoId("org-ccaip").build()).build()).build();
    ValidationReport report = validate(x);
    assertThat(outcome(report, "SIM-04")).isEqualTo(Outcome.FAIL);
    assertThat(findings(report, "SIM-04").get(0).arguments()).containsExactly("pal-1", "2", "3", "66.7", "50");
    assertThat(result(report, "COM-04").failed()).isEqualTo(2);
  }

  @Test
  void sim06CountsOnlyOriginIdsNamingARecordedProposalAsCom13Does() {
    LocalExercise x = plan(Commitment.builder().id("c-1").addOriginProposalId("pr-1").build(),
        Commitment.builder().id("c-2").addOriginProposalId("pr-gone").build(),
        Commitment.builder().id("c-3").addOriginProposalId("pr-lost").build());
    ValidationReport report = validate(x);
    assertThat(outcome(report, "SIM-06")).isEqualTo(Outcome.FAIL);
    assertThat(findings(report, "SIM-06").get(0).arguments()).containsExactly("pal-1", "2", "3", "66.7", "50");
    assertThat(result(report, "COM-13").failed()).isEqualTo(2);
  }

  @Test
  void sim09FailsWhenMostCommitmentsContinueExistingPractice() {
    LocalExercise x = plan(Commitment.builder().id("c-1").continuesExistingPractice(true).build(),
        Commitment.builder().id("c-2").continuesExistingPractice(true).build(),
        Commitment.builder().id("c-3").continuesExistingPractice(false).build());
    assertThat(findings(validate(x), "SIM-09")).extracting(Finding::pointer).containsExactly(P0);
    LocalExercise mostlyNew = plan(Commitment.builder().id("c-1").continuesExistingPractice(true).build(),
        Commitment.builder().id("c-2").build(), Commitment.builder().id("c-3").build());
    assertThat(outcome(validate(mostlyNew), "SIM-09")).isEqualTo(Outcome.PASS);
    assertThat(outcome(validate(mostlyNew, options().threshold("SIM-09.sharePercent", 30).build()), "SIM-09"))
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void sim09StaysAWarningInTheOgpLocalProfileThoughItCitesOgpMaterial() {
    LocalExercise x = plan(Commitment.builder().id("c-1").continuesExistingPractice(true).build(),
        Commitment.builder().id("c-2").continuesExistingPractice(true).build());
    ValidationReport ogp = CocreaValidator.create(options().profile(Profile.OGP_LOCAL).build()).validate(x);
    assertThat(findings(ogp, "SIM-09")).extracting(Finding::severity).containsExactly(Severity.WARNING);
  }

  // ------------------------------------------------------------------------------------------------ SIM-05

  @Test
  void sim05FailsWhenGovernmentDominatesTheTablesUsingTheOrganisationsSector() {
    List<Participation> participants = concat(repeat(3, "org-ayto", null), repeat(2, "org-ccaip", null));
    ValidationReport report = validate(withTables(participants));
    assertThat(findings(report, "SIM-05")).extracting(Finding::pointer).containsExactly(CO0);
    assertThat(findings(report, "SIM-05").get(0).arguments()).containsExactly("pal-1", "2", "5", "40", "50");
  }

  @Test
  void sim05CountsOnlyTheConfiguredGovernmentSectors() {
    List<Participation> participants = concat(repeat(2, "org-ayto", null),
        concat(repeat(2, "org-x", Sector.AUTONOMOUS_BODY), repeat(1, "org-ccaip", null)));
    assertThat(outcome(validate(withTables(participants)), "SIM-05")).isEqualTo(Outcome.PASS);
    ValidatorOptions autonomousAsGovernment = options()
        .governmentSeatSectors(EnumSet.of(Sector.GOVERNMENT, Sector.AUTONOMOUS_BODY)).build();
    assertThat(outcome(validate(withTables(participants), autonomousAsGovernment), "SIM-05"))
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void sim05IsNotApplicableWithoutParticipantsOfKnownSector() {
    assertThat(outcome(validate(withTables(repeat(2, "org-unknown", null))), "SIM-05"))
        .isEqualTo(Outcome.NOT_APPLICABLE);
  }

  // ------------------------------------------------------------------------------------------------ SIM-07

  private static StlSession session(String id, String date, boolean governmentPresent) {
    return StlSession.builder().id(id).date(d(date))
        .addAttendance(Attendance.builder().membershipId("m-ccaip").present(true).build())
        .addAttendance(Attendance.builder().membershipId("m-ayto").present(governmentPresent).build()).build();
  }

  @Test
  void sim07FailsWhenNoGovernmentMemberAttendedTheLastTwoSessionsByDate() {
    LocalTechnicalSecretariat stl = durango().addSessions(session("s-3", "2016-05-10", false),
        session("s-1", "2016-01-10", true), session("s-2", "2016-03-10", false)).build();
    ValidationReport report = validate(withStl(stl));
    assertThat(findings(report, "SIM-07")).extracting(Finding::pointer).containsExactly(STL0);
    assertThat(findings(report, "SIM-07").get(0).arguments()).containsExactly("STL 1 (stl-dgo)", "2", "s-2, s-3");
    ValidatorOptions three = options().threshold("SIM-07.sessions", 3).build();
    assertThat(outcome(validate(withStl(stl), three), "SIM-07")).isEqualTo(Outcome.PASS);
  }

  @Test
  void sim07IsNotApplicableWithTooFewSessionsOrMissingAttendance() {
    assertThat(outcome(validate(withStl(durango().addSessions(session("s-1", "2016-01-10", false)).build())),
        "SIM-07")).isEqualTo(Outcome.NOT_APPLICABLE);
    LocalTechnicalSecretariat unrecorded = durango().addSessions(session("s-1", "2016-01-10", false),
        StlSession.builder().id("s-2").date(d("2016-03-10")).build()).build();
    assertThat(outcome(validate(withStl(unrecorded)), "SIM-07")).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  @Test
  void sim07CountsAnAlternateWithoutSectorForItsGovernmentTitularAsTheSesRulesDo() {
    StlMembership alternate = StlMembership.builder().id("m-ayto-s").alternateOfId("m-ayto").titular(false).build();
    StlSession s1 = StlSession.builder().id("s-1").date(d("2016-01-10"))
        .addAttendance(Attendance.builder().membershipId("m-ccaip").build())
        .addAttendance(Attendance.builder().membershipId("m-ayto-s").build()).build();
    StlSession s2 = StlSession.builder().from(s1).id("s-2").date(d("2016-03-10")).build();
    LocalTechnicalSecretariat stl = durango().addMembership(alternate).addSessions(s1, s2).build();
    assertThat(outcome(validate(withStl(stl)), "SIM-07")).isEqualTo(Outcome.PASS);
  }

  @Test
  void sim07DoesNotTakeAGovernmentObserverForAGovernmentMember() {
    StlMembership observer = StlMembership.builder().id("m-obs").organizationId("org-salud").role(StlRole.OBSERVER)
        .build();
    StlSession s1 = StlSession.builder().id("s-1").date(d("2016-01-10"))
        .addAttendance(Attendance.builder().membershipId("m-ccaip").build())
        .addAttendance(Attendance.builder().membershipId("m-obs").build()).build();
    StlSession s2 = StlSession.builder().from(s1).id("s-2").date(d("2016-03-10")).build();
    LocalTechnicalSecretariat stl = durango().addMembership(observer).addSessions(s1, s2).build();
    assertThat(outcome(validate(withStl(stl)), "SIM-07")).isEqualTo(Outcome.FAIL);
  }

  @Test
  void sim01CountsTitularSeatsAsTheStlRulesDo() {
    // a seat marked titular but naming the titular it stands in for is an alternate for STL-01/03/07 and for SIM-01
    LocalTechnicalSecretariat stl = durango().addMemberships(
        seat("m-cce-2", "org-cce", Sector.CIVIL_SOCIETY).alternateOfId("m-cce").build(),
        seat("m-cce-3", "org-cce", Sector.CIVIL_SOCIETY).alternateOfId("m-cce").build(),
        seat("m-cce-4", "org-cce", Sector.CIVIL_SOCIETY).alternateOfId("m-cce").build()).build();
    ValidationReport report = validate(withStl(stl), options().threshold("SIM-01.seatSharePercent", 50).build());
    assertThat(outcome(report, "SIM-01")).isEqualTo(Outcome.PASS);
  }

  // ------------------------------------------------------------------------------------------------ SIM-08

  private static LocalExercise stlWithPlan(LocalTechnicalSecretariat stl, String publishedOn) {
    LocalExercise.Builder x = exercise().addStl(stl);
    if (publishedOn != null) {
      x.addPlan(LocalActionPlan.builder().id("pal-1").ordinal(1).publishedOn(d(publishedOn)).build());
    }
    return x.build();
  }

  private static ValidationReport asOf(LocalExercise x, String asOf) {
    return validate(x, ValidatorOptions.builder().asOf(d(asOf)).build());
  }

  @Test
  void sim08FailsWithoutAPalEighteenMonthsAfterInstallation() {
    LocalTechnicalSecretariat stl = durango().addSessions(session("s-1", "2016-09-01", true)).build();
    ValidationReport report = asOf(stlWithPlan(stl, null), "2016-10-11");
    assertThat(findings(report, "SIM-08")).extracting(Finding::pointer, Finding::messageKey)
        .containsExactly(tuple(STL0, "SIM-08.message"));
    assertThat(findings(report, "SIM-08").get(0).arguments()).containsExactly("STL 1 (stl-dgo)", "2015-04-10", "18",
        "2016-10-11");
    assertThat(outcome(asOf(stlWithPlan(stl, null), "2016-10-10"), "SIM-08")).isEqualTo(Outcome.PASS);
    assertThat(outcome(asOf(stlWithPlan(stl, "2015-08-25"), "2016-10-11"), "SIM-08")).isEqualTo(Outcome.PASS);
  }

  @Test
  void sim08FailsWithoutASessionInTwelveMonthsAndReportsBothSignalsTogether() {
    LocalTechnicalSecretariat stl = durango().addSessions(session("s-1", "2015-06-01", true)).build();
    ValidationReport quiet = asOf(stlWithPlan(stl, "2015-08-25"), "2016-06-02");
    assertThat(findings(quiet, "SIM-08")).extracting(Finding::pointer, Finding::messageKey)
        .containsExactly(tuple(STL0, "SIM-08.noSession"));
    assertThat(findings(quiet, "SIM-08").get(0).arguments()).containsExactly("STL 1 (stl-dgo)", "2015-06-01", "12",
        "2016-06-02");
    ValidationReport both = asOf(stlWithPlan(stl, null), "2016-12-31");
    assertThat(findings(both, "SIM-08")).extracting(Finding::messageKey).containsExactly("SIM-08.both");
    ValidatorOptions patient = ValidatorOptions.builder().asOf(d("2016-06-02"))
        .threshold("SIM-08.monthsWithoutSession", 13).build();
    assertThat(outcome(validate(stlWithPlan(stl, "2015-08-25"), patient), "SIM-08")).isEqualTo(Outcome.PASS);
  }

  @Test
  void sim08IsNotApplicableToDissolvedOrUninstalledStlsOrWithoutAsOfDate() {
    LocalExercise dissolved = stlWithPlan(durango().status(StlStatus.DISSOLVED).build(), null);
    assertThat(outcome(asOf(dissolved, "2018-01-01"), "SIM-08")).isEqualTo(Outcome.NOT_APPLICABLE);
    LocalExercise future = stlWithPlan(durango().build(), null);
    assertThat(outcome(asOf(future, "2015-01-01"), "SIM-08")).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(outcome(CocreaValidator.create(ValidatorOptions.builder().timeAwareRules(false).build()).validate(future),
        "SIM-08")).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  // ------------------------------------------------------------------------------------------------ SIM-10

  @Test
  void sim10FailsForMorelosWhoseOnlyCsoIsABusinessChamber() {
    LocalTechnicalSecretariat morelos = LocalTechnicalSecretariat.builder().id("stl-mor").addMemberships(
        seat("m-1", "org-coparmex", Sector.CIVIL_SOCIETY).build(), seat("m-2", "org-ayto", Sector.GOVERNMENT).build(),
        seat("m-3", "org-salud", Sector.GOVERNMENT).build(), seat("m-4", "org-idaip", Sector.GUARANTOR_BODY).build())
        .build();
    ValidationReport report = validate(withStl(morelos));
    assertThat(findings(report, "SIM-10")).extracting(Finding::pointer).containsExactly(STL0);
    assertThat(findings(report, "SIM-10").get(0).arguments()).containsExactly("STL 1 (stl-mor)", "1", "Empresarial");
    ValidationReport english = validate(withStl(morelos), options().locale(Locale.ENGLISH).build());
    assertThat(findings(english, "SIM-10").get(0).arguments()).containsExactly("STL 1 (stl-mor)", "1", "Business");
    ValidatorOptions none = options().threshold("SIM-10.maxCsoTypes", 0).build();
    assertThat(outcome(validate(withStl(morelos), none), "SIM-10")).isEqualTo(Outcome.PASS);
  }

  @Test
  void sim10PassesForDurangoWithAdvocacyAndBusinessCsos() {
    assertThat(outcome(validate(withStl(durango().build())), "SIM-10")).isEqualTo(Outcome.PASS);
  }

  @Test
  void sim10IsNotApplicableWhenAnUntypedCsoMightBeOfAnotherKindAndChecksTables() {
    List<Participation> tables = List.of(participant("org-cce", null), participant("org-untyped", null));
    assertThat(outcome(validate(withTables(tables)), "SIM-10")).isEqualTo(Outcome.NOT_APPLICABLE);
    List<Participation> business = List.of(participant("org-cce", null), participant("org-coparmex", null),
        participant("org-ayto", null));
    ValidationReport report = validate(withTables(business));
    assertThat(findings(report, "SIM-10")).extracting(Finding::pointer, Finding::messageKey)
        .containsExactly(tuple(CO0, "SIM-10.tables"));
  }

  // ------------------------------------------------------------------------------------------------ SIM-11

  @Test
  void sim11FailsForAPersonSeatedForCivilSocietyWhoJoinsATableForGovernment() {
    LocalExercise x = exercise().addPeople(Person.builder().id("p-1").build(), Person.builder().id("p-2").build())
        .addStl(LocalTechnicalSecretariat.builder().id("stl-1").addMemberships(
            seat("m-1", "org-ayto", Sector.GOVERNMENT).personId("p-2").build(),
            seat("m-2", "org-ccaip", Sector.CIVIL_SOCIETY).personId("p-1").build()).build())
        .addPlan(LocalActionPlan.builder().id("pal-1").ordinal(1).coCreation(CoCreationProcess.builder()
            .addTable(ParticipatoryTable.builder().id("t-1").addParticipants(
                Participation.builder().personId("p-2").organizationId("org-ayto").build(),
                Participation.builder().personId("p-1").organizationId("org-salud").build()).build())
            .build()).build())
        .build();
    ValidationReport report = validate(x);
    assertThat(findings(report, "SIM-11")).extracting(Finding::pointer)
        .containsExactly("/plans/0/coCreation/tables/0/participants/1");
    assertThat(findings(report, "SIM-11").get(0).arguments()).containsExactly("p-1", "Sociedad civil", "Gobierno",
        "STL 1, asiento 2");
    assertThat(result(report, "SIM-11").passed()).isEqualTo(1);
  }

  // ------------------------------------------------------------------------------------------------ SIM-12

  private static StlSession resolving(String... presentMemberships) {
    StlSession.Builder b = StlSession.builder().id("s-1").date(d("2016-01-10"))
        .addResolution(Resolution.builder().id("r-1").text("Se aprueba el calendario").build());
    for (String m : presentMemberships) {
      b.addAttendance(Attendance.builder().membershipId(m).present(true).build());
    }
    return b.addAttendance(Attendance.builder().membershipId("m-ccaip").present(false).build()).build();
  }

  @Test
  void sim12FailsWhenTheGuarantorIsTheOnlyNonGovernmentActorAtAResolvingSession() {
    LocalExercise x = withStl(durango().addSessions(resolving("m-ayto", "m-idaip-1", "m-fac")).build());
    ValidationReport report = validate(x);
    assertThat(findings(report, "SIM-12")).extracting(Finding::pointer).containsExactly("/stls/0/sessions/0");
    assertThat(findings(report, "SIM-12").get(0).arguments()).containsExactly("s-1", "1");
  }

  @Test
  void sim12PassesWithCivilSocietyPresentAndSkipsSessionsWithoutResolutions() {
    LocalExercise x = withStl(durango().addSessions(resolving("m-ayto", "m-idaip-1", "m-cce"),
        StlSession.builder().id("s-2").addAttendance(Attendance.builder().membershipId("m-idaip-1").build()).build())
        .build());
    RuleResult r = result(validate(x), "SIM-12");
    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
    assertThat(r.notApplicable()).isEqualTo(1);
  }

  // ------------------------------------------------------------------------------------------------ SIM-13

  private static LocalExercise proposals(int adopted, Proposal... others) {
    CoCreationProcess.Builder c = CoCreationProcess.builder();
    for (int i = 1; i <= adopted; i++) {
      c.addProposal(Proposal.builder().id("pr-" + i).problem("Problema " + i).disposition(Disposition.ADOPTED).build());
    }
    c.addProposals(others);
    return exercise().addPlan(LocalActionPlan.builder().id("pal-1").ordinal(1).coCreation(c.build()).build()).build();
  }

  @Test
  void sim13FailsWhenEveryProposalIsAdoptedWithoutAnyRationale() {
    ValidationReport report = validate(proposals(5));
    assertThat(findings(report, "SIM-13")).extracting(Finding::pointer).containsExactly(CO0 + "/proposals");
    assertThat(findings(report, "SIM-13").get(0).arguments()).containsExactly("pal-1", "5");
  }

  @Test
  void sim13PassesWithARejectionOrARationaleAndNeedsFiveProposals() {
    Proposal rejected = Proposal.builder().id("pr-x").disposition(Disposition.REJECTED)
        .response(ReasonedResponse.builder().text("Fuera de la competencia del STL").build()).build();
    assertThat(outcome(validate(proposals(4, rejected)), "SIM-13")).isEqualTo(Outcome.PASS);
    Proposal reasoned = Proposal.builder().id("pr-x").disposition(Disposition.ADOPTED)
        .response(ReasonedResponse.builder().text("Se adopta fusionada con pr-1").build()).build();
    assertThat(outcome(validate(proposals(4, reasoned)), "SIM-13")).isEqualTo(Outcome.PASS);
    assertThat(outcome(validate(proposals(4)), "SIM-13")).isEqualTo(Outcome.NOT_APPLICABLE);
    ValidatorOptions four = options().threshold("SIM-13.minProposals", 4).build();
    assertThat(outcome(validate(proposals(4), four), "SIM-13")).isEqualTo(Outcome.FAIL);
  }

  // ------------------------------------------------------------------------------------------------ messages

  @Test
  void everyMessageKeyExistsInBothLanguagesAndRendersWithoutPlaceholders() throws IOException {
    MilRulesTest.MessageBundles.assertComplete("sim", Catalogue.family("SIM"));
  }
}
