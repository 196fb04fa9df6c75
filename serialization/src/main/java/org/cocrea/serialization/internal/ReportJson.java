package org.cocrea.serialization.internal;

import java.time.LocalDate;
import java.util.Locale;
import org.cocrea.core.i18n.Texts;
import org.cocrea.serialization.CheckResult;
import org.cocrea.validation.Finding;
import org.cocrea.validation.NotRecorded;
import org.cocrea.validation.Profile;
import org.cocrea.validation.RuleResult;
import org.cocrea.validation.ValidationReport;
import org.cocrea.validation.Verdict;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The parts of the JSON report, in the shape {@code cocrea-report.schema.json} documents: run settings at the top,
 * then {@code files} with {@code path}, {@code conforms}, {@code verdict}, {@code findings} (a workbook's with their
 * {@code cell}: sheet, row, column and heading), {@code notRecorded},
 * {@code frameworks} (the programmes the exercise was judged under), {@code rules} (each with {@code notJudged}, the
 * reason, when the rule was not judged) and, when a file's check had no date, {@code notJudged}. The one definition of that shape: the report streams of {@code cocrea-reports} write
 * their documents from these parts, and the Jackson module writes a {@code ValidationReport} or a {@code CheckResult}
 * as a one-file report with them.
 */
public final class ReportJson {

  /** The version of the report's shape; it changes only when the shape changes incompatibly. */
  public static final String REPORT_VERSION = "1.0";

  /** The version of cocrea ({@link org.cocrea.serialization.CocreaJson#TOOL_VERSION}, its one definition). */
  public static final String TOOL_VERSION = org.cocrea.serialization.CocreaJson.TOOL_VERSION;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ReportJson() {}

  /**
   * The members before {@code files}: run settings, whether every file conforms and the run's verdict.
   *
   * @param asOf the date of the run, or null when the time-aware rules were off
   */
  public static ObjectNode head(Locale locale, Profile profile, LocalDate asOf, String toolVersion,
      boolean conforms, Verdict verdict) {
    ObjectNode root = NODES.objectNode();
    root.put("reportVersion", REPORT_VERSION);
    ObjectNode tool = root.putObject("tool");
    tool.put("name", "cocrea");
    tool.put("version", toolVersion);
    if (asOf != null) {
      root.put("asOf", asOf.toString());
    } else {
      root.putNull("asOf");
    }
    root.put("profile", profile.name());
    root.put("lang", Texts.isEnglish(locale) ? "en" : "es");
    root.put("conforms", conforms);
    root.put("verdict", verdict.name());
    return root;
  }

  /** One element of {@code files}. */
  public static ObjectNode file(CheckResult file) {
    return file(file.source(), file.report());
  }

  /** One element of {@code files}: a report about the file at {@code path}. */
  public static ObjectNode file(String path, ValidationReport report) {
    ObjectNode f = NODES.objectNode();
    f.put("path", path);
    f.put("conforms", report.conforms());
    f.put("verdict", report.verdict().name());
    ArrayNode findings = f.putArray("findings");
    for (Finding finding : report.findings()) {
      ObjectNode n = findings.addObject();
      n.put("ruleId", finding.ruleId());
      n.put("severity", finding.severity().name());
      n.put("pointer", finding.pointer());
      n.put("line", finding.line());
      n.put("column", finding.column());
      n.put("message", finding.message());
      finding.cell().ifPresent(cell -> {
        // a workbook's finding: the cell as a person finds it (issue 14), the same facts SARIF's logical location has
        ObjectNode c = n.putObject("cell");
        c.put("sheet", cell.sheet());
        c.put("row", cell.row());
        c.put("column", cell.column());
        c.put("columnLetters", cell.columnLetters());
        c.put("heading", cell.heading());
      });
    }
    ArrayNode unrecorded = f.putArray("notRecorded");
    for (NotRecorded n : report.notRecorded()) {
      ObjectNode o = unrecorded.addObject();
      o.put("ruleId", n.ruleId());
      o.put("severity", n.severity().name());
      o.put("pointer", n.pointer());
      ArrayNode facts = o.putArray("facts");
      n.facts().forEach(facts::add);
    }
    if (!report.frameworks().isEmpty()) {
      ArrayNode frameworks = f.putArray("frameworks");
      report.frameworks().forEach(fw -> frameworks.add(fw.name()));
    }
    java.util.Map<String, String> notJudgedWhy = new java.util.HashMap<>();
    report.notJudgedRules().forEach(n -> notJudgedWhy.put(n.ruleId(), n.reason().name()));
    ArrayNode rules = f.putArray("rules");
    for (RuleResult r : report.results()) {
      ObjectNode n = rules.addObject();
      n.put("id", r.ruleId());
      n.put("outcome", r.outcome().name());
      n.put("applied", r.applied());
      n.put("failed", r.failed());
      n.put("notRecorded", r.notRecorded());
      if (notJudgedWhy.containsKey(r.ruleId())) {   // not applicable for want of a date, or of the framework
        n.put("notJudged", notJudgedWhy.get(r.ruleId()));
      }
    }
    if (!report.notJudged().isEmpty()) {
      ArrayNode notJudged = f.putArray("notJudged");
      report.notJudged().forEach(notJudged::add);
    }
    return f;
  }

  /** A whole report about one file or exercise: the settings of its check and one element of {@code files}. */
  public static ObjectNode document(String path, ValidationReport report) {
    ObjectNode root = head(report.locale(), report.profile(), report.asOf().orElse(null), TOOL_VERSION,
        report.conforms(), report.verdict());
    root.putArray("files").add(file(path, report));
    return root;
  }
}
