package org.cocrea.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
