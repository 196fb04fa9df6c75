package org.cocrea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 15, X1 and R1: a folder holding good files, a crashing file of each kind and a FIFO gives a complete report of
 * every good file, a finding for each bad one, and ends within seconds.
 */
class FolderOfHostileFilesTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final List<String> CRASHES = List.of("b1-two-boms.json", "c1-1e400-in-integer.json",
      "c1-float-in-integer.json", "c2-int-overflowing-exponent.json", "c3-1e309-budget.json", "c4-h1-weights.json",
      "o1-amount-huge-scale.json", "w1-lone-surrogate.json");
  private static final List<String> GOOD = List.of("mx-coa-2016.json", "mx-dur-2015.json", "mx-oax-2016.json");

  @TempDir
  Path dir;

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void everyGoodFileIsReportedInFullAndEveryBadOneHasAFinding() throws Exception {
    for (String name : GOOD) {
      Files.copy(Path.of("../examples/pal", name), dir.resolve(name));
    }
    for (String name : CRASHES) {
      TestFiles.copy("/crashes/" + name, dir, name);
    }
    Path fifo = dir.resolve("pipe.json");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

    long start = System.nanoTime();
    CliRun run = CliRun.of("validate", "--format", "json", "--as-of", "2026-11-25", dir.toString());
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(run.code()).isEqualTo(Cli.FINDINGS);
    assertThat(run.err()).isEmpty();
    assertThat(took).isLessThan(Duration.ofSeconds(30));
    Map<String, JsonNode> files = new HashMap<>();
    for (JsonNode f : MAPPER.readTree(run.out()).get("files")) {
      files.put(Path.of(f.get("path").stringValue()).getFileName().toString(), f);
    }
    assertThat(files).hasSize(GOOD.size() + CRASHES.size() + 1);
    for (String name : GOOD) {
      // the same report as when the file is checked alone
      CliRun alone = CliRun.of("validate", "--format", "json", "--as-of", "2026-11-25",
          dir.resolve(name).toString());
      JsonNode expected = MAPPER.readTree(alone.out()).get("files").get(0);
      assertThat(files.get(name)).isEqualTo(expected);
      assertThat(files.get(name).get("rules").size()).isGreaterThan(50);
    }
    for (String name : CRASHES) {
      assertThat(files.get(name).get("conforms").booleanValue()).as(name).isFalse();
      assertThat(files.get(name).get("findings").toString()).as(name).doesNotContain("INT-01");
    }
    assertThat(files.get("pipe.json").get("findings").get(0).get("ruleId").stringValue()).isEqualTo("IO-01");

    // the stats path reads the same folder to the end: the good files are exercises, the bad ones failed files
    CliRun stats = CliRun.of("stats", "--format", "json", "--as-of", "2026-11-25", dir.toString());
    assertThat(stats.code()).isEqualTo(Cli.OK);
    assertThat(stats.err()).isEmpty();
    assertThat(stats.out()).contains("pipe.json").contains("c2-int-overflowing-exponent.json")
        .doesNotContain("INT-01");
  }

  @Test
  void everyOutputFormatSurvivesALoneSurrogate() throws Exception {
    Path file = TestFiles.copy("/crashes/w1-lone-surrogate.json", dir, "w1.json");
    for (String format : List.of("text", "json", "sarif", "html")) {
      Path out = dir.resolve("report." + format);
      CliRun run = CliRun.of("validate", "--format", format, "--output", out.toString(), file.toString());
      assertThat(run.code()).as(format).isEqualTo(Cli.FINDINGS);
      assertThat(run.err()).as(format).isEmpty();
      String report = Files.readString(out, StandardCharsets.UTF_8);
      assertThat(report).as(format).contains("JSON-02");
      if (!format.equals("html")) {
        assertThat(report).as(format).doesNotContain("?");
      }
    }
  }

  @Test
  void theHelpDocumentsEveryExitCodeInBothLanguages() {
    String exit3 = "(?s).*\\n\\s+3\\s+\\S.*INT-01.*";
    assertThat(CliRun.of("validate", "--help").out()).matches(exit3).contains("--debug");
    assertThat(CliRun.of("validate", "--help", "--lang", "en").out()).matches(exit3).contains("--debug");
    assertThat(CliRun.of("stats", "--help", "--lang", "en").out()).matches(exit3);
    assertThat(CliRun.of("stats", "--help").out()).matches(exit3);
  }

  @Test
  void fileNamesInTheTextReportCannotReachTheTerminalAsEscapes() throws Exception {
    Path file = dir.resolve("evil\u001b[2J\u001b]0;pwned\u0007.json");
    Files.copy(Path.of("../examples/pal/mx-dur-2015.json"), file);
    CliRun run = CliRun.of("validate", "--as-of", "2026-11-25", dir.toString());
    assertThat(run.out()).doesNotContain("\u001b").doesNotContain("\u0007").contains("evil\\u001B[2J");
  }
}
