package org.cocrea.core;

/**
 * Yes, no, or the source does not say.
 *
 * <pre>{@code
 * String label = YesNoUnknown.YES.label(java.util.Locale.forLanguageTag("es-MX")); // "Sí"
 * }</pre>
 *
 * @since 0.2.0
 */
public enum YesNoUnknown implements Labelled {
  /** Sí (Yes). */
  YES("Sí", "Yes"),
  /** No (No). */
  NO("No", "No"),
  /** No se sabe (Unknown). */
  UNKNOWN("No se sabe", "Unknown");

  private final String labelEs;
  private final String labelEn;

  YesNoUnknown(String labelEs, String labelEn) {
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
