package org.cocrea.core;

/**
 * Order of government (orden de gobierno) of an organisation.
 *
 * @since 0.1.0
 */
public enum OrderOfGovernment implements Labelled {
  /** Federal (Federal). */
  FEDERAL("Federal", "Federal"),
  /** Estatal (State). */
  STATE("Estatal", "State"),
  /** Municipal (Municipal). */
  MUNICIPAL("Municipal", "Municipal");

  private final String labelEs;
  private final String labelEn;

  OrderOfGovernment(String labelEs, String labelEn) {
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
