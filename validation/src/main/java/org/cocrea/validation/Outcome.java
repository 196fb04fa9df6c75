package org.cocrea.validation;

import org.cocrea.core.Labelled;

/**
 * The outcome of a rule, for one subject or for a whole exercise. A rule whose premise does not hold says so with
 * {@link #NOT_APPLICABLE}; a rule whose premise may hold but whose facts the record does not hold (a partial record or
 * part, a date too coarse to order) says {@link #NOT_RECORDED}. Neither ever silently passes, and neither is a failure.
 *
 * @since 0.1.0
 */
public enum Outcome implements Labelled {
  /** The subject meets the rule. */
  PASS("Cumple", "Pass"),
  /** The subject does not meet the rule; a finding says where and why. */
  FAIL("No cumple", "Fail"),
  /** The rule does not apply: its premise does not hold (no tables were held, so no table rule applies). */
  NOT_APPLICABLE("No aplica", "Not applicable"),
  /**
   * The premise may hold but the facts to judge it are not in the record: a list or field not recorded in a partial
   * record or part, or a date too coarse to decide an order. Never a failure: it never makes a file non-conforming,
   * but an ERROR-level rule with such subjects makes the file's verdict undetermined.
   *
   * @since 0.1.0
   */
  NOT_RECORDED("No registrado", "Not recorded");

  private final String labelEs;
  private final String labelEn;

  Outcome(String labelEs, String labelEn) {
    this.labelEs = labelEs;
    this.labelEn = labelEn;
  }

  @Override
  public String labelEs() {
    return labelEs;
  }

  @Override
  public String labelEn() {
    return labelEn;
  }
}
