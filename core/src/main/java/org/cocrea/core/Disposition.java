package org.cocrea.core;

/**
 * What was done with a proposal [S:OGP-GL reasoned response].
 *
 * @since 0.1.0
 */
public enum Disposition implements Labelled {
  /** Adoptada (Adopted). */
  ADOPTED("Adoptada", "Adopted"),
  /** Fusionada (Merged). */
  MERGED("Fusionada", "Merged"),
  /** Diferida (Deferred). */
  DEFERRED("Diferida", "Deferred"),
  /** Rechazada (Rejected). */
  REJECTED("Rechazada", "Rejected");

  private final String labelEs;
  private final String labelEn;

  Disposition(String labelEs, String labelEn) {
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
