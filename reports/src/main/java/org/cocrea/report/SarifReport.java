package org.cocrea.report;

import org.cocrea.report.internal.Labels;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cocrea.core.i18n.Texts;
import org.cocrea.validation.CellRef;
import org.cocrea.validation.Finding;
import org.cocrea.validation.NotRecorded;
import org.cocrea.validation.Profile;
import org.cocrea.validation.Severity;
import org.cocrea.validation.Verdict;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The parts of the SARIF 2.1.0 report, which {@link SarifReportStream} writes: one run whose driver is cocrea, with
 * every rule id a report can cite (file, engine and catalogue rules), one artifact per file and one result per
 * finding, located by line and column and by the finding's JSON Pointer (as a logical location and in the result's
 * property bag). A workbook's finding is located at its cell: the region's line and column are the cell's row and
 * column number, its first logical location is the cell ({@code Hitos!D7}, with the sheet, row, column and heading in
 * its property bag, which the result's repeats), the JSON Pointer the second. A subject a rule could not judge because facts are not recorded is a result of {@code kind}
 * {@code "open"} (SARIF 2.1.0 §3.27.9: the rule was evaluated and there was not enough information to decide) with
 * {@code level} {@code "none"}, as the specification requires for any kind but {@code "fail"}; its property bag
 * names the rule's severity and the facts that would decide it. The invocation's property bag carries the run's
 * verdict.
 */
final class SarifReport {

  /** The OASIS location of the SARIF 2.1.0 schema (never fetched by cocrea). */
  static final String SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  /** The media type of an Office Open XML workbook (a workbook checked through its import). */
  static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private SarifReport() {}

  /** The position of every rule id in the driver's {@code rules}, in {@link RuleDescriptor#all()} order. */
  static Map<String, Integer> ruleIndex() {
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (RuleDescriptor d : RuleDescriptor.all()) {
      ruleIndex.put(d.id(), ruleIndex.size());
    }
    return ruleIndex;
  }

  /** The run's members before {@code artifacts}: the tool with its rules, the invocation, language, column kind. */
  static ObjectNode runHead(Locale locale, Profile profile, LocalDate asOf, String toolVersion, Verdict verdict) {
    Texts l = Labels.of(locale);
    Locale lang = l.language();
    ObjectNode sarifRun = JsonReport.MAPPER.createObjectNode();
    ObjectNode driver = sarifRun.putObject("tool").putObject("driver");
    driver.put("name", "cocrea");
    driver.put("version", toolVersion);
    ArrayNode rules = driver.putArray("rules");
    for (RuleDescriptor d : RuleDescriptor.all()) {
      ObjectNode r = rules.addObject();
      r.put("id", d.id());
      r.putObject("shortDescription").put("text", d.statement(lang));
      r.putObject("fullDescription").put("text", d.statement(lang) + " (" + l.get("rule.source") + ": "
          + d.citation(lang) + ")");
      // No helpUri: the project has no published site yet, and a link that does not resolve would mislead.
      r.putObject("help").put("text", d.statement(lang) + " (" + l.get("rule.source") + ": " + d.citation(lang)
          + "). docs/rules.md#" + d.anchor());
      r.putObject("defaultConfiguration").put("level", level(d.severityIn(profile)));
      ObjectNode props = r.putObject("properties");
      props.put("category", d.category());
      props.put("categoryLabel", d.categoryLabel(lang));
      props.put("source", d.source());
      props.putArray("tags").add(d.category());
    }

    ObjectNode invocation = sarifRun.putArray("invocations").addObject();
    invocation.put("executionSuccessful", true);
    ObjectNode invocationProps = invocation.putObject("properties");
    invocationProps.put("asOf", asOf.toString());
    invocationProps.put("profile", profile.name());
    invocationProps.put("verdict", verdict.name());

    sarifRun.put("language", l.tag());
    sarifRun.put("columnKind", "utf16CodeUnits");
    return sarifRun;
  }

  /** One element of {@code artifacts}: a file checked. */
  static ObjectNode artifact(String uri, List<String> notJudged, List<String> outsideFrameworks) {
    ObjectNode artifact = JsonReport.MAPPER.createObjectNode();
    artifact.putObject("location").put("uri", uri);
    artifact.putArray("roles").add("analysisTarget");
    artifact.put("mimeType", uri.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? XLSX_TYPE : "application/json");
    if (!notJudged.isEmpty()) { // the time-aware rules checked without a date: not judged
      ArrayNode rules = artifact.putObject("properties").putArray("notJudged");
      notJudged.forEach(rules::add);
    }
    if (!outsideFrameworks.isEmpty()) { // rules of no framework the exercise follows: not applicable
      ObjectNode properties = artifact.has("properties") ? (ObjectNode) artifact.get("properties")
          : artifact.putObject("properties");
      ArrayNode rules = properties.putArray("outsideFrameworks");
      outsideFrameworks.forEach(rules::add);
    }
    return artifact;
  }

  /** One element of {@code results}: a finding of the file at {@code artifactIndex}, whose URI is {@code uri}. */
  static ObjectNode result(Finding f, String uri, int artifactIndex, Map<String, Integer> ruleIndex) {
    ObjectNode result = JsonReport.MAPPER.createObjectNode();
    result.put("ruleId", f.ruleId());
    Integer index = ruleIndex.get(f.ruleId());
    if (index != null) {
      result.put("ruleIndex", index);
    }
    result.put("level", level(f.severity()));
    result.putObject("message").put("text", f.message());
    ObjectNode location = result.putArray("locations").addObject();
    ObjectNode physical = location.putObject("physicalLocation");
    ObjectNode artifactLocation = physical.putObject("artifactLocation");
    artifactLocation.put("uri", uri);
    artifactLocation.put("index", artifactIndex);
    if (f.hasLocation()) {
      ObjectNode region = physical.putObject("region");
      region.put("startLine", f.line());
      if (f.column() > 0) {
        region.put("startColumn", f.column());
      }
    }
    ArrayNode logical = null;
    if (f.cell().isPresent()) {
      // a workbook's finding: the cell is where a person looks, as a spreadsheet names it (Hitos!D7)
      CellRef cell = f.cell().get();
      logical = location.putArray("logicalLocations");
      ObjectNode place = logical.addObject();
      place.put("name", cell.a1());
      place.put("fullyQualifiedName", cell.qualified());
      ObjectNode cellProps = place.putObject("properties");
      cellProps.put("sheet", cell.sheet());
      cellProps.put("row", cell.row());
      cellProps.put("column", cell.column());
      cellProps.put("columnLetters", cell.columnLetters());
      if (!cell.heading().isEmpty()) {
        cellProps.put("heading", cell.heading());
      }
    }
    if (!f.pointer().isEmpty()) {
      (logical != null ? logical : location.putArray("logicalLocations")).addObject()
          .put("fullyQualifiedName", f.pointer());
    }
    ObjectNode props = result.putObject("properties");
    props.put("jsonPointer", f.pointer());
    props.put("severity", f.severity().name());
    f.cell().ifPresent(cell -> {
      props.put("sheet", cell.sheet());
      props.put("row", cell.row());
      props.put("column", cell.column());
    });
    return result;
  }

  /**
   * One element of {@code results} for a subject a rule could not judge: kind {@code open}, level {@code none}, at
   * the subject's pointer (a logical location: the subject is not recorded, so often has no place in the file).
   */
  static ObjectNode openResult(NotRecorded n, String uri, int artifactIndex, Map<String, Integer> ruleIndex,
      Texts l) {
    ObjectNode result = JsonReport.MAPPER.createObjectNode();
    result.put("ruleId", n.ruleId());
    Integer index = ruleIndex.get(n.ruleId());
    if (index != null) {
      result.put("ruleIndex", index);
    }
    result.put("kind", "open");
    result.put("level", "none");
    result.putObject("message").put("text", l.get("notRecorded.message", String.join(", ", n.facts())));
    ObjectNode location = result.putArray("locations").addObject();
    ObjectNode artifactLocation = location.putObject("physicalLocation").putObject("artifactLocation");
    artifactLocation.put("uri", uri);
    artifactLocation.put("index", artifactIndex);
    if (!n.pointer().isEmpty()) {
      location.putArray("logicalLocations").addObject().put("fullyQualifiedName", n.pointer());
    }
    ObjectNode props = result.putObject("properties");
    props.put("jsonPointer", n.pointer());
    props.put("severity", n.severity().name());
    props.put("outcome", "NOT_RECORDED");
    ArrayNode facts = props.putArray("facts");
    n.facts().forEach(facts::add);
    return result;
  }

  /** The SARIF level of a severity: error, warning or note. */
  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /**
   * A URI reference for a file path as given: relative paths stay relative (with {@code /} separators), absolute
   * paths become {@code file:} URIs; anything else is percent-encoded.
   */
  static String uriOf(String source) {
    try {
      Path path = Path.of(source);
      if (path.isAbsolute()) {
        return path.toUri().toASCIIString();
      }
    } catch (InvalidPathException e) {
      // not a path of this platform: encode it as it is
    }
    String slashed = source.replace('\\', '/');
    try {
      String encoded = new URI(null, null, slashed, null).toASCIIString();
      int colon = encoded.indexOf(':');
      int slash = encoded.indexOf('/');
      if (colon >= 0 && (slash < 0 || colon < slash)) {
        encoded = "./" + encoded;   // "a:b.json" would otherwise read as a URI with scheme "a"
      }
      return encoded;
    } catch (URISyntaxException e) {
      return "about:invalid";
    }
  }
}
