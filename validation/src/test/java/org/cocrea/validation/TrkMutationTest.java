package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.cocrea.validation.RuleAssert.arguments;
import static org.cocrea.validation.RuleAssert.result;
import static org.cocrea.validation.TrkRulesTest.AFTER;
import static org.cocrea.validation.TrkRulesTest.DURING;
import static org.cocrea.validation.TrkRulesTest.END;
import static org.cocrea.validation.TrkRulesTest.START;
import static org.cocrea.validation.TrkRulesTest.plan;
import static org.cocrea.validation.TrkRulesTest.report;
import static org.cocrea.validation.TrkRulesTest.validate;

import java.time.LocalDate;
import java.util.List;
import org.cocrea.core.Attendance;
import org.cocrea.core.Commitment;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Milestone;
import org.cocrea.core.MilestoneStatus;
import org.cocrea.core.MilestoneUpdate;
import org.cocrea.core.Organization;
import org.cocrea.core.PartialDate;
import org.cocrea.core.ProgressReport;
import org.cocrea.core.Responsible;
import org.cocrea.core.ResponsibleSide;
import org.cocrea.core.Sector;
import org.cocrea.core.StlMembership;
import org.cocrea.core.StlSession;
import org.junit.jupiter.api.Test;

/**
 * TRK rules: behaviours no test pinned (docs/testing.md): the first and last days of
 * a period, reports listed out of order, the latest reported status of a milestone, dates the recorded precision
 * cannot place, and the arguments of the messages.
 */
class TrkMutationTest {

  // ------------------------------------------------------------------------------------------- TRK-01

  @Test
  void trk01TakesAReportOfTheLastDayOfThePeriod() {
    RuleAssert.rule(validate(exercise(plan().addProgressReport(report("rep-1", END)).build()), AFTER), "TRK-01")
        .passes();
    RuleAssert.rule(validate(exercise(plan().addProgressReport(report("rep-1", START)).build()), AFTER), "TRK-01")
        .passes();
    ValidationReport none = validate(exercise(plan().build()), AFTER);
    assertThat(arguments(none, "TRK-01")).containsExactly("pal-dgo", "2015-09-01", "2016-08-31", "0");
  }

  @Test
  void trk01CannotPlaceAReportOfTheEndsMonth() {
    ProgressReport monthly = ProgressReport.builder().id("rep-1").publishedOn(PartialDate.parse("2016-08")).build();
    ValidationReport report = validate(exercise(plan().periodEnd(LocalDate.of(2016, 8, 15))
        .addProgressReport(monthly).build()), AFTER);
    assertThat(result(report, "TRK-01").outcome()).isEqualTo(Outcome.NOT_RECORDED);
    assertThat(report.notRecorded()).filteredOn(n -> n.ruleId().equals("TRK-01"))
        .extracting(NotRecorded::pointer, NotRecorded::facts).containsExactly(tuple("/plans/0",
            List.of("/plans/0/progressReports", "/plans/0/periodStart", "/plans/0/periodEnd")));
  }

  // ------------------------------------------------------------------------------------------- TRK-02

  @Test
  void trk02MeasuresTheGapsInDateOrderWhateverTheListsOrder() {
    // listed last-first: 2016-07-20 (index 0) follows 2015-12-01 (index 1) by more than 6 months
    LocalExercise x = exercise(plan().addProgressReport(report("rep-2", LocalDate.of(2016, 7, 20)))
        .addProgressReport(report("rep-1", LocalDate.of(2015, 12, 1))).build());
    ValidationReport report = validate(x, AFTER);
    RuleAssert.rule(report, "TRK-02").fails("/plans/0/progressReports/0/publishedOn").withKeys("TRK-02.message");
    assertThat(arguments(report, "TRK-02")).containsExactly("pal-dgo", "2015-12-01", "2016-07-20", "6");
    RuleResult r = result(report, "TRK-02");
    assertThat(List.of(r.passed(), r.failed())).containsExactly(2, 1);
  }

