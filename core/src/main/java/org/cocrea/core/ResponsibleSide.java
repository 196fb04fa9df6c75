package org.cocrea.core;

/**
 * Which side answers for a milestone [S:TAB].
 *
 * @since 0.1.0
 */
public enum ResponsibleSide implements Labelled {
  /** Gobierno (Government). */
  GOVERNMENT("Gobierno", "Government"),
  /** Sociedad civil (Civil society). */
  CIVIL_SOCIETY("Sociedad civil", "Civil society");

  private final String labelEs;
  private final String labelEn;

  ResponsibleSide(String labelEs, String labelEn) {
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
