package org.cocrea.report;

import org.cocrea.report.internal.Labels;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.cocrea.core.i18n.Texts;
import org.cocrea.serialization.CheckResult;
import org.cocrea.validation.Profile;
import org.cocrea.validation.Severity;
import org.cocrea.validation.ValidationReport;
import org.cocrea.validation.Verdict;

/**
 * The text report written file by file: the header when started, each file's part as soon as it is given, the
 * summary when finished. It keeps only the counts, so a run over any number of files needs memory for one file's
 * findings at a time; the output is exactly what {@link ReportWriter#of(ReportFormat) ReportWriter.of(TEXT)} writes
 * for the same files. Not thread-safe: give the files from one thread, in report order. {@link
 * ReportStream#start(ReportFormat, Writer, Locale, Profile, LocalDate, String)} starts it for {@code TEXT}.
 *
 * <pre>{@code
 * TextReportStream report = TextReportStream.start(out, Locale.ENGLISH, Profile.INAI_CORE, asOf, "0.1.0");
 * for (Path file : files) {
 *   report.file(checker.check(file));
 * }
 * report.finish();
 * boolean ok = report.conforms();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class TextReportStream implements ReportStream {

  private final Writer out;
  private final Texts labels;
  private final StringBuilder buffer = new StringBuilder();
  private int files;
  private int conforming;
  private int undetermined;
  private Verdict verdict = Verdict.CONFORMS;
  private int errors;
  private int warnings;
  private int infos;
  private boolean finished;
  private boolean closed;

  private TextReportStream(Writer out, Texts labels) {
    this.out = out;
    this.labels = labels;
  }

  /**
   * Starts a report and writes its header.
   *
   * @param out where to write, must not be null; flushed by {@link #finish()}, never closed
   * @param locale the language: English for {@code en}, Spanish (es-MX) otherwise, must not be null
   * @param profile the profile the files are checked with, must not be null
   * @param asOf the as-of date of the check, must not be null
   * @param toolVersion the version of cocrea, must not be null
   * @return the started report, never null
   * @throws IOException if writing fails
   */
  public static TextReportStream start(Writer out, Locale locale, Profile profile, LocalDate asOf, String toolVersion)
      throws IOException {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(toolVersion, "toolVersion");
    TextReportStream stream = new TextReportStream(out, Labels.of(locale));
    TextReport.header(stream.buffer, stream.labels, toolVersion, profile, asOf);
    stream.flushBuffer();
    return stream;
  }

  /**
   * Writes one file's part of the report.
   *
   * @param file the file's result, must not be null
   * @throws IOException if writing fails
   * @throws IllegalStateException if the report is finished or closed
   */
  @Override
  public void file(CheckResult file) throws IOException {
    Objects.requireNonNull(file, "file");
    if (finished || closed) {
      throw new IllegalStateException("the report is finished");
    }
    ValidationReport report = file.report();
    Map<Severity, Integer> counts = report.countsBySeverity();
    errors += counts.get(Severity.ERROR);
    warnings += counts.get(Severity.WARNING);
    infos += counts.get(Severity.INFO);
    conforming += report.conforms() ? 1 : 0;
    undetermined += report.verdict() == Verdict.UNDETERMINED ? 1 : 0;
    verdict = verdict.and(report.verdict());
    files++;
    TextReport.file(buffer, labels, file);
    flushBuffer();
  }

  /**
   * Writes the summary and flushes the writer. Calling it again does nothing.
   *
   * @throws IOException if writing fails
   * @throws IllegalStateException if the report was closed before being finished
   */
  @Override
  public void finish() throws IOException {
    if (finished) {
      return;
    }
    if (closed) {
      throw new IllegalStateException("the report is closed");
    }
    finished = true;
    TextReport.summary(buffer, labels, files, conforming - undetermined, undetermined, errors, warnings, infos);
    flushBuffer();
    out.flush();
  }

  /**
   * Whether every file given so far conforms (none has an ERROR finding).
   *
   * @return true when every file conforms, also when none was given
   */
  @Override
  public boolean conforms() {
    return conforming == files;
  }

  /**
   * The verdict on the files given so far: DOES_NOT_CONFORM if any does not conform, else UNDETERMINED if any is
   * undetermined, else CONFORMS.
   *
   * @return the verdict, never null
   */
  @Override
  public Verdict verdict() {
    return verdict;
  }

  /** Abandons an unfinished report: nothing more is written (the text report holds no temporary file). */
  @Override
  public void close() {
    closed = true;
  }

  private void flushBuffer() throws IOException {
    out.write(buffer.toString());
    buffer.setLength(0);
  }
}