  @Test
  void trk02AcceptsAReportExactlySixMonthsAfterThePreviousOne() {
    LocalExercise x = exercise(plan().addProgressReport(report("rep-1", LocalDate.of(2016, 3, 1)))
        .addProgressReport(report("rep-2", LocalDate.of(2016, 8, 31))).build());
    RuleAssert.rule(validate(x, AFTER), "TRK-02").passes();
    LocalExercise oneDayLate = exercise(plan().addProgressReport(report("rep-1", LocalDate.of(2016, 3, 2))).build());
    RuleAssert.rule(validate(oneDayLate, AFTER), "TRK-02").fails("/plans/0/progressReports/0/publishedOn");
  }

  @Test
  void trk02IgnoresAReportBeforeThePeriodAndNamesTheHorizonWhenOverdue() {
    LocalExercise x = exercise(plan().addProgressReport(report("rep-0", LocalDate.of(2015, 8, 1)))
        .addProgressReport(report("rep-1", LocalDate.of(2015, 12, 1))).build());
    ValidationReport report = validate(x, LocalDate.of(2016, 8, 1));
    RuleAssert.rule(report, "TRK-02").fails("/plans/0").withKeys("TRK-02.overdue");
    assertThat(arguments(report, "TRK-02")).containsExactly("pal-dgo", "2015-12-01", "2016-08-01", "6");
  }

  @Test
  void trk02CannotMeasureFromAReportOfTheStartsMonth() {
    ProgressReport monthly = ProgressReport.builder().id("rep-1").publishedOn(PartialDate.parse("2015-09")).build();
    ValidationReport report = validate(exercise(plan().periodStart(LocalDate.of(2015, 9, 15))
        .addProgressReport(monthly).build()), AFTER);
    assertThat(result(report, "TRK-02").outcome()).isEqualTo(Outcome.NOT_RECORDED);
    assertThat(report.notRecorded()).filteredOn(n -> n.ruleId().equals("TRK-02"))
        .extracting(NotRecorded::pointer, NotRecorded::facts).containsExactly(tuple("/plans/0",
            List.of("/plans/0/progressReports/0/publishedOn", "/plans/0/periodStart")));
  }

  // ------------------------------------------------------------------------------------------- TRK-03

  @Test
  void trk03NamesBothMissingPartsAndAnUpdateWithoutMilestone() {
    ProgressReport rep = ProgressReport.builder().id("rep-1").publishedOn(DURING)
        .addMilestoneUpdate(MilestoneUpdate.builder().status(MilestoneStatus.IN_PROGRESS).build()).build();
    ValidationReport report = validate(exercise(plan().addProgressReport(rep).build()), AFTER);
    RuleAssert.rule(report, "TRK-03").fails("/plans/0/progressReports/0/milestoneUpdates/0");
    assertThat(arguments(report, "TRK-03")).containsExactly("Actualización de hito 1", "rep-1", "la narrativa, la evidencia");
  }

  // ------------------------------------------------------------------------------------------- TRK-04

  @Test
  void trk04ReadsTheLatestReportedStatusPublishedByTheAsOfDate() {
    ProgressReport late = ProgressReport.builder().id("rep-1").publishedOn(LocalDate.of(2016, 2, 1))
        .addMilestoneUpdate(update(MilestoneStatus.LATE)).build();
    ProgressReport later = ProgressReport.builder().id("rep-2").publishedOn(LocalDate.of(2016, 2, 20))
        .addMilestoneUpdate(update(MilestoneStatus.IN_PROGRESS)).build();
    // the later report no longer says late: the milestone is not flagged
    RuleAssert.rule(validate(exercise(withMilestone(later, late)), DURING), "TRK-04").fails();
    // a report published after the as-of date does not count
    ProgressReport future = ProgressReport.builder().id("rep-3").publishedOn(LocalDate.of(2016, 4, 1))
        .addMilestoneUpdate(update(MilestoneStatus.LATE)).build();
    RuleAssert.rule(validate(exercise(withMilestone(future)), DURING), "TRK-04").fails();
    // a report without publication date counts by the end of the period it covers
    ProgressReport byPeriod = ProgressReport.builder().id("rep-4").periodTo(LocalDate.of(2016, 2, 29))
        .addMilestoneUpdate(update(MilestoneStatus.LATE)).build();
    RuleAssert.rule(validate(exercise(withMilestone(byPeriod)), DURING), "TRK-04").passes();
    // the same day: the one listed later wins
    ProgressReport sameDayLate = ProgressReport.builder().from(late).id("rep-5").publishedOn(LocalDate.of(2016, 2, 20))
        .build();
    RuleAssert.rule(validate(exercise(withMilestone(later, sameDayLate)), DURING), "TRK-04").passes();
  }

