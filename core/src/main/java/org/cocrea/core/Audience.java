package org.cocrea.core;

/**
 * Audience of an awareness event [S:APT].
 *
 * @since 0.1.0
 */
public enum Audience implements Labelled {
  /** Organizaciones de la sociedad civil (Civil-society organisations). */
  CSO("Organizaciones de la sociedad civil", "Civil-society organisations"),
  /** Público en general (General public). */
  GENERAL_PUBLIC("Público en general", "General public"),
  /** Personas servidoras públicas (Public servants). */
  PUBLIC_SERVANTS("Personas servidoras públicas", "Public servants"),
  /** Funcionarios de alto nivel (Senior officials). */
  SENIOR_OFFICIALS("Funcionarios de alto nivel", "Senior officials"),
  /** Periodistas (Journalists). */
  JOURNALISTS("Periodistas", "Journalists"),
  /** Municipios (Municipalities). */
  MUNICIPALITIES("Municipios", "Municipalities"),
  /** Academia (Academia). */
  ACADEMIA("Academia", "Academia");

  private final String labelEs;
  private final String labelEn;

  Audience(String labelEs, String labelEn) {
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
