package org.cocrea.core;

/**
 * Cross-cutting themes of the plan review [S:KIT8].
 *
 * @since 0.1.0
 */
public enum CrossCuttingTheme implements Labelled {
  /** Perspectiva de género (Gender). */
  GENDER("Perspectiva de género", "Gender"),
  /** Ejercicio presupuestal (Budget execution). */
  BUDGET_EXECUTION("Ejercicio presupuestal", "Budget execution"),
  /** Sistema Local Anticorrupción (Local anticorruption system). */
  LOCAL_ANTICORRUPTION_SYSTEM("Sistema Local Anticorrupción", "Local anticorruption system"),
  /** Agenda 2030 (Agenda 2030). */
  AGENDA_2030("Agenda 2030", "Agenda 2030");

  private final String labelEs;
  private final String labelEn;

  CrossCuttingTheme(String labelEs, String labelEn) {
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
