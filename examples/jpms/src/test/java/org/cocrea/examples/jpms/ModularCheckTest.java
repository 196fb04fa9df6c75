package org.cocrea.examples.jpms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.cocrea.report.ReportFormat;
import org.junit.jupiter.api.Test;

/** Runs as the named module org.cocrea.examples.jpms on the module path (surefire's useModulePath). */
class ModularCheckTest {

  private static final Path DURANGO = Path.of(System.getProperty("cocrea.examples", "../pal"), "mx-dur-2015.json");

  @Test
  void runsAsANamedModule() {
    assertThat(ModularCheck.class.getModule().isNamed()).isTrue();
    assertThat(ModularCheck.class.getModule().getName()).isEqualTo("org.cocrea.examples.jpms");
    assertThat(ReportFormat.class.getModule().getName()).isEqualTo("org.cocrea.report");
  }

  @Test
  void readsChecksAndReportsAFileInSpanishAndEnglish() {
    String es = ModularCheck.report(DURANGO, ReportFormat.TEXT, Locale.forLanguageTag("es-MX"));
    String en = ModularCheck.report(DURANGO, ReportFormat.TEXT, Locale.ENGLISH);

    assertThat(es).contains("mx-dur-2015.json").contains("Regla: ").contains("Fuente: ");
    assertThat(en).contains("mx-dur-2015.json").contains("Rule: ").contains("Source: ");
  }

  @Test
  void everyFormatIsWritten() {
    for (ReportFormat format : ReportFormat.values()) {
      assertThat(ModularCheck.report(DURANGO, format, Locale.ENGLISH)).as(format.name()).contains("mx-dur-2015");
    }
  }
}
