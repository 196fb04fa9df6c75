package org.cocrea.core;

/**
 * Status of a PAL [P].
 *
 * @since 0.1.0
 */
public enum PlanStatus implements Labelled {
  /** Borrador (Draft). */
  DRAFT("Borrador", "Draft"),
  /** Aprobado (Approved). */
  APPROVED("Aprobado", "Approved"),
  /** Publicado (Published). */
  PUBLISHED("Publicado", "Published"),
  /** En implementación (In implementation). */
  IN_IMPLEMENTATION("En implementación", "In implementation"),
  /** Cerrado (Closed). */
  CLOSED("Cerrado", "Closed"),
  /** Retirado (Withdrawn). */
  WITHDRAWN("Retirado", "Withdrawn");

  private final String labelEs;
  private final String labelEn;

  PlanStatus(String labelEs, String labelEn) {
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
