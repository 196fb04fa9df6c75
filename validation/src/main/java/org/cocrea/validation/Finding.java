package org.cocrea.validation;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One problem found in an exercise or in the file that holds it: which rule, how serious, exactly where (a JSON
 * Pointer into the exercise's JSON form and, when read from a file, the line and column), and why, as a message key
 * with arguments and as a message rendered in the report's language.
 *
 * <pre>{@code
 * for (Finding f : report.findings()) {
 *   System.out.println(f.ruleId() + " " + f.pointer() + " " + f.message());
 * }
 * }</pre>
 *
 * @param ruleId the stable rule identifier, such as {@code STL-03} or {@code JSON-001}, never null
 * @param severity the severity in the profile used, never null
 * @param pointer RFC 6901 JSON Pointer of the element concerned ({@code ""} for the whole document), never null
 * @param line 1-based line in the source file, 0 when unknown (in-memory exercises)
 * @param column 1-based column in the source file, 0 when unknown
 * @param messageKey key of the message in the rule bundles, never null
 * @param arguments the message's arguments, as text, never null
 * @param message the message rendered in the report's language, never null
 * @since 0.1.0
 */
public record Finding(
    String ruleId,
    Severity severity,
    String pointer,
    int line,
    int column,
    String messageKey,
    List<String> arguments,
    String message) {

  /** Findings in a deterministic order: pointer, then rule id, then message. */
  public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::pointer)
      .thenComparing(Finding::ruleId)
      .thenComparing(Finding::message);

  /**
   * Checks and copies the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if line or column is negative
   */
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(messageKey, "messageKey");
    arguments = List.copyOf(arguments);
    Objects.requireNonNull(message, "message");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must not be negative: " + line + ":" + column);
    }
  }

  /**
   * Whether the finding carries a source location.
   *
   * @return true when line and column are known
   */
  public boolean hasLocation() {
    return line > 0;
  }

  /**
   * This finding with a source location.
   *
   * @param line 1-based line
   * @param column 1-based column
   * @return a new finding, never null
   */
  public Finding withLocation(int line, int column) {
    return new Finding(ruleId, severity, pointer, line, column, messageKey, arguments, message);
  }

  /**
   * One line for people: {@code ERROR STL-03 /stls/0 (12:5): message}.
   *
   * @return the line, never null
   */
  @Override
  public String toString() {
    String where = hasLocation() ? " (" + line + ":" + column + ")" : "";
    return severity + " " + ruleId + " " + (pointer.isEmpty() ? "/" : pointer) + where + ": " + message;
  }
}
