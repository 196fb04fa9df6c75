package org.cocrea.core;

/**
 * How the STL takes decisions [S:KIT5].
 *
 * @since 0.1.0
 */
public enum DecisionRule implements Labelled {
  /** Consenso (Consensus). */
  CONSENSUS("Consenso", "Consensus"),
  /** Mayoría simple (Simple majority). */
  SIMPLE_MAJORITY("Mayoría simple", "Simple majority"),
  /** Mayoría calificada de dos tercios (Two-thirds majority). */
  QUALIFIED_TWO_THIRDS("Mayoría calificada de dos tercios", "Two-thirds majority"),
  /** Mayoría calificada de tres quintos (Three-fifths majority). */
  QUALIFIED_THREE_FIFTHS("Mayoría calificada de tres quintos", "Three-fifths majority");

  private final String labelEs;
  private final String labelEn;

  DecisionRule(String labelEs, String labelEn) {
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
