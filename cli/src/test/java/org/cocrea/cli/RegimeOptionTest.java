package org.cocrea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --regime FILE} on validate and stats (issue 13): a malformed table is a usage error naming its place. */
class RegimeOptionTest {

  @TempDir
  Path dir;

  private Path malformed() throws Exception {
    Path file = dir.resolve("regimes.csv");
    Files.writeString(file, "state,name,old_body,old_acronym,successor,successor_nature,reform_published,"
        + "extinguished_on,successor_in_force,status,sources,notes\n"
        + "MX,Federación,,INAI,,,2024-12-20,2025-03-21,,DONE,DOF,\n"
        + "MX-MOR,Morelos,,IMIPE,,,,2026-13-01,,DONE,s,\n", StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aMalformedTableIsAUsageErrorWithItsLineAndColumnAndNoStackTrace() throws Exception {
    Path pal = TestFiles.copy("/pal/minimal.json", dir, "pal/minimal.json");
    Path table = malformed();
    for (String command : new String[] {"validate", "stats"}) {
      String target = command.equals("validate") ? pal.toString() : pal.getParent().toString();
      CliRun en = CliRun.of(command, "--lang", "en", "--regime", table.toString(), target);
      assertThat(en.code()).as(command).isEqualTo(Cli.USAGE);
      assertThat(en.err()).as(command).contains("malformed regime table: " + table + ":3:26: the date \"2026-13-01\"")
          .doesNotContain("Exception").doesNotContain("\tat ");
      CliRun es = CliRun.of(command, "--regime", table.toString(), target);
      assertThat(es.code()).isEqualTo(Cli.USAGE);
      assertThat(es.err()).contains("tabla de regímenes mal formada: " + table + ":3:26: la fecha «2026-13-01»");
    }
  }

  @Test
  void aMissingTableIsAUsageErrorToo() throws Exception {
    Path pal = TestFiles.copy("/pal/minimal.json", dir, "pal/minimal.json");
    CliRun run = CliRun.of("validate", "--lang", "en", "--regime", dir.resolve("nope.csv").toString(), pal.toString());
    assertThat(run.code()).isEqualTo(Cli.USAGE);
    assertThat(run.err()).contains("nope.csv:1:1: cannot read the regime table");
  }
}
