package org.cocrea.core;

/**
 * Legacy IRM potential impact [S:IRM-STAR].
 *
 * @since 0.1.0
 */
public enum PotentialImpact implements Labelled {
  /** Ninguno (None). */
  NONE("Ninguno", "None"),
  /** Menor (Minor). */
  MINOR("Menor", "Minor"),
  /** Moderado (Moderate). */
  MODERATE("Moderado", "Moderate"),
  /** Transformador (Transformative). */
  TRANSFORMATIVE("Transformador", "Transformative");

  private final String labelEs;
  private final String labelEn;

  PotentialImpact(String labelEs, String labelEn) {
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
