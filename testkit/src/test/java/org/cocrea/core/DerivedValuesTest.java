package org.cocrea.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.cocrea.testkit.RandomExercises;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The model's derived values: lateness, milestone status as of a date, progress, high completion and stars. */
class DerivedValuesTest {

  private static final LocalDate DUE = LocalDate.of(2016, 2, 29);

  private static Milestone.Builder milestone() {
    return Milestone.builder().id("m-1").dueDate(DUE);
  }

  // ---------------------------------------------------------------- Milestone.isLate / statusAsOf

  @Test
  void milestoneDueTodayIsNotLate() {
    Milestone m = milestone().status(MilestoneStatus.IN_PROGRESS).build();
    assertThat(m.isLate(DUE)).isFalse();
    assertThat(m.statusAsOf(DUE)).isEqualTo(MilestoneStatus.IN_PROGRESS);
  }

  @Test
  void milestonePastDueAndNotCompletedIsLate() {
    Milestone m = milestone().status(MilestoneStatus.IN_PROGRESS).build();
    assertThat(m.isLate(DUE.plusDays(1))).isTrue();
    assertThat(m.statusAsOf(DUE.plusDays(1))).isEqualTo(MilestoneStatus.LATE);
  }

  @Test
  void milestoneWithNothingRecordedIsNotStartedUntilDueThenLate() {
    Milestone m = milestone().build();
    assertThat(m.statusAsOf(DUE.minusDays(10))).isEqualTo(MilestoneStatus.NOT_STARTED);
    assertThat(m.statusAsOf(DUE.plusDays(10))).isEqualTo(MilestoneStatus.LATE);
  }

  @Test
  void milestoneCompletedLateIsNoLongerLateOnceCompleted() {
    LocalDate completed = DUE.plusDays(20);
    Milestone m = milestone().completedOn(completed).build();
    assertThat(m.isLate(DUE.plusDays(10))).as("before completion").isTrue();
    assertThat(m.statusAsOf(DUE.plusDays(10))).isEqualTo(MilestoneStatus.LATE);
    assertThat(m.isLate(completed)).as("on the day of completion").isFalse();
    assertThat(m.statusAsOf(completed)).isEqualTo(MilestoneStatus.COMPLETED);
    assertThat(m.isLate(completed.plusDays(30))).isFalse();
  }

  @Test
  void milestoneRecordedCompletedWithoutDateIsNeverLate() {
    Milestone m = milestone().status(MilestoneStatus.COMPLETED).build();
    assertThat(m.isLate(DUE.plusYears(1))).isFalse();
    assertThat(m.statusAsOf(DUE.plusYears(1))).isEqualTo(MilestoneStatus.COMPLETED);
  }

  @Test
  void milestoneCompletedBeforeItsDueDateIsCompletedFromThatDay() {
    Milestone m = milestone().completedOn(DUE.minusDays(5)).build();
    assertThat(m.statusAsOf(DUE.minusDays(6))).isEqualTo(MilestoneStatus.NOT_STARTED);
    assertThat(m.statusAsOf(DUE.minusDays(5))).isEqualTo(MilestoneStatus.COMPLETED);
  }

  @Test
  void milestoneWithoutDueDateIsNeverLate() {
    Milestone m = Milestone.builder().id("m-1").status(MilestoneStatus.IN_PROGRESS).build();
    assertThat(m.isLate(LocalDate.of(2099, 1, 1))).isFalse();
    assertThat(m.statusAsOf(LocalDate.of(2099, 1, 1))).isEqualTo(MilestoneStatus.IN_PROGRESS);
  }

  @Test
  void recordedLateStatusIsReadAsInProgressWhenNotActuallyLate() {
    Milestone m = milestone().status(MilestoneStatus.LATE).build();
    assertThat(m.statusAsOf(DUE.minusDays(1))).isEqualTo(MilestoneStatus.IN_PROGRESS);
    assertThat(m.statusAsOf(DUE.plusDays(1))).isEqualTo(MilestoneStatus.LATE);
  }

  @Test
  void lateMilestonesAreLateForEveryLaterDate() {
    RandomExercises.stream(300, 20).forEach(e -> {
      LocalDate asOf = RandomExercises.asOf(e).orElseThrow();
      e.plans().forEach(p -> p.commitments().forEach(c -> c.milestones().forEach(m -> {
        if (m.isLate(asOf) && m.completedOn().isEmpty()) {
          assertThat(m.isLate(asOf.plusDays(400))).isTrue();
          assertThat(m.statusAsOf(asOf)).isEqualTo(MilestoneStatus.LATE);
        }
        assertThat(m.isLate(asOf)).isEqualTo(m.statusAsOf(asOf) == MilestoneStatus.LATE);
      })));
    });
  }

