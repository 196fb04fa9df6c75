package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.validation.RuleAssert.findings;
import static org.cocrea.validation.RuleAssert.pointers;
import static org.cocrea.validation.RuleAssert.result;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.cocrea.core.Attendance;
import org.cocrea.core.CoCreationProcess;
import org.cocrea.core.DiagnosticInput;
import org.cocrea.core.DiagnosticKind;
import org.cocrea.core.Disposition;
import org.cocrea.core.Iap2Level;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Organization;
import org.cocrea.core.ParticipatoryTable;
import org.cocrea.core.Participation;
import org.cocrea.core.PlanStatus;
import org.cocrea.core.Proposal;
import org.cocrea.core.PublicCall;
import org.cocrea.core.ReasonedResponse;
import org.cocrea.core.Resolution;
import org.cocrea.core.ResolutionKind;
import org.cocrea.core.Sector;
import org.cocrea.core.StlMembership;
import org.cocrea.core.StlRole;
import org.cocrea.core.StlSession;
import org.junit.jupiter.api.Test;

class CoRulesTest {

  static final LocalDate INSTALLED = LocalDate.of(2015, 4, 10);
  static final LocalDate FIRST_TABLE = LocalDate.of(2015, 5, 16);
  static final LocalDate APPROVED = LocalDate.of(2015, 8, 20);
  static final LocalDate PUBLISHED = LocalDate.of(2015, 8, 25);
  private static final List<String> IDS =
      List.of("CO-01", "CO-02", "CO-03", "CO-04", "CO-05", "CO-06", "CO-07", "CO-08", "CO-09");

  // ---------------------------------------------------------------------------------------------------------------
  // Catalogue

  @Test
  void familyListsItsRulesInCatalogueOrderWithCatalogueSeverities() {
    assertThat(Catalogue.family("CO")).extracting(Rule::id).containsExactlyElementsOf(IDS);
    assertThat(Catalogue.family("CO")).extracting(Rule::severity).containsExactly(
        Severity.ERROR, Severity.ERROR, Severity.WARNING, Severity.WARNING, Severity.WARNING,
        Severity.ERROR, Severity.ERROR, Severity.WARNING, Severity.WARNING);
    assertThat(Rules.byId("CO-05").orElseThrow().thresholds()).containsEntry("minNoticeDays", 14);
    assertThat(Rules.byId("CO-02").orElseThrow().source())
        .isEqualTo("[S:APT \"intervinieron… sociedad civil, autoridades y el propio Organismo Garante\"]");
  }

  @Test
  void conformingExercisePassesEveryCoRule() {
    ValidationReport report = validate(exercise(plan().build()));
    for (String id : IDS) {
      assertThat(result(report, id).outcome()).as(id).isEqualTo(Outcome.PASS);
      assertThat(pointers(report, id)).as(id).isEmpty();
    }
  }

