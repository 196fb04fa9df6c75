package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.validation.RuleAssert.arguments;
import static org.cocrea.validation.RuleAssert.keys;
import static org.cocrea.validation.RuleAssert.outcome;
import static org.cocrea.validation.RuleAssert.pointers;

import java.io.IOException;
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
import org.cocrea.core.PlanStatus;
import org.cocrea.core.ProgressReport;
import org.cocrea.core.Responsible;
import org.cocrea.core.ResponsibleSide;
import org.cocrea.core.Sector;
import org.cocrea.core.StlMembership;
import org.cocrea.core.StlRole;
import org.cocrea.core.StlSession;
import org.junit.jupiter.api.Test;

class TrkRulesTest {

  /** Durango PAL 2015-2016 period as a fixture (one year); also TrkMutationTest's. */
  static final LocalDate START = LocalDate.of(2015, 9, 1);
  static final LocalDate END = LocalDate.of(2016, 8, 31);
  static final LocalDate AFTER = LocalDate.of(2016, 12, 31);
  static final LocalDate DURING = LocalDate.of(2016, 3, 1);

  // ------------------------------------------------------------------------------------------- TRK-01

  @Test
  void trk01PassesAReportPublishedDuringThePeriod() {
    LocalExercise x = exercise(plan().addProgressReport(report("rep-1", LocalDate.of(2016, 3, 15))).build());
    assertThat(outcome(validate(x, AFTER), "TRK-01")).isEqualTo(Outcome.PASS);
  }

  @Test
  void trk01FailsAFinishedPeriodWithoutReportsAtThePlan() {
    ValidationReport report = validate(exercise(plan().build()), AFTER);
    assertThat(outcome(report, "TRK-01")).isEqualTo(Outcome.FAIL);
    assertThat(pointers(report, "TRK-01")).containsExactly("/plans/0");
  }

  @Test
  void trk01FailsWhenTheOnlyReportCameAfterThePeriod() {
    LocalExercise x = exercise(plan().addProgressReport(report("rep-1", LocalDate.of(2016, 10, 1))).build());
    ValidationReport report = validate(x, AFTER);
    assertThat(pointers(report, "TRK-01")).containsExactly("/plans/0/progressReports");
    assertThat(arguments(report, "TRK-01")).containsExactly("pal-dgo", "2015-09-01", "2016-08-31", "1");
  }