  @Test
  void isLateRejectsNullDate() {
    assertThatThrownBy(() -> milestone().build().isLate(null)).isInstanceOf(NullPointerException.class);
  }

  // ---------------------------------------------------------------- Commitment.progress

  @Test
  void progressIsEmptyWithoutMilestones() {
    assertThat(Commitment.builder().id("c-1").build().progress()).isEmpty();
  }

  @Test
  void progressCountsUnweightedMilestonesEqually() {
    Commitment c = Commitment.builder().id("c-1")
        .addMilestone(Milestone.builder().id("m-1").status(MilestoneStatus.COMPLETED).build())
        .addMilestone(Milestone.builder().id("m-2").completedOn(DUE).build())
        .addMilestone(Milestone.builder().id("m-3").status(MilestoneStatus.IN_PROGRESS).build())
        .build();
    assertThat(c.progress()).contains(new BigDecimal("66.7"));
  }

  @Test
  void progressUsesWeightsWhenPresent() {
    Commitment c = Commitment.builder().id("c-1")
        .addMilestone(Milestone.builder().id("m-1").weight(new BigDecimal("20")).build())
        .addMilestone(Milestone.builder().id("m-2").weight(new BigDecimal("30")).build())
        .addMilestone(Milestone.builder().id("m-3").weight(new BigDecimal("50"))
            .status(MilestoneStatus.COMPLETED).build())
        .build();
    assertThat(c.progress()).contains(new BigDecimal("50.0"));
  }

  @Test
  void progressCountsAnUnweightedMilestoneAsZeroAmongWeightedOnes() {
    Commitment c = Commitment.builder().id("c-1")
        .addMilestone(Milestone.builder().id("m-1").weight(new BigDecimal("40")).build())
        .addMilestone(Milestone.builder().id("m-2").status(MilestoneStatus.COMPLETED).build())
        .build();
    assertThat(c.progress()).contains(new BigDecimal("0.0"));
  }

  @Test
  void progressIsEmptyWhenWeightsSumToZero() {
    Commitment c = Commitment.builder().id("c-1")
        .addMilestone(Milestone.builder().id("m-1").weight(BigDecimal.ZERO).status(MilestoneStatus.COMPLETED).build())
        .build();
    assertThat(c.progress()).isEmpty();
  }

  @Test
  void progressOfAllCompletedIsOneHundred() {
    Commitment c = Commitment.builder().id("c-1")
        .addMilestone(Milestone.builder().id("m-1").weight(new BigDecimal("33.3")).completedOn(DUE).build())
        .addMilestone(Milestone.builder().id("m-2").weight(new BigDecimal("66.7")).completedOn(DUE).build())
        .build();
    assertThat(c.progress()).contains(new BigDecimal("100.0"));
  }

  @Test
  void progressStaysBetweenZeroAndOneHundredOnGeneratedCommitments() {
    RandomExercises.stream(500, 20).forEach(e -> e.plans().forEach(p -> p.commitments().forEach(c ->
        assertThat(c.progress()).hasValueSatisfying(v -> assertThat(v).isBetween(BigDecimal.ZERO,
            new BigDecimal("100.0"))))));
  }

  // ---------------------------------------------------------------- CommitmentAssessment

  @ParameterizedTest
  @EnumSource(Completion.class)
  void highCompletionMeansSubstantialOrComplete(Completion completion) {
    CommitmentAssessment a = CommitmentAssessment.builder().completion(completion).build();
    assertThat(a.highCompletion()).isEqualTo(completion == Completion.SUBSTANTIAL
        || completion == Completion.COMPLETE);
  }

  @Test
  void highCompletionIsFalseWhenNotRecorded() {
    assertThat(CommitmentAssessment.builder().build().highCompletion()).isFalse();
  }

  private static CommitmentAssessment.Builder starCandidate() {
    return CommitmentAssessment.builder().commitmentId("c-1").specificity(Specificity.HIGH).openGovLens(true)
        .potentialImpact(PotentialImpact.TRANSFORMATIVE).completion(Completion.COMPLETE);
  }

  @Test
  void transformativeVerifiableRelevantCompleteCommitmentIsStarredUnderBothRules() {
    assertThat(starCandidate().build().isStarred(false)).isTrue();
    assertThat(starCandidate().build().isStarred(true)).isTrue();
  }

  @Test
  void moderateImpactIsStarredOnlyUnderPreRaiseRules() {
    CommitmentAssessment a = starCandidate().potentialImpact(PotentialImpact.MODERATE).build();
    assertThat(a.isStarred(true)).isTrue();
    assertThat(a.isStarred(false)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"NONE,false", "LOW,false", "MEDIUM,true", "HIGH,true"})
  void specificityDecidesVerifiabilityAndOverridesTheFlag(Specificity specificity, boolean starred) {
    CommitmentAssessment a = starCandidate().specificity(specificity).verifiable(true).build();
    assertThat(a.isStarred(false)).isEqualTo(starred);
  }

