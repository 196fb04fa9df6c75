package org.cocrea.validation.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cocrea.core.analysis.Rate;
import org.cocrea.validation.Outcome;
import org.cocrea.validation.RuleFamily;
import org.cocrea.validation.RuleResult;
import org.cocrea.validation.Severity;
import org.cocrea.validation.ValidationReport;
import org.cocrea.validation.ValidatorOptions;
import org.junit.jupiter.api.Test;

class ComplianceTest {

  private static final ValidationReport A = report("a",
      result("STL-01", Outcome.PASS, 1, 0, 0), result("STL-03", Outcome.FAIL, 0, 1, 0),
      result("MIL-01", Outcome.PASS, 4, 0, 0), result("EVA-01", Outcome.NOT_APPLICABLE, 0, 0, 1));
  private static final ValidationReport B = report("b",
      result("STL-01", Outcome.PASS, 1, 0, 0), result("STL-03", Outcome.PASS, 1, 0, 0),
      result("MIL-01", Outcome.FAIL, 2, 3, 0), result("EVA-01", Outcome.PASS, 1, 0, 0));
  private static final ValidationReport UNREADABLE = report("c");

  @Test
  void perRuleComplianceCountsExercisesAndSubjects() {
    List<RuleCompliance> rules = Compliance.byRule(List.of(A, B, UNREADABLE));

    assertThat(rules).extracting(RuleCompliance::ruleId).containsExactly("STL-01", "STL-03", "MIL-01", "EVA-01");
    RuleCompliance mil = rules.get(2);
    assertThat(mil.exercisesPassed()).isEqualTo(1);
    assertThat(mil.exercisesFailed()).isEqualTo(1);
    assertThat(mil.exerciseRate()).isEqualTo(new Rate(1, 2));
    assertThat(mil.subjectRate()).isEqualTo(new Rate(6, 9));
    assertThat(mil.family()).contains(RuleFamily.MIL);
    RuleCompliance eva = rules.get(3);
    assertThat(eva.exercisesNotApplicable()).isEqualTo(1);
    assertThat(eva.exerciseRate()).isEqualTo(new Rate(1, 1));
  }

  @Test
  void perFamilyComplianceCountsRuleOutcomesAndWholeExercises() {
    List<FamilyCompliance> families = Compliance.byFamily(List.of(A, B, UNREADABLE));

    assertThat(families).extracting(FamilyCompliance::family)
        .containsExactly(RuleFamily.STL, RuleFamily.MIL, RuleFamily.EVA);
    FamilyCompliance stl = families.get(0);
    assertThat(stl.ruleRate()).isEqualTo(new Rate(3, 4));      // STL-01 twice, STL-03 once of twice
    assertThat(stl.exerciseRate()).isEqualTo(new Rate(1, 2));  // a fails STL-03
    FamilyCompliance eva = families.get(2);
    assertThat(eva.exercisesNotApplicable()).isEqualTo(1);
    assertThat(eva.exerciseRate()).isEqualTo(new Rate(1, 1));
  }

  @Test
  void perExerciseFamilyCompliance() {
    Map<RuleFamily, Rate> a = Compliance.byFamily(A);

    assertThat(a).containsExactly(Map.entry(RuleFamily.STL, new Rate(1, 2)), Map.entry(RuleFamily.MIL, new Rate(1, 1)),
        Map.entry(RuleFamily.EVA, Rate.NONE));
    assertThat(Compliance.overall(A)).isEqualTo(new Rate(2, 3));
    assertThat(Compliance.byFamily(UNREADABLE)).isEmpty();
  }

  @Test
  void notRecordedIsNeitherPassNorFailAndDoesNotShiftTheOtherCounts() {
    ValidationReport partial = report("p",
        new RuleResult("STL-01", Severity.WARNING, Outcome.NOT_RECORDED, 0, 0, 0, 0, 1),
        new RuleResult("STL-03", Severity.WARNING, Outcome.NOT_RECORDED, 2, 2, 0, 0, 1),
        new RuleResult("MIL-01", Severity.WARNING, Outcome.FAIL, 1, 0, 1, 0, 3));

    List<RuleCompliance> rules = Compliance.byRule(List.of(A, partial));
    RuleCompliance stl03 = rules.get(1);
    assertThat(stl03.exercisesPassed()).isZero();
    assertThat(stl03.exercisesFailed()).isEqualTo(1);
    assertThat(stl03.subjectRate()).isEqualTo(new Rate(2, 3));
    RuleCompliance mil = rules.get(2);
    assertThat(mil.exerciseRate()).isEqualTo(new Rate(1, 2));
    assertThat(mil.subjectRate()).isEqualTo(new Rate(4, 5));
    FamilyCompliance stl = Compliance.byFamily(List.of(A, partial)).get(0);
    assertThat(stl.ruleRate()).isEqualTo(new Rate(1, 2));      // a's two; partial's two are not recorded
    assertThat(stl.exerciseRate()).isEqualTo(new Rate(0, 1));  // a fails; partial is undetermined, not counted
    assertThat(stl.rulesNotRecorded()).isEqualTo(2);
    assertThat(stl.exercisesNotRecorded()).isEqualTo(1);
    assertThat(stl03.exercisesNotRecorded()).isEqualTo(1);
    assertThat(stl03.subjectsNotRecorded()).isEqualTo(1);
    assertThat(mil.subjectsNotRecorded()).isEqualTo(3);
    assertThat(mil.exercisesNotRecorded()).isZero();
    assertThat(Compliance.byFamily(partial).get(RuleFamily.STL)).isEqualTo(Rate.NONE);
  }

  @Test
  void accumulatorGivesTheSameAnswersOneReportAtATime() {
    Compliance.Accumulator acc = Compliance.accumulator();
    acc.add(A).add(B).add(UNREADABLE);

    assertThat(acc.byRule()).isEqualTo(Compliance.byRule(List.of(A, B, UNREADABLE)));
    assertThat(acc.byFamily()).isEqualTo(Compliance.byFamily(List.of(A, B, UNREADABLE)));
  }

  private static RuleResult result(String id, Outcome outcome, int passed, int failed, int na) {
    return new RuleResult(id, Severity.WARNING, outcome, passed + failed, passed, failed, na);
  }

  private static ValidationReport report(String subject, RuleResult... results) {
    return ValidationReport.of(subject, ValidatorOptions.defaults(), List.of(), List.of(results));
  }
}
