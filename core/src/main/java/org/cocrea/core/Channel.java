package org.cocrea.core;

/**
 * Channel through which a public call was spread [S:YUC].
 *
 * @since 0.1.0
 */
public enum Channel implements Labelled {
  /** Sitio web (Website). */
  WEB("Sitio web", "Website"),
  /** Redes sociales (Social media). */
  SOCIAL_MEDIA("Redes sociales", "Social media"),
  /** Prensa (Press). */
  PRESS("Prensa", "Press"),
  /** Presencial (In person). */
  IN_PERSON("Presencial", "In person");

  private final String labelEs;
  private final String labelEn;

  Channel(String labelEs, String labelEn) {
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
