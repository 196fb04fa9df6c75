package org.cocrea.validation;

import org.cocrea.core.Labelled;

/**
 * How serious a finding is. An exercise conforms when it has no {@link #ERROR} finding.
 *
 * @since 0.1.0
 */
public enum Severity implements Labelled {
  /** A minimum standard is not met, or the input cannot be read. */
  ERROR("Error", "Error"),
  /** A good practice or heuristic is not met. */
  WARNING("Advertencia", "Warning"),
  /** Information only. */
  INFO("Información", "Information");

  private final String labelEs;
  private final String labelEn;

  Severity(String labelEs, String labelEn) {
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
