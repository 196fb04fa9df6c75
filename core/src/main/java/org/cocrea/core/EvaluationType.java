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

  /**
   * Whether an evaluation of this type is a results evaluation for the rules that require one (EVA-01): a
   * {@link #RESULTS} evaluation, and an OGP Local {@link #END_OF_COMMITMENT} assessment, which rates what the
   * commitments achieved (real-records.md §5: "an end-of-commitment assessment is a results evaluation for the rules
   * that require one"). Design and inception assessments are not.
   *
   * <pre>{@code
   * EvaluationType.END_OF_COMMITMENT.isResultsEvaluation();   // true
   * evaluation.type().filter(EvaluationType::isResultsEvaluation).isPresent();
   * }</pre>
   *
   * @return true for RESULTS and END_OF_COMMITMENT
   * @since 0.2.0
   */
  public boolean isResultsEvaluation() {
    return this == RESULTS || this == END_OF_COMMITMENT;
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
