package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
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

  private static Subjects subjects() {
    return new Subjects(RULE, Severity.ERROR, Locale.ENGLISH);
  }
}
