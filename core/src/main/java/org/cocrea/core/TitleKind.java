package org.cocrea.core;

/**
 * What kind of alternative title an element has.
 *
 * <pre>{@code
 * String label = TitleKind.SHORT.label(java.util.Locale.forLanguageTag("es-MX")); // "Título corto"
 * }</pre>
 *
 * @since 0.2.0
 */
public enum TitleKind implements Labelled {
  /** Título corto (Short title). */
  SHORT("Título corto", "Short title"),
  /** Traducción (Translation). */
  TRANSLATION("Traducción", "Translation"),
  /** Título anterior (Former title). */
  FORMER("Título anterior", "Former title"),
  /** Otro (Other). */
  OTHER("Otro", "Other");

  private final String labelEs;
  private final String labelEn;

  TitleKind(String labelEs, String labelEn) {
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
