package org.cocrea.core;

/**
 * Seniority of a person's position, used for the political-commitment rule EXE-05 [P].
 *
 * @since 0.1.0
 */
public enum Seniority implements Labelled {
  /** Titular de la institución (Head of institution). */
  HEAD_OF_INSTITUTION("Titular de la institución", "Head of institution"),
  /** Mando superior (Senior official). */
  SENIOR("Mando superior", "Senior official"),
  /** Nivel operativo (Operational). */
  OPERATIONAL("Nivel operativo", "Operational");

  private final String labelEs;
  private final String labelEn;

  Seniority(String labelEs, String labelEn) {
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
