package org.cocrea.core;

/**
 * An assessor's answer: yes, no, or unclear (the assessor's own answer, not missing data).
 *
 * <pre>{@code
 * String label = YesNoUnclear.YES.label(java.util.Locale.forLanguageTag("es-MX")); // "Sí"
 * }</pre>
 *
 * @since 0.2.0
 */
public enum YesNoUnclear implements Labelled {
  /** Sí (Yes). */
  YES("Sí", "Yes"),
  /** No (No). */
  NO("No", "No"),
  /** No está claro (Unclear). */
  UNCLEAR("No está claro", "Unclear");

  private final String labelEs;
  private final String labelEn;

  YesNoUnclear(String labelEs, String labelEn) {
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
