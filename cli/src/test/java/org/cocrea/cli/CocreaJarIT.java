package org.cocrea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.serialization.PalSchema;
import org.cocrea.validation.Rules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** End to end: cocrea.jar as a process, its exit codes, and each output format parsed back. */
class CocreaJarIT {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @TempDir
  Path dir;

  @BeforeEach
  void files() {
    TestFiles.copy("/pal/minimal.json", dir, "pal/minimal.json");
    TestFiles.copy("/pal/timeline-sample.json", dir, "pal/timeline-sample.json");
    TestFiles.copy("/hostile/truncated.json", dir, "pal/sub/truncated.json");
    TestFiles.copy("/hostile/markup-injection.json", dir, "markup-injection.json");
  }

  @Test
  void versionAndHelp() {
    JarProcess version = JarProcess.run(dir, "--version");
    JarProcess help = JarProcess.run(dir, "--help");
    JarProcess helpEn = JarProcess.run(dir, "validate", "--help", "--lang", "en");

    assertThat(version.code()).isZero();
    assertThat(version.out()).startsWith("cocrea " + System.getProperty("cocrea.version", ""));
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("Uso: cocrea").contains("validate").contains("rules").contains("schema");
    assertThat(helpEn.out()).contains("Usage: cocrea validate").contains("Exit codes:");
    assertThat(version.err() + help.err() + helpEn.err()).isEmpty();
  }

