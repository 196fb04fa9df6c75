package org.cocrea.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.core.i18n.Texts;
import org.cocrea.serialization.CheckResult;
import org.cocrea.validation.Finding;
import org.cocrea.validation.NotRecorded;
import org.cocrea.validation.Outcome;
import org.cocrea.validation.Profile;
import org.cocrea.validation.Severity;
import org.cocrea.validation.ValidationReport;
import org.cocrea.validation.Verdict;

/**
 * The parts of the report for people at a terminal: a header, then per file its findings grouped by rule, then a
 * summary. {@link TextReportStream} writes them in that order.
 */
final class TextReport {

  private static final String NL = "\n";

  private TextReport() {}

  /** The header: tool, title, profile, as-of date and language. */
  static void header(StringBuilder s, Texts l, String toolVersion, Profile profile, Object asOf) {
    s.append(l.get("report.tool", toolVersion)).append(" · ").append(l.get("report.title")).append(NL)
        .append(l.get("report.profile")).append(": ").append(profile.label(l.language()))
        .append(" · ").append(l.get("report.asOf")).append(": ").append(asOf)
        .append(" · ").append(l.get("report.lang")).append(": ").append(l.get("lang.name")).append(NL);
  }

  /**
   * The closing summary line: files by verdict, findings by severity.
   *
   * @param conforming files whose verdict is CONFORMS
   * @param undetermined files whose verdict is UNDETERMINED
   */
  static void summary(StringBuilder s, Texts l, int files, int conforming, int undetermined, int errors, int warnings,
      int infos) {
    s.append(NL).append(l.get("summary.title")).append(": ")
        .append(l.get("summary.line", files, conforming, files - conforming - undetermined, errors, warnings, infos,
            undetermined))
        .append(NL);
  }

  /** The label of a verdict, as the file headings show it. */
  static String verdict(Texts l, Verdict verdict) {
    return switch (verdict) {
      case CONFORMS -> l.get("file.conforms");
      case DOES_NOT_CONFORM -> l.get("file.notConforms");
      case UNDETERMINED -> l.get("file.undetermined");
    };
  }

  static void file(StringBuilder s, Texts l, CheckResult file) {
    ValidationReport report = file.report();
    Map<Severity, Integer> counts = report.countsBySeverity();
    s.append(NL).append("== ").append(oneLine(file.source())).append(": ")
        .append(verdict(l, report.verdict()))
        .append(" (").append(l.get("file.counts", counts.get(Severity.ERROR), counts.get(Severity.WARNING),
            counts.get(Severity.INFO))).append(")").append(NL);
    if (file.exercise().isEmpty() && report.results().isEmpty()) {
      s.append("   ").append(l.get("file.unreadable")).append(NL);
    } else {
      Map<Outcome, Integer> outcomes = report.countsByOutcome();
      s.append("   ").append(l.get("file.rules", outcomes.get(Outcome.PASS), outcomes.get(Outcome.FAIL),
          outcomes.get(Outcome.NOT_APPLICABLE), outcomes.get(Outcome.NOT_RECORDED))).append(NL);
    }
    notRecorded(s, l, report);
    if (!report.notJudged().isEmpty()) {
      s.append("   ").append(l.get("file.notJudged", String.join(", ", report.notJudged()))).append(NL);
    }
    if (!report.outsideFrameworks().isEmpty()) {
      s.append("   ").append(l.get("file.outsideFrameworks", frameworks(report, l.language()),
          String.join(", ", report.outsideFrameworks()))).append(NL);
    }
    if (report.findings().isEmpty()) {
      s.append("   ").append(l.get("file.noFindings")).append(NL);
      return;
    }
    String unknown = l.get("finding.noLocation");
    for (Map.Entry<String, List<Finding>> group : Grouping.byRule(report.findings()).entrySet()) {
      String ruleId = group.getKey();
      List<Finding> findings = group.getValue();
      Severity severity = Grouping.worst(findings, ruleId);
      s.append(NL).append("  ").append(ruleId).append(" [").append(l.get("severity." + severity.name())).append("]")
          .append(findings.size() == 1 ? "" : " ×" + findings.size()).append(NL);
      RuleDescriptor.byId(ruleId).ifPresent(d -> {
        s.append("    ").append(l.get("rule.statement")).append(": ").append(oneLine(d.statement(l.language())))
            .append(NL);
        s.append("    ").append(l.get("rule.source")).append(": ")
            .append(d.citation(l.language()).isBlank() ? l.get("rule.none") : oneLine(d.citation(l.language())))
            .append(NL);
      });
      for (Grouping.Shown shown : Grouping.joined(findings, l.language())) {
        Finding f = shown.finding();
        s.append("    ").append(pad(Grouping.location(f, unknown), 9)).append(' ')
            .append(oneLine(Grouping.pointer(f))).append("  ").append(oneLine(f.message())).append(NL);
        if (!shown.sameAt().isEmpty()) {
          s.append("              ").append(oneLine(l.get("finding.sameAtCells",
              shown.sameAt().size(), Grouping.cells(shown.sameAt())))).append(NL);
        }
      }
    }
  }

  /**
   * The subjects the rules could not judge: those of ERROR rules one by one, with the facts that would decide the
   * verdict; the others counted by rule on one line.
   */
  private static void notRecorded(StringBuilder s, Texts l, ValidationReport report) {
    List<NotRecorded> undecided = report.undecided();
    if (!undecided.isEmpty()) {
      s.append("   ").append(l.get("file.undecided", undecided.size())).append(NL);
      for (NotRecorded n : undecided) {
        s.append("    ").append(n.ruleId()).append("  ").append(oneLine(Grouping.pointer(n.pointer())));
        if (!n.facts().equals(List.of(n.pointer()))) {
          s.append("  → ").append(oneLine(String.join(", ", n.facts())));
        }
        s.append(NL);
      }
    }
    Map<String, Long> others = new LinkedHashMap<>();
    report.notRecorded().stream().filter(n -> n.severity() != Severity.ERROR)
        .forEach(n -> others.merge(n.ruleId(), 1L, Long::sum));
    if (!others.isEmpty()) {
      List<String> counts = new ArrayList<>();
      others.forEach((rule, count) -> counts.add(count == 1 ? rule : rule + " ×" + count));
      s.append("   ").append(l.get("file.notRecorded", report.notRecorded().size() - undecided.size(),
          String.join(", ", counts))).append(NL);
    }
  }

  /** Text from a file, on one line: control characters (line breaks, escapes) become visible or spaces. */
  /** The frameworks a report judged its exercise under, by their labels, joined with " + ". */
  static String frameworks(org.cocrea.validation.ValidationReport report, java.util.Locale locale) {
    return String.join(" + ", report.frameworks().stream().map(f -> f.label(locale)).toList());
  }

  static String oneLine(String text) {
    StringBuilder b = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (c == '\n' || c == '\r' || c == '\t') {
        b.append(' ');
      } else if (Character.getType(c) == Character.CONTROL || c == 0x2028 || c == 0x2029
          || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
        b.append(String.format(java.util.Locale.ROOT, "\\u%04X", c));
      } else {
        b.appendCodePoint(c);
      }
    });
    return b.toString();
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
