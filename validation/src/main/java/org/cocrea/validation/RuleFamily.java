package org.cocrea.validation;

import org.cocrea.core.Labelled;

/**
 * The families of rules; a rule's id starts with its family's code. The first twelve are the families of the catalogue
 * (methodology.md section 4); {@link #REF} and {@link #FLD} hold the rules the engine applies itself ({@link
 * Rules#engineRules()}).
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
  SIM("Señales de simulación", "Simulation signals"),
  /** Identifier references (engine rules REF-01, REF-02). */
  REF("Referencias por identificador", "Identifier references"),
  /** Field-level constraints (engine rule FLD-01). */
  FLD("Restricciones de campo", "Field constraints");

  private final String labelEs;
  private final String labelEn;

  RuleFamily(String labelEs, String labelEn) {
    this.labelEs = labelEs;
    this.labelEn = labelEn;
  }

  /**
   * Whether this is a family of the methodology's catalogue rather than of the engine's own rules.
   *
   * @return true for the twelve catalogue families
   */
  public boolean isCatalogue() {
    return this != REF && this != FLD;
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
