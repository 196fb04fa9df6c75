package org.cocrea.report;

import org.cocrea.report.internal.Labels;

import java.time.LocalDate;
import java.util.Locale;
import org.cocrea.core.i18n.Texts;
import org.cocrea.serialization.CheckResult;
import org.cocrea.validation.Finding;
import org.cocrea.validation.NotRecorded;
import org.cocrea.validation.Profile;
import org.cocrea.validation.RuleResult;
import org.cocrea.validation.Verdict;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The parts of the JSON report, in the shape {@code cocrea-report.schema.json} documents: run settings at the top,
 * then {@code files} with {@code path}, {@code conforms}, {@code verdict}, {@code findings}, {@code notRecorded} and
 * {@code rules}. {@link
 * JsonReportStream} writes the document from them.
 */
final class JsonReport {

  /** The version of the report's shape; it changes only when the shape changes incompatibly. */
  static final String REPORT_VERSION = "1.0";

  /** Jackson's own setting leaves the caller's writer open when a generator closes (no wrapper needed). */
  static final JsonMapper MAPPER = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  /** Writes the JSON and SARIF reports, whole or in parts: indented by Jackson's default pretty printer. */
  static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

  private JsonReport() {}

  /** The members before {@code files}: run settings, whether every file conforms and the run's verdict. */
  static ObjectNode head(Locale locale, Profile profile, LocalDate asOf, String toolVersion, boolean conforms,
      Verdict verdict) {
    Texts l = Labels.of(locale);
    ObjectNode root = MAPPER.createObjectNode();
    root.put("reportVersion", REPORT_VERSION);
    ObjectNode tool = root.putObject("tool");
    tool.put("name", "cocrea");
    tool.put("version", toolVersion);
    root.put("asOf", asOf.toString());
    root.put("profile", profile.name());
    root.put("lang", l.get("lang.code"));
    root.put("conforms", conforms);
    root.put("verdict", verdict.name());
    return root;
  }

  /** One element of {@code files}. */
  static ObjectNode file(CheckResult file) {
    ObjectNode f = MAPPER.createObjectNode();
    f.put("path", file.source());
    f.put("conforms", file.report().conforms());
    f.put("verdict", file.report().verdict().name());
    ArrayNode findings = f.putArray("findings");
    for (Finding finding : file.report().findings()) {
      ObjectNode n = findings.addObject();
      n.put("ruleId", finding.ruleId());
      n.put("severity", finding.severity().name());
      n.put("pointer", finding.pointer());
      n.put("line", finding.line());
      n.put("column", finding.column());
      n.put("message", finding.message());
    }
    ArrayNode unrecorded = f.putArray("notRecorded");
    for (NotRecorded n : file.report().notRecorded()) {
      ObjectNode o = unrecorded.addObject();
      o.put("ruleId", n.ruleId());
      o.put("severity", n.severity().name());
      o.put("pointer", n.pointer());
      ArrayNode facts = o.putArray("facts");
      n.facts().forEach(facts::add);
    }
    ArrayNode rules = f.putArray("rules");
    for (RuleResult r : file.report().results()) {
      ObjectNode n = rules.addObject();
      n.put("id", r.ruleId());
      n.put("outcome", r.outcome().name());
      n.put("applied", r.applied());
      n.put("failed", r.failed());
      n.put("notRecorded", r.notRecorded());
    }
    return f;
  }
}
