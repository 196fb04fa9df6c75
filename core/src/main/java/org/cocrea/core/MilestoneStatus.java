package org.cocrea.core;

/**
 * Status of a milestone on the tracking dashboard [S:TAB]; LATE is usually derived (see Milestone#isLate).
 *
 * @since 0.1.0
 */
public enum MilestoneStatus implements Labelled {
  /** Sin avance (Not started). */
  NOT_STARTED("Sin avance", "Not started"),
  /** En proceso (In progress). */
  IN_PROGRESS("En proceso", "In progress"),
  /** Completado (Completed). */
  COMPLETED("Completado", "Completed"),
  /** Tarde (Late). */
  LATE("Tarde", "Late");

  private final String labelEs;
  private final String labelEn;

  MilestoneStatus(String labelEs, String labelEn) {
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
