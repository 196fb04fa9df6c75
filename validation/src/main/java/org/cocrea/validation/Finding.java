package org.cocrea.validation;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in an exercise or in the file that holds it: which rule, how serious, exactly where (a JSON
 * Pointer into the exercise's JSON form and, when read from a file, the line and column; when read from a workbook,
 * the cell), and why, as a message key with arguments and as a message rendered in the report's language.
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
 * @param cell the workbook cell the finding comes from, when the exercise was read from a workbook (then line and
 *     column are its row and column); empty otherwise, never null
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
    String message,
    Optional<CellRef> cell) {

  /**
   * Orders JSON Pointers as a reader of the document meets them: token by token, list indexes by number ({@code
   * /plans/0/commitments/2} before {@code /plans/0/commitments/10}) and before any other token, other tokens as text,
   * a parent before its children.
   */
  public static final Comparator<String> POINTER_ORDER = Finding::comparePointers;

  /**
   * Findings in a deterministic order: pointer ({@link #POINTER_ORDER}), then rule id, severity, message, line and
   * column.
   */
  public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::pointer, POINTER_ORDER)
      .thenComparing(Finding::ruleId)
      .thenComparing(Finding::severity)
      .thenComparing(Finding::message)
      .thenComparingInt(Finding::line)
      .thenComparingInt(Finding::column);

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
    Objects.requireNonNull(cell, "cell");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must not be negative: " + line + ":" + column);
    }
  }

  /**
   * A finding without a cell (of a JSON file or an exercise in memory).
   *
   * <pre>{@code
   * Finding f = new Finding("STL-03", Severity.ERROR, "/stls/0", 12, 5, "STL-03", List.of(), "...");
   * }</pre>
   *
   * @param ruleId the rule, never null
   * @param severity its severity, never null
   * @param pointer RFC 6901 pointer, never null
   * @param line 1-based line, 0 when unknown
   * @param column 1-based column, 0 when unknown
   * @param messageKey the message's key, never null
   * @param arguments the message's arguments, never null
   * @param message the rendered message, never null
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if line or column is negative
   */
  public Finding(String ruleId, Severity severity, String pointer, int line, int column, String messageKey,
      List<String> arguments, String message) {
    this(ruleId, severity, pointer, line, column, messageKey, arguments, message, Optional.empty());
  }

  /**
   * The INFO finding that stands for the failures of a rule a report does not show one by one: a report keeps at
   * most {@link ValidatorOptions#maxFindingsPerRule()} findings per rule and file, and sums up the rest in this one
   * (issue 15, M1: a file with hundreds of thousands of failing elements would otherwise need more memory and time
   * for its findings than for its exercise). The rule's result still counts every failure.
   *
   * <pre>{@code
   * Finding more = Finding.omitted("SCH-01", 87_065, 1_000, Locale.ENGLISH);
   * more.message();   // "Rule SCH-01 failed on 87,065 more elements of this exercise, ..."
   * }</pre>
   *
   * @param ruleId the rule, must not be null
   * @param omitted how many failures are not shown, positive
   * @param shown how many are
   * @param locale the language of the message, must not be null
   * @return the finding, at the document's root, with the message key {@code findings.omitted}
   * @since 0.2.0
   */
  public static Finding omitted(String ruleId, int omitted, int shown, Locale locale) {
    String key = "findings.omitted";
    // plain digits: the message formats them, in its language, and chooses singular or plural by them
    List<String> args = List.of(Integer.toString(omitted), Integer.toString(shown), ruleId);
    return new Finding(ruleId, Severity.INFO, "", 0, 0, key, args, Messages.render(key, args, locale));
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
    return new Finding(ruleId, severity, pointer, line, column, messageKey, arguments, message, cell);
  }

  /**
   * This finding at a workbook cell: the cell's row and column become its line and column.
   *
   * <pre>{@code
   * Finding atCell = finding.atCell(new CellRef("Hitos", 7, 4, "Fecha de término"));
   * atCell.line();   // 7
   * }</pre>
   *
   * @param cell the cell, must not be null
   * @return a new finding, never null
   * @since 0.2.0
   */
  public Finding atCell(CellRef cell) {
    return new Finding(ruleId, severity, pointer, cell.row(), cell.column(), messageKey, arguments, message,
        Optional.of(cell));
  }

  private static int comparePointers(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int endA = tokenEnd(a, i + 1);
      int endB = tokenEnd(b, j + 1);
      int c = compareTokens(a.substring(i + 1, endA), b.substring(j + 1, endB));
      if (c != 0) {
        return c;
      }
      i = endA;
      j = endB;
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static int tokenEnd(String pointer, int from) {
    int slash = pointer.indexOf('/', from);
    return slash < 0 ? pointer.length() : slash;
  }

  private static int compareTokens(String a, String b) {
    boolean numberA = isIndex(a);
    boolean numberB = isIndex(b);
    if (numberA != numberB) {
      return numberA ? -1 : 1;
    }
    if (numberA && a.length() != b.length()) {
      return Integer.compare(a.length(), b.length());
    }
    return a.compareTo(b);
  }

  /**
   * Whether a pointer's token is a list position: ASCII digits without a leading zero, as RFC 6901 writes an array
   * index (without compiling a pattern for each token of each element a message names).
   */
  static boolean isIndex(String token) {
    if (token.isEmpty() || (token.length() > 1 && token.charAt(0) == '0')) {
      return false;
    }
    for (int k = 0; k < token.length(); k++) {
      if (token.charAt(k) < '0' || token.charAt(k) > '9') {
        return false;
      }
    }
    return true;
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
