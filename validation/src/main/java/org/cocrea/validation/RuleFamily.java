package org.cocrea.validation;

import org.cocrea.core.Labelled;

/**
 * The families of the rule catalogue (methodology.md section 4); a rule's id starts with its family's code.
 *
 * @since 0.1.0
 */
public enum RuleFamily implements Labelled {
  /** Exercise and adhesion. */
  EXE("Ejercicio y adhesión", "Exercise and adhesion"),
  /** STL composition and functioning. */
  STL("Composición y funcionamiento del STL", "STL composition and functioning"),
  /** STL sessions. */
  SES("Sesiones del STL", "STL sessions"),
  /** Transparency of the process. */
  TRN("Transparencia del proceso", "Transparency of the process"),
  /** Co-creation. */
  CO("Cocreación", "Co-creation"),
  /** Plan level. */
  PAL("Plan de Acción Local", "Local action plan"),
  /** Commitment design. */
  COM("Diseño de compromisos", "Commitment design"),
  /** Milestones. */
  MIL("Hitos", "Milestones"),
  /** Indicators. */
  IND("Indicadores", "Indicators"),
  /** Implementation tracking. */
  TRK("Seguimiento de la implementación", "Implementation tracking"),
  /** Evaluation. */
  EVA("Evaluación", "Evaluation"),
  /** Anti-simulation heuristics. */
  SIM("Señales de simulación", "Simulation signals");

  private final String labelEs;
  private final String labelEn;

  RuleFamily(String labelEs, String labelEn) {
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