  @Test
  void verifiableFlagCountsWhenSpecificityIsNotRecorded() {
    CommitmentAssessment.Builder b = CommitmentAssessment.builder().openGovLens(true)
        .potentialImpact(PotentialImpact.TRANSFORMATIVE).completion(Completion.SUBSTANTIAL);
    assertThat(b.verifiable(true).build().isStarred(false)).isTrue();
    assertThat(b.verifiable(false).build().isStarred(false)).isFalse();
  }

  @Test
  void starRequiresLensImpactAndHighCompletion() {
    assertThat(starCandidate().openGovLens(false).build().isStarred(true)).isFalse();
    assertThat(CommitmentAssessment.builder().from(starCandidate().build()).openGovLens(java.util.Optional.empty())
        .build().isStarred(true)).isFalse();
    assertThat(starCandidate().potentialImpact(PotentialImpact.MINOR).build().isStarred(true)).isFalse();
    assertThat(starCandidate().completion(Completion.LIMITED).build().isStarred(true)).isFalse();
    assertThat(starCandidate().completion(Completion.WITHDRAWN).build().isStarred(true)).isFalse();
  }

  // ---------------------------------------------------------------- Step

  @Test
  void stepsAreNumberedOneToSix() {
    assertThat(Step.values()).extracting(Step::number).containsExactly(1, 2, 3, 4, 5, 6);
  }

  @Test
  void stepReachedFollowsTheArtefactsRecorded() {
    LocalExercise.Builder b = LocalExercise.builder().id("mx-dur-2015")
        .addDeclaration(JointDeclaration.builder().id("decl-1").signedOn(LocalDate.of(2015, 3, 9)).build());
    assertThat(Step.reachedBy(b.build())).isEqualTo(Step.S1_START);

    b.addAwarenessEvent(AwarenessEvent.builder().id("ev-1").build());
    assertThat(Step.reachedBy(b.build())).isEqualTo(Step.S2_AWARENESS);

    b.addStl(LocalTechnicalSecretariat.builder().id("stl-0").build());
    assertThat(Step.reachedBy(b.build())).as("an STL without installation date").isEqualTo(Step.S2_AWARENESS);
    b.addStl(LocalTechnicalSecretariat.builder().id("stl-1").installedOn(LocalDate.of(2015, 4, 10)).build());
    assertThat(Step.reachedBy(b.build())).isEqualTo(Step.S3_STL_INTEGRATION);

    LocalActionPlan.Builder plan = LocalActionPlan.builder().id("pal-1")
        .coCreation(CoCreationProcess.builder().build());
    assertThat(Step.reachedBy(withPlan(b.build(), plan.build()))).as("co-creation without tables")
        .isEqualTo(Step.S3_STL_INTEGRATION);
    plan.coCreation(CoCreationProcess.builder().addTable(ParticipatoryTable.builder().id("t-1").build()).build());
    assertThat(Step.reachedBy(withPlan(b.build(), plan.build()))).isEqualTo(Step.S4_PARTICIPATORY_TABLES);

    plan.approvedOn(LocalDate.of(2015, 8, 20));
    assertThat(Step.reachedBy(withPlan(b.build(), plan.build()))).as("approved but not published")
        .isEqualTo(Step.S4_PARTICIPATORY_TABLES);
    plan.publishedOn(LocalDate.of(2015, 8, 25));
    assertThat(Step.reachedBy(withPlan(b.build(), plan.build()))).isEqualTo(Step.S5_PAL_LAUNCH_IMPLEMENTATION);

    LocalActionPlan withReport = LocalActionPlan.builder().from(plan.build())
        .addProgressReport(ProgressReport.builder().id("rep-1").build()).build();
    assertThat(Step.reachedBy(withPlan(b.build(), withReport))).isEqualTo(Step.S6_MONITORING_EVALUATION);
    LocalActionPlan withEvaluation = LocalActionPlan.builder().id("pal-2")
        .addEvaluation(Evaluation.builder().id("eva-1").build()).build();
    assertThat(withPlan(b.build(), withEvaluation).stepReached()).isEqualTo(Step.S6_MONITORING_EVALUATION);
  }

  private static LocalExercise withPlan(LocalExercise e, LocalActionPlan plan) {
    return LocalExercise.builder().from(e).plans(java.util.List.of(plan)).build();
  }

  @Test
  void emptyExerciseIsAtTheStart() {
    assertThat(LocalExercise.builder().id("x").build().stepReached()).isEqualTo(Step.S1_START);
  }

  @Test
  void reachedByRejectsNull() {
    assertThatThrownBy(() -> Step.reachedBy(null)).isInstanceOf(NullPointerException.class);
  }
}
