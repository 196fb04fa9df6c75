package org.cocrea.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.cocrea.core.LocalExercise;
import org.cocrea.validation.CocreaValidator;
import org.cocrea.validation.Finding;
import org.cocrea.validation.ValidationReport;
import org.cocrea.validation.ValidatorOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One pass over a file: reader findings and rule findings in one located report whose subject is the source. */
class PalCheckerTest {

  private static final PalChecker CHECKER = PalChecker.create();

  @Test
  void anUnreadableFileGivesAReportWithTheReaderFindingsAndNoRuleResults() {
    CheckResult result = CHECKER.check("[1, 2]".getBytes(StandardCharsets.UTF_8), "array.json");
    assertThat(result.source()).isEqualTo("array.json");
    assertThat(result.exercise()).isEmpty();
    ValidationReport report = result.report();
    assertThat(report.subject()).isEqualTo("array.json");
    assertThat(report.results()).isEmpty();
    assertThat(report.conforms()).isFalse();
    assertThat(report.findings()).extracting(Finding::ruleId).containsExactly("JSON-01");
  }

  @Test
  void aReadableFileIsValidatedWithEveryRuleOfTheProfileAndTheSubjectIsTheSource() {
    LocalExercise exercise = LocalExercise.builder().id("mx-ver-2016").title("Veracruz 2016").build();
    CheckResult result = CHECKER.check(CocreaJson.write(exercise).getBytes(StandardCharsets.UTF_8), "ver.json");
    assertThat(result.exercise()).contains(exercise);
    assertThat(result.report().subject()).isEqualTo("ver.json");
    ValidationReport direct = CocreaValidator.create().validate(exercise);
    assertThat(result.report().results()).isEqualTo(direct.results());
    assertThat(result.report().findings()).allMatch(Finding::hasLocation);
    assertThat(result.report().findings()).hasSameSizeAs(direct.findings());
  }

  @Test
  void reportsAReferenceProblemOnceAndLocatesIt() {
    String json = "{\"schemaVersion\": \"1.0\", \"id\": \"x\",\n \"guarantorBodyId\": \"org-missing\"}";
    CheckResult result = CHECKER.check(json.getBytes(StandardCharsets.UTF_8), "ref.json");
    assertThat(result.report().findings()).filteredOn(f -> f.ruleId().equals("REF-01"))
        .singleElement().satisfies(f -> {
          assertThat(f.pointer()).isEqualTo("/guarantorBodyId");
          assertThat(f.line()).isEqualTo(2);
          assertThat(f.column()).isEqualTo(21);
        });
    assertThat(result.report().conforms()).isFalse();
    Finding fromValidator = CocreaValidator.create().validate(result.exercise().orElseThrow()).findings().stream()
        .filter(f -> f.ruleId().equals("REF-01")).findFirst().orElseThrow();
    assertThat(result.report().findings()).filteredOn(f -> f.ruleId().equals("REF-01"))
        .extracting(Finding::message).containsExactly(fromValidator.message());
  }

  @Test
  void keepsTheReadersFindingsNextToTheRulesFindings() {
    String json = "{\"schemaVersion\": \"1.0\", \"id\": \"x\", \"colour\": \"red\", \"id\": \"y\"}";
    CheckResult result = CHECKER.check(json.getBytes(StandardCharsets.UTF_8), "both.json");
    assertThat(result.report().findings()).extracting(Finding::ruleId).contains("SCH-01", "JSON-03");
    assertThat(result.exercise()).isPresent();
    assertThat(result.report().results()).isNotNull();
  }

  @Test
  void reportsAFieldConstraintThatTheSchemaAlsoStatesOnlyOnce() {
    String json = "{\"schemaVersion\": \"1.0\", \"id\": \"x\",\n \"websiteUrl\": \"ftp://example.org\","
        + " \"plans\": [{\"id\": \"p\", \"ordinal\": 0}]}";
    CheckResult result = CHECKER.check(json.getBytes(StandardCharsets.UTF_8), "fields.json");
    assertThat(result.report().findings()).filteredOn(f -> f.pointer().equals("/websiteUrl"))
        .extracting(Finding::ruleId).containsExactly("SCH-01");
    assertThat(result.report().findings()).filteredOn(f -> f.pointer().equals("/plans/0/ordinal"))
        .extracting(Finding::ruleId).containsExactly("SCH-01");
    assertThat(result.exercise().orElseThrow().websiteUrl()).contains("ftp://example.org");
  }

