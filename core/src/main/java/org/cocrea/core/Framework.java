package org.cocrea.core;

/**
 * The programme a local open-government exercise follows (real-records.md §4).
 *
 * <pre>{@code
 * String label = Framework.INAI_LOCAL.label(java.util.Locale.forLanguageTag("es-MX")); // "Gobierno Abierto: Cocreación desde lo Local (INAI)"
 * }</pre>
 *
 * @since 0.2.0
 */
public enum Framework implements Labelled {
  /** Gobierno Abierto: Cocreación desde lo Local (INAI) (INAI's Cocreación desde lo Local). */
  INAI_LOCAL("Gobierno Abierto: Cocreación desde lo Local (INAI)", "INAI's Cocreación desde lo Local"),
  /** OGP Local (Alianza para el Gobierno Abierto) (OGP Local (Open Government Partnership)). */
  OGP_LOCAL("OGP Local (Alianza para el Gobierno Abierto)", "OGP Local (Open Government Partnership)"),
  /** Otro programa local (Another local programme). */
  OTHER("Otro programa local", "Another local programme");

  private final String labelEs;
  private final String labelEn;

  Framework(String labelEs, String labelEn) {
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
