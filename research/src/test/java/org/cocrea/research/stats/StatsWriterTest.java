package org.cocrea.research.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.cocrea.core.Sector;
import org.cocrea.testkit.ResearchFixtures;
import org.cocrea.research.Corpus;
import org.cocrea.research.CorpusFiles;
import org.cocrea.research.CorpusOptions;
import org.cocrea.research.CorpusStatistics;
import org.cocrea.research.export.CsvTables;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class StatsWriterTest {

  private static final Locale ES = Locale.forLanguageTag("es-MX");
  private static final String HOSTILE_FILE = "x<script>alert(1)</script>.json";

  @TempDir
  static Path dir;

  private static CorpusStatistics stats;

  @BeforeAll
  static void load() throws IOException {
    Path root = CorpusFiles.write(dir.resolve("corpus"));
    CorpusFiles.write(root.resolve(HOSTILE_FILE), "<html>");
    stats = Corpus.load(root, CorpusOptions.builder().asOf(ResearchFixtures.AS_OF).build()).statistics();
  }

  @Test
  void textShowsTheHeadlineFiguresAndTalliesInTheChosenLanguage() {
    String es = StatsWriter.of(StatsFormat.TEXT).render(stats, ES);
    String en = StatsWriter.of(StatsFormat.TEXT).render(stats, Locale.ENGLISH);

    assertThat(es).contains("Fecha de corte 2016-06-30").contains("8 archivos: 4 ejercicios leídos")
        .containsPattern("Compromisos cocreados +5 +\\(INAI: 71\\)")
        .containsPattern("Organismos garantes adheridos +2 ")
        .containsPattern("Gobierno +2 +33\\.3 %")       // 2 of the 6 titular seats with a sector
        .containsPattern("\\(sin dato\\) +1");
    assertThat(en).containsPattern("Commitments co-created +5 ").containsPattern("Government +2 +33\\.3 %")
        .contains("Files that could not be read").contains("broken.json: JSON-01 ");
  }

  @Test
  void jsonHasEveryFigureWithCodesAsKeys() throws IOException {
    JsonNode root = JsonMapper.builder().build().readTree(StatsWriter.of(StatsFormat.JSON).render(stats, ES));

    assertThat(root.get("asOf").asString()).isEqualTo("2016-06-30");
    assertThat(root.get("files").asInt()).isEqualTo(8);
    assertThat(root.get("headline").get("commitments_co_created").asInt()).isEqualTo(5);
    assertThat(root.get("headline").get("government_institutions").asInt()).isEqualTo(4);
    JsonNode seats = root.get("tallies").get("stl_seats_by_sector");
    assertThat(seats.get("counts").get("CIVIL_SOCIETY").asInt()).isEqualTo(3);
    assertThat(seats.get("missing").asInt()).isEqualTo(1);
    assertThat(root.get("tallies").get("commitments_by_sdg_target").get("counts").propertyNames())
        .containsExactly("4.1", "16.6", "16.10");
    assertThat(root.get("irmRates").get("starred").get("count").asInt()).isEqualTo(1);
    assertThat(root.get("exerciseSummaries")).hasSize(4);
    assertThat(root.get("exerciseSummaries").get(0).get("stlSeats").get("counts").get("GOVERNMENT").asInt())
        .isEqualTo(2);
    assertThat(root.get("failures")).hasSize(4);
  }

  @Test
  void csvParsesBackToTheSameNumbers() throws IOException {
    Path file = dir.resolve("stats.csv");
    Files.writeString(file, StatsWriter.of(StatsFormat.CSV).render(stats, ES), StandardCharsets.UTF_8);
    List<Map<String, String>> rows = CsvTables.read(file);

    assertThat(CsvTables.header(file)).containsExactly("statistic", "exercise_id", "key", "count", "total");
    assertThat(rows).filteredOn(r -> r.get("statistic").equals("headline"))
        .extracting(r -> r.get("key") + "=" + r.get("count")).containsExactly("exercises=4",
            "guarantor_bodies_adhered=2", "stls_operating=2", "plans=2", "commitments_co_created=5",
            "government_institutions=4", "civil_society_organizations=4");
    assertThat(rows).filteredOn(r -> r.get("statistic").equals("participants_by_sector"))
        .filteredOn(r -> r.get("count").equals("0") == false)
        .extracting(r -> r.get("key") + "=" + r.get("count") + "/" + r.get("total"))
        .containsExactly("GOVERNMENT=2/4", "CIVIL_SOCIETY=1/4", "ACADEMIA=1/4", "=1/4");
    assertThat(rows).filteredOn(r -> r.get("statistic").equals("exercise_stl_seats_by_sector")
            && r.get("exercise_id").equals("mx-dur-a") && r.get("key").equals(Sector.GUARANTOR_BODY.name()))
        .singleElement().satisfies(r -> assertThat(r.get("count")).isEqualTo("1"));
    long ruleRows = rows.stream().filter(r -> r.get("statistic").equals("rule_compliance")).count();
    assertThat(ruleRows).isEqualTo(stats.ruleCompliance().size());
  }

  @Test
  void htmlIsSelfContainedBilingualAndEscapesTextFromFiles() {
    String es = StatsWriter.of(StatsFormat.HTML).render(stats, ES);
    String en = StatsWriter.of(StatsFormat.HTML).render(stats, Locale.ENGLISH);

    assertThat(es).startsWith("<!DOCTYPE html>").contains("<html lang=\"es-MX\">")
        .contains("Cumplimiento por familia de reglas y ejercicio").contains("Composición de los STL")
        .contains("Estado de los compromisos");
    assertThat(en).contains("<html lang=\"en\">").contains("Compliance by rule family and exercise")
        .contains("STL composition").contains("Commitment status");
    for (String page : List.of(es, en)) {
      assertThat(page).doesNotContain("<script").doesNotContain("http://").doesNotContain("https://")
          .doesNotContain(" src=").doesNotContain("<link").contains("&lt;script&gt;alert(1)&lt;/script&gt;.json");
      assertThat(page.split("<svg", -1)).hasSizeGreaterThan(4);   // heat map, two stacked charts, tally bars
      assertThat(page).contains("<rect x=\"231\" y=\"27\" width=\"56\" height=\"24\" rx=\"3\" fill=\"");
    }
  }

  @Test
  void heatColoursRunFromRedThroughAmberToGreenAndGreyWhenUndefined() {
    assertThat(StatsHtmlWriter.heat(new org.cocrea.core.analysis.Rate(0, 4))).isEqualTo("#f6c4c0");
    assertThat(StatsHtmlWriter.heat(new org.cocrea.core.analysis.Rate(2, 4))).isEqualTo("#fbe3a6");
    assertThat(StatsHtmlWriter.heat(new org.cocrea.core.analysis.Rate(4, 4))).isEqualTo("#a8dcb4");
    assertThat(StatsHtmlWriter.heat(org.cocrea.core.analysis.Rate.NONE)).isEqualTo("#eaeef2");
  }

  @Test
  void htmlRendersInHeadlessChromiumWithoutConsoleErrors() throws Exception {
    Path script = Path.of("..", "scripts", "html-screenshot.sh").toAbsolutePath().normalize();
    boolean chromium = Files.isExecutable(Path.of("/usr/bin/chromium")) || System.getenv("CHROMIUM") != null;
    Assumptions.assumeTrue(chromium && Files.isExecutable(script), "headless Chromium is not installed");
    for (Locale locale : List.of(ES, Locale.ENGLISH)) {
      Path page = dir.resolve("stats-" + locale.getLanguage() + ".html");
      Path png = dir.resolve("stats-" + locale.getLanguage() + ".png");
      Files.writeString(page, StatsWriter.of(StatsFormat.HTML).render(stats, locale), StandardCharsets.UTF_8);
      Process p = new ProcessBuilder(script.toString(), page.toString(), png.toString()).redirectErrorStream(true)
          .start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(150, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as(output).isZero();
      assertThat(Files.size(png)).isGreaterThan(10_000);
    }
  }
}
