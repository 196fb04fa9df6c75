package org.cocrea.core;

/**
 * Level of government of a jurisdiction (entidad federativa, municipio, alcaldía) [S:SRC].
 *
 * @since 0.1.0
 */
public enum JurisdictionLevel implements Labelled {
  /** Entidad federativa (State). */
  STATE("Entidad federativa", "State"),
  /** Municipio (Municipality). */
  MUNICIPALITY("Municipio", "Municipality"),
  /** Alcaldía (Borough (alcaldía)). */
  ALCALDIA("Alcaldía", "Borough (alcaldía)");

  private final String labelEs;
  private final String labelEn;

  JurisdictionLevel(String labelEs, String labelEn) {
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