  @Test
  void exerciseWithoutPlansIsNotApplicable() {
    LocalExercise x = LocalExercise.builder().id("x").addAllOrganizations(orgs()).addStl(stl(session(true))).build();
    ValidationReport report = validate(x);
    for (String id : IDS) {
      assertThat(result(report, id).outcome()).as(id).isEqualTo(Outcome.NOT_APPLICABLE);
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // CO-01

  @Test
  void co01FailsWhenThePlanHasNoTables() {
    ValidationReport withoutCoCreation = validate(exercise(plan().coCreation(Optional.empty()).build()));
    assertThat(findings(withoutCoCreation, "CO-01")).extracting(Finding::pointer, Finding::messageKey)
        .containsExactly(tuple("/plans/0", "CO-01.noTables"));

    LocalActionPlan noTables = plan().coCreation(coCreation().tables(List.of()).build()).build();
    assertThat(pointers(validate(exercise(noTables)), "CO-01")).containsExactly("/plans/0/coCreation");
  }

  @Test
  void co01FailsWhenEveryTablePrecedesTheStlInstallation() {
    LocalActionPlan plan = plan().coCreation(coCreation()
        .tables(List.of(fullTable("t-1", INSTALLED.minusDays(1)))).timelinePublishedOn(INSTALLED.minusDays(30))
        .diagnosticInputs(List.of()).build()).build();
    ValidationReport report = validate(exercise(plan));
    assertThat(result(report, "CO-01").outcome()).isEqualTo(Outcome.FAIL);
    assertThat(findings(report, "CO-01")).singleElement()
        .satisfies(f -> assertThat(f.pointer()).isEqualTo("/plans/0/coCreation/tables"))
        .satisfies(f -> assertThat(f.arguments()).containsExactly("2015-04-10", "2015-08-20", "pal-1"));
  }

  @Test
  void co01FailsWhenTheOnlyTableFollowsTheApproval() {
    LocalActionPlan plan = plan().coCreation(coCreation().tables(List.of(fullTable("t-1", APPROVED.plusDays(1))))
        .build()).build();
    assertThat(pointers(validate(exercise(plan)), "CO-01")).containsExactly("/plans/0/coCreation/tables");
  }

  @Test
  void co01TakesTheApprovalDateFromTheApprovingSessionWhenThePlanHasNone() {
    LocalActionPlan late = plan().approvedOn(Optional.empty())
        .coCreation(coCreation().tables(List.of(fullTable("t-1", APPROVED.plusDays(2)))).build()).build();
    assertThat(result(validate(exercise(late)), "CO-01").outcome()).isEqualTo(Outcome.FAIL);

    LocalActionPlan inTime = plan().approvedOn(Optional.empty()).build();
    assertThat(result(validate(exercise(inTime)), "CO-01").outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void co01FailsWithUndatedTables() {
    ParticipatoryTable undated = ParticipatoryTable.builder().from(fullTable("t-1", FIRST_TABLE))
        .date(Optional.empty()).build();
    LocalActionPlan plan = plan().coCreation(coCreation().tables(List.of(undated)).build()).build();
    assertThat(findings(validate(exercise(plan)), "CO-01")).extracting(Finding::messageKey)
        .containsExactly("CO-01.undated");
  }

  // ---------------------------------------------------------------------------------------------------------------
  // CO-02

  @Test
  void co02FailsWhenNoTableHasTheGuarantorBody() {
    ParticipatoryTable t = table("t-1", FIRST_TABLE, part("org-gov"), part("org-cso"), part("org-uni"));
    LocalActionPlan plan = plan().coCreation(coCreation().tables(List.of(t)).build()).build();
    ValidationReport report = validate(exercise(plan));
    assertThat(findings(report, "CO-02")).singleElement()
        .satisfies(f -> assertThat(f.pointer()).isEqualTo("/plans/0/coCreation/tables"))
        .satisfies(f -> assertThat(f.arguments()).containsExactly("Local guarantor body", "pal-1"));
  }

  @Test
  void co02CountsSectorsAcrossAllTables() {
    ParticipatoryTable a = table("t-1", FIRST_TABLE, part("org-gov"), part("org-uni"));
    ParticipatoryTable b = table("t-2", FIRST_TABLE.plusDays(1), part("org-cso"), part("org-ga"));
    LocalActionPlan plan = plan().coCreation(coCreation().tables(List.of(a, b)).build()).build();
    assertThat(result(validate(exercise(plan)), "CO-02").outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void co02UsesTheExplicitParticipationSectorOverTheOrganisations() {
    Participation govAsCso = Participation.builder().organizationId("org-gov").sector(Sector.CIVIL_SOCIETY).build();
    ParticipatoryTable t = table("t-1", FIRST_TABLE, govAsCso, part("org-ga"));
    LocalActionPlan plan = plan().coCreation(coCreation().tables(List.of(t)).build()).build();
    assertThat(findings(validate(exercise(plan)), "CO-02")).singleElement()
        .satisfies(f -> assertThat(f.arguments()).containsExactly("Government", "pal-1"));
  }

  @Test
  void co02CountsAutonomousBodiesAsGovernmentOnlyWhenConfigured() {
    ParticipatoryTable t = table("t-1", FIRST_TABLE, part("org-ae"), part("org-cso"), part("org-ga"));
    LocalExercise x = exercise(plan().coCreation(coCreation().tables(List.of(t)).build()).build());
    assertThat(result(validate(x), "CO-02").outcome()).isEqualTo(Outcome.FAIL);
    ValidatorOptions wide = options().governmentSeatSectors(EnumSet.of(Sector.GOVERNMENT, Sector.AUTONOMOUS_BODY))
        .build();
    assertThat(result(validate(x, wide), "CO-02").outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void co02TakesTheExercisesGuarantorBodyAsGuarantorWhenItsSectorIsNotRecorded() {
    ParticipatoryTable table = table("t-1", FIRST_TABLE, part("org-gov"), part("org-cso"), part("org-idaip"));
    LocalExercise x = LocalExercise.builder().from(exercise(plan().coCreation(coCreation().tables(List.of(table))
            .build()).build())).guarantorBodyId("org-idaip")
        .addOrganization(Organization.builder().id("org-idaip").name("IDAIP").build()).build();
    assertThat(result(validate(x), "CO-02").outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void co02IsNotApplicableToAPlanWithoutTables() {
    ValidationReport report = validate(exercise(plan().coCreation(Optional.empty()).build()));
    assertThat(result(report, "CO-02").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // CO-03

  @Test
  void co03FailsATableOfOneSectorAndPassesTheOthers() {
    ParticipatoryTable good = fullTable("t-1", FIRST_TABLE);
    ParticipatoryTable single = table("t-2", FIRST_TABLE, part("org-cso"), part("org-cso2"));
    LocalActionPlan plan = plan().coCreation(coCreation().tables(List.of(good, single)).build()).build();
    ValidationReport report = validate(exercise(plan));
    RuleResult r = result(report, "CO-03");
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.passed()).isEqualTo(1);
    assertThat(r.failed()).isEqualTo(1);
    assertThat(findings(report, "CO-03")).extracting(Finding::pointer, Finding::messageKey)
        .containsExactly(tuple(
            "/plans/0/coCreation/tables/1/participants", "CO-03.oneSector"));
  }

  @Test
  void co03FailsATableOfPublicBodiesOnly() {
    ParticipatoryTable t = table("t-1", FIRST_TABLE, part("org-gov"), part("org-ga"), part("org-inai"));
    LocalActionPlan plan = plan().coCreation(coCreation().tables(List.of(t)).build()).build();
    assertThat(findings(validate(exercise(plan)), "CO-03")).extracting(Finding::messageKey)
        .containsExactly("CO-03.noSociety");
  }

  @Test
  void co03IsNotApplicableToATableWithoutParticipants() {
    ParticipatoryTable empty = ParticipatoryTable.builder().id("t-1").date(FIRST_TABLE).build();
    LocalActionPlan plan = plan().coCreation(coCreation().tables(List.of(empty)).build()).build();
    RuleResult r = result(validate(exercise(plan)), "CO-03");
    assertThat(r.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(r.notApplicable()).isEqualTo(1);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // CO-04

  @Test
  void co04FailsATableOfStlMembersOnlyAsFlagged() {
    ParticipatoryTable t = table("t-1", FIRST_TABLE,
        Participation.builder().organizationId("org-uni").stlMember(true).build(),
        Participation.builder().organizationId("org-cso2").stlMember(true).build());
    LocalActionPlan plan = plan().coCreation(coCreation().tables(List.of(t)).build()).build();
    assertThat(findings(validate(exercise(plan)), "CO-04")).singleElement()
        .satisfies(f -> assertThat(f.pointer()).isEqualTo("/plans/0/coCreation/tables/0/participants"))
        .satisfies(f -> assertThat(f.arguments()).containsExactly("2", "t-1"))
        .satisfies(f -> assertThat(f.message()).contains("\"t-1\""));
  }

  @Test
  void co04DerivesMembershipFromTheStlSeatsWhenNotFlagged() {
    ParticipatoryTable members = table("t-1", FIRST_TABLE, part("org-gov"), part("org-cso"), part("org-ga"));
    LocalActionPlan closed = plan().coCreation(coCreation().tables(List.of(members)).build()).build();
    assertThat(result(validate(exercise(closed)), "CO-04").outcome()).isEqualTo(Outcome.FAIL);

    ParticipatoryTable open = table("t-1", FIRST_TABLE, part("org-gov"), part("org-cso"), part("org-uni"));
    LocalActionPlan opened = plan().coCreation(coCreation().tables(List.of(open)).build()).build();
    assertThat(result(validate(exercise(opened)), "CO-04").outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void co04IsNotApplicableWhenNoParticipantIsKnown() {
    ParticipatoryTable anonymous = table("t-1", FIRST_TABLE, Participation.builder().sector(Sector.MEDIA).build());
    LocalActionPlan plan = plan().coCreation(coCreation().tables(List.of(anonymous)).build()).build();
    assertThat(result(validate(exercise(plan)), "CO-04").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // CO-05

  @Test
  void co05FailsATimelinePublishedTooCloseToTheFirstTable() {
    LocalActionPlan plan = plan().coCreation(coCreation().timelinePublishedOn(FIRST_TABLE.minusDays(10)).build())
        .build();
    ValidationReport report = validate(exercise(plan));
    assertThat(findings(report, "CO-05")).singleElement()
        .satisfies(f -> assertThat(f.pointer()).isEqualTo("/plans/0/coCreation/timelinePublishedOn"))
        .satisfies(f -> assertThat(f.arguments()).containsExactly("2015-05-06", "2015-05-16", "10", "14", "pal-1"));
  }

  @Test
  void co05ThresholdOverrideChangesTheOutcome() {
    LocalExercise x = exercise(plan().coCreation(coCreation().timelinePublishedOn(FIRST_TABLE.minusDays(10)).build())
        .build());
    ValidatorOptions lenient = options().threshold("CO-05.minNoticeDays", 7).build();
    assertThat(result(validate(x, lenient), "CO-05").outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void co05FailsWithoutTimelineOrCallAndAcceptsAnEarlierCall() {
    LocalActionPlan silent = plan().coCreation(coCreation().timelinePublishedOn(Optional.empty()).build())
        .build();
    assertThat(findings(validate(exercise(silent)), "CO-05")).extracting(Finding::pointer, Finding::messageKey)
        .containsExactly(tuple("/plans/0/coCreation", "CO-05.unpublished"));

    LocalActionPlan called = plan().coCreation(coCreation().timelinePublishedOn(Optional.empty())
        .publicCallId("call-t").build()).build();
    LocalExercise x = LocalExercise.builder().from(exercise(called))
        .addPublicCall(PublicCall.builder().id("call-t").publishedOn(FIRST_TABLE.minusDays(30)).build()).build();
    assertThat(result(validate(x), "CO-05").outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void co05IsOgpLocalsOwnSoAnInaiExerciseIsNotJudgedByIt() {
    ValidationReport inai = CocreaValidator.create(ValidatorOptions.builder().locale(Locale.ENGLISH).build())
        .validate(exercise(plan().build()));
    assertThat(inai.result("CO-05").orElseThrow().outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(inai.outsideFrameworks()).contains("CO-05");
    assertThat(inai.result("CO-01")).isPresent();
    ValidationReport core = CocreaValidator.create(ValidatorOptions.builder().profile(Profile.INAI_CORE).build())
        .validate(exercise(plan().build()));
    assertThat(core.result("CO-05")).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // CO-06

  @Test
  void co06FailsEachProposalWithoutDispositionOrReasonedResponse() {
    List<Proposal> proposals = List.of(
        Proposal.builder().id("pr-1").disposition(Disposition.ADOPTED).build(),
        Proposal.builder().id("pr-2").build(),
        Proposal.builder().id("pr-3").disposition(Disposition.REJECTED).build(),
        Proposal.builder().id("pr-4").disposition(Disposition.DEFERRED)
            .response(ReasonedResponse.builder().text("Fuera de competencia").build()).build(),
        Proposal.builder().id("pr-5").disposition(Disposition.MERGED)
            .response(ReasonedResponse.builder().text("Se fusiona con pr-1").publishedOn(PUBLISHED.plusDays(3)).build())
            .build(),
        Proposal.builder().id("pr-6").disposition(Disposition.REJECTED)
            .response(ReasonedResponse.builder().text("Sin presupuesto").url("https://stl.example.org/r6").build())
            .build());
    LocalActionPlan plan = plan().coCreation(coCreation().proposals(proposals).build()).build();
    ValidationReport report = validate(exercise(plan));
    RuleResult r = result(report, "CO-06");
    assertThat(r.passed()).isEqualTo(2);
    assertThat(r.failed()).isEqualTo(4);
    assertThat(findings(report, "CO-06")).extracting(Finding::pointer, Finding::messageKey).containsExactly(
        tuple("/plans/0/coCreation/proposals/1", "CO-06.noDisposition"),
        tuple("/plans/0/coCreation/proposals/2", "CO-06.noRationale"),
        tuple("/plans/0/coCreation/proposals/3/response", "CO-06.unpublished"),
        tuple("/plans/0/coCreation/proposals/4/response/publishedOn", "CO-06.late"));
  }

  @Test
  void co06IsNotApplicableWithoutProposals() {
    LocalActionPlan plan = plan().coCreation(coCreation().proposals(List.of()).build()).build();
    assertThat(result(validate(exercise(plan)), "CO-06").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // CO-07

  @Test
  void co07FailsAPublishedPlanWithoutApprovingResolution() {
    LocalActionPlan plan = plan().approvedByResolutionId(Optional.empty()).build();
    assertThat(findings(validate(exercise(plan)), "CO-07")).extracting(Finding::pointer, Finding::messageKey)
        .containsExactly(tuple("/plans/0", "CO-07.noResolution"));
  }

  @Test
  void co07IsNotApplicableToAnUnpublishedDraft() {
    LocalActionPlan draft = plan().approvedByResolutionId(Optional.empty())
        .publishedOn(Optional.empty()).status(PlanStatus.DRAFT).build();
    assertThat(result(validate(exercise(draft)), "CO-07").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  @Test
  void co07FailsWhenTheResolutionIsNotInAnySession() {
    LocalActionPlan plan = plan().approvedByResolutionId("r-missing").build();
    ValidationReport report = validate(exercise(plan));
    assertThat(pointers(report, "CO-07")).containsExactly("/plans/0/approvedByResolutionId");
    assertThat(pointers(report, "REF-01")).contains("/plans/0/approvedByResolutionId");
  }

  @Test
  void co07FailsAResolutionOfAnotherKind() {
    Resolution other = Resolution.builder().id("r-pal").kind(ResolutionKind.RULES_APPROVAL).build();
    LocalExercise x = exercise(stl(session(true, other)), plan().build());
    assertThat(findings(validate(x), "CO-07")).extracting(Finding::pointer, Finding::messageKey)
        .containsExactly(tuple("/stls/0/sessions/0/resolutions/0", "CO-07.wrongKind"));
  }

  @Test
  void co07FailsAResolutionWithoutMajority() {
    Resolution tied = Resolution.builder().id("r-pal").kind(ResolutionKind.PAL_APPROVAL).votesFor(2).votesAgainst(2)
        .build();
    LocalExercise x = exercise(stl(session(true, tied)), plan().build());
    assertThat(findings(validate(x), "CO-07")).singleElement()
        .satisfies(f -> assertThat(f.messageKey()).isEqualTo("CO-07.rejected"))
        .satisfies(f -> assertThat(f.arguments()).containsExactly("r-pal", "2", "2"));
  }

  @Test
  void co07FailsWhenNoNonGovernmentMemberAttendedTheApproval() {
    LocalExercise x = exercise(stl(session(false)), plan().build());
    assertThat(findings(validate(x), "CO-07")).extracting(Finding::pointer, Finding::messageKey)
        .containsExactly(tuple("/stls/0/sessions/0/attendance", "CO-07.noSociety"));
  }

  @Test
  void co07CountsAttendanceWithoutPresentFlagAsPresentLikeTheSesRules() {
    StlSession unflagged = StlSession.builder().id("s-1").number(1).date(APPROVED)
        .addAttendance(Attendance.builder().membershipId("m-gov").build())
        .addAttendance(Attendance.builder().membershipId("m-cso").build())
        .addResolution(approval()).build();
    ValidationReport report = validate(exercise(stl(unflagged), plan().build()));
    assertThat(result(report, "CO-07").outcome()).isEqualTo(Outcome.PASS);
    assertThat(result(report, "SES-02").outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void co07DoesNotTakeTheFacilitatorForANonGovernmentMember() {
    StlMembership facilitator = StlMembership.builder().id("m-fac").organizationId("org-uni").role(StlRole.FACILITATOR)
        .build();
    StlSession session = StlSession.builder().id("s-1").number(1).date(APPROVED)
        .addAttendance(Attendance.builder().membershipId("m-gov").present(true).build())
        .addAttendance(Attendance.builder().membershipId("m-fac").present(true).build())
        .addResolution(approval()).build();
    LocalTechnicalSecretariat stl = LocalTechnicalSecretariat.builder().from(stl(session)).addMembership(facilitator)
        .build();
    assertThat(findings(validate(exercise(stl, plan().build())), "CO-07")).extracting(Finding::messageKey)
        .containsExactly("CO-07.noSociety");
  }

  @Test
  void co07TakesAnAlternatesSectorFromItsTitularSeat() {
    StlMembership alternate = StlMembership.builder().id("m-cso-s").alternateOfId("m-cso").titular(false).build();
    StlSession session = StlSession.builder().id("s-1").number(1).date(APPROVED)
        .addAttendance(Attendance.builder().membershipId("m-gov").present(true).build())
        .addAttendance(Attendance.builder().membershipId("m-cso-s").present(true).build())
        .addResolution(approval()).build();
    LocalTechnicalSecretariat stl = LocalTechnicalSecretariat.builder().from(stl(session)).addMembership(alternate)
        .build();
    assertThat(result(validate(exercise(stl, plan().build())), "CO-07").outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void co07FailsAnApprovalAfterPublication() {
    LocalActionPlan plan = plan().approvedOn(PUBLISHED.plusDays(1)).build();
    assertThat(findings(validate(exercise(plan)), "CO-07")).extracting(Finding::pointer, Finding::messageKey)
        .containsExactly(tuple("/plans/0/publishedOn", "CO-07.afterPublication"));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // CO-08

  @Test
  void co08FailsAConsultationTableAndIsAnErrorOnlyInOgpLocal() {
    ParticipatoryTable consult = ParticipatoryTable.builder().from(fullTable("t-1", FIRST_TABLE))
        .participationLevel(Iap2Level.CONSULT).build();
    LocalExercise x = exercise(plan().coCreation(coCreation().tables(List.of(consult)).build()).build());
    ValidationReport ogp = validate(x);
    assertThat(findings(ogp, "CO-08")).singleElement()
        .satisfies(f -> assertThat(f.pointer()).isEqualTo("/plans/0/coCreation/tables/0/participationLevel"))
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR))
        .satisfies(f -> assertThat(f.arguments()).containsExactly("Consult", "Involve", "t-1"));
    ValidationReport core = CocreaValidator.create(ValidatorOptions.builder().build()).validate(x);
    assertThat(findings(core, "CO-08")).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void co08IsNotApplicableToATableWithoutLevel() {
    ParticipatoryTable unknown = ParticipatoryTable.builder().from(fullTable("t-1", FIRST_TABLE))
        .participationLevel(Optional.empty()).build();
    LocalExercise x = exercise(plan().coCreation(coCreation().tables(List.of(unknown)).build()).build());
    assertThat(result(validate(x), "CO-08").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // CO-09

  @Test
  void co09FailsWithoutDiagnosticInputs() {
    LocalActionPlan plan = plan().coCreation(coCreation().diagnosticInputs(List.of()).build()).build();
    assertThat(findings(validate(exercise(plan)), "CO-09")).extracting(Finding::pointer, Finding::messageKey)
        .containsExactly(tuple("/plans/0/coCreation", "CO-09.none"));
  }

  @Test
  void co09FailsWhenEveryInputFollowsTheFirstTable() {
    DiagnosticInput late = DiagnosticInput.builder().id("d-1").kind(DiagnosticKind.OPINION_SURVEY)
        .date(FIRST_TABLE.plusDays(1)).build();
    LocalActionPlan plan = plan().coCreation(coCreation().diagnosticInputs(List.of(late)).build()).build();
    assertThat(pointers(validate(exercise(plan)), "CO-09")).containsExactly("/plans/0/coCreation/diagnosticInputs");
  }

  @Test
  void co09AcceptsAnUndatedInput() {
    DiagnosticInput undated = DiagnosticInput.builder().id("d-1").kind(DiagnosticKind.EXPERT_FORUM).build();
    LocalActionPlan plan = plan().coCreation(coCreation().diagnosticInputs(List.of(undated)).build()).build();
    assertThat(result(validate(exercise(plan)), "CO-09").outcome()).isEqualTo(Outcome.PASS);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Messages

  @Test
  void tableAndPlanMessagesNameTheTableOrThePlan() {
    ParticipatoryTable oneSector = table("t-7", FIRST_TABLE, part("org-gov"));
    LocalExercise x = exercise(plan().coCreation(coCreation().tables(List.of(oneSector)).build()).build());
    ValidationReport spanish = validate(x, options().locale(Locale.forLanguageTag("es-MX")).build());
    assertThat(findings(spanish, "CO-03")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("la mesa «t-7»"));
    assertThat(findings(spanish, "CO-02")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("del PAL «pal-1»"));
  }

  @Test
  void everyMessageKeyExistsInBothLanguagesAndRenders() throws IOException {
    Properties es = bundle("co.properties");
    Properties en = bundle("co_en.properties");
    assertThat(en.stringPropertyNames()).isEqualTo(es.stringPropertyNames());
    for (String id : IDS) {
      assertThat(es).containsKeys(id + ".statement", id + ".message");
    }
    assertThat(es.stringPropertyNames()).allSatisfy(key -> assertThat(IDS).contains(key.substring(0, key.indexOf('.'))));
    String[] args = new String[6];
    Arrays.fill(args, "X");
    for (String key : es.stringPropertyNames()) {
      for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es-MX"))) {
        String text = Messages.render(key, Arrays.asList(args), locale);
        assertThat(text).as(key).isNotBlank().doesNotContain("{").doesNotContain("}").doesNotStartWith("[");
      }
    }
    assertThat(Messages.render("CO-02.message", List.of("Sociedad civil"), Locale.forLanguageTag("es-MX")))
        .contains("participó");
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Fixture: Durango-like dates (STL installed 2015-04-10, tables in May, PAL approved 2015-08-20, published 2015-08-25)

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = CoRulesTest.class.getResourceAsStream("/org/cocrea/validation/messages/" + name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  static Organization org(String id, Sector sector) {
    return Organization.builder().id(id).name(id).sector(sector).build();
  }

  static List<Organization> orgs() {
    return List.of(org("org-gov", Sector.GOVERNMENT), org("org-ga", Sector.GUARANTOR_BODY),
        org("org-cso", Sector.CIVIL_SOCIETY), org("org-cso2", Sector.CIVIL_SOCIETY), org("org-uni", Sector.ACADEMIA),
        org("org-inai", Sector.NATIONAL_GUARANTOR), org("org-ae", Sector.AUTONOMOUS_BODY));
  }

  static StlMembership member(String id, String org, Sector sector) {
    return StlMembership.builder().id(id).organizationId(org).seatSector(sector).titular(true).build();
  }

  static Resolution approval() {
    return Resolution.builder().id("r-pal").kind(ResolutionKind.PAL_APPROVAL).votesFor(3).votesAgainst(0).build();
  }

  static StlSession session(boolean societyPresent) {
    return session(societyPresent, approval());
  }

  static StlSession session(boolean societyPresent, Resolution resolution) {
    return StlSession.builder().id("s-1").number(1).date(APPROVED)
        .addAttendance(Attendance.builder().membershipId("m-gov").present(true).build())
        .addAttendance(Attendance.builder().membershipId("m-ga").present(true).build())
        .addAttendance(Attendance.builder().membershipId("m-cso").present(societyPresent).build())
        .addResolution(resolution).build();
  }

  static LocalTechnicalSecretariat stl(StlSession session) {
    return LocalTechnicalSecretariat.builder().id("stl-1").installedOn(INSTALLED)
        .addMembership(member("m-gov", "org-gov", Sector.GOVERNMENT))
        .addMembership(member("m-cso", "org-cso", Sector.CIVIL_SOCIETY))
        .addMembership(member("m-ga", "org-ga", Sector.GUARANTOR_BODY))
        .addSession(session).build();
  }

  static Participation part(String org) {
    return Participation.builder().organizationId(org).build();
  }

  static ParticipatoryTable table(String id, LocalDate date, Participation... participants) {
    return ParticipatoryTable.builder().id(id).date(date).participationLevel(Iap2Level.COLLABORATE)
        .addParticipants(participants).build();
  }

  /** A table with government, civil society, the guarantor body and a university from outside the STL. */
  static ParticipatoryTable fullTable(String id, LocalDate date) {
    return table(id, date, part("org-gov"), part("org-cso"), part("org-ga"), part("org-uni"));
  }

  static CoCreationProcess.Builder coCreation() {
    return CoCreationProcess.builder()
        .timelinePublishedOn(LocalDate.of(2015, 4, 20))
        .addDiagnosticInput(DiagnosticInput.builder().id("d-1").kind(DiagnosticKind.CITIZEN_CONSULTATION)
            .date(LocalDate.of(2015, 4, 25)).build())
        .addTable(fullTable("t-1", FIRST_TABLE))
        .addProposal(Proposal.builder().id("pr-1").tableId("t-1").disposition(Disposition.ADOPTED).build())
        .addProposal(Proposal.builder().id("pr-2").tableId("t-1").disposition(Disposition.REJECTED)
            .response(ReasonedResponse.builder().text("No es competencia estatal").publishedOn(PUBLISHED).build())
            .build());
  }

  static LocalActionPlan.Builder plan() {
    return LocalActionPlan.builder().id("pal-1").ordinal(1).status(PlanStatus.PUBLISHED)
        .periodStart(LocalDate.of(2015, 9, 1)).periodEnd(LocalDate.of(2016, 8, 31))
        .approvedOn(APPROVED).approvedByResolutionId("r-pal").publishedOn(PUBLISHED)
        .coCreation(coCreation().build());
  }

  static LocalExercise exercise(LocalActionPlan plan) {
    return exercise(stl(session(true)), plan);
  }

  static LocalExercise exercise(LocalTechnicalSecretariat stl, LocalActionPlan plan) {
    return LocalExercise.builder().id("mx-test").guarantorBodyId("org-ga").addAllOrganizations(orgs())
        .addStl(stl).addPlan(plan).build();
  }

  private static ValidatorOptions.Builder options() {
    return ValidatorOptions.builder().locale(Locale.ENGLISH).profile(Profile.OGP_LOCAL)
        .asOf(LocalDate.of(2016, 12, 31));
  }

  static ValidationReport validate(LocalExercise x) {
    return validate(x, options().build());
  }

  static ValidationReport validate(LocalExercise x, ValidatorOptions options) {
    return CocreaValidator.create(options).validate(x);
  }
}
