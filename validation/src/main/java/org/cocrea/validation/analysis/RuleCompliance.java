package org.cocrea.validation.analysis;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.cocrea.core.analysis.Rate;
import org.cocrea.validation.RuleFamily;
import org.cocrea.validation.Severity;

/**
 * How one rule fared across exercises: in how many it passed, failed, did not apply or could not be judged because
 * facts are not recorded, and over how many subjects (commitments, milestones, sessions…). Exercises and subjects
 * not recorded count in neither rate.
 *
 * <pre>{@code
 * for (RuleCompliance r : Compliance.byRule(corpus.reports())) {
 *   System.out.println(r.ruleId() + " " + r.exerciseRate());     // STL-03 3/5 (60.0 %)
 * }
 * }</pre>
 *
 * @param ruleId the rule's id, never null
 * @param severity the rule's severity in the first report that ran it, never null
 * @param exercisesPassed exercises where the rule's outcome is PASS
 * @param exercisesFailed exercises where the rule's outcome is FAIL
 * @param exercisesNotApplicable exercises where the rule did not apply
 * @param subjectsPassed subjects that passed, summed over exercises
 * @param subjectsFailed subjects that failed, summed over exercises
 * @param exercisesNotRecorded exercises where the rule's outcome is NOT_RECORDED
 * @param subjectsNotRecorded subjects the rule could not judge, summed over exercises
 * @since 0.1.0
 */
public record RuleCompliance(String ruleId, Severity severity, long exercisesPassed, long exercisesFailed,
    long exercisesNotApplicable, long subjectsPassed, long subjectsFailed, long exercisesNotRecorded,
    long subjectsNotRecorded) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public RuleCompliance {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
  }

  /**
   * A rule's compliance with nothing not recorded (results of tools that know no such outcome).
   *
   * <pre>{@code
   * RuleCompliance r = new RuleCompliance("STL-03", Severity.WARNING, 3, 2, 0, 40, 5);
   * }</pre>
   *
   * @param ruleId the rule's id, must not be null
   * @param severity the rule's severity, must not be null
   * @param exercisesPassed exercises where the rule's outcome is PASS
   * @param exercisesFailed exercises where the rule's outcome is FAIL
   * @param exercisesNotApplicable exercises where the rule did not apply
   * @param subjectsPassed subjects that passed
   * @param subjectsFailed subjects that failed
   * @throws NullPointerException if a component is null
   */
  public RuleCompliance(String ruleId, Severity severity, long exercisesPassed, long exercisesFailed,
      long exercisesNotApplicable, long subjectsPassed, long subjectsFailed) {
    this(ruleId, severity, exercisesPassed, exercisesFailed, exercisesNotApplicable, subjectsPassed, subjectsFailed,
        0, 0);
  }

  /**
   * The rule's family, from its id.
   *
   * @return the family, or empty for an id that names none
   */
  public Optional<RuleFamily> family() {
    int dash = ruleId.indexOf('-');
    if (dash <= 0) {
      return Optional.empty();
    }
    String code = ruleId.substring(0, dash);
    return Arrays.stream(RuleFamily.values()).filter(f -> f.name().equals(code)).findFirst();
  }

  /**
   * The compliance rate over exercises: exercises passed out of those where the rule applied.
   *
   * @return the rate, undefined when the rule applied nowhere
   */
  public Rate exerciseRate() {
    return new Rate(exercisesPassed, exercisesPassed + exercisesFailed);
  }

  /**
   * The compliance rate over subjects: subjects passed out of subjects checked.
   *
   * @return the rate, undefined when no subject was checked
   */
  public Rate subjectRate() {
    return new Rate(subjectsPassed, subjectsPassed + subjectsFailed);
  }
}
