package org.cocrea.serialization.report;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.cocrea.serialization.CheckResult;
import org.cocrea.validation.Profile;

/**
 * A report stream for a writer that needs the whole run (HTML: its summaries and timelines come before the files):
 * it keeps every result given and writes the report when finished, so its memory grows with the number of files.
 */
final class WholeRunStream implements ReportStream {

  private final ReportWriter writer;
  private final Writer out;
  private final Locale locale;
  private final Profile profile;
  private final LocalDate asOf;
  private final String toolVersion;
  private List<CheckResult> files = new ArrayList<>();
  private long conforming;
  private long count;
  private boolean finished;

  WholeRunStream(ReportWriter writer, Writer out, Locale locale, Profile profile, LocalDate asOf,
      String toolVersion) {
    this.writer = writer;
    this.out = out;
    this.locale = locale;
    this.profile = profile;
    this.asOf = asOf;
    this.toolVersion = toolVersion;
  }

  @Override
  public void file(CheckResult file) {
    Objects.requireNonNull(file, "file");
    if (finished || files == null) {
      throw new IllegalStateException("the report is finished");
    }
    files.add(file);
    conforming += file.report().conforms() ? 1 : 0;
    count++;
  }

  @Override
  public void finish() throws IOException {
    if (finished) {
      return;
    }
    if (files == null) {
      throw new IllegalStateException("the report is closed");
    }
    finished = true;
    ReportRun run = new ReportRun(files, locale, profile, asOf, toolVersion);
    files = null;
    writer.write(run, out);
  }

  @Override
  public boolean conforms() {
    return conforming == count;
  }

  @Override
  public void close() {
    files = null;
  }
}