  @Test
  void trk04NamesAMilestoneWithoutStatusAndCannotJudgeADueMonthHoldingTheAsOfDay() {
    Milestone noStatus = Milestone.builder().id("m-1").dueDate(LocalDate.of(2016, 1, 31)).build();
    ValidationReport report = validate(exercise(plan().addCommitment(Commitment.builder().id("c-1")
        .addMilestone(noStatus).build()).build()), DURING);
    assertThat(arguments(report, "TRK-04")).containsExactly("Hito 1 (m-1)", "2016-01-31", "2016-03-01", "sin estado");

    Milestone dueInMarch = Milestone.builder().id("m-1").dueDate(PartialDate.parse("2016-03"))
        .status(MilestoneStatus.IN_PROGRESS).build();
    ValidationReport march = validate(exercise(plan().addCommitment(Commitment.builder().id("c-1")
        .addMilestone(dueInMarch).build()).build()), LocalDate.of(2016, 3, 15));
    assertThat(result(march, "TRK-04").outcome()).isEqualTo(Outcome.NOT_RECORDED);
    assertThat(march.notRecorded()).filteredOn(n -> n.ruleId().equals("TRK-04")).extracting(NotRecorded::facts)
        .containsExactly(List.of("/plans/0/commitments/0/milestones/0/dueDate"));
    // due on the as-of day itself: not yet late, nothing to judge
    ValidationReport onTheDay = validate(exercise(plan().addCommitment(Commitment.builder().id("c-1")
        .addMilestone(Milestone.builder().from(noStatus).dueDate(DURING).build()).build()).build()), DURING);
    assertThat(List.of(result(onTheDay, "TRK-04").outcome(), result(onTheDay, "TRK-04").notRecorded()))
        .containsExactly(Outcome.NOT_APPLICABLE, 0);
  }

  // ------------------------------------------------------------------------------------------- TRK-05

  @Test
  void trk05ReportsOnlyTheFirstFailingResponsibleOfAMilestoneWithItsArguments() {
    Milestone m = Milestone.builder().id("m-1").addResponsible(Responsible.builder().build())
        .addResponsible(Responsible.builder().organizationId("org-cso").build()).build();
    Milestone ok = Milestone.builder().id("m-2")
        .addResponsible(Responsible.builder().organizationId("org-gov").side(ResponsibleSide.GOVERNMENT).build())
        .build();
    ValidationReport report = validate(exercise(plan().addCommitment(Commitment.builder().id("c-1").addMilestone(m)
        .addMilestone(ok).build()).build()), DURING);
    RuleAssert.rule(report, "TRK-05").fails("/plans/0/commitments/0/milestones/0/responsibles/0")
        .withKeys("TRK-05.noOrganization");
    assertThat(arguments(report, "TRK-05")).containsExactly("Hito 1 (m-1)");
    RuleResult r = result(report, "TRK-05");
    assertThat(List.of(r.passed(), r.failed())).containsExactly(1, 1);

    Milestone noSide = Milestone.builder().id("m-3").addResponsible(Responsible.builder().organizationId("org-cso")
        .build()).build();
    assertThat(arguments(validate(exercise(plan().addCommitment(Commitment.builder().id("c-1").addMilestone(noSide)
        .build()).build()), DURING), "TRK-05")).containsExactly("Hito 1 (m-3)", "org-cso");
  }

