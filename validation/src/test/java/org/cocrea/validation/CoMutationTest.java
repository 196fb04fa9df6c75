package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.cocrea.validation.CoRulesTest.APPROVED;
import static org.cocrea.validation.CoRulesTest.FIRST_TABLE;
import static org.cocrea.validation.CoRulesTest.INSTALLED;
import static org.cocrea.validation.CoRulesTest.PUBLISHED;
import static org.cocrea.validation.CoRulesTest.approval;
import static org.cocrea.validation.CoRulesTest.coCreation;
import static org.cocrea.validation.CoRulesTest.exercise;
import static org.cocrea.validation.CoRulesTest.fullTable;
import static org.cocrea.validation.CoRulesTest.org;
import static org.cocrea.validation.CoRulesTest.part;
import static org.cocrea.validation.CoRulesTest.plan;
import static org.cocrea.validation.CoRulesTest.session;
import static org.cocrea.validation.CoRulesTest.stl;
import static org.cocrea.validation.CoRulesTest.table;
import static org.cocrea.validation.CoRulesTest.validate;
import static org.cocrea.validation.RuleAssert.arguments;
import static org.cocrea.validation.RuleAssert.result;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cocrea.core.DiagnosticInput;
import org.cocrea.core.DiagnosticKind;
import org.cocrea.core.Disposition;
import org.cocrea.core.Iap2Level;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.PartialDate;
import org.cocrea.core.ParticipatoryTable;
import org.cocrea.core.PlanStatus;
import org.cocrea.core.Proposal;
import org.cocrea.core.PublicCall;
import org.cocrea.core.ReasonedResponse;
import org.cocrea.core.Resolution;
import org.cocrea.core.ResolutionKind;
import org.junit.jupiter.api.Test;

/**
 * CO rules: behaviours no test pinned (docs/testing.md): the first and last days of
 * a window, the notice of exactly the required days, which publication a notice counts from, votes, the arguments of
 * the messages. Fixture: CoRulesTest's Durango-like dates (STL installed 2015-04-10, first table 2015-05-16, PAL
 * approved 2015-08-20 and published 2015-08-25).
 */
class CoMutationTest {

  // ------------------------------------------------------------------------------------------- CO-01

  @Test
  void co01TakesTablesOnTheDaysOfTheInstallationAndOfTheApproval() {
    for (LocalDate day : List.of(INSTALLED, APPROVED)) {
      LocalActionPlan plan = plan().coCreation(coCreation().tables(List.of(fullTable("t-1", day)))
          .timelinePublishedOn(INSTALLED.minusDays(30)).build()).build();
      RuleAssert.rule(validate(exercise(plan)), "CO-01").passes();
    }
  }

  @Test
  void co01CannotPlaceATableOfTheInstallationsMonth() {
    ParticipatoryTable april = ParticipatoryTable.builder().from(fullTable("t-1", FIRST_TABLE))
        .date(PartialDate.parse("2015-04")).build();
    ValidationReport report = validate(exercise(plan().coCreation(coCreation().tables(List.of(april)).build())
        .build()));
    assertThat(result(report, "CO-01").outcome()).isEqualTo(Outcome.NOT_RECORDED);
    assertThat(report.notRecorded()).filteredOn(n -> n.ruleId().equals("CO-01"))
        .extracting(NotRecorded::pointer, NotRecorded::facts).containsExactly(tuple("/plans/0/coCreation/tables",
            List.of("/plans/0/coCreation/tables", "/stls", "/plans/0/approvedOn")));
  }

  @Test
  void co01NamesThePlanWhoseTablesAreUndatedOrMissing() {
    ParticipatoryTable undated = ParticipatoryTable.builder().from(fullTable("t-1", FIRST_TABLE))
        .date(Optional.empty()).build();
    assertThat(arguments(validate(exercise(plan().coCreation(coCreation().tables(List.of(undated)).build())
        .build())), "CO-01")).containsExactly("pal-1");
    assertThat(arguments(validate(exercise(plan().coCreation(Optional.empty()).build())), "CO-01"))
        .containsExactly("pal-1");
  }

  // ------------------------------------------------------------------------------------------- CO-03

  @Test
  void co03NamesTheOneSectorAndTheTable() {
    ParticipatoryTable oneSector = table("t-7", FIRST_TABLE, part("org-cso"), part("org-cso2"));
    ValidationReport report = validate(exercise(plan().coCreation(coCreation().tables(List.of(oneSector)).build())
        .build()));
    RuleAssert.rule(report, "CO-03").fails("/plans/0/coCreation/tables/0/participants").withKeys("CO-03.oneSector");
    assertThat(arguments(report, "CO-03")).containsExactly("Civil society", "t-7");
  }

  // ------------------------------------------------------------------------------------------- CO-05

  @Test
  void co05AcceptsANoticeOfExactlyTheRequiredDays() {
    LocalActionPlan plan = plan().coCreation(coCreation().timelinePublishedOn(FIRST_TABLE.minusDays(14)).build())
        .build();
    RuleAssert.rule(validate(exercise(plan)), "CO-05").passes();
    LocalActionPlan short1 = plan().coCreation(coCreation().timelinePublishedOn(FIRST_TABLE.minusDays(13)).build())
        .build();
    RuleAssert.rule(validate(exercise(short1)), "CO-05").fails("/plans/0/coCreation/timelinePublishedOn");
  }

