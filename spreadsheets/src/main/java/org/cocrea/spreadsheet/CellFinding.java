package org.cocrea.spreadsheet;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.cocrea.validation.CellRef;
import org.cocrea.validation.Severity;

/**
 * A problem an import found in a workbook, at its cell when it has one: a rule of {@link SheetRules}, its severity,
 * the cell, the JSON Pointer of the value concerned in the imported tree ({@code ""} for the whole workbook) and the
 * message's key and arguments, rendered in Spanish or English on demand.
 *
 * <pre>{@code
 * for (CellFinding f : book.findings()) {
 *   System.out.println(f.describe(Locale.forLanguageTag("es-MX")));
 *   // XLS-09 ADVERTENCIA Hoja Hitos, fila 7, columna D (Fecha de término): …
 * }
 * }</pre>
 *
 * @param ruleId the rule, such as {@code XLS-05}, never null
 * @param severity its severity, never null
 * @param cell the cell, empty for the whole workbook or a sheet
 * @param pointer RFC 6901 pointer into the imported tree, {@code ""} when none
 * @param messageKey the message's key in the module's bundle, never null
 * @param arguments the message's arguments, never null
 * @since 0.1.0
 */
public record CellFinding(String ruleId, Severity severity, Optional<CellRef> cell, String pointer, String messageKey,
    List<String> arguments) {

  /**
   * Checks and copies the components.
   *
   * @throws NullPointerException if a component is null
   */
  public CellFinding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(cell, "cell");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(messageKey, "messageKey");
    arguments = List.copyOf(arguments);
  }

  /**
   * The message in a language.
   *
   * @param locale Spanish (es-MX) or English
   * @return the rendered message, never null
   */
  public String message(Locale locale) {
    return Messages.get(messageKey, locale, arguments);
  }

  /**
   * The whole finding in one line: rule, severity, cell in words and message.
   *
   * @param locale Spanish (es-MX) or English
   * @return for example "XLS-05 ERROR Hoja Hitos, fila 7, columna D (Fecha de término): …"
   */
  public String describe(Locale locale) {
    String where = cell.map(c -> c.describe(locale) + ": ").orElse("");
    return ruleId + " " + severity + " " + where + message(locale);
  }
}
