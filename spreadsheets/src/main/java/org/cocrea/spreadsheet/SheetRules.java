package org.cocrea.spreadsheet;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cocrea.validation.Severity;

/**
 * The rules of a workbook import, each with a stable id beside the file rules (JSON-, LIM-, SCH-, INT-): what makes
 * a workbook unreadable or hostile ({@code XLS-01} to {@code XLS-05}) and what a tolerant import passes on with a
 * note ({@code XLS-06} to {@code XLS-11}).
 *
 * <pre>{@code
 * SheetRules.all().forEach(r -> System.out.println(r.id() + " " + r.statement(Locale.ENGLISH)));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SheetRules {

  /**
   * One rule.
   *
   * @param id the stable id, such as {@code XLS-05}
   * @param severity its severity
   */
  public record Rule(String id, Severity severity) {

    /**
     * What the rule asks, in a language.
     *
     * @param locale Spanish (es-MX) or English
     * @return the statement, never null
     */
    public String statement(Locale locale) {
      return Messages.get(id + ".statement", locale, List.of());
    }
  }

  static final String NOT_A_WORKBOOK = "XLS-01";
  static final String ENCRYPTED = "XLS-02";
  static final String LIMIT = "XLS-03";
  static final String XML_ENTITY = "XLS-04";
  static final String FORMULA = "XLS-05";
  static final String IGNORED = "XLS-06";
  static final String CONFLICT = "XLS-07";
  static final String ORPHAN = "XLS-08";
  static final String NOT_OF_TYPE = "XLS-09";
  static final String EXTERNAL_LINK = "XLS-10";
  static final String NO_HEADINGS = "XLS-11";

  private static final List<Rule> ALL = List.of(
      new Rule(NOT_A_WORKBOOK, Severity.ERROR),
      new Rule(ENCRYPTED, Severity.ERROR),
      new Rule(LIMIT, Severity.ERROR),
      new Rule(XML_ENTITY, Severity.ERROR),
      new Rule(FORMULA, Severity.ERROR),
      new Rule(IGNORED, Severity.WARNING),
      new Rule(CONFLICT, Severity.WARNING),
      new Rule(ORPHAN, Severity.ERROR),
      new Rule(NOT_OF_TYPE, Severity.WARNING),
      new Rule(EXTERNAL_LINK, Severity.WARNING),
      new Rule(NO_HEADINGS, Severity.WARNING));

  private SheetRules() {}

  /**
   * Every rule, in id order.
   *
   * @return the rules, never null
   */
  public static List<Rule> all() {
    return ALL;
  }

  /**
   * A rule by id.
   *
   * @param id such as {@code XLS-03}
   * @return the rule, empty when unknown
   */
  public static Optional<Rule> byId(String id) {
    return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  static Severity severity(String id) {
    return byId(id).map(Rule::severity).orElse(Severity.ERROR);
  }
}
