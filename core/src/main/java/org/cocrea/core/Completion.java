package org.cocrea.core;

/**
 * IRM completion scale; "high completion" is SUBSTANTIAL or COMPLETE [S:OGP-GL completion].
 *
 * @since 0.1.0
 */
public enum Completion implements Labelled {
  /** Sin evidencia disponible (No evidence available). */
  NO_EVIDENCE_AVAILABLE("Sin evidencia disponible", "No evidence available"),
  /** No iniciado (Not started). */
  NOT_STARTED("No iniciado", "Not started"),
  /** Limitado (Limited). */
  LIMITED("Limitado", "Limited"),
  /** Sustancial (Substantial). */
  SUBSTANTIAL("Sustancial", "Substantial"),
  /** Completo (Complete). */
  COMPLETE("Completo", "Complete"),
  /** Retirado (Withdrawn). */
  WITHDRAWN("Retirado", "Withdrawn");

  private final String labelEs;
  private final String labelEn;

  Completion(String labelEs, String labelEn) {
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
