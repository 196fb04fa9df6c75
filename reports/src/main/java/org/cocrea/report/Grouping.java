package org.cocrea.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cocrea.validation.CellRef;
import org.cocrea.validation.Finding;
import org.cocrea.validation.Severity;

/** Orders and groups findings the same way in every human-readable report. */
final class Grouping {

  /** Findings in reading order: line, column, pointer, then {@link Finding#ORDER}. */
  static final Comparator<Finding> READING = Comparator.comparingInt((Finding f) -> f.hasLocation() ? f.line() : Integer.MAX_VALUE)
      .thenComparingInt(Finding::column)
      .thenComparing(Finding.ORDER);

  private Grouping() {}

  /**
   * Findings grouped by rule id: errors' rules first, then warnings', then information; within a severity in rule
   * order (file rules, engine rules, catalogue); findings in reading order.
   */
  static Map<String, List<Finding>> byRule(List<Finding> findings) {
    Map<String, List<Finding>> groups = new LinkedHashMap<>();
    Map<String, Severity> worst = new HashMap<>();
    Map<String, Integer> order = new HashMap<>();
    for (Finding f : findings) {
      worst.merge(f.ruleId(), f.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
      order.computeIfAbsent(f.ruleId(), RuleDescriptor::orderOf);
    }
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Comparator.comparing((Finding f) -> worst.get(f.ruleId()))
        .thenComparingInt(f -> order.get(f.ruleId()))
        .thenComparing(Finding::ruleId)
        .thenComparing(READING));
    for (Finding f : sorted) {
      groups.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
    }
    return groups;
  }

  /**
   * A finding as a report shows it: itself, and the other cells of a workbook where the same finding was made.
   *
   * @param finding the first finding, in reading order
   * @param sameAt the other cells with the same rule, severity and message (apart from the cell), in reading order
   */
  record Shown(Finding finding, List<CellRef> sameAt) {}

  /**
   * The findings of one rule with those that say the same thing at several cells of a workbook joined into the first
   * (issue 14: a column of 300 rows with one mistake is one line, not 300): same severity, message key, arguments and
   * message once the cell in words ({@link CellRef#describe}) is taken off its start. Findings without a cell are
   * each shown.
   */
  static List<Shown> joined(List<Finding> findings, Locale locale) {
    Map<List<Object>, Integer> firstOf = new HashMap<>();
    List<Finding> firsts = new ArrayList<>();
    List<List<CellRef>> others = new ArrayList<>();
    for (Finding f : findings) {
      if (f.cell().isPresent()) {
        List<Object> key = List.of(f.severity(), f.messageKey(), f.arguments(), withoutCell(f, locale));
        Integer at = firstOf.get(key);
        if (at != null) {
          others.get(at).add(f.cell().get());
          continue;
        }
        firstOf.put(key, firsts.size());
      }
      firsts.add(f);
      others.add(new ArrayList<>());
    }
    List<Shown> shown = new ArrayList<>(firsts.size());
    for (int i = 0; i < firsts.size(); i++) {
      shown.add(new Shown(firsts.get(i), List.copyOf(others.get(i))));
    }
    return shown;
  }

  /** A workbook finding's message without the cell in words that begins it. */
  private static String withoutCell(Finding f, Locale locale) {
    String prefix = f.cell().get().describe(locale) + ": ";
    return f.message().startsWith(prefix) ? f.message().substring(prefix.length()) : f.message();
  }

  /** Cells as a spreadsheet names them ({@code Hitos!D5, Hitos!D6}), at most ten, then an ellipsis. */
  static String cells(List<CellRef> cells) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < cells.size() && i < 10; i++) {
      s.append(i == 0 ? "" : ", ").append(cells.get(i).qualified());
    }
    return cells.size() > 10 ? s.append(", …").toString() : s.toString();
  }

  /** The most serious severity among the findings of a rule. */
  static Severity worst(List<Finding> findings, String ruleId) {
    Severity worst = Severity.INFO;
    for (Finding f : findings) {
      if (f.ruleId().equals(ruleId) && f.severity().compareTo(worst) < 0) {
        worst = f.severity();
      }
    }
    return worst;
  }

  /** {@code line:column}, or the label for an unknown location. */
  static String location(Finding f, String unknown) {
    return f.hasLocation() ? f.line() + ":" + f.column() : unknown;
  }

  /** The pointer as shown to people: {@code /} for the whole document. */
  static String pointer(Finding f) {
    return pointer(f.pointer());
  }

  /** A pointer as shown to people: {@code /} for the whole document. */
  static String pointer(String pointer) {
    return pointer.isEmpty() ? "/" : pointer;
  }
}
