package org.cocrea.core;

/**
 * IRM potential for results (2020/21+ plans) [S:OGP-GL ambition].
 *
 * @since 0.1.0
 */
public enum PotentialForResults implements Labelled {
  /** Poco claro (Unclear). */
  UNCLEAR("Poco claro", "Unclear"),
  /** Modesto (Modest). */
  MODEST("Modesto", "Modest"),
  /** Sustancial (Substantial). */
  SUBSTANTIAL("Sustancial", "Substantial");

  private final String labelEs;
  private final String labelEn;

  PotentialForResults(String labelEs, String labelEn) {
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
