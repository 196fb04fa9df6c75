package org.cocrea.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.cocrea.serialization.CheckResult;
import org.cocrea.validation.Profile;
import org.cocrea.validation.Verdict;

/**
 * A report written file by file: give it each file's result in report order, then {@link #finish()} it. Each
 * format is written by its stream alone; {@link ReportWriter#of(ReportFormat)} is a loop over the stream for a run
 * already in memory. The text, JSON and SARIF streams keep no file's result once it is given, so a run over any number of
 * files needs memory for one file's report at a time:
 * <ul>
 *   <li>text writes each file's part at once and keeps only the counts for the summary;</li>
 *   <li>JSON says whether every file conforms before the files, so it writes the files' elements to a spool (in
 *       memory up to a few MB, then a temporary file that is deleted when the stream finishes or is closed) and
 *       writes the document when finished;</li>
 *   <li>SARIF lists every artifact before every result, so it spools both arrays the same way.</li>
 * </ul>
 * The temporary files are made in {@code java.io.tmpdir} and need about the size of the report there (10,000 files
 * of 1 MB with 58 findings each: 240 MB for JSON, 454 MB for SARIF) until the report is finished.
 * The HTML stream keeps every result (with its plan, for the timelines) and writes the page when finished, so its
 * memory grows with the number of files. Not thread-safe: give the files from one thread, in report order.
 *
 * <pre>{@code
 * try (ReportStream report = ReportStream.start(ReportFormat.SARIF, out, Locale.ENGLISH, Profile.INAI_CORE,
 *     asOf, "0.1.0")) {
 *   for (Path file : files) {
 *     report.file(checker.check(file));
 *   }
 *   report.finish();
 *   boolean ok = report.conforms();
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public interface ReportStream extends Closeable {

  /**
   * Starts a report in a format; the text stream writes its header at once, the others write nothing before
   * {@link #finish()}.
   *
   * @param format the format, must not be null
   * @param out where to write, must not be null; flushed by {@link #finish()}, never closed
   * @param locale the language: English for {@code en}, Spanish (es-MX) otherwise, must not be null
   * @param profile the profile the files are checked with, must not be null
   * @param asOf the as-of date of the check, must not be null
   * @param toolVersion the version of cocrea, must not be null
   * @return the started report, never null
   * @throws IOException if writing fails
   */
  static ReportStream start(ReportFormat format, Writer out, Locale locale, Profile profile, LocalDate asOf,
      String toolVersion) throws IOException {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(toolVersion, "toolVersion");
    Writer encodable = new SurrogateEscapingWriter(out); // the one point where every report's text meets its encoder
    return switch (format) {
      case TEXT -> TextReportStream.start(encodable, locale, profile, asOf, toolVersion);
      case JSON -> new JsonReportStream(encodable, locale, profile, asOf, toolVersion, Spool.DEFAULT_LIMIT);
      case SARIF -> new SarifReportStream(encodable, locale, profile, asOf, toolVersion, Spool.DEFAULT_LIMIT);
      case HTML -> new WholeRunStream(HtmlReport::write, encodable, locale, profile, asOf, toolVersion);
    };
  }

  /**
   * Adds one file's result to the report.
   *
   * @param file the file's result, must not be null
   * @throws IOException if writing fails
   * @throws IllegalStateException if the report is finished or closed
   */
  void file(CheckResult file) throws IOException;

  /**
   * Writes what is left of the report and flushes the writer. Calling it again does nothing.
   *
   * @throws IOException if writing fails
   * @throws IllegalStateException if the report was closed before being finished
   */
  void finish() throws IOException;

  /**
   * Whether every file given so far conforms (none has an ERROR finding).
   *
   * @return true when every file conforms, also when none was given
   */
  boolean conforms();

  /**
   * The verdict on the files given so far ({@link Verdict#and(Verdict)} of theirs): DOES_NOT_CONFORM if any has an
   * ERROR finding, else UNDETERMINED if any could not be decided because facts are not recorded, else CONFORMS (also
   * when none was given). {@code cocrea validate --require-complete} exits 1 unless it is CONFORMS.
   *
   * <pre>{@code
   * report.finish();
   * int exit = report.verdict() == Verdict.DOES_NOT_CONFORM ? 1 : 0;
   * }</pre>
   *
   * @return the verdict, never null
   * @since 0.1.0
   */
  Verdict verdict();

  /**
   * Releases what the report holds: an unfinished report is abandoned (its temporary files deleted, nothing more
   * written); a finished one is left as it is. Calling it again does nothing.
   *
   * @throws IOException if a temporary file cannot be deleted
   */
  @Override
  void close() throws IOException;
}
