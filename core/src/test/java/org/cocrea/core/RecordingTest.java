package org.cocrea.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The completeness resolver: the narrowest declaration wins, nothing declared is complete, stated counts. */
class RecordingTest {

  private static Commitment commitment(String id, Milestone... milestones) {
    return Commitment.builder().id(id).addMilestones(milestones).build();
  }

  private static LocalExercise exercise(RecordDeclaration record, LocalActionPlan plan) {
    LocalExercise.Builder b = LocalExercise.builder().id("x").addPlans(plan);
    if (record != null) {
      b.record(record);
    }
    return b.build();
  }

  @Test
  void nothingDeclaredIsComplete() {
    Milestone m = Milestone.builder().id("m").build();
    Commitment c = commitment("c", m);
    LocalActionPlan plan = LocalActionPlan.builder().id("p").addCommitments(c).build();
    LocalExercise e = exercise(null, plan);
    Recording r = Recording.of(e);

    assertThat(r.completeness(e)).isEqualTo(Completeness.COMPLETE);
    assertThat(r.completeness(m)).isEqualTo(Completeness.COMPLETE);
    assertThat(r.completeness(c, "milestones")).isEqualTo(Completeness.COMPLETE);
    assertThat(Recording.of(e, plan, "commitments")).isEqualTo(Completeness.COMPLETE);
  }

  @Test
  void theRecordsDeclarationReachesEveryPartThatDeclaresNothing() {
    Milestone m = Milestone.builder().id("m").build();
    Commitment c = commitment("c", m);
    LocalActionPlan plan = LocalActionPlan.builder().id("p").addCommitments(c).build();
    LocalExercise e = exercise(RecordDeclaration.builder().completeness(Completeness.PARTIAL).build(), plan);
    Recording r = Recording.of(e);

    assertThat(r.completeness(e)).isEqualTo(Completeness.PARTIAL);
    assertThat(r.completeness(m)).isEqualTo(Completeness.PARTIAL);
    assertThat(r.completeness(c, "milestones")).isEqualTo(Completeness.PARTIAL);
    assertThat(r.completeness(c, "title")).isEqualTo(Completeness.PARTIAL);
  }

  @Test
  void theNarrowestDeclarationWins() {
    Milestone listed = Milestone.builder().id("m1").build();
    Milestone complete = Milestone.builder().id("m2").completeness(Completeness.COMPLETE).build();
    Commitment partialMilestones = Commitment.builder().id("c1").addMilestones(listed, complete)
        .putPartCompleteness("milestones", Completeness.PARTIAL).build();
    Commitment partialItself = Commitment.builder().id("c2").completeness(Completeness.PARTIAL)
        .putPartCompleteness("indicators", Completeness.COMPLETE).build();
    LocalActionPlan plan = LocalActionPlan.builder().id("p").addCommitments(partialMilestones, partialItself)
        .completeness(Completeness.COMPLETE).build();
    LocalExercise e = exercise(RecordDeclaration.builder().completeness(Completeness.PARTIAL).build(), plan);
    Recording r = Recording.of(e);

    assertThat(r.completeness(plan)).as("the plan over the record").isEqualTo(Completeness.COMPLETE);
    assertThat(r.completeness(plan, "commitments")).isEqualTo(Completeness.COMPLETE);
    assertThat(r.completeness(partialMilestones)).as("inherits the plan's").isEqualTo(Completeness.COMPLETE);
    assertThat(r.completeness(partialMilestones, "milestones")).as("the list over its owner")
        .isEqualTo(Completeness.PARTIAL);
    assertThat(r.completeness(listed)).as("the list's declaration reaches its items").isEqualTo(Completeness.PARTIAL);
    assertThat(r.completeness(complete)).as("the element over its list").isEqualTo(Completeness.COMPLETE);
    assertThat(r.completeness(partialItself, "milestones")).isEqualTo(Completeness.PARTIAL);
    assertThat(r.completeness(partialItself, "indicators")).isEqualTo(Completeness.COMPLETE);
  }

  @Test
  void aStatedCountAboveTheItemsListedMakesTheListPartial() {
    Commitment c = commitment("c", Milestone.builder().id("m").build());
    StatedCount twelve = StatedCount.builder().of("commitments").count(12).text("12 compromisos").build();
    StatedCount one = StatedCount.builder().of("commitments").count(1).build();
    LocalActionPlan plan = LocalActionPlan.builder().id("p").addCommitments(c).addStatedCounts(twelve)
        .putPartCompleteness("commitments", Completeness.COMPLETE).build();
    LocalActionPlan matching = LocalActionPlan.builder().id("q").addCommitments(c).addStatedCounts(one).build();
    LocalExercise e = LocalExercise.builder().id("x").addPlans(plan, matching).build();
    Recording r = Recording.of(e);

    assertThat(r.completeness(plan, "commitments")).isEqualTo(Completeness.PARTIAL);
    assertThat(r.completeness(plan, "progressReports")).isEqualTo(Completeness.COMPLETE);
    assertThat(r.completeness(matching, "commitments")).isEqualTo(Completeness.COMPLETE);
  }

  @Test
  void pointersNameElementsListsAndValues() {
    Milestone m = Milestone.builder().id("m").completeness(Completeness.COMPLETE).build();
    Commitment c = Commitment.builder().id("c").addMilestones(m).putPartCompleteness("milestones",
        Completeness.PARTIAL).budget(Budget.builder().completeness(Completeness.COMPLETE).build()).build();
    LocalActionPlan plan = LocalActionPlan.builder().id("p").addCommitments(c).build();
    LocalExercise e = exercise(RecordDeclaration.builder().completeness(Completeness.PARTIAL).build(), plan);
    Recording r = Recording.of(e);

    assertThat(r.at("")).isEqualTo(Completeness.PARTIAL);
    assertThat(r.at("/plans/0/commitments/0/milestones")).isEqualTo(Completeness.PARTIAL);
    assertThat(r.at("/plans/0/commitments/0/milestones/0")).isEqualTo(Completeness.COMPLETE);
    assertThat(r.at("/plans/0/commitments/0/milestones/0/dueDate")).isEqualTo(Completeness.COMPLETE);
    assertThat(r.at("/plans/0/commitments/0/budget")).isEqualTo(Completeness.COMPLETE);
    assertThat(r.at("/plans/0/commitments/0/budget/amount")).isEqualTo(Completeness.COMPLETE);
    assertThat(r.at("/plans/0/commitments/0/title")).isEqualTo(Completeness.PARTIAL);
    assertThatThrownBy(() -> r.at("/plans/3")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> r.at("/nothing")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> r.at("plans")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesElementsOfOtherExercisesAndUnknownProperties() {
    Commitment c = commitment("c");
    LocalExercise e = exercise(null, LocalActionPlan.builder().id("p").addCommitments(c).build());
    Recording r = Recording.of(e);

    assertThatThrownBy(() -> r.completeness(commitment("other"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> r.completeness(c, "nothing")).isInstanceOf(IllegalArgumentException.class);
  }
}
