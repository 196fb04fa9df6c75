package org.cocrea.core;

import java.util.Locale;
import java.util.Objects;
import org.cocrea.core.i18n.Texts;

/**
 * A code of the model that carries its human label in Spanish (es-MX, the methodology's language) and English.
 *
 * <pre>{@code
 * Sector.CIVIL_SOCIETY.labelEs();                       // "Sociedad civil"
 * Sector.CIVIL_SOCIETY.label(Locale.ENGLISH);            // "Civil society"
 * }</pre>
 *
 * @since 0.1.0
 */
public interface Labelled {

  /**
   * The Spanish label, as the methodology writes it.
   *
   * @return the label, never null
   */
  String labelEs();

  /**
   * The English label.
   *
   * @return the label, never null
   */
  String labelEn();

  /**
   * The label in the given language: English when the locale's language is {@code en}, Spanish otherwise. The JVM's
   * default locale is never consulted.
   *
   * @param locale the language wanted, must not be null
   * @return the label, never null
   */
  default String label(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return Texts.isEnglish(locale) ? labelEn() : labelEs();
  }
}
