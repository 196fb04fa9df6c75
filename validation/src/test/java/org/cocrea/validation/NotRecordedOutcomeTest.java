package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.cocrea.core.LocalExercise;
import org.cocrea.validation.rules.Subjects;
import org.junit.jupiter.api.Test;

/** The fourth outcome: how subjects not recorded count and how they make a rule's outcome. */
class NotRecordedOutcomeTest {

  private static final Rule RULE = Rule.define("MIL-01").error().source("[S:KIT3]").check((c, s) -> { });

  @Test
  void oneFailureSettlesTheRuleWhateverIsNotRecorded() {
    Subjects s = subjects();
    s.pass("/commitments/0");
    s.notRecorded("/commitments/1", "/commitments/1/milestones");
    s.fail("/commitments/2", "x");

    RuleResult r = s.result();
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.passed()).isEqualTo(1);
    assertThat(r.failed()).isEqualTo(1);
    assertThat(r.notRecorded()).isEqualTo(1);
    assertThat(r.applied()).isEqualTo(2);
  }

  @Test
  void passingSubjectsBesideUnrecordedOnesDoNotMakeThePass() {
    Subjects s = subjects();
    s.pass("/commitments/0");
    s.pass("/commitments/1");
    s.notRecorded("/commitments/2", "/commitments/2/milestones", "/commitments/2/endDate");
    s.notApplicable("/commitments/3");

    RuleResult r = s.result();
    assertThat(r.outcome()).isEqualTo(Outcome.NOT_RECORDED);
    assertThat(r.passed()).isEqualTo(2);
    assertThat(r.notRecorded()).isEqualTo(1);
    assertThat(r.notApplicable()).isEqualTo(1);
    assertThat(s.findings()).isEmpty();
    assertThat(s.notRecordedSubjects()).containsExactly(new NotRecorded("MIL-01", Severity.ERROR, "/commitments/2",
        List.of("/commitments/2/milestones", "/commitments/2/endDate")));
  }

  @Test
  void aSubjectWithNoNarrowerFactNamesItself() {
    Subjects s = subjects();
    s.notRecorded("/stl");

    assertThat(s.notRecordedSubjects().get(0).facts()).containsExactly("/stl");
  }

  @Test
  void outcomeOrderIsFailThenNotRecordedThenPassThenNotApplicable() {
    assertThat(RuleResult.outcomeOf(0, 0, 0)).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(RuleResult.outcomeOf(3, 0, 0)).isEqualTo(Outcome.PASS);
    assertThat(RuleResult.outcomeOf(0, 0, 2)).isEqualTo(Outcome.NOT_RECORDED);
    assertThat(RuleResult.outcomeOf(3, 0, 2)).isEqualTo(Outcome.NOT_RECORDED);
    assertThat(RuleResult.outcomeOf(3, 1, 2)).isEqualTo(Outcome.FAIL);
  }

  @Test
  void labelsInBothLanguages() {
    assertThat(Outcome.NOT_RECORDED.labelEs()).isEqualTo("No registrado");
    assertThat(Outcome.NOT_RECORDED.labelEn()).isEqualTo("Not recorded");
  }

  @Test
  void countsAreChecked() {
    assertThatThrownBy(() -> new RuleResult("MIL-01", Severity.ERROR, Outcome.PASS, 1, 1, 0, 0, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new RuleResult("MIL-01", Severity.ERROR, Outcome.PASS, 1, 1, 0, 0).notRecorded()).isZero();
    assertThatThrownBy(() -> new NotRecorded("MIL-01", Severity.ERROR, "", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static final Rule UNKNOWN_ERROR = Rule.define("MIL-01").error().source("[S:KIT3]")
      .check((c, s) -> s.notRecorded("/plans/0/commitments/1", "/plans/0/commitments/1/milestones"));
  private static final Rule UNKNOWN_WARNING = Rule.define("COM-04").warning().source("[S:KIT3]")
      .check((c, s) -> s.notRecorded("/plans/0/commitments/0"));
  private static final Rule FAILING_ERROR = Rule.define("COM-01").error().source("[S:KIT3]")
      .check((c, s) -> s.fail("/plans/0", "x"));

  private static ValidationReport validate(Rule... rules) {
    LocalExercise exercise = LocalExercise.builder().id("mx-test").build();
    return CocreaValidator.create(ValidatorOptions.builder().locale(Locale.ENGLISH).build(), List.of(rules))
        .validate(exercise);
  }

  @Test
  void anErrorRuleThatCannotJudgeMakesTheVerdictUndeterminedAndListsTheFacts() {
    ValidationReport report = validate(UNKNOWN_ERROR, UNKNOWN_WARNING);

    assertThat(report.conforms()).isTrue();
    assertThat(report.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(report.notRecorded()).extracting(NotRecorded::ruleId).containsExactly("COM-04", "MIL-01");
    assertThat(report.undecided()).singleElement()
        .satisfies(n -> assertThat(n.facts()).containsExactly("/plans/0/commitments/1/milestones"));
    assertThat(report.result("MIL-01").orElseThrow().outcome()).isEqualTo(Outcome.NOT_RECORDED);
    assertThat(report.countsByOutcome()).containsEntry(Outcome.NOT_RECORDED, 2);
    assertThat(report.toString()).contains("undetermined").contains("not recorded")
        .contains("rules the record cannot decide: MIL-01");
  }

  @Test
  void aWarningRuleThatCannotJudgeLeavesTheVerdictAlone() {
    ValidationReport report = validate(UNKNOWN_WARNING);

    assertThat(report.verdict()).isEqualTo(Verdict.CONFORMS);
    assertThat(report.notRecorded()).hasSize(1);
    assertThat(report.undecided()).isEmpty();
  }

  @Test
  void anErrorFindingDecidesWhateverIsNotRecorded() {
    ValidationReport report = validate(UNKNOWN_ERROR, FAILING_ERROR);

    assertThat(report.verdict()).isEqualTo(Verdict.DOES_NOT_CONFORM);
    assertThat(report.withFindings(List.of()).notRecorded()).hasSize(1);
  }

  @Test
  void verdictsCombineWorstFirst() {
    assertThat(Verdict.CONFORMS.and(Verdict.UNDETERMINED)).isEqualTo(Verdict.UNDETERMINED);
    assertThat(Verdict.UNDETERMINED.and(Verdict.DOES_NOT_CONFORM)).isEqualTo(Verdict.DOES_NOT_CONFORM);
    assertThat(Verdict.CONFORMS.and(Verdict.CONFORMS)).isEqualTo(Verdict.CONFORMS);
    assertThat(Verdict.UNDETERMINED.label(Locale.forLanguageTag("es-MX"))).isEqualTo("No determinable");
    assertThat(Verdict.DOES_NOT_CONFORM.label(Locale.ENGLISH)).isEqualTo("Does not conform");
  }

  private static Subjects subjects() {
    return new Subjects(RULE, Severity.ERROR, Locale.ENGLISH);
  }
}
