package org.cocrea.validation.analysis;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.cocrea.core.analysis.Rate;
import org.cocrea.validation.RuleFamily;
import org.cocrea.validation.Severity;

/**
 * How one rule fared across exercises: in how many it passed, failed or did not apply, and over how many subjects
 * (commitments, milestones, sessions…).
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
 * @since 0.1.0
 */
public record RuleCompliance(String ruleId, Severity severity, long exercisesPassed, long exercisesFailed,
    long exercisesNotApplicable, long subjectsPassed, long subjectsFailed) {

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
