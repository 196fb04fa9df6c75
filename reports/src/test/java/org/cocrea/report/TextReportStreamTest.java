package org.cocrea.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cocrea.report.ReportFixtures.ES;

import java.io.StringWriter;
import org.cocrea.serialization.CheckResult;
import org.junit.jupiter.api.Test;

class TextReportStreamTest {

  @Test
  void fileByFileOutputIsTheTextWritersOutputAndTheHeaderComesFirst() throws Exception {
    ReportRun run = ReportFixtures.run(ES);
    StringWriter out = new StringWriter();
    TextReportStream stream = TextReportStream.start(out, run.locale(), run.profile(), run.asOf(), run.toolVersion());
    assertThat(out.toString()).startsWith("cocrea 0.1.0-test · Informe").doesNotContain("==");
    for (CheckResult file : run.files()) {
      stream.file(file);
      assertThat(out.toString()).contains("== " + file.source() + ":");
    }
    stream.finish();
    stream.finish(); // a second finish writes nothing more

    assertThat(out.toString()).isEqualTo(ReportWriter.of(ReportFormat.TEXT).render(run));
    assertThat(stream.conforms()).isEqualTo(run.conforms()).isFalse();
    assertThatThrownBy(() -> stream.file(run.files().get(0))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aRunWithoutFilesConformsAndSaysSoInTheSummary() throws Exception {
    ReportRun run = ReportFixtures.run(ES);
    StringWriter out = new StringWriter();
    TextReportStream stream = TextReportStream.start(out, run.locale(), run.profile(), run.asOf(), run.toolVersion());
    stream.finish();

    assertThat(stream.conforms()).isTrue();
    assertThat(out.toString()).endsWith("Resumen: Ningún archivo: 0 cumplen, 0 no cumplen, 0 no determinables · 0 errores, 0 advertencias, 0 informativos\n");
  }
}
