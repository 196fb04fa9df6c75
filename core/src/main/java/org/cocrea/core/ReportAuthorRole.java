package org.cocrea.core;

/**
 * Who authored a progress report [P].
 *
 * @since 0.1.0
 */
public enum ReportAuthorRole implements Labelled {
  /** Gobierno (Government). */
  GOVERNMENT("Gobierno", "Government"),
  /** Sociedad civil (Civil society). */
  CIVIL_SOCIETY("Sociedad civil", "Civil society"),
  /** Secretariado Técnico Local (Local Technical Secretariat). */
  STL("Secretariado Técnico Local", "Local Technical Secretariat"),
  /** Organismo garante (Guarantor body). */
  GUARANTOR("Organismo garante", "Guarantor body");

  private final String labelEs;
  private final String labelEn;

  ReportAuthorRole(String labelEs, String labelEn) {
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