  @Test
  void exitCodeIsZeroWhenEveryFileConforms() {
    JarProcess run = JarProcess.run(dir, "validate", "pal/minimal.json");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("== pal/minimal.json: CUMPLE");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void exitCodeIsOneWhenAFileHasAnErrorFinding() {
    JarProcess run = JarProcess.run(dir, "validate", "pal/minimal.json", "pal/sub/truncated.json");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("== pal/sub/truncated.json: NO CUMPLE").contains("JSON-01 [ERROR]");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void exitCodeIsTwoForAPathThatDoesNotExistWithTheUsageInSpanish() {
    JarProcess run = JarProcess.run(dir, "validate", "pal/minimal.json", "nope.json");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("cocrea: la ruta no existe: nope.json").contains("Uso: cocrea validate");
  }

  @Test
  void textReportIsSpanishByDefaultAndEnglishOnRequest() {
    JarProcess es = JarProcess.run(dir, "validate", "--as-of", "2025-06-30", "pal/timeline-sample.json");
    JarProcess en = JarProcess.run(dir, "validate", "--as-of", "2025-06-30", "--lang", "en", "pal/timeline-sample.json");

    assertThat(es.out()).contains("Fecha de corte: 2025-06-30").contains("Regla: ").contains("Fuente: ")
        .contains("Resumen: 1 archivo");
    assertThat(en.out()).contains("As of: 2025-06-30").contains("Rule: ").contains("Source: ")
        .contains("Summary: 1 file").doesNotContain("Fecha de corte");
    assertThat(es.out()).containsPattern("\\n    \\d+:\\d+ +/plans/0");
  }

  @Test
  void defaultAsOfDateIsTodayAndPrintedInTheHeader() {
    JarProcess run = JarProcess.run(dir, "validate", "pal/minimal.json");

    // today in Mexico City, the library's default zone, not the JVM's (at 04:00 UTC Mexico City is still yesterday)
    assertThat(run.out()).contains("Fecha de corte: "
        + java.time.LocalDate.now(java.time.ZoneId.of("America/Mexico_City")));
  }

  @Test
  void directoriesAreSearchedAndReportedInPathOrderAsJsonThatMatchesItsSchema() throws Exception {
    JarProcess run = JarProcess.run(dir, "validate", "--format", "json", "--as-of", "2025-06-30", "pal",
        "markup-injection.json");

    assertThat(run.code()).isEqualTo(1);
    assertThat(Schemas.report(run.out())).isEmpty();
    JsonNode root = MAPPER.readTree(run.out());
    List<String> paths = new ArrayList<>();
    root.get("files").forEach(f -> paths.add(f.get("path").asString()));
    assertThat(paths).containsExactly("pal/minimal.json", "pal/sub/truncated.json", "pal/timeline-sample.json",
        "markup-injection.json");
    assertThat(root.get("asOf").asString()).isEqualTo("2025-06-30");
    assertThat(root.get("files").get(0).get("conforms").asBoolean()).isTrue();
    assertThat(root.get("files").get(1).get("findings").get(0).get("ruleId").asString()).isEqualTo("JSON-01");
    assertThat(root.get("files").get(2).get("rules").size()).isGreaterThan(0);
  }

  @Test
  void sarifMatchesTheSarifSchemaAndCarriesEveryFinding() throws Exception {
    JarProcess sarif = JarProcess.run(dir, "validate", "--format", "sarif", "--lang", "en", "pal",
        "markup-injection.json");
    JarProcess json = JarProcess.run(dir, "validate", "--format", "json", "--lang", "en", "pal",
        "markup-injection.json");

    assertThat(sarif.code()).isEqualTo(1);
    assertThat(Schemas.sarif(sarif.out())).isEmpty();
    JsonNode run = MAPPER.readTree(sarif.out()).get("runs").get(0);
    int findings = 0;
    for (JsonNode f : MAPPER.readTree(json.out()).get("files")) {
      findings += f.get("findings").size();
    }
    assertThat(run.get("results")).hasSize(findings);
    assertThat(run.get("tool").get("driver").get("rules").size())
        .isGreaterThanOrEqualTo(Rules.catalogue().size() + Rules.engineRules().size());
    assertThat(run.get("artifacts").get(1).get("location").get("uri").asString()).isEqualTo("pal/sub/truncated.json");
    assertThat(run.get("language").asString()).isEqualTo("en");
  }

  @Test
  void htmlReportIsWrittenToTheOutputFileEscapedAndSelfContained() throws Exception {
    Path out = dir.resolve("report.html");
    JarProcess run = JarProcess.run(dir, "validate", "--format", "html", "--output", "report.html", "--as-of",
        "2025-06-30", "pal/timeline-sample.json", "markup-injection.json");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    String html = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"es-MX\">");
    assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<svg onload");
    assertThat(html).contains("&lt;script&gt;alert(2)&lt;/script&gt;").contains("role=\"img\"");
    assertThat(html).doesNotContainPattern("(?i)(src|href)\\s*=\\s*\"(?!#)");
    Files.copy(out, JarProcess.target().resolve("sample-report.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void rulesAsJsonHaveTheDocumentedShape() {
    JarProcess run = JarProcess.run(dir, "rules", "--format", "json");

    assertThat(run.code()).isZero();
    JsonNode rules = MAPPER.readTree(run.out()).get("rules");
    assertThat(rules).hasSize(Rules.catalogue().size());
    JsonNode first = rules.get(0);
    assertThat(first.get("id").asString()).isEqualTo(Rules.catalogue().get(0).id());
    assertThat(first.get("messages").get("es").asString()).isNotBlank();
    assertThat(first.get("messages").get("en").asString()).isNotBlank();
  }

  @Test
  void schemaIsPrintedAsShipped() {
    JarProcess run = JarProcess.run(dir, "schema");

    assertThat(run.code()).isZero();
    assertThat(run.out().strip()).isEqualTo(PalSchema.forVersion("1.1").text().strip());
    assertThat(MAPPER.readTree(run.out()).get("$id").asString()).isEqualTo(PalSchema.ID_1_1);
    // both versions resolve from the jar, by their $id
    JarProcess v10 = JarProcess.run(dir, "schema", "--version", "1.0");
    assertThat(v10.code()).isZero();
    assertThat(MAPPER.readTree(v10.out()).get("$id").asString()).isEqualTo(PalSchema.ID);
  }

  @Test
  void exampleFilesOfTheRepositoryAreCheckedWhenPresent() throws Exception {
    Path examples = Path.of("..", "examples", "pal").toAbsolutePath().normalize();
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(examples), "no examples/pal yet");
    JarProcess text = JarProcess.run(examples.getParent().getParent(), "validate", "examples/pal");
    JarProcess json = JarProcess.run(examples.getParent().getParent(), "validate", "--format", "json",
        "examples/pal");

    assertThat(text.code()).isIn(0, 1);
    assertThat(text.err()).isEmpty();
    assertThat(Schemas.report(json.out())).isEmpty();
    assertThat(text.code() == 0).isEqualTo(MAPPER.readTree(json.out()).get("conforms").asBoolean());
    Files.writeString(JarProcess.target().resolve("examples-report.txt"), text.out(), StandardCharsets.UTF_8);
  }
}
