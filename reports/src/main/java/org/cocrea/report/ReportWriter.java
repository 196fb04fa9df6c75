package org.cocrea.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes a {@link ReportRun} in one {@link ReportFormat}. Writers are stateless and thread-safe; get one with {@link
 * #of(ReportFormat)}. Every text of the report is in the run's language (Spanish by default, or English). A writer
 * is a loop over the format's {@link ReportStream}, for a run already in memory: the stream is what writes each
 * format, so a writer and a stream give the same bytes by construction.
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
    return new StreamingReportWriter(format);
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
