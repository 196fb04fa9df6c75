package org.cocrea.core;

/**
 * Who assigns an identifier kept outside Cocrea.
 *
 * <pre>{@code
 * String label = ExternalIdScheme.OGP.label(java.util.Locale.forLanguageTag("es-MX")); // "Alianza para el Gobierno Abierto"
 * }</pre>
 *
 * @since 0.2.0
 */
public enum ExternalIdScheme implements Labelled {
  /** Alianza para el Gobierno Abierto (Open Government Partnership). */
  OGP("Alianza para el Gobierno Abierto", "Open Government Partnership"),
  /** INAI (INAI). */
  INAI("INAI", "INAI"),
  /** Otro (Other). */
  OTHER("Otro", "Other");

  private final String labelEs;
  private final String labelEn;

  ExternalIdScheme(String labelEs, String labelEn) {
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
