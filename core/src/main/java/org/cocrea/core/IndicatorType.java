package org.cocrea.core;

/**
 * Type of indicator [S:KIT8]; see #category().
 *
 * @since 0.1.0
 */
public enum IndicatorType implements Labelled {
  /** Insumo (Input). */
  INPUT("Insumo", "Input"),
  /** Producto (Output). */
  OUTPUT("Producto", "Output"),
  /** Proceso (Process). */
  PROCESS("Proceso", "Process"),
  /** Resultado intermedio (Intermediate result). */
  INTERMEDIATE_RESULT("Resultado intermedio", "Intermediate result"),
  /** Impacto (Impact). */
  IMPACT("Impacto", "Impact");

  private final String labelEs;
  private final String labelEn;

  IndicatorType(String labelEs, String labelEn) {
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

  /**
   * The indicator family of this type: INPUT, OUTPUT and PROCESS measure management; INTERMEDIATE_RESULT and IMPACT
   * measure effect [S:KIT8].
   *
   * @return the category, never null
   */
  public IndicatorCategory category() {
    return this == INTERMEDIATE_RESULT || this == IMPACT ? IndicatorCategory.EFFECT : IndicatorCategory.MANAGEMENT;
  }
}
