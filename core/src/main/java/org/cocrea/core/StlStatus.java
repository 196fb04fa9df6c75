package org.cocrea.core;

/**
 * Status of an STL [P; reconfiguration after elections discussed in KIT3].
 *
 * @since 0.1.0
 */
public enum StlStatus implements Labelled {
  /** Activo (Active). */
  ACTIVE("Activo", "Active"),
  /** Inactivo (Inactive). */
  INACTIVE("Inactivo", "Inactive"),
  /** En reconfiguración (Reconfiguring). */
  RECONFIGURING("En reconfiguración", "Reconfiguring"),
  /** Disuelto (Dissolved). */
  DISSOLVED("Disuelto", "Dissolved");

  private final String labelEs;
  private final String labelEn;

  StlStatus(String labelEs, String labelEn) {
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
