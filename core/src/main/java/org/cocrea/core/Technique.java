package org.cocrea.core;

/**
 * Participation technique [S:KIT3].
 *
 * @since 0.1.0
 */
public enum Technique implements Labelled {
  /** Encuesta (Survey). */
  SURVEY("Encuesta", "Survey"),
  /** Asamblea ciudadana (Citizen assembly). */
  CITIZEN_ASSEMBLY("Asamblea ciudadana", "Citizen assembly"),
  /** Grupo focal (Focus group). */
  FOCUS_GROUP("Grupo focal", "Focus group"),
  /** Buzón de sugerencias (Suggestion box). */
  SUGGESTION_BOX("Buzón de sugerencias", "Suggestion box"),
  /** Grupo nominal (Nominal group). */
  NOMINAL_GROUP("Grupo nominal", "Nominal group"),
  /** Feria de ideas (Ideas fair). */
  IDEAS_FAIR("Feria de ideas", "Ideas fair"),
  /** Células de planeación (Planning cells). */
  PLANNING_CELLS("Células de planeación", "Planning cells");

  private final String labelEs;
  private final String labelEn;

  Technique(String labelEs, String labelEn) {
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
