package org.cocrea.report;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cocrea.serialization.CheckResult;
import org.cocrea.validation.Profile;

/**
 * A report stream for a writer that needs the whole run (HTML: its summaries and timelines come before the files):
 * it keeps every result given and writes the report when finished, so its memory grows with the number of files.
 */
final class WholeRunStream extends SpooledReportStream {

  private final Page page;
  private List<CheckResult> files = new ArrayList<>();

  WholeRunStream(Page page, Writer out, Locale locale, Profile profile, LocalDate asOf,
      String toolVersion) {
    super(out, locale, profile, asOf, toolVersion);
    this.page = page;
  }

  @Override
  void spool(CheckResult file, int index) {
    files.add(file);
  }

  @Override
  void write() throws IOException {
    page.write(new ReportRun(files, locale, profile, asOf, toolVersion), out);
  }

  @Override
  void release() {
    files = null;
  }

  /** Writes the whole report of a run ({@link HtmlReport#write}). */
  @FunctionalInterface
  interface Page {
    void write(ReportRun run, Writer out) throws IOException;
  }
}
