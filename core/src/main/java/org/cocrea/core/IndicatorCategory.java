package org.cocrea.core;

/**
 * Management or effect indicator [S:KIT8].
 *
 * @since 0.1.0
 */
public enum IndicatorCategory implements Labelled {
  /** De gestión (Management). */
  MANAGEMENT("De gestión", "Management"),
  /** De efecto (Effect). */
  EFFECT("De efecto", "Effect");

  private final String labelEs;
  private final String labelEn;

  IndicatorCategory(String labelEs, String labelEn) {
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
