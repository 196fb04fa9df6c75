package org.cocrea.report;

import java.time.LocalDate;
import java.util.Locale;
import org.cocrea.serialization.CheckResult;
import org.cocrea.serialization.internal.ReportJson;
import org.cocrea.validation.Profile;
import org.cocrea.validation.Verdict;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The parts of the JSON report, in the shape {@code cocrea-report.schema.json} documents, as {@link ReportJson}
 * writes them (the one definition, shared with the Jackson module's serializers of reports). {@link
 * JsonReportStream} writes the document from them.
 */
final class JsonReport {

  /** The version of the report's shape; it changes only when the shape changes incompatibly. */
  static final String REPORT_VERSION = ReportJson.REPORT_VERSION;

  /** Jackson's own setting leaves the caller's writer open when a generator closes (no wrapper needed). */
  static final JsonMapper MAPPER = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  /** Writes the JSON and SARIF reports, whole or in parts: indented by Jackson's default pretty printer. */
  static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

  private JsonReport() {}

  /** The members before {@code files}: run settings, whether every file conforms and the run's verdict. */
  static ObjectNode head(Locale locale, Profile profile, LocalDate asOf, String toolVersion, boolean conforms,
      Verdict verdict) {
    return ReportJson.head(locale, profile, asOf, toolVersion, conforms, verdict);
  }

  /** One element of {@code files}. */
  static ObjectNode file(CheckResult file) {
    return ReportJson.file(file);
  }
}
