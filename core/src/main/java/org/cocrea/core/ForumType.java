package org.cocrea.core;

/**
 * Whether the STL decides or only advises; Mexican STLs adopted the decision-making form [S:KIT5].
 *
 * @since 0.1.0
 */
public enum ForumType implements Labelled {
  /** Decisorio (Decision-making). */
  DECISION_MAKING("Decisorio", "Decision-making"),
  /** Consultivo (Consultative). */
  CONSULTATIVE("Consultivo", "Consultative");

  private final String labelEs;
  private final String labelEn;

  ForumType(String labelEs, String labelEn) {
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
