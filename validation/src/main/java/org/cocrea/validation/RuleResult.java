package org.cocrea.validation;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * How one rule fared on one exercise: its overall outcome and how many subjects (commitments, milestones, sessions…)
 * it was applied to, passed, failed, or found not applicable.
 *
 * @param ruleId the rule's id, never null
 * @param severity the rule's severity in the profile used, never null
 * @param outcome FAIL when any subject failed, PASS when some passed and none failed, NOT_APPLICABLE otherwise
 * @param applied subjects checked (passed plus failed)
 * @param passed subjects that passed
 * @param failed subjects that failed
 * @param notApplicable subjects the rule did not apply to
 * @since 0.1.0
 */
public record RuleResult(
    String ruleId, Severity severity, Outcome outcome, int applied, int passed, int failed, int notApplicable) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a count is negative or applied is not passed plus failed
   */
  public RuleResult {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(outcome, "outcome");
    if (passed < 0 || failed < 0 || notApplicable < 0 || applied != passed + failed) {
      throw new IllegalArgumentException("inconsistent counts for " + ruleId);
    }
  }

  /**
   * The family of the rule, from its id's prefix.
   *
   * @return the family, or empty for an id that names no family (results made by other tools)
   */
  public Optional<RuleFamily> family() {
    int dash = ruleId.indexOf('-');
    if (dash <= 0) {
      return Optional.empty();
    }
    return Arrays.stream(RuleFamily.values())
        .filter(f -> f.name().equals(ruleId.substring(0, dash)))
        .findFirst();
  }
}
