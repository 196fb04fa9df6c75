package org.cocrea.core;

/**
 * INAI's open-government components, Kit 5 "Relevantes" [S:KIT5].
 *
 * @since 0.1.0
 */
public enum OpenGovComponent implements Labelled {
  /** Transparencia y acceso a la información (Transparency and access to information). */
  TRANSPARENCY_ACCESS_TO_INFORMATION("Transparencia y acceso a la información", "Transparency and access to information"),
  /** Participación ciudadana (Citizen participation). */
  CITIZEN_PARTICIPATION("Participación ciudadana", "Citizen participation"),
  /** Rendición de cuentas (Accountability). */
  ACCOUNTABILITY("Rendición de cuentas", "Accountability"),
  /** Innovación social (Social innovation). */
  SOCIAL_INNOVATION("Innovación social", "Social innovation"),
  /** Innovación tecnológica (Technological innovation). */
  TECHNOLOGICAL_INNOVATION("Innovación tecnológica", "Technological innovation");

  private final String labelEs;
  private final String labelEn;

  OpenGovComponent(String labelEs, String labelEn) {
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
