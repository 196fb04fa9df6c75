package org.cocrea.core;

/**
 * OGP Local's inception assessment of a commitment's potential for results; a different scale from IRM's {@link PotentialForResults} (real-records.md §5).
 *
 * <pre>{@code
 * String label = OgpLocalPotentialForResults.BINDING_OR_INSTITUTIONALIZED.label(java.util.Locale.forLanguageTag("es-MX")); // "Cambio vinculante o institucionalizado"
 * }</pre>
 *
 * @since 0.2.0
 */
public enum OgpLocalPotentialForResults implements Labelled {
  /** Cambio vinculante o institucionalizado (Binding or institutionalised change). */
  BINDING_OR_INSTITUTIONALIZED("Cambio vinculante o institucionalizado", "Binding or institutionalised change"),
  /** Cambio positivo, no vinculante (Positive change, not binding). */
  POSITIVE_NOT_BINDING("Cambio positivo, no vinculante", "Positive change, not binding");

  private final String labelEs;
  private final String labelEn;

  OgpLocalPotentialForResults(String labelEs, String labelEn) {
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
