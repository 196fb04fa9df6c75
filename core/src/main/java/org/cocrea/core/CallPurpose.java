package org.cocrea.core;

/**
 * What a public call (convocatoria) is for [S:YUC][S:APT].
 *
 * @since 0.1.0
 */
public enum CallPurpose implements Labelled {
  /** Integración del STL (STL seat). */
  STL_SEAT("Integración del STL", "STL seat"),
  /** Mesas participativas (Participatory tables). */
  TABLES("Mesas participativas", "Participatory tables");

  private final String labelEs;
  private final String labelEn;

  CallPurpose(String labelEs, String labelEn) {
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
