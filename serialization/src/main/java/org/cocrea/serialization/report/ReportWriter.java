package org.cocrea.serialization.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes a {@link ReportRun} in one {@link ReportFormat}. Writers are stateless and thread-safe; get one with {@link
 * #of(ReportFormat)}. Every text of the report is in the run's language (Spanish by default, or English). A writer
 * needs the whole run in memory; {@link ReportStream} writes the same report file by file, in memory that does not
 * grow with the number of files (except HTML).
 *
 * <pre>{@code
 * ReportWriter writer = ReportWriter.of(ReportFormat.SARIF);
 * try (Writer out = Files.newBufferedWriter(Path.of("cocrea.sarif"))) {
 *   writer.write(run, out);
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public interface ReportWriter {

  /**
   * The writer of a format.
   *
   * @param format the format, must not be null
   * @return the writer, never null
   */
  static ReportWriter of(ReportFormat format) {
    Objects.requireNonNull(format, "format");
    return switch (format) {
      case TEXT -> new TextReportWriter();
      case JSON -> new JsonReportWriter();
      case SARIF -> new SarifReportWriter();
      case HTML -> new HtmlReportWriter();
    };
  }

  /**
   * The format this writer produces.
   *
   * @return the format, never null
   */
  ReportFormat format();

  /**
   * Writes the report of a run. The writer is flushed, not closed.
   *
   * @param run the run, must not be null
   * @param out where to write, must not be null
   * @throws IOException if writing fails
   */
  void write(ReportRun run, Writer out) throws IOException;

  /**
   * The report of a run as a string.
   *
   * @param run the run, must not be null
   * @return the report, never null
   */
  default String render(ReportRun run) {
    StringWriter out = new StringWriter();
    try {
      write(run, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
