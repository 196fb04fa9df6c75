package org.cocrea.core;

/**
 * Regular or proactive commitment [S:APT Morelos, Oaxaca, Coahuila].
 *
 * @since 0.1.0
 */
public enum CommitmentType implements Labelled {
  /** Regular (Regular). */
  REGULAR("Regular", "Regular"),
  /** Proactivo (Proactive). */
  PROACTIVE("Proactivo", "Proactive");

  private final String labelEs;
  private final String labelEn;

  CommitmentType(String labelEs, String labelEn) {
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