  /**
   * Defect 2 of issue 10: the checker dropped FLD-01 findings that the schema had reported at the same place but kept
   * FLD-01's result, so a report said {@code FLD-01 FAIL, failed=1} and showed no FLD-01 finding (text, HTML, JSON and
   * the compliance statistics counted a failure nobody could see).
   */
  @Test
  void countsOnlyTheFieldConstraintFailuresItShows() {
    String json = "{\"schemaVersion\": \"1.0\", \"id\": \"x\", \"websiteUrl\": \"ftp://example.org\","
        + " \"plans\": [{\"id\": \"p\", \"commitments\": [{\"id\": \"c\","
        + " \"responsibleInstitutionIds\": [\"<script>alert(3)</script>\"]}]}]}";
    ValidationReport report = CHECKER.check(json.getBytes(StandardCharsets.UTF_8), "markup.json").report();
    assertThat(report.findings()).extracting(Finding::ruleId).contains("SCH-01").doesNotContain("FLD-01");
    assertEveryResultCountsItsFindings(report);
  }

  /**
   * Issue 15: past {@code maxFindingsPerRule} the schema's problems are summed up, not shown; their places must still
   * reach the later stages, or FLD-01 reports again, one by one, the values the schema already reported.
   */
  @Test
  void aPlaceTheSchemaReportedBeyondTheCapIsNotReportedAgainByTheFieldConstraints() {
    StringBuilder json = new StringBuilder("{\"schemaVersion\": \"1.0\", \"id\": \"x\", \"plans\": [");
    for (int i = 0; i < 7; i++) {
      json.append(i == 0 ? "" : ", ").append("{\"id\": \"p").append(i).append("\", \"ordinal\": 0}");
    }
    json.append("]}");
    PalChecker checker = PalChecker.create(ValidatorOptions.builder().maxFindingsPerRule(2).build(),
        ReaderOptions.defaults());
    ValidationReport report = checker.check(json.toString().getBytes(StandardCharsets.UTF_8), "capped.json")
        .report();
    assertThat(report.findings("SCH-01")).extracting(Finding::pointer)
        .containsExactlyInAnyOrder("/plans/0/ordinal", "/plans/1/ordinal", "");
    assertThat(report.findings("SCH-01")).filteredOn(f -> f.pointer().isEmpty()).singleElement()
        .satisfies(f -> assertThat(f.arguments().get(0)).isEqualTo("5"));
    assertThat(report.findings()).extracting(Finding::ruleId).doesNotContain("FLD-01");
    assertEveryResultCountsItsFindings(report);
  }

  @Test
  void everyEngineResultCountsExactlyTheFindingsShownOnRandomAndMutatedExercises() {
    for (long seed = 1; seed <= 25; seed++) {
      LocalExercise exercise = new ModelGenerator(seed).exercise();
      String json = CocreaJson.write(exercise);
      assertEveryResultCountsItsFindings(CHECKER.check(json.getBytes(StandardCharsets.UTF_8), "s" + seed).report());
      String mutated = json.replaceFirst("\"id\": \"[^\"]*\"", "\"id\": \" bad id\"");
      assertEveryResultCountsItsFindings(
          CHECKER.check(mutated.getBytes(StandardCharsets.UTF_8), "m" + seed).report());
    }
  }

  /** FLD-01, REF-01 and REF-02 fail once per finding they show, and pass when they show none. */
  static void assertEveryResultCountsItsFindings(ValidationReport report) {
    for (String rule : java.util.List.of("FLD-01", "REF-01", "REF-02")) {
      long shown = report.findings(rule).size();
      assertThat(report.results()).filteredOn(r -> r.ruleId().equals(rule)).singleElement()
          .satisfies(r -> assertThat(r.failed()).as("%s in %s", rule, report.subject()).isEqualTo(shown));
    }
  }

  @Test
  void everyFindingOfRandomExercisesIsLocated() {
    PalChecker checker = PalChecker.create(ValidatorOptions.builder().locale(Locale.ENGLISH)
        .asOf(LocalDate.of(2017, 1, 1)).build(), ReaderOptions.builder().locale(Locale.ENGLISH).build());
    for (long seed = 1; seed <= 25; seed++) {
      LocalExercise exercise = new ModelGenerator(seed).exercise();
      CheckResult result = checker.check(CocreaJson.write(exercise).getBytes(StandardCharsets.UTF_8), "s" + seed);
      assertThat(result.exercise()).as("seed %d", seed).contains(exercise);
      assertThat(result.report().findings()).as("seed %d", seed).allMatch(Finding::hasLocation)
          .noneMatch(f -> f.ruleId().startsWith("SCH-") || f.ruleId().startsWith("BND-"));
    }
  }

  @Test
  void checksFilesOnDisk(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("plan.json");
    Files.writeString(file, CocreaJson.write(LocalExercise.builder().id("x").build()));
    CheckResult result = CHECKER.check(file);
    assertThat(result.source()).isEqualTo(file.toString());
    assertThat(result.report().subject()).isEqualTo(file.toString());
    assertThat(result.exercise()).isPresent();
    CheckResult missing = CHECKER.check(dir.resolve("missing.json"));
    assertThat(missing.report().findings()).extracting(Finding::ruleId).containsExactly("IO-01");
  }
}
