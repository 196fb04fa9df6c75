package org.cocrea.core;

/**
 * Sector of an organisation or of a seat, as recorded (seat sector is data, not code) [S:SRC][S:APT][S:KIT7].
 *
 * @since 0.1.0
 */
public enum Sector implements Labelled {
  /** Gobierno (Government). */
  GOVERNMENT("Gobierno", "Government"),
  /** Organismo garante local (Local guarantor body). */
  GUARANTOR_BODY("Organismo garante local", "Local guarantor body"),
  /** Sociedad civil (Civil society). */
  CIVIL_SOCIETY("Sociedad civil", "Civil society"),
  /** Organismo autónomo (Autonomous body). */
  AUTONOMOUS_BODY("Organismo autónomo", "Autonomous body"),
  /** Academia (Academia). */
  ACADEMIA("Academia", "Academia"),
  /** Sector privado (Private sector). */
  PRIVATE_SECTOR("Sector privado", "Private sector"),
  /** Organismo garante nacional (INAI) (National guarantor body (INAI)). */
  NATIONAL_GUARANTOR("Organismo garante nacional (INAI)", "National guarantor body (INAI)"),
  /** Organismo internacional (International organisation). */
  INTERNATIONAL("Organismo internacional", "International organisation"),
  /** Medios de comunicación (Media). */
  MEDIA("Medios de comunicación", "Media"),
  /** Organización religiosa (Religious organisation). */
  RELIGIOUS("Organización religiosa", "Religious organisation");

  private final String labelEs;
  private final String labelEn;

  Sector(String labelEs, String labelEn) {
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
