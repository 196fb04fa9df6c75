package org.cocrea.core;

/**
 * Kind of document held in the exercise's public repository (TRN-02) [S:OGP-STD MR 2].
 *
 * @since 0.1.0
 */
public enum DocumentKind implements Labelled {
  /** Declaración conjunta (Joint declaration). */
  DECLARATION("Declaración conjunta", "Joint declaration"),
  /** Acta de instalación (Installation act). */
  INSTALLATION_ACT("Acta de instalación", "Installation act"),
  /** Reglas de operación (Operating rules). */
  OPERATING_RULES("Reglas de operación", "Operating rules"),
  /** Minutas (Minutes). */
  MINUTES("Minutas", "Minutes"),
  /** Relatoría de mesa (Table report). */
  TABLE_REPORT("Relatoría de mesa", "Table report"),
  /** Plan de Acción Local (Local action plan). */
  PAL("Plan de Acción Local", "Local action plan"),
  /** Reporte de avance (Progress report). */
  PROGRESS_REPORT("Reporte de avance", "Progress report"),
  /** Evaluación (Evaluation). */
  EVALUATION("Evaluación", "Evaluation"),
  /** Otro (Other). */
  OTHER("Otro", "Other");

  private final String labelEs;
  private final String labelEn;

  DocumentKind(String labelEs, String labelEn) {
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
