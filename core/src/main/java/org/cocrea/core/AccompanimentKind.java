package org.cocrea.core;

/**
 * How INAI or another body accompanies the exercise [S:SRC "el INAI acompaña"][S:MISC].
 *
 * @since 0.1.0
 */
public enum AccompanimentKind implements Labelled {
  /** Testigo (Witness). */
  WITNESS("Testigo", "Witness"),
  /** Asesoría (Advisory). */
  ADVISORY("Asesoría", "Advisory"),
  /** Capacitación (Training). */
  TRAINING("Capacitación", "Training"),
  /** Financiamiento (Funding). */
  FUNDING("Financiamiento", "Funding");

  private final String labelEs;
  private final String labelEn;

  AccompanimentKind(String labelEs, String labelEn) {
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
