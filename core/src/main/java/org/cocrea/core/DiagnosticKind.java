package org.cocrea.core;

/**
 * Kind of diagnostic input that precedes the tables [S:APT][S:SIN].
 *
 * @since 0.1.0
 */
public enum DiagnosticKind implements Labelled {
  /** Consulta ciudadana (Citizen consultation). */
  CITIZEN_CONSULTATION("Consulta ciudadana", "Citizen consultation"),
  /** Encuesta de opinión (Opinion survey). */
  OPINION_SURVEY("Encuesta de opinión", "Opinion survey"),
  /** Foro de especialistas (Expert forum). */
  EXPERT_FORUM("Foro de especialistas", "Expert forum"),
  /** Comité de planeación (Planning committee). */
  PLANNING_COMMITTEE("Comité de planeación", "Planning committee"),
  /** Parlamento abierto (Open parliament). */
  OPEN_PARLIAMENT("Parlamento abierto", "Open parliament");

  private final String labelEs;
  private final String labelEn;

  DiagnosticKind(String labelEs, String labelEn) {
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
