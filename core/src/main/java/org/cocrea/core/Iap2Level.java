package org.cocrea.core;

/**
 * IAP2 spectrum level of a table's participation [S:KIT2][S:OGP-ART].
 *
 * @since 0.1.0
 */
public enum Iap2Level implements Labelled {
  /** Informar (Inform). */
  INFORM("Informar", "Inform"),
  /** Consultar (Consult). */
  CONSULT("Consultar", "Consult"),
  /** Involucrar (Involve). */
  INVOLVE("Involucrar", "Involve"),
  /** Colaborar (Collaborate). */
  COLLABORATE("Colaborar", "Collaborate"),
  /** Empoderar (Empower). */
  EMPOWER("Empoderar", "Empower");

  private final String labelEs;
  private final String labelEn;

  Iap2Level(String labelEs, String labelEn) {
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
