package org.cocrea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.cocrea.serialization.CheckResult;
import org.cocrea.serialization.PalChecker;
import org.cocrea.serialization.ReaderOptions;
import org.cocrea.validation.Finding;
import org.cocrea.validation.ValidatorOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 16, "defaults that agree": the library on its defaults and the command line on its defaults judge a file
 * alike (same date, same findings), and one language setting governs every message of a check.
 */
class DefaultsAgreeTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir
  Path dir;

  @Test
  void pal_checker_create_and_cocrea_validate_give_the_same_findings_on_the_same_file() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("..", "examples", "pal"))) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    PalChecker library = PalChecker.create();
    int timeAwareFindings = 0;
    for (Path file : files) {
      CheckResult fromLibrary = library.check(file);
      CliRun cli = CliRun.of("validate", "--format", "json", file.toString());
      JsonNode report = JSON.readTree(cli.out());

      LocalDate today = LocalDate.now(ZoneId.of("America/Mexico_City"));
      assertThat(fromLibrary.report().asOf()).as(file.toString()).contains(today);
      assertThat(report.get("asOf").asString()).isEqualTo(today.toString());
      assertThat(fromLibrary.report().notJudged()).isEmpty();
      assertThat(report.get("conforms").asBoolean()).isEqualTo(fromLibrary.report().conforms());
      List<String> cliFindings = new ArrayList<>();
      for (JsonNode f : report.get("files").get(0).get("findings")) {
        cliFindings.add(f.get("ruleId").asString() + " " + f.get("severity").asString() + " " + f.get("pointer")
            .asString() + " " + f.get("line").asInt() + ":" + f.get("column").asInt() + " " + f.get("message")
            .asString());
      }
      List<String> libraryFindings = fromLibrary.report().findings().stream()
          .map(f -> f.ruleId() + " " + f.severity() + " " + f.pointer() + " " + f.line() + ":" + f.column() + " "
              + f.message())
          .toList();
      assertThat(cliFindings).as(file.toString()).isEqualTo(libraryFindings);
      timeAwareFindings += (int) fromLibrary.report().findings().stream()
          .filter(f -> List.of("TRK-01", "TRK-06", "EVA-01", "TRK-02", "TRK-04").contains(f.ruleId())).count();
    }
    // the examples are years old: judged today, the date-dependent rules find something (they were silent before)
    assertThat(timeAwareFindings).isPositive();
  }

  @Test
  void the_readme_english_quick_start_gives_no_spanish_message_and_the_spanish_one_no_english() throws IOException {
    // a file with reader findings (a wrong type: schema and binding), rule findings and constraint findings
    Path file = dir.resolve("mixed.json");
    String dgo = Files.readString(Path.of("..", "examples", "pal", "mx-dur-2015.json"));
    Files.writeString(file, dgo.replaceFirst("\"id\"\\s*:\\s*\"mx-dur-2015\"", "\"id\": 42"));

    ValidatorOptions english = ValidatorOptions.builder().locale(Locale.ENGLISH)
        .asOf(LocalDate.of(2016, 12, 31)).build();
    ValidatorOptions spanish = english.toBuilder().locale(Locale.forLanguageTag("es-MX")).build();
    // the README's quick start: English validator options beside the reader's defaults (Spanish)
    List<Finding> en = PalChecker.create(english, ReaderOptions.defaults()).check(file).report().findings();
    // and the other way round: Spanish validator options beside an English reader
    List<Finding> es = PalChecker.create(spanish, ReaderOptions.builder().locale(Locale.ENGLISH).build())
        .check(file).report().findings();

    assertThat(en).extracting(Finding::ruleId).contains("SCH-01").anyMatch(id -> id.matches("[A-Z]{2,3}-\\d\\d"));
    assertThat(en).hasSameSizeAs(es);
    for (int i = 0; i < en.size(); i++) {
      assertThat(en.get(i).ruleId()).isEqualTo(es.get(i).ruleId());
      assertThat(en.get(i).message()).as(en.get(i).ruleId() + " " + en.get(i).pointer())
          .isNotEqualTo(es.get(i).message());
      assertThat(en.get(i).message()).as(en.get(i).ruleId())
          .doesNotContainPattern("(?i)\\b(el|la|los|las|del|debe|sin|falta|tiene)\\b").doesNotContain("ó", "í", "á");
      assertThat(es.get(i).message()).as(es.get(i).ruleId())
          .doesNotContainPattern("\\b(the|must|should|has no|missing|is not)\\b");
    }
  }
}
