package org.cocrea.validation.regime;

import org.cocrea.core.Labelled;

/**
 * Where a state stood in the 2025 reform at the time of the table's snapshot ({@code reform-2025.md} §3).
 *
 * <pre>{@code
 * StateRegimes.defaults().state("MX-CAM").orElseThrow().status(); // PENDING
 * }</pre>
 *
 * @since 0.1.0
 */
public enum RegimeStatus implements Labelled {
  /** Harmonised: the old body is extinguished and the successor authority works. */
  DONE("Armonizado", "Done"),
  /** The extinction is decreed and the transfer to the successor is under way. */
  TRANSITION("En transición", "In transition"),
  /** The old body is gone but the successor does not work yet. */
  INCOMPLETE("Incompleto", "Incomplete"),
  /** Not harmonised: the old autonomous body still stands, and so do the old rules. */
  PENDING("Pendiente", "Pending"),
  /** What happened is not known. */
  UNKNOWN("Desconocido", "Unknown");

  private final String labelEs;
  private final String labelEn;

  RegimeStatus(String labelEs, String labelEn) {
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
