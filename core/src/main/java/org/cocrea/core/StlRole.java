package org.cocrea.core;

/**
 * Role of a member in the STL [S:KIT4][S:MOD][S:APT]; OBSERVER (for INAI) is [P].
 *
 * @since 0.1.0
 */
public enum StlRole implements Labelled {
  /** Presidencia (Chair). */
  CHAIR("Presidencia", "Chair"),
  /** Copresidencia (Co-chair). */
  CO_CHAIR("Copresidencia", "Co-chair"),
  /** Secretaría técnica (Technical secretariat). */
  TECHNICAL_SECRETARIAT("Secretaría técnica", "Technical secretariat"),
  /** Integrante (Member). */
  MEMBER("Integrante", "Member"),
  /** Vocalía (Vocal). */
  VOCAL("Vocalía", "Vocal"),
  /** Enlace regional (Regional link). */
  REGIONAL_LINK("Enlace regional", "Regional link"),
  /** Facilitación (Facilitator). */
  FACILITATOR("Facilitación", "Facilitator"),
  /** Observador (Observer). */
  OBSERVER("Observador", "Observer");

  private final String labelEs;
  private final String labelEn;

  StlRole(String labelEs, String labelEn) {
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
