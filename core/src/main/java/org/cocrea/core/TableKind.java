package org.cocrea.core;

/**
 * Kind of participatory table (mesa) [S:APT Morelos, Coahuila].
 *
 * @since 0.1.0
 */
public enum TableKind implements Labelled {
  /** Temática (Thematic). */
  THEMATIC("Temática", "Thematic"),
  /** Mesa de demandas (Demand table). */
  DEMAND("Mesa de demandas", "Demand table"),
  /** Mesa de oferta institucional (Supply table). */
  SUPPLY("Mesa de oferta institucional", "Supply table"),
  /** Tecnológica (Technology). */
  TECHNOLOGY("Tecnológica", "Technology"),
  /** Regional (Regional). */
  REGIONAL("Regional", "Regional");

  private final String labelEs;
  private final String labelEn;

  TableKind(String labelEs, String labelEn) {
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