  @Test
  void trk01IsNotApplicableWhileThePeriodRunsOrWithoutAsOfDate() {
    assertThat(outcome(validate(exercise(plan().build()), DURING), "TRK-01")).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(outcome(CocreaValidator.create(ValidatorOptions.builder().timeAwareRules(false).build())
        .validate(exercise(plan().build())), "TRK-01"))
        .isEqualTo(Outcome.NOT_APPLICABLE);
    LocalActionPlan draft = plan().status(PlanStatus.DRAFT).build();
    assertThat(outcome(validate(exercise(draft), AFTER), "TRK-01")).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  // ------------------------------------------------------------------------------------------- TRK-02

  @Test
  void trk02PassesSemestralReports() {
    LocalExercise x = exercise(plan().addProgressReport(report("rep-1", LocalDate.of(2016, 2, 15)))
        .addProgressReport(report("rep-2", LocalDate.of(2016, 8, 10))).build());
    assertThat(outcome(validate(x, AFTER), "TRK-02")).isEqualTo(Outcome.PASS);
  }

  @Test
  void trk02FailsAFirstReportEightMonthsAfterTheStartAtItsDate() {
    LocalExercise x = exercise(plan().addProgressReport(report("rep-1", LocalDate.of(2016, 5, 1))).build());
    ValidationReport report = validate(x, AFTER);
    assertThat(outcome(report, "TRK-02")).isEqualTo(Outcome.FAIL);
    assertThat(pointers(report, "TRK-02")).containsExactly("/plans/0/progressReports/0/publishedOn");
    assertThat(arguments(report, "TRK-02")).containsExactly("pal-dgo", "2015-09-01", "2016-05-01", "6");
  }

  @Test
  void trk02FailsAPlanThatStoppedReportingAtThePlan() {
    LocalExercise x = exercise(plan().addProgressReport(report("rep-1", LocalDate.of(2015, 12, 1))).build());
    ValidationReport report = validate(x, LocalDate.of(2016, 8, 1));
    assertThat(pointers(report, "TRK-02")).containsExactly("/plans/0");
    assertThat(keys(report, "TRK-02")).containsExactly("TRK-02.overdue");
  }

  @Test
  void trk02ChecksTheLastStretchOfAFinishedPlanUpToItsEnd() {
    LocalExercise x = exercise(plan().addProgressReport(report("rep-1", LocalDate.of(2016, 1, 15)))
        .addProgressReport(report("rep-2", LocalDate.of(2016, 7, 10))).build());
    assertThat(outcome(validate(x, AFTER), "TRK-02")).isEqualTo(Outcome.PASS);
    LocalExercise late = exercise(plan().addProgressReport(report("rep-1", LocalDate.of(2016, 1, 15)))
        .addProgressReport(report("rep-final", LocalDate.of(2016, 9, 10))).build());
    assertThat(pointers(validate(late, AFTER), "TRK-02")).containsExactly("/plans/0");
  }

  @Test
  void trk02ThresholdChangesTheOutcome() {
    LocalExercise x = exercise(plan().addProgressReport(report("rep-1", LocalDate.of(2016, 5, 1))).build());
    ValidatorOptions lax = ValidatorOptions.builder().asOf(AFTER).threshold("TRK-02.maxGapMonths", 9).build();
    assertThat(outcome(CocreaValidator.create(lax).validate(x), "TRK-02")).isEqualTo(Outcome.PASS);
  }

  // ------------------------------------------------------------------------------------------- TRK-03

  @Test
  void trk03PassesUpdatesWithNarrativeAndEvidence() {
    ProgressReport rep = ProgressReport.builder().from(report("rep-1", DURING)).addMilestoneUpdate(update(true, true))
        .build();
    assertThat(outcome(validate(exercise(plan().addProgressReport(rep).build()), AFTER), "TRK-03"))
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void trk03FailsAnUpdateWithoutEvidenceAtTheUpdate() {
    ProgressReport rep = ProgressReport.builder().from(report("rep-1", DURING))
        .addMilestoneUpdate(update(true, true)).addMilestoneUpdate(update(true, false)).build();
    ValidationReport report = validate(exercise(plan().addProgressReport(rep).build()), AFTER);
    assertThat(outcome(report, "TRK-03")).isEqualTo(Outcome.FAIL);
    assertThat(pointers(report, "TRK-03")).containsExactly("/plans/0/progressReports/0/milestoneUpdates/1");
    assertThat(arguments(report, "TRK-03")).containsExactly("m-1", "rep-1", "la evidencia");
  }

  @Test
  void trk03TakesABlankNarrativeForNoneAsTheOtherRulesTakeBlankTexts() {
    MilestoneUpdate blank = MilestoneUpdate.builder().from(update(true, true)).narrative("   ").build();
    ProgressReport rep = ProgressReport.builder().from(report("rep-1", DURING)).addMilestoneUpdate(blank).build();
    ValidationReport report = validate(exercise(plan().addProgressReport(rep).build()), AFTER);
    assertThat(outcome(report, "TRK-03")).isEqualTo(Outcome.FAIL);
    assertThat(arguments(report, "TRK-03")).containsExactly("m-1", "rep-1", "la narrativa");
  }

  @Test
  void trk03IsNotApplicableWithoutUpdates() {
    assertThat(outcome(validate(exercise(plan().build()), AFTER), "TRK-03")).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  // ------------------------------------------------------------------------------------------- TRK-04

  @Test
  void trk04FailsALateMilestoneRecordedInProgressAtItsStatus() {
    ValidationReport report = validate(exercise(planWith(milestone(MilestoneStatus.IN_PROGRESS).build())), DURING);
    assertThat(outcome(report, "TRK-04")).isEqualTo(Outcome.FAIL);
    assertThat(pointers(report, "TRK-04")).containsExactly("/plans/0/commitments/0/milestones/0/status");
    assertThat(arguments(report, "TRK-04")).containsExactly("Hito 1 (m-1)", "2016-01-31", "2016-03-01", "En proceso");
  }

  @Test
  void trk04FailsALateMilestoneWithoutStatusAtTheMilestone() {
    ValidationReport report = validate(exercise(planWith(milestone(null).build())), DURING);
    assertThat(pointers(report, "TRK-04")).containsExactly("/plans/0/commitments/0/milestones/0");
  }

  @Test
  void trk04PassesALateMilestoneFlaggedLateOrReportedLate() {
    assertThat(outcome(validate(exercise(planWith(milestone(MilestoneStatus.LATE).build())), DURING), "TRK-04"))
        .isEqualTo(Outcome.PASS);
    ProgressReport rep = ProgressReport.builder().from(report("rep-1", LocalDate.of(2016, 2, 15)))
        .addMilestoneUpdate(MilestoneUpdate.builder().milestoneId("m-1").status(MilestoneStatus.LATE).build())
        .build();
    LocalActionPlan plan = LocalActionPlan.builder().from(planWith(milestone(MilestoneStatus.IN_PROGRESS).build()))
        .addProgressReport(rep).build();
    assertThat(outcome(validate(exercise(plan), DURING), "TRK-04")).isEqualTo(Outcome.PASS);
  }

  @Test
  void trk04IsNotApplicableToCompletedOrNotYetDueMilestones() {
    Milestone done = milestone(MilestoneStatus.COMPLETED).build();
    assertThat(outcome(validate(exercise(planWith(done)), DURING), "TRK-04")).isEqualTo(Outcome.NOT_APPLICABLE);
    Milestone pending = milestone(MilestoneStatus.IN_PROGRESS).build();
    assertThat(outcome(validate(exercise(planWith(pending)), LocalDate.of(2016, 1, 15)), "TRK-04"))
        .isEqualTo(Outcome.NOT_APPLICABLE);
  }

  // ------------------------------------------------------------------------------------------- TRK-05

  @Test
  void trk05PassesResponsiblesWithTheirSides() {
    Milestone m = milestone(null).addResponsible(responsible("org-gov", ResponsibleSide.GOVERNMENT))
        .addResponsible(responsible("org-cso", ResponsibleSide.CIVIL_SOCIETY)).build();
    assertThat(outcome(validate(exercise(planWith(m)), DURING), "TRK-05")).isEqualTo(Outcome.PASS);
  }

  @Test
  void trk05FailsAResponsibleWithoutSideAtTheResponsible() {
    Milestone m = milestone(null).addResponsible(responsible("org-gov", ResponsibleSide.GOVERNMENT))
        .addResponsible(Responsible.builder().organizationId("org-cso").build()).build();
    ValidationReport report = validate(exercise(planWith(m)), DURING);
    assertThat(outcome(report, "TRK-05")).isEqualTo(Outcome.FAIL);
    assertThat(pointers(report, "TRK-05")).containsExactly("/plans/0/commitments/0/milestones/0/responsibles/1");
  }

  @Test
  void trk05FailsASideThatContradictsTheOrganisationsSector() {
    Milestone m = milestone(null).addResponsible(responsible("org-cso", ResponsibleSide.GOVERNMENT)).build();
    ValidationReport report = validate(exercise(planWith(m)), DURING);
    assertThat(pointers(report, "TRK-05")).containsExactly("/plans/0/commitments/0/milestones/0/responsibles/0/side");
    assertThat(keys(report, "TRK-05")).containsExactly("TRK-05.mismatch");
  }

  @Test
  void trk05IsNotApplicableWithoutResponsibles() {
    assertThat(outcome(validate(exercise(planWith(milestone(null).build())), DURING), "TRK-05"))
        .isEqualTo(Outcome.NOT_APPLICABLE);
  }

  // ------------------------------------------------------------------------------------------- TRK-06

  @Test
  void trk06PassesASessionWithCivilSocietyDuringThePeriod() {
    LocalExercise x = exercise(plan().build(), session("s-1", LocalDate.of(2016, 2, 10), "m-gov", "m-cso"));
    assertThat(outcome(validate(x, AFTER), "TRK-06")).isEqualTo(Outcome.PASS);
  }

  @Test
  void trk06FailsWhenNoSessionDuringThePeriodHadCivilSocietyPresent() {
    LocalExercise x = exercise(plan().build(),
        session("s-1", LocalDate.of(2016, 2, 10), "m-gov"),
        session("s-2", LocalDate.of(2015, 6, 10), "m-gov", "m-cso"),
        session("s-3", LocalDate.of(2016, 10, 10), "m-gov", "m-cso"));
    ValidationReport report = validate(x, AFTER);
    assertThat(outcome(report, "TRK-06")).isEqualTo(Outcome.FAIL);
    assertThat(pointers(report, "TRK-06")).containsExactly("/plans/0");
    assertThat(arguments(report, "TRK-06")).containsExactly("pal-dgo", "2015-09-01", "2016-08-31");
  }

  @Test
  void trk06DoesNotTakeAFacilitatorFromACsoForCivilSocietyPresent() {
    LocalExercise x = exercise(plan().build(), session("s-1", LocalDate.of(2016, 2, 10), "m-gov", "m-fac"));
    LocalTechnicalSecretariat stl = LocalTechnicalSecretariat.builder().from(x.stls().get(0))
        .addMembership(StlMembership.builder().id("m-fac").organizationId("org-cso").role(StlRole.FACILITATOR).build())
        .build();
    ValidationReport report = validate(LocalExercise.builder().from(x).stls(List.of(stl)).build(), AFTER);
    assertThat(outcome(report, "TRK-06")).isEqualTo(Outcome.FAIL);
  }

  @Test
  void trk06IsNotApplicableWhileThePeriodRuns() {
    LocalExercise x = exercise(plan().build(), session("s-1", LocalDate.of(2016, 2, 10), "m-gov"));
    assertThat(outcome(validate(x, DURING), "TRK-06")).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  // ------------------------------------------------------------------------------------------- messages

  @Test
  void everyMessageKeyExistsInBothLanguagesAndRendersWithoutPlaceholders() throws IOException {
    StlRulesTest.assertMessages("trk", Catalogue.family("TRK"));
  }

  // ------------------------------------------------------------------------------------------- fixtures

  static ValidationReport validate(LocalExercise x, LocalDate asOf) {
    return CocreaValidator.create(ValidatorOptions.builder().asOf(asOf).build()).validate(x);
  }

  private static LocalExercise exercise(LocalActionPlan plan, StlSession... sessions) {
    return LocalExercise.builder().id("mx-dgo")
        .addOrganization(Organization.builder().id("org-gov").sector(Sector.GOVERNMENT).build())
        .addOrganization(Organization.builder().id("org-cso").sector(Sector.CIVIL_SOCIETY).build())
        .addStl(LocalTechnicalSecretariat.builder().id("stl-dgo").installedOn(LocalDate.of(2015, 4, 10))
            .addMembership(StlMembership.builder().id("m-gov").organizationId("org-gov").build())
            .addMembership(StlMembership.builder().id("m-cso").organizationId("org-cso").build())
            .addSessions(sessions).build())
        .addPlan(plan).build();
  }

  static LocalActionPlan.Builder plan() {
    return LocalActionPlan.builder().id("pal-dgo").ordinal(1).status(PlanStatus.IN_IMPLEMENTATION)
        .periodStart(START).periodEnd(END).publishedOn(LocalDate.of(2015, 8, 25));
  }

  private static LocalActionPlan planWith(Milestone milestone) {
    return plan().addCommitment(Commitment.builder().id("c-1").addMilestone(milestone).build()).build();
  }

  private static Milestone.Builder milestone(MilestoneStatus status) {
    Milestone.Builder b = Milestone.builder().id("m-1").number(1).dueDate(LocalDate.of(2016, 1, 31));
    if (status != null) {
      b.status(status);
    }
    return b;
  }

  static ProgressReport report(String id, LocalDate published) {
    return ProgressReport.builder().id(id).periodFrom(START).periodTo(published).publishedOn(published).build();
  }

  private static MilestoneUpdate update(boolean narrative, boolean evidence) {
    MilestoneUpdate.Builder b = MilestoneUpdate.builder().milestoneId("m-1").status(MilestoneStatus.IN_PROGRESS);
    if (narrative) {
      b.narrative("Avance por retraso en la licitación");
    }
    if (evidence) {
      b.addEvidenceUrl("https://example.org/evidencia.pdf");
    }
    return b.build();
  }

  private static Responsible responsible(String org, ResponsibleSide side) {
    return Responsible.builder().organizationId(org).side(side).build();
  }

  private static StlSession session(String id, LocalDate date, String... present) {
    StlSession.Builder b = StlSession.builder().id(id).date(date);
    for (String m : present) {
      b.addAttendance(Attendance.builder().membershipId(m).present(true).build());
    }
    return b.build();
  }
}
