package org.cocrea.core;

/**
 * How a seat was filled [S:APT NL, Coahuila][S:YUC].
 *
 * @since 0.1.0
 */
public enum SelectionMethod implements Labelled {
  /** Convocatoria pública (Public call). */
  PUBLIC_CALL("Convocatoria pública", "Public call"),
  /** Invitación (Invitation). */
  INVITATION("Invitación", "Invitation"),
  /** Por cargo (Ex officio). */
  EX_OFFICIO("Por cargo", "Ex officio"),
  /** Designación por el núcleo de OSC (Designated by the CSO nucleus). */
  DESIGNATED_BY_CSO_NUCLEUS("Designación por el núcleo de OSC", "Designated by the CSO nucleus");

  private final String labelEs;
  private final String labelEn;

  SelectionMethod(String labelEs, String labelEn) {
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
