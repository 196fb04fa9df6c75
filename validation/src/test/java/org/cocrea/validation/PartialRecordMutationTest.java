package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.cocrea.core.Commitment;
import org.cocrea.core.Completeness;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.PlanStatus;
import org.cocrea.core.RecordDeclaration;
import org.junit.jupiter.api.Test;

/**
 * In a PARTIAL record a fact that is absent is not recorded, not "none" (real-records.md §1): each rule below says
 * NOT_RECORDED for the subject, at the subject's pointer, naming the facts that would decide it, and reports no
 * finding. The same skeletons in a complete record fail instead. No test held these branches (docs/testing.md).
 */
class PartialRecordMutationTest {

  private static final String P0 = "/plans/0";
  private static final String C0 = "/plans/0/commitments/0";

  /** An installed STL with nothing recorded in it, and a published plan with nothing but its dates. */
  private static LocalExercise bareStlAndPlan() {
    return LocalExercise.builder().id("x")
        .addStl(LocalTechnicalSecretariat.builder().id("stl-1").installedOn(LocalDate.of(2015, 4, 10)).build())
        .addPlan(LocalActionPlan.builder().id("pal-1").ordinal(1).status(PlanStatus.PUBLISHED)
            .periodStart(LocalDate.of(2015, 9, 1)).periodEnd(LocalDate.of(2016, 8, 31))
            .publishedOn(LocalDate.of(2015, 8, 25)).build())
        .build();
  }

  /** A plan with one commitment that records only its id. */
  private static LocalExercise bareCommitment() {
    return LocalExercise.builder().id("x").addPlan(LocalActionPlan.builder().id("pal-1").ordinal(1)
        .addCommitment(Commitment.builder().id("c-1").build()).build()).build();
  }

  private static LocalExercise partial(LocalExercise x) {
    return LocalExercise.builder().from(x)
        .record(RecordDeclaration.builder().completeness(Completeness.PARTIAL).build()).build();
  }

  private static ValidationReport validate(LocalExercise x) {
    return CocreaValidator.create(ValidatorOptions.builder().profile(Profile.OGP_LOCAL)
        .asOf(LocalDate.of(2015, 12, 31)).build()).validate(x);
  }

  private static void assertNotRecorded(ValidationReport partial, ValidationReport complete, String rule,
      String pointer, String... facts) {
    assertThat(RuleAssert.result(partial, rule).outcome()).as(rule).isEqualTo(Outcome.NOT_RECORDED);
    assertThat(RuleAssert.findings(partial, rule)).as(rule).isEmpty();
    assertThat(partial.notRecorded()).filteredOn(n -> n.ruleId().equals(rule)).as(rule)
        .extracting(NotRecorded::pointer, NotRecorded::facts).containsExactly(tuple(pointer, List.of(facts)));
    assertThat(RuleAssert.result(complete, rule).outcome()).as(rule + " in a complete record").isEqualTo(Outcome.FAIL);
  }

  @Test
  void stlPlanAndExerciseFactsAbsentFromAPartialRecordAreNotRecorded() {
    ValidationReport partial = validate(partial(bareStlAndPlan()));
    ValidationReport complete = validate(bareStlAndPlan());
    assertNotRecorded(partial, complete, "PAL-01", P0, P0 + "/commitments");
    assertNotRecorded(partial, complete, "PAL-02", P0, P0 + "/commitments");
    assertNotRecorded(partial, complete, "PAL-04", P0, P0 + "/sections");
    assertNotRecorded(partial, complete, "PAL-06", P0, P0 + "/crossCuttingReview");
    assertNotRecorded(partial, complete, "STL-05", "/stls/0", "/stls/0/rules");
    assertNotRecorded(partial, complete, "CO-01", P0, P0 + "/coCreation/tables");
    assertNotRecorded(partial, complete, "CO-07", P0, P0 + "/approvedByResolutionId");
    assertNotRecorded(partial, complete, "TRN-01", "", "/websiteUrl");
    assertNotRecorded(partial, complete, "TRN-02", "", "/repository");
    assertNotRecorded(partial, complete, "EXE-03", "", "/accompaniments");
  }

  @Test
  void commitmentFactsAbsentFromAPartialRecordAreNotRecorded() {
    ValidationReport partial = validate(partial(bareCommitment()));
    ValidationReport complete = validate(bareCommitment());
    assertNotRecorded(partial, complete, "IND-01", C0, C0 + "/indicators");
    assertNotRecorded(partial, complete, "COM-07", C0, C0 + "/milestones");
    assertNotRecorded(partial, complete, "COM-11", C0, C0 + "/budget");
    assertNotRecorded(partial, complete, "COM-13", C0, C0 + "/originProposalIds");
    assertNotRecorded(partial, complete, "PAL-07", P0 + "/commitments", P0 + "/commitments",
        C0 + "/sdgTargets");
  }
}
