package org.cocrea.serialization;

import java.util.Locale;
import java.util.Objects;
import org.cocrea.core.i18n.Texts;
import org.cocrea.validation.Severity;

/**
 * The descriptor of one file-level rule that the reader checks ({@code JSON-01}, {@code LIM-02}, {@code SCH-01}, …):
 * its stable id, its severity and what it requires, in Spanish and English. Used by tools that list rules ({@code
 * cocrea rules}, SARIF, HTML reports).
 *
 * <pre>{@code
 * for (FileRule r : FileRules.all()) {
 *   System.out.println(r.id() + " " + r.statement(Locale.ENGLISH));
 * }
 * }</pre>
 *
 * @param id the rule id, such as {@code JSON-01}, never null
 * @param severity the severity of its findings, never null
 * @param statementEs what the rule requires, in Spanish (es-MX), never null
 * @param statementEn what the rule requires, in English, never null
 * @since 0.1.0
 */
public record FileRule(String id, Severity severity, String statementEs, String statementEn) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public FileRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(statementEs, "statementEs");
    Objects.requireNonNull(statementEn, "statementEn");
  }

  /**
   * The statement in a language: English for {@code en}, Spanish for every other locale.
   *
   * @param locale the locale, must not be null
   * @return the statement, never null
   */
  public String statement(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return Texts.isEnglish(locale) ? statementEn : statementEs;
  }
}
