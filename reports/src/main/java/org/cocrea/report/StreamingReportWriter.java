package org.cocrea.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import org.cocrea.serialization.CheckResult;

/** The one {@link ReportWriter}: gives a run's files, in order, to the format's {@link ReportStream}. */
record StreamingReportWriter(ReportFormat format) implements ReportWriter {

  StreamingReportWriter {
    Objects.requireNonNull(format, "format");
  }

  @Override
  public void write(ReportRun run, Writer out) throws IOException {
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(out, "out");
    try (ReportStream stream = ReportStream.start(format, out, run.locale(), run.profile(), run.asOf(),
        run.toolVersion())) {
      for (CheckResult file : run.files()) {
        stream.file(file);
      }
      stream.finish();
    }
  }
}