  @Test
  void trk05FailsACivilSocietySideForAGovernmentOrganisationAndNamesBoth() {
    Milestone m = Milestone.builder().id("m-1").addResponsible(Responsible.builder().organizationId("org-gov")
        .side(ResponsibleSide.CIVIL_SOCIETY).build()).build();
    ValidationReport report = validate(exercise(plan().addCommitment(Commitment.builder().id("c-1").addMilestone(m)
        .build()).build()), DURING);
    RuleAssert.rule(report, "TRK-05").fails("/plans/0/commitments/0/milestones/0/responsibles/0/side")
        .withKeys("TRK-05.mismatch");
    assertThat(arguments(report, "TRK-05")).containsExactly("Hito 1 (m-1)", "org-gov", ResponsibleSide.CIVIL_SOCIETY
        .label(java.util.Locale.forLanguageTag("es-MX")), "Gobierno");
    // a side for an organisation of no recorded sector contradicts nothing
    Milestone unknown = Milestone.builder().id("m-1").addResponsible(Responsible.builder().organizationId("org-x")
        .side(ResponsibleSide.CIVIL_SOCIETY).build()).build();
    RuleAssert.rule(validate(exercise(plan().addCommitment(Commitment.builder().id("c-1").addMilestone(unknown)
        .build()).build()), DURING), "TRK-05").passes();
  }

  // ------------------------------------------------------------------------------------------- TRK-06

  @Test
  void trk06TakesASessionOfTheLastDayWithAnAlternateForCivilSociety() {
    StlSession last = StlSession.builder().id("s-1").date(END)
        .addAttendance(Attendance.builder().membershipId("m-cso-alt").present(true).build()).build();
    RuleAssert.rule(validate(exercise(plan().build(), last), AFTER), "TRK-06").passes();
    StlSession absent = StlSession.builder().id("s-1").date(LocalDate.of(2016, 2, 10))
        .addAttendance(Attendance.builder().membershipId("m-cso").present(false).build()).build();
    RuleAssert.rule(validate(exercise(plan().build(), absent), AFTER), "TRK-06").fails("/plans/0");
  }

  // ------------------------------------------------------------------------------------------- fixtures

  private static LocalExercise exercise(LocalActionPlan plan, StlSession... sessions) {
    return LocalExercise.builder().id("mx-dgo")
        .addOrganization(Organization.builder().id("org-gov").sector(Sector.GOVERNMENT).build())
        .addOrganization(Organization.builder().id("org-cso").sector(Sector.CIVIL_SOCIETY).build())
        .addOrganization(Organization.builder().id("org-x").build())
        .addStl(LocalTechnicalSecretariat.builder().id("stl-dgo").installedOn(LocalDate.of(2015, 4, 10))
            .addMembership(StlMembership.builder().id("m-gov").organizationId("org-gov").build())
            .addMembership(StlMembership.builder().id("m-cso").organizationId("org-cso").build())
            .addMembership(StlMembership.builder().id("m-cso-alt").organizationId("org-x").titular(false)
                .alternateOfId("m-cso").build())
            .addSessions(sessions).build())
        .addPlan(plan).build();
  }

  private static LocalActionPlan withMilestone(ProgressReport... reports) {
    Milestone m = Milestone.builder().id("m-1").number(1).dueDate(LocalDate.of(2016, 1, 31))
        .status(MilestoneStatus.IN_PROGRESS).build();
    return plan().addCommitment(Commitment.builder().id("c-1").addMilestone(m).build()).addProgressReports(reports)
        .build();
  }

  private static MilestoneUpdate update(MilestoneStatus status) {
    return MilestoneUpdate.builder().milestoneId("m-1").status(status).build();
  }
}
