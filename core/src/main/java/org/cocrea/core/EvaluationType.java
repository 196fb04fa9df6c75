package org.cocrea.core;

/**
 * Kind of evaluation [S:KIT3 Veracruz][S:OGP-LOC].
 *
 * @since 0.1.0
 */
public enum EvaluationType implements Labelled {
  /** Evaluación de diseño (Design evaluation). */
  DESIGN("Evaluación de diseño", "Design evaluation"),
  /** Evaluación de resultados (Results evaluation). */
  RESULTS("Evaluación de resultados", "Results evaluation"),
  /** Evaluación de fin de compromiso (End-of-commitment assessment). */
  END_OF_COMMITMENT("Evaluación de fin de compromiso", "End-of-commitment assessment"),
  /** Evaluación inicial (Inception assessment). */
  INCEPTION("Evaluación inicial", "Inception assessment");

  private final String labelEs;
  private final String labelEn;

  EvaluationType(String labelEs, String labelEn) {
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
