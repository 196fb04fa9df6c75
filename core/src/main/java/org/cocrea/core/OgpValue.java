package org.cocrea.core;

/**
 * OGP values; technology and innovation counts only in addition to a core value [S:OGP-GL relevance].
 *
 * @since 0.1.0
 */
public enum OgpValue implements Labelled {
  /** Acceso a la información (Access to information). */
  ACCESS_TO_INFORMATION("Acceso a la información", "Access to information"),
  /** Participación cívica (Civic participation). */
  CIVIC_PARTICIPATION("Participación cívica", "Civic participation"),
  /** Rendición de cuentas pública (Public accountability). */
  PUBLIC_ACCOUNTABILITY("Rendición de cuentas pública", "Public accountability"),
  /** Tecnología e innovación (Technology and innovation). */
  TECHNOLOGY_AND_INNOVATION("Tecnología e innovación", "Technology and innovation");

  private final String labelEs;
  private final String labelEn;

  OgpValue(String labelEs, String labelEn) {
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