  @Test
  void co05CountsFromTheEarlierOfTheCallAndTheTimelineAndPointsAtIt() {
    LocalActionPlan called = plan().coCreation(coCreation().timelinePublishedOn(FIRST_TABLE.minusDays(10))
        .publicCallId("call-t").build()).build();
    LocalExercise x = LocalExercise.builder().from(exercise(called))
        .addPublicCall(PublicCall.builder().id("call-t").publishedOn(FIRST_TABLE.minusDays(12)).build()).build();
    ValidationReport report = validate(x);
    RuleAssert.rule(report, "CO-05").fails("/plans/0/coCreation/publicCallId");
    assertThat(arguments(report, "CO-05")).containsExactly("2015-05-04", "2015-05-16", "12", "14", "pal-1");
  }

  @Test
  void co05NamesTheFirstTableWhenNothingWasPublishedAndCannotCountDaysFromAMonth() {
    LocalActionPlan silent = plan().coCreation(coCreation().timelinePublishedOn(Optional.empty())
        .addTable(fullTable("t-0", FIRST_TABLE.minusDays(2))).build()).build();
    assertThat(arguments(validate(exercise(silent)), "CO-05")).containsExactly("2015-05-14", "pal-1");

    LocalActionPlan monthly = plan().coCreation(coCreation().timelinePublishedOn(PartialDate.parse("2015-04"))
        .build()).build();
    ValidationReport report = validate(exercise(monthly));
    assertThat(result(report, "CO-05").outcome()).isEqualTo(Outcome.NOT_RECORDED);
    assertThat(report.notRecorded()).filteredOn(n -> n.ruleId().equals("CO-05"))
        .extracting(NotRecorded::pointer, NotRecorded::facts).containsExactly(tuple("/plans/0/coCreation",
            List.of("/plans/0/coCreation/timelinePublishedOn", "/plans/0/coCreation/tables")));
  }

  // ------------------------------------------------------------------------------------------- CO-06

  @Test
  void co06NamesTheProposalItsDispositionAndTheDates() {
    List<Proposal> proposals = List.of(
        Proposal.builder().id("pr-2").build(),
        Proposal.builder().id("pr-3").disposition(Disposition.REJECTED).build(),
        Proposal.builder().id("pr-4").disposition(Disposition.DEFERRED)
            .response(ReasonedResponse.builder().text("Fuera de competencia").build()).build(),
        Proposal.builder().id("pr-5").disposition(Disposition.MERGED)
            .response(ReasonedResponse.builder().text("Se fusiona").publishedOn(PUBLISHED.plusDays(3)).build())
            .build(),
        Proposal.builder().id("pr-6").disposition(Disposition.MERGED)
            .response(ReasonedResponse.builder().text("Se fusiona").publishedOn(PUBLISHED).build()).build(),
        Proposal.builder().id("pr-7").disposition(Disposition.REJECTED)
            .response(ReasonedResponse.builder().text("   ").url("https://stl.example.org/r7").build()).build());
    ValidationReport report = validate(exercise(plan().coCreation(coCreation().proposals(proposals).build())
        .build()));
    assertThat(RuleAssert.findings(report, "CO-06")).extracting(Finding::messageKey, Finding::arguments)
        .containsExactly(
            tuple("CO-06.noDisposition", List.of("pr-2")),
            tuple("CO-06.noRationale", List.of("pr-3", "Rejected")),
            tuple("CO-06.unpublished", List.of("pr-4", "Deferred")),
            tuple("CO-06.late", List.of("pr-5", "2015-08-28", "2015-08-25")),
            tuple("CO-06.noRationale", List.of("pr-7", "Rejected")));
    assertThat(result(report, "CO-06").passed()).isEqualTo(1);
  }

  @Test
  void co06CannotOrderAResponseOfThePublicationsMonth() {
    Proposal monthly = Proposal.builder().id("pr-1").disposition(Disposition.REJECTED)
        .response(ReasonedResponse.builder().text("Sin presupuesto").publishedOn(PartialDate.parse("2015-08")).build())
        .build();
    ValidationReport report = validate(exercise(plan().coCreation(coCreation().proposals(List.of(monthly)).build())
        .build()));
    assertThat(result(report, "CO-06").outcome()).isEqualTo(Outcome.NOT_RECORDED);
    assertThat(report.notRecorded()).filteredOn(n -> n.ruleId().equals("CO-06"))
        .extracting(NotRecorded::pointer, NotRecorded::facts).containsExactly(tuple("/plans/0/coCreation/proposals/0",
            List.of("/plans/0/coCreation/proposals/0/response/publishedOn", "/plans/0/publishedOn")));
  }

  // ------------------------------------------------------------------------------------------- CO-07

