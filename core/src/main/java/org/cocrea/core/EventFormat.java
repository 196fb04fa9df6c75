package org.cocrea.core;

/**
 * Format of an awareness event (step 2) [S:APT].
 *
 * @since 0.1.0
 */
public enum EventFormat implements Labelled {
  /** Foro (Forum). */
  FORUM("Foro", "Forum"),
  /** Taller (Workshop). */
  WORKSHOP("Taller", "Workshop"),
  /** Seminario (Seminar). */
  SEMINAR("Seminario", "Seminar"),
  /** Jornada (Journey). */
  JOURNEY("Jornada", "Journey"),
  /** Capacitación (Training). */
  TRAINING("Capacitación", "Training");

  private final String labelEs;
  private final String labelEn;

  EventFormat(String labelEs, String labelEn) {
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
