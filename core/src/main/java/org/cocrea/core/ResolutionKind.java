package org.cocrea.core;

/**
 * What an STL resolution (acuerdo) decides [P].
 *
 * @since 0.1.0
 */
public enum ResolutionKind implements Labelled {
  /** Aprobación del PAL (PAL approval). */
  PAL_APPROVAL("Aprobación del PAL", "PAL approval"),
  /** Modificación de compromiso (Commitment change). */
  COMMITMENT_CHANGE("Modificación de compromiso", "Commitment change"),
  /** Aprobación de reglas de operación (Operating rules approval). */
  RULES_APPROVAL("Aprobación de reglas de operación", "Operating rules approval"),
  /** Otro (Other). */
  OTHER("Otro", "Other");

  private final String labelEs;
  private final String labelEn;

  ResolutionKind(String labelEs, String labelEn) {
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