  @Test
  void co07NamesTheResolutionInEachFailure() {
    assertThat(arguments(validate(exercise(plan().approvedByResolutionId(Optional.empty()).build())), "CO-07"))
        .containsExactly("pal-1");
    assertThat(arguments(validate(exercise(plan().approvedByResolutionId("r-missing").build())), "CO-07"))
        .containsExactly("r-missing");
    Resolution other = Resolution.builder().id("r-pal").kind(ResolutionKind.RULES_APPROVAL).build();
    assertThat(arguments(validate(exercise(stl(session(true, other)), plan().build())), "CO-07"))
        .containsExactly("r-pal", "Operating rules approval");
    assertThat(arguments(validate(exercise(stl(session(false, approval())), plan().build())), "CO-07"))
        .containsExactly("r-pal");
    ValidationReport after = validate(exercise(plan().approvedOn(PUBLISHED.plusDays(1)).build()));
    assertThat(arguments(after, "CO-07")).containsExactly("r-pal", "2015-08-26", "2015-08-25");
  }

  @Test
  void co07CountsOnlyTheVotesRecordedAndNeedsAMajority() {
    Resolution againstOnly = Resolution.builder().id("r-pal").kind(ResolutionKind.PAL_APPROVAL).votesAgainst(1).build();
    ValidationReport rejected = validate(exercise(stl(session(true, againstOnly)), plan().build()));
    RuleAssert.rule(rejected, "CO-07").fails("/stls/0/sessions/0/resolutions/0").withKeys("CO-07.rejected");
    assertThat(arguments(rejected, "CO-07")).containsExactly("r-pal", "0", "1");
    Resolution byOne = Resolution.builder().id("r-pal").kind(ResolutionKind.PAL_APPROVAL).votesFor(3).votesAgainst(2)
        .build();
    RuleAssert.rule(validate(exercise(stl(session(true, byOne)), plan().build())), "CO-07").passes();
    Resolution forOnly = Resolution.builder().id("r-pal").kind(ResolutionKind.PAL_APPROVAL).votesFor(1).build();
    RuleAssert.rule(validate(exercise(stl(session(true, forOnly)), plan().build())), "CO-07").passes();
    Resolution unkinded = Resolution.builder().id("r-pal").build();
    RuleAssert.rule(validate(exercise(stl(session(true, unkinded)), plan().build())), "CO-07").passes();
  }

  @Test
  void co07AcceptsAnApprovalOnThePublicationDayAndJudgesAWithdrawnPlanOnlyOncePublished() {
    RuleAssert.rule(validate(exercise(plan().approvedOn(PUBLISHED).build())), "CO-07").passes();
    LocalActionPlan withdrawn = plan().approvedByResolutionId(Optional.empty()).publishedOn(Optional.empty())
        .status(PlanStatus.WITHDRAWN).build();
    assertThat(result(validate(exercise(withdrawn)), "CO-07").notApplicable()).isEqualTo(1);
    LocalActionPlan publishedDraft = plan().approvedByResolutionId(Optional.empty()).status(PlanStatus.DRAFT).build();
    RuleAssert.rule(validate(exercise(publishedDraft)), "CO-07").fails("/plans/0").withKeys("CO-07.noResolution");
  }

  // ------------------------------------------------------------------------------------------- CO-08, CO-09

  @Test
  void co08AcceptsExactlyInvolve() {
    ParticipatoryTable involve = ParticipatoryTable.builder().from(fullTable("t-1", FIRST_TABLE))
        .participationLevel(Iap2Level.INVOLVE).build();
    RuleAssert.rule(validate(exercise(plan().coCreation(coCreation().tables(List.of(involve)).build()).build())),
        "CO-08").passes();
  }

  @Test
  void co09AcceptsAnInputOfTheFirstTablesDayAndNamesTheFirstTable() {
    DiagnosticInput sameDay = DiagnosticInput.builder().id("d-1").kind(DiagnosticKind.OPINION_SURVEY)
        .date(FIRST_TABLE).build();
    RuleAssert.rule(validate(exercise(plan().coCreation(coCreation().diagnosticInputs(List.of(sameDay)).build())
        .build())), "CO-09").passes();
    DiagnosticInput late = DiagnosticInput.builder().id("d-1").kind(DiagnosticKind.OPINION_SURVEY)
        .date(FIRST_TABLE.plusDays(1)).build();
    assertThat(arguments(validate(exercise(plan().coCreation(coCreation().diagnosticInputs(List.of(late)).build())
        .build())), "CO-09")).containsExactly("2015-05-16", "pal-1");
    DiagnosticInput monthly = DiagnosticInput.builder().id("d-1").kind(DiagnosticKind.OPINION_SURVEY)
        .date(PartialDate.parse("2015-05")).build();
    ValidationReport report = validate(exercise(plan().coCreation(coCreation().diagnosticInputs(List.of(monthly))
        .build()).build()));
    assertThat(result(report, "CO-09").outcome()).isEqualTo(Outcome.NOT_RECORDED);
  }

  // Fixture: CoRulesTest's (INSTALLED, FIRST_TABLE, APPROVED, PUBLISHED, plan(), exercise(...), validate(...), ...),
  // statically imported.
}
