package org.cocrea.core;

/**
 * Type of STL session [S:SIN].
 *
 * @since 0.1.0
 */
public enum SessionType implements Labelled {
  /** Sesión de instalación (Installation session). */
  INSTALLATION("Sesión de instalación", "Installation session"),
  /** Sesión ordinaria (Ordinary session). */
  ORDINARY("Sesión ordinaria", "Ordinary session"),
  /** Sesión extraordinaria (Extraordinary session). */
  EXTRAORDINARY("Sesión extraordinaria", "Extraordinary session");

  private final String labelEs;
  private final String labelEn;

  SessionType(String labelEs, String labelEn) {
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
