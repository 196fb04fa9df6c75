package org.cocrea.core;

/**
 * Nature of a civil-society organisation: the four kinds named in [S:SRC] plus professional colleges [P].
 *
 * @since 0.1.0
 */
public enum CsoType implements Labelled {
  /** Comunitaria (Community). */
  COMMUNITY("Comunitaria", "Community"),
  /** Empresarial (Business). */
  BUSINESS("Empresarial", "Business"),
  /** Académica (Academic). */
  ACADEMIC("Académica", "Academic"),
  /** De incidencia (Advocacy). */
  ADVOCACY("De incidencia", "Advocacy"),
  /** Colegio de profesionistas (Professional college). */
  PROFESSIONAL_COLLEGE("Colegio de profesionistas", "Professional college");

  private final String labelEs;
  private final String labelEn;

  CsoType(String labelEs, String labelEn) {
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
