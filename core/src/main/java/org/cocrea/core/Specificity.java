package org.cocrea.core;

/**
 * Legacy IRM specificity; MEDIUM and HIGH make a commitment verifiable [S:OGP-GL verifiability][S:IRM-STAR].
 *
 * @since 0.1.0
 */
public enum Specificity implements Labelled {
  /** Ninguna (None). */
  NONE("Ninguna", "None"),
  /** Baja (Low). */
  LOW("Baja", "Low"),
  /** Media (Medium). */
  MEDIUM("Media", "Medium"),
  /** Alta (High). */
  HIGH("Alta", "High");

  private final String labelEs;
  private final String labelEn;

  Specificity(String labelEs, String labelEn) {
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
