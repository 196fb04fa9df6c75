package org.cocrea.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTML report in headless Chromium (Debian's package): it renders with no console error, and its screenshot is
 * left in the build folder ({@code cli/target/html-report-es.png}, {@code html-report-en.png}). Skipped where
 * {@code /usr/bin/chromium} is missing (.ci/run installs it).
 */
class HtmlChromiumIT {

  @TempDir
  Path dir;

  @ParameterizedTest(name = "--lang {0}")
  @ValueSource(strings = {"es", "en"})
  void htmlReportRendersWithoutConsoleErrors(String lang) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/chromium")), "chromium is not installed");
    Path script = Path.of("..", "scripts", "html-screenshot.sh").toAbsolutePath().normalize();
    assertThat(script).isRegularFile();
    TestFiles.copy("/pal/timeline-sample.json", dir, "timeline-sample.json");
    TestFiles.copy("/hostile/markup-injection.json", dir, "markup-injection.json");
    TestFiles.copy("/hostile/truncated.json", dir, "truncated.json");
    JarProcess report = JarProcess.run(dir, "validate", "--format", "html", "--lang", lang, "--as-of", "2025-06-30",
        "--output", "report.html", "timeline-sample.json", "markup-injection.json", "truncated.json");
    assertThat(report.code()).isEqualTo(1);
    Path png = JarProcess.target().resolve("html-report-" + lang + ".png").toAbsolutePath();
    Files.copy(dir.resolve("report.html"), JarProcess.target().resolve("html-report-" + lang + ".html"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    Process p = new ProcessBuilder("bash", script.toString(), dir.resolve("report.html").toString(), png.toString())
        .redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();

    assertThat(p.exitValue()).as(output).isZero();
    assertThat(png).isRegularFile();
    assertThat(Files.size(png)).isGreaterThan(20_000);
  }
}
