package org.cocrea.validation;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * How one rule fared on one exercise: its overall outcome and how many subjects (commitments, milestones, sessions…)
 * it was applied to, passed, failed, found not applicable, or could not judge because the record does not hold the
 * facts.
 *
 * <p>The outcome summarises the subjects as a person reading "does the exercise meet this rule?" expects, strongest
 * first:
 *
 * <ol>
 *   <li>{@link Outcome#FAIL} when any subject failed: one recorded failure settles the question, whatever the record
 *       does not say about the other subjects;
 *   <li>else {@link Outcome#NOT_RECORDED} when any subject could not be judged: "cumple" would claim that the subjects
 *       the record says nothing about meet the rule too. A rule with 7 passing commitments and 3 whose milestones are
 *       not recorded is NOT_RECORDED, with {@code passed = 7} and {@code notRecorded = 3} kept in the counts;
 *   <li>else {@link Outcome#PASS} when any subject passed;
 *   <li>else {@link Outcome#NOT_APPLICABLE}.
 * </ol>
 *
 * <pre>{@code
 * for (RuleResult r : report.results()) {
 *   if (r.notRecorded() > 0) {
 *     System.out.println(r.ruleId() + ": " + r.notRecorded() + " not recorded, " + r.passed() + " passed");
 *   }
 * }
 * }</pre>
 *
 * @param ruleId the rule's id, never null
 * @param severity the rule's severity in the profile used, never null
 * @param outcome the summary of the subjects, as above ({@link #outcomeOf(int, int, int)})
 * @param applied subjects checked (passed plus failed)
 * @param passed subjects that passed
 * @param failed subjects that failed
 * @param notApplicable subjects the rule did not apply to
 * @param notRecorded subjects the rule could not judge because the record does not hold the facts it needs
 * @since 0.1.0
 */
public record RuleResult(
    String ruleId, Severity severity, Outcome outcome, int applied, int passed, int failed, int notApplicable,
    int notRecorded) {

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
    if (passed < 0 || failed < 0 || notApplicable < 0 || notRecorded < 0 || applied != passed + failed) {
      throw new IllegalArgumentException("inconsistent counts for " + ruleId);
    }
  }

  /**
   * A result with no not-recorded subjects (engine rules, results made by other tools, results read from files
   * written before the outcome existed).
   *
   * <pre>{@code
   * RuleResult r = new RuleResult("REF-01", Severity.ERROR, Outcome.PASS, 1, 1, 0, 0);
   * }</pre>
   *
   * @param ruleId the rule's id, must not be null
   * @param severity the rule's severity, must not be null
   * @param outcome the outcome, must not be null
   * @param applied subjects checked (passed plus failed)
   * @param passed subjects that passed
   * @param failed subjects that failed
   * @param notApplicable subjects the rule did not apply to
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a count is negative or applied is not passed plus failed
   */
  public RuleResult(
      String ruleId, Severity severity, Outcome outcome, int applied, int passed, int failed, int notApplicable) {
    this(ruleId, severity, outcome, applied, passed, failed, notApplicable, 0);
  }

  /**
   * The outcome of a rule from its subjects' counts: FAIL if any failed, else NOT_RECORDED if any could not be judged,
   * else PASS if any passed, else NOT_APPLICABLE (see the class comment for why).
   *
   * <pre>{@code
   * RuleResult.outcomeOf(7, 0, 3);   // NOT_RECORDED
   * RuleResult.outcomeOf(7, 1, 3);   // FAIL
   * }</pre>
   *
   * @param passed subjects that passed
   * @param failed subjects that failed
   * @param notRecorded subjects that could not be judged
   * @return the outcome, never null
   * @since 0.1.0
   */
  public static Outcome outcomeOf(int passed, int failed, int notRecorded) {
    if (failed > 0) {
      return Outcome.FAIL;
    }
    if (notRecorded > 0) {
      return Outcome.NOT_RECORDED;
    }
    return passed > 0 ? Outcome.PASS : Outcome.NOT_APPLICABLE;
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
