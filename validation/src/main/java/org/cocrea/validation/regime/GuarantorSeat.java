package org.cocrea.validation.regime;

import org.cocrea.core.Labelled;

/**
 * Who holds the guarantor seat of an exercise's STL, as research reads it across the 2025 reform
 * ({@link ExerciseRegime#seat()}).
 *
 * <pre>{@code
 * ExerciseRegime.of(exercise, StateRegimes.defaults()).seat(); // VACANT, EXECUTIVE, HELD or NO_STL
 * }</pre>
 *
 * @since 0.1.0
 */
public enum GuarantorSeat implements Labelled {
  /** A body that is not of the Executive holds a titular guarantor seat. */
  HELD("Ocupado por un organismo garante", "Held by a guarantor body"),
  /** No titular guarantor seat. */
  VACANT("Vacante", "Vacant"),
  /**
   * The seat is held by a body of the Executive: recorded as such, or the state's old body past its extinction when
   * its successor is of the Executive.
   */
  EXECUTIVE("En manos del Poder Ejecutivo", "Held by the Executive"),
  /** The exercise records no STL. */
  NO_STL("Sin STL", "No STL");

  private final String labelEs;
  private final String labelEn;

  GuarantorSeat(String labelEs, String labelEn) {
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
