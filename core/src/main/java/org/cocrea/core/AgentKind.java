package org.cocrea.core;

/**
 * Whether an actor named without a record is an organisation or a person.
 *
 * <pre>{@code
 * String label = AgentKind.ORGANIZATION.label(java.util.Locale.forLanguageTag("es-MX")); // "Organización"
 * }</pre>
 *
 * @since 0.2.0
 */
public enum AgentKind implements Labelled {
  /** Organización (Organisation). */
  ORGANIZATION("Organización", "Organisation"),
  /** Persona (Person). */
  PERSON("Persona", "Person");

  private final String labelEs;
  private final String labelEn;

  AgentKind(String labelEs, String labelEn) {
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
