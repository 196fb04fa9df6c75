package org.cocrea.examples.verdicts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cocrea.core.Commitment;
import org.cocrea.core.Completeness;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.RecordDeclaration;
import org.cocrea.serialization.PalReader;
import org.cocrea.validation.AssessmentComparison;
import org.cocrea.validation.AssessmentComparison.Agreement;
import org.cocrea.validation.CocreaValidator;
import org.cocrea.validation.Finding;
import org.cocrea.validation.RuleResult;
import org.cocrea.validation.ValidationReport;
import org.cocrea.validation.ValidatorOptions;
import org.junit.jupiter.api.Test;

/**
 * Independent assessments as evidence (real-records.md §5, EVA-09) on Veracruz 2016, the example whose evaluations
 * rate every commitment (verifiable, relevant, completion). As recorded, Cocrea agrees with them; with every milestone
 * deleted, a COMPLETE record says the commitments have none (COM-07 fails, and EVA-09 reports each "verifiable" the
 * assessments gave as a disagreement), and a PARTIAL record merely does not know (no disagreement: not recorded).
 */
class AssessmentEvidenceTest {

  private static final Path VERACRUZ = Path.of("pal", "mx-ver-2016.json");
  private static final CocreaValidator VALIDATOR =
      CocreaValidator.create(ValidatorOptions.builder().asOf(LocalDate.of(2026, 11, 25)).build());

  private static LocalExercise veracruz() {
    return PalReader.create().read(VERACRUZ).exercise().orElseThrow();
  }

  private static LocalExercise withoutMilestones(LocalExercise x) {
    return LocalExercise.builder().from(x).plans(x.plans().stream()
        .map(p -> LocalActionPlan.builder().from(p).commitments(p.commitments().stream()
            .map(c -> Commitment.builder().from(c).milestones(List.of()).build()).toList()).build())
        .toList()).build();
  }

  @Test
  void asRecordedCocreaAgreesWithEveryJudgementOfVeracruzsEvaluations() {
    List<AssessmentComparison> all = VALIDATOR.compareAssessments(veracruz());
    assertThat(all).hasSizeGreaterThanOrEqualTo(18);   // 6 commitments: verifiable, relevance, completion
    assertThat(all).extracting(AssessmentComparison::agreement).containsOnly(Agreement.AGREE);
    assertThat(VALIDATOR.validate(veracruz()).findings()).extracting(Finding::ruleId).doesNotContain("EVA-09");
  }

  @Test
  void milestonesRecordedAsNoneDisagreeWithVerifiableAndNotRecordedOnesDoNot() {
    LocalExercise stripped = withoutMilestones(veracruz());
    ValidationReport complete = VALIDATOR.validate(stripped);
    List<Finding> disagreements = complete.findings("EVA-09");
    assertThat(disagreements).isNotEmpty().allSatisfy(f -> {
      assertThat(f.pointer()).endsWith("/verifiable");
      assertThat(f.message()).contains("considera verificable").contains("COM-07");
    });
    assertThat(disagreements).hasSize(complete.findings("COM-07").size() * 2);   // design and results evaluations

    ValidationReport partial = VALIDATOR.validate(LocalExercise.builder().from(stripped)
        .record(RecordDeclaration.builder().completeness(Completeness.PARTIAL).build()).build());
    RuleResult eva09 = partial.result("EVA-09").orElseThrow();
    assertThat(eva09.failed()).isZero();
    assertThat(eva09.notRecorded()).isGreaterThanOrEqualTo(disagreements.size());   // and the completions
    assertThat(partial.findings("EVA-09")).isEmpty();
  }
}
