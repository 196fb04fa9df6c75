package org.cocrea.core;

/**
 * Branch (poder) of a government organisation [S:APT][S:KIT6].
 *
 * @since 0.1.0
 */
public enum GovernmentBranch implements Labelled {
  /** Poder Ejecutivo (Executive). */
  EXECUTIVE("Poder Ejecutivo", "Executive"),
  /** Poder Legislativo (Legislative). */
  LEGISLATIVE("Poder Legislativo", "Legislative"),
  /** Poder Judicial (Judicial). */
  JUDICIAL("Poder Judicial", "Judicial"),
  /** Órgano autónomo (Autonomous). */
  AUTONOMOUS("Órgano autónomo", "Autonomous");

  private final String labelEs;
  private final String labelEn;

  GovernmentBranch(String labelEs, String labelEn) {
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
