package org.cocrea.validation.regime;

import org.cocrea.core.Labelled;

/**
 * The guarantor regime in force in a state on a date: the answer of {@link StateRegimes#regimeOn}.
 *
 * <pre>{@code
 * if (table.regimeOn("MX-JAL", date) == GuarantorRegime.SUCCESSOR_AUTHORITY) { ... }
 * }</pre>
 *
 * @since 0.1.0
 */
public enum GuarantorRegime implements Labelled {
  /** Before the reform took effect in the state: its autonomous guarantor body stands, and the old rules with it. */
  AUTONOMOUS_BODY("Organismo garante autónomo", "Autonomous guarantor body"),
  /** After the state's guarantor body was extinguished: an "autoridad garante" succeeds it. */
  SUCCESSOR_AUTHORITY("Autoridad garante sucesora", "Successor guarantor authority"),
  /** The table does not know the state or its dates, or the date is too imprecise to tell. */
  UNKNOWN("Desconocido", "Unknown");

  private final String labelEs;
  private final String labelEn;

  GuarantorRegime(String labelEs, String labelEn) {
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
