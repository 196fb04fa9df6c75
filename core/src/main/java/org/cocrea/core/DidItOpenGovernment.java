package org.cocrea.core;

/**
 * IRM early results: did it open government? "strong" is MAJOR or OUTSTANDING [S:OGP-GL early results].
 *
 * @since 0.1.0
 */
public enum DidItOpenGovernment implements Labelled {
  /** Empeoró (Worsened). */
  WORSENED("Empeoró", "Worsened"),
  /** No cambió (Did not change). */
  DID_NOT_CHANGE("No cambió", "Did not change"),
  /** Marginal (Marginal). */
  MARGINAL("Marginal", "Marginal"),
  /** Significativo (Major). */
  MAJOR("Significativo", "Major"),
  /** Sobresaliente (Outstanding). */
  OUTSTANDING("Sobresaliente", "Outstanding");

  private final String labelEs;
  private final String labelEn;

  DidItOpenGovernment(String labelEs, String labelEn) {
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
