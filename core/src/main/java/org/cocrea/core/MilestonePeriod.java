package org.cocrea.core;

/**
 * Semester goal a milestone belongs to [S:TAB "Primera/Segunda/Tercera meta, Resultado final"].
 *
 * @since 0.1.0
 */
public enum MilestonePeriod implements Labelled {
  /** Primera meta semestral (First semester goal). */
  SEMESTER_1("Primera meta semestral", "First semester goal"),
  /** Segunda meta semestral (Second semester goal). */
  SEMESTER_2("Segunda meta semestral", "Second semester goal"),
  /** Tercera meta semestral (Third semester goal). */
  SEMESTER_3("Tercera meta semestral", "Third semester goal"),
  /** Resultado final (Final result). */
  FINAL("Resultado final", "Final result");

  private final String labelEs;
  private final String labelEn;

  MilestonePeriod(String labelEs, String labelEn) {
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
