package org.cocrea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cocrea.serialization.CheckResult;
import org.cocrea.serialization.PalChecker;
import org.cocrea.serialization.ReaderOptions;
import org.cocrea.report.ReportFormat;
import org.cocrea.report.ReportRun;
import org.cocrea.report.ReportWriter;
import org.cocrea.validation.Profile;
import org.cocrea.validation.ValidatorOptions;
import org.cocrea.validation.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  private static final String AS_OF = "2025-06-30";
  private static final String[] RESOURCES = {"/pal/minimal.json", "/pal/timeline-sample.json",
      "/hostile/truncated.json", "/hostile/markup-injection.json", "/hostile/dangling-reference.json",
      "/hostile/duplicate-keys.json", "/hostile/wrong-type.json", "/hostile/empty.json", "/hostile/nan.json"};

  @TempDir
  static Path dir;

  @BeforeAll
  static void corpus() {
    for (String folder : List.of("a", "b/c", "d")) {
      for (String resource : RESOURCES) {
        TestFiles.copy(resource, dir, folder + resource);
      }
    }
  }

  @Test
  void streamedJsonAndSarifAreTheWritersReportWhateverTheThreadCount() throws Exception {
    for (ReportFormat format : List.of(ReportFormat.TEXT, ReportFormat.JSON, ReportFormat.SARIF)) {
      for (String lang : List.of("es", "en")) {
        String expected = ReportWriter.of(format).render(run(lang));
        for (String jobs : List.of("1", "3", "8")) {
          CliRun run = CliRun.of("validate", "--format", format.cliName(), "--lang", lang, "--as-of", AS_OF,
              "--jobs", jobs, dir.resolve("a").toString(), dir.resolve("b").toString(), dir.resolve("d").toString());
          assertThat(run.code()).as(format + " " + lang + " " + jobs).isEqualTo(Cli.FINDINGS);
          assertThat(run.out()).as(format + " " + lang + " " + jobs).isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void streamedReportsMatchTheirSchemasAndGoToTheOutputFileAlike() throws Exception {
    CliRun json = CliRun.of("validate", "--format", "json", "--as-of", AS_OF, dir.toString());
    CliRun sarif = CliRun.of("validate", "--format", "sarif", "--as-of", AS_OF, dir.toString());
    Path out = Files.createTempFile(dir.getParent(), "report", ".sarif");
    CliRun toFile = CliRun.of("validate", "--format", "sarif", "--as-of", AS_OF, "--output", out.toString(),
        dir.toString());

    assertThat(Schemas.report(json.out())).isEmpty();
    assertThat(Schemas.sarif(sarif.out())).isEmpty();
    assertThat(toFile.code()).isEqualTo(sarif.code()).isEqualTo(Cli.FINDINGS);
    assertThat(toFile.out()).isEmpty();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(sarif.out());
    Files.delete(out);
  }

  @Test
  void undeterminedExitsZeroUnlessACompleteVerdictIsRequired() {
    assertThat(ValidateCommand.exitCode(Verdict.UNDETERMINED, false)).isEqualTo(Cli.OK);
    assertThat(ValidateCommand.exitCode(Verdict.UNDETERMINED, true)).isEqualTo(Cli.FINDINGS);
    assertThat(ValidateCommand.exitCode(Verdict.CONFORMS, true)).isEqualTo(Cli.OK);
    assertThat(ValidateCommand.exitCode(Verdict.DOES_NOT_CONFORM, false)).isEqualTo(Cli.FINDINGS);
  }

  @Test
  void requireCompleteKeepsAConformingRunAtZeroAndTheHelpSaysWhatItDoes() {
    Path minimal = dir.resolve("a/pal/minimal.json");
    assertThat(CliRun.of("validate", "--require-complete", "--as-of", AS_OF, minimal.toString()).code())
        .isEqualTo(Cli.OK);
    assertThat(CliRun.of("validate", "--help").out()).contains("--require-complete").contains("NO DETERMINABLE");
    assertThat(CliRun.of("validate", "--help", "--lang", "en").out()).contains("--require-complete")
        .contains("UNDETERMINED");
  }

  @Test
  void aConformingRunExitsZeroInEveryStreamedFormat() {
    Path minimal = dir.resolve("a/pal/minimal.json");
    for (ReportFormat format : ReportFormat.values()) {
      CliRun run = CliRun.of("validate", "--format", format.cliName(), "--as-of", AS_OF, minimal.toString());
      assertThat(run.code()).as(format.cliName()).isEqualTo(Cli.OK);
    }
  }

  /** The run the report is about, checked file by file in the order the command takes them. */
  private static ReportRun run(String lang) {
    Locale locale = Lang.parse(lang).orElseThrow().locale();
    LocalDate asOf = LocalDate.parse(AS_OF);
    PalChecker checker = PalChecker.create(
        ValidatorOptions.builder().locale(locale).profile(Profile.BY_FRAMEWORK).asOf(asOf).build(),
        ReaderOptions.builder().locale(locale).build());
    List<CheckResult> results = new ArrayList<>();
    for (Path file : FileCollector.collect(List.of(dir.resolve("a").toString(), dir.resolve("b").toString(),
        dir.resolve("d").toString())).files()) {
      CheckResult r = checker.check(file);
      results.add(new CheckResult(r.source(), Optional.empty(), r.report()));
    }
    return new ReportRun(results, locale, Profile.BY_FRAMEWORK, asOf, Version.version());
  }
}
