package org.cocrea.validation.regime;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.cocrea.validation.Messages;

/**
 * A regime table that cannot be read: malformed CSV, an unknown column, a date, status or legal nature that is not
 * one, a row without a source. It names the file, the line and the column (both 1-based) and says what is wrong in
 * Spanish (es-MX) or English; {@link #getMessage()} gives both, never the JVM's default language alone.
 *
 * <pre>{@code
 * try {
 *   StateRegimes table = StateRegimes.read(Path.of("my-regimes.csv"));
 * } catch (RegimeTableException e) {
 *   System.err.println(e.message(Locale.ENGLISH));
 *   // my-regimes.csv:3:26: the date "2026-13-01" in column extinguished_on is not valid: expected YYYY, ...
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class RegimeTableException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String key;
  private final List<String> arguments;

  RegimeTableException(String source, int line, int column, String key, Object... arguments) {
    super(text(source, line, column, key, List.of(strings(arguments)), Locale.forLanguageTag("es-MX")) + " / "
        + text(source, line, column, key, List.of(strings(arguments)), Locale.ENGLISH));
    this.source = source;
    this.line = line;
    this.column = column;
    this.key = key;
    this.arguments = List.of(strings(arguments));
  }

  /**
   * The file (or name) the table was read from.
   *
   * @return the name, never null
   */
  public String source() {
    return source;
  }

  /**
   * The line of the problem, 1-based.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * The column of the problem, 1-based (characters from the start of the line).
   *
   * @return the column
   */
  public int column() {
    return column;
  }

  /**
   * The problem with its location, in the language of a locale: {@code "file:line:column: what"}.
   *
   * @param locale English for {@code en}, Spanish (es-MX) otherwise; must not be null
   * @return the message, never null
   */
  public String message(Locale locale) {
    return text(source, line, column, key, arguments, Objects.requireNonNull(locale, "locale"));
  }

  private static String text(String source, int line, int column, String key, List<String> args, Locale locale) {
    return source + ":" + line + ":" + column + ": " + Messages.render(key, args, locale);
  }

  private static String[] strings(Object[] arguments) {
    String[] s = new String[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      s[i] = String.valueOf(arguments[i]);
    }
    return s;
  }
}
