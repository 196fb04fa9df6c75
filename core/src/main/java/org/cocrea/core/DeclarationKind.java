package org.cocrea.core;

/**
 * Kind of joint declaration: the original signature or a later re-affirmation (refrendo) [S:APT Tabasco].
 *
 * @since 0.1.0
 */
public enum DeclarationKind implements Labelled {
  /** Declaración original (Original declaration). */
  ORIGINAL("Declaración original", "Original declaration"),
  /** Refrendo (Re-affirmation). */
  REAFFIRMATION("Refrendo", "Re-affirmation");

  private final String labelEs;
  private final String labelEn;

  DeclarationKind(String labelEs, String labelEn) {
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
