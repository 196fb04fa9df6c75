package org.cocrea.core;

/**
 * How complete a record, or a part of it, is: COMPLETE means what is absent does not exist; PARTIAL means what is absent was not recorded (it neither meets nor fails a rule). Absent declarations inherit from the enclosing part; with none at all a record is complete (real-records.md §2).
 *
 * <pre>{@code
 * String label = Completeness.COMPLETE.label(java.util.Locale.forLanguageTag("es-MX")); // "Completo"
 * }</pre>
 *
 * @since 0.2.0
 */
public enum Completeness implements Labelled {
  /** Completo (Complete). */
  COMPLETE("Completo", "Complete"),
  /** Parcial (Partial). */
  PARTIAL("Parcial", "Partial");

  private final String labelEs;
  private final String labelEn;

  Completeness(String labelEs, String labelEn) {
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
