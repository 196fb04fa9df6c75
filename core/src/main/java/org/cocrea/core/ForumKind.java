package org.cocrea.core;

/**
 * What a multi-stakeholder forum is and how it is called (real-records.md §8).
 *
 * <pre>{@code
 * String label = ForumKind.STL.label(java.util.Locale.forLanguageTag("es-MX")); // "Secretariado Técnico Local"
 * }</pre>
 *
 * @since 0.2.0
 */
public enum ForumKind implements Labelled {
  /** Secretariado Técnico Local (Local Technical Secretariat). */
  STL("Secretariado Técnico Local", "Local Technical Secretariat"),
  /** Grupo impulsor (Promoter group). */
  PROMOTER_GROUP("Grupo impulsor", "Promoter group"),
  /** Coalición (Coalition). */
  COALITION("Coalición", "Coalition"),
  /** Foro multiactor (Multi-stakeholder forum). */
  MULTI_STAKEHOLDER_FORUM("Foro multiactor", "Multi-stakeholder forum"),
  /** Otro (Other). */
  OTHER("Otro", "Other");

  private final String labelEs;
  private final String labelEn;

  ForumKind(String labelEs, String labelEn) {
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
