package org.cocrea.validation;

import org.cocrea.core.Labelled;

/**
 * The outcome of a rule, for one subject or for a whole exercise. A rule whose data is absent says so with {@link
 * #NOT_APPLICABLE}; it never silently passes.
 *
 * @since 0.1.0
 */
public enum Outcome implements Labelled {
  /** The subject meets the rule. */
  PASS("Cumple", "Pass"),
  /** The subject does not meet the rule; a finding says where and why. */
  FAIL("No cumple", "Fail"),
  /** The rule does not apply, or the data it needs is absent. */
  NOT_APPLICABLE("No aplica", "Not applicable");

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
