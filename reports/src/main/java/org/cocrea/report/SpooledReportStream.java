package org.cocrea.report;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.cocrea.serialization.CheckResult;
import org.cocrea.validation.Profile;
import org.cocrea.validation.Verdict;

/**
 * What the JSON, SARIF and whole-run (HTML) streams share: the report's settings, the count of files and of
 * conforming ones, and the life cycle (files, then one finish that writes the document and releases what was kept;
 * close releases it without writing). Subclasses keep each file's parts (spooled, or the whole result for HTML) and
 * write the document around them.
 */
abstract class SpooledReportStream implements ReportStream {

  final Writer out;
  final Locale locale;
  final Profile profile;
  final LocalDate asOf;
  final String toolVersion;
  private int count;
  private long conforming;
  private Verdict verdict = Verdict.CONFORMS;
  private boolean finished;
  private boolean closed;

  SpooledReportStream(Writer out, Locale locale, Profile profile, LocalDate asOf, String toolVersion) {
    this.out = out;
    this.locale = locale;
    this.profile = profile;
    this.asOf = asOf;
    this.toolVersion = toolVersion;
  }

  /** Spools the parts of one file, the {@code index}-th given (from 0). */
  abstract void spool(CheckResult file, int index) throws IOException;

  /** Writes the whole document, copying the spools into it. */
  abstract void write() throws IOException;

  /** Releases the spools (deletes their temporary files); called once the document is written or abandoned. */
  abstract void release() throws IOException;

  @Override
  public final void file(CheckResult file) throws IOException {
    Objects.requireNonNull(file, "file");
    if (finished || closed) {
      throw new IllegalStateException("the report is finished");
    }
    spool(file, count);
    conforming += file.report().conforms() ? 1 : 0;
    verdict = verdict.and(file.report().verdict());
    count++;
  }

  @Override
  public final void finish() throws IOException {
    if (finished) {
      return;
    }
    if (closed) {
      throw new IllegalStateException("the report is closed");
    }
    finished = true;
    try {
      write();
    } finally {
      release();
    }
  }

  @Override
  public final boolean conforms() {
    return conforming == count;
  }

  @Override
  public final Verdict verdict() {
    return verdict;
  }

  @Override
  public final void close() throws IOException {
    closed = true;
    release();
  }
}
