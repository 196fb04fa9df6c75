package org.cocrea.examples.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code examples/jshell/summary.jsh} in a real {@code jshell}, non-interactively, on the runtime class path, and
 * checks what it prints for the committed example files.
 */
class SummaryScriptTest {

  private static String output;
  private static int exitCode;

  @BeforeAll
  static void runScript() throws Exception {
    Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
    assertThat(jshell).as("a JDK with jshell runs the tests").exists();
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path log = Files.createTempFile("summary", ".txt");
    Process p = new ProcessBuilder(jshell.toString(), "--class-path", classPath,
        "-R-Dcocrea.pal=" + Path.of("pal").toAbsolutePath(), "-J-Duser.language=de", "-R-Duser.language=de",
        Path.of("jshell", "summary.jsh").toAbsolutePath().toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
    p.getOutputStream().close();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("jshell finished").isTrue();
    exitCode = p.exitValue();
    output = Files.readString(log, StandardCharsets.UTF_8);
    Files.delete(log);
  }

  @Test
  void exitsCleanlyWithoutRejectedSnippets() {
    assertThat(exitCode).as(output).isZero();
    assertThat(output).doesNotContain("|  Error").doesNotContain("Exception");
  }

  @Test
  void summarisesEveryExampleFile() {
    assertThat(output).contains("PAL files in " + Path.of("pal").toAbsolutePath() + ": 5");
    for (String id : List.of("mx-dur-2015", "mx-mor-2015", "mx-ver-2016", "mx-oax-2016", "mx-coa-2016")) {
      assertThat(output).contains(id + ".json" + System.lineSeparator() + "  id: " + id + ",");
    }
    assertThat(output.split(File.pathSeparator.equals(";") ? "\r?\n" : "\n"))
        .filteredOn(l -> l.startsWith("  file findings: ")).containsOnly("  file findings: 0").hasSize(5);
  }

  @Test
  void printsSeatsProgressAndConformance() {
    assertThat(output).contains("  id: mx-ver-2016, jurisdiction: Veracruz (STATE), step reached: 6")
        .contains("  STL seats: GOVERNMENT=6, GUARANTOR_BODY=1, CIVIL_SOCIETY=3")
        .contains("  commitments: 6, milestones: 18, completed: 16 (88.9%)")
        .contains("  conformance as of 2017-03-31: conforms, 0 errors, ")
        .contains("  STL seats: GOVERNMENT=2, GUARANTOR_BODY=1, CIVIL_SOCIETY=1")
        .contains("  conformance as of 2016-11-30: does not conform, 1 errors [EVA-01], ");
  }
}
