package org.cocrea.core;

/**
 * The legal nature of a guarantor body, which the 2025 reform changed (reform-2025.md §2).
 *
 * <pre>{@code
 * String label = GuarantorLegalNature.AUTONOMOUS_COLLEGIATE_BODY.label(java.util.Locale.forLanguageTag("es-MX")); // "Órgano autónomo colegiado"
 * }</pre>
 *
 * @since 0.2.0
 */
public enum GuarantorLegalNature implements Labelled {
  /** Órgano autónomo colegiado (Autonomous collegiate body). */
  AUTONOMOUS_COLLEGIATE_BODY("Órgano autónomo colegiado", "Autonomous collegiate body"),
  /** Órgano desconcentrado del Ejecutivo (Deconcentrated body of the executive). */
  DECONCENTRATED_EXECUTIVE_BODY("Órgano desconcentrado del Ejecutivo", "Deconcentrated body of the executive"),
  /** Secretaría o contraloría del Ejecutivo (Executive secretariat or comptroller). */
  EXECUTIVE_SECRETARIAT_OR_COMPTROLLER("Secretaría o contraloría del Ejecutivo", "Executive secretariat or comptroller"),
  /** Órgano interno de control de otro poder u órgano (Internal control body of another branch or body). */
  INTERNAL_CONTROL_BODY_OF_OTHER_BRANCH("Órgano interno de control de otro poder u órgano", "Internal control body of another branch or body"),
  /** Autoridad electoral (Electoral authority). */
  ELECTORAL_AUTHORITY("Autoridad electoral", "Electoral authority");

  private final String labelEs;
  private final String labelEn;

  GuarantorLegalNature(String labelEs, String labelEn) {
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
