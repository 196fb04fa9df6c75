package org.cocrea.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.report.ReportFixtures.EN;
import static org.cocrea.report.ReportFixtures.ES;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cocrea.core.LocalExercise;
import org.cocrea.serialization.CheckResult;
import org.cocrea.validation.CellRef;
import org.cocrea.validation.Finding;
import org.cocrea.validation.Profile;
import org.cocrea.validation.Rules;
import org.cocrea.validation.Severity;
import org.cocrea.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SarifReportTest {

  private final ReportWriter writer = ReportWriter.of(ReportFormat.SARIF);
  private final JsonMapper mapper = JsonMapper.builder().build();

  @Test
  void oneRunWhoseDriverIsCocreaWithEveryRuleIdOnce() {
    JsonNode root = mapper.readTree(writer.render(ReportFixtures.run(ES)));

    assertThat(root.get("version").asString()).isEqualTo("2.1.0");
    assertThat(root.get("runs")).hasSize(1);
    JsonNode driver = root.get("runs").get(0).get("tool").get("driver");
    assertThat(driver.get("name").asString()).isEqualTo("cocrea");
    assertThat(driver.get("version").asString()).isEqualTo("0.1.0-test");
    assertThat(driver.has("informationUri")).as("no link to a site that does not exist").isFalse();
    List<String> ids = new ArrayList<>();
    driver.get("rules").forEach(r -> ids.add(r.get("id").asString()));
    assertThat(ids).doesNotHaveDuplicates().contains("JSON-01", "IO-01", "REF-01", "REF-02", "FLD-01");
    Rules.catalogue().forEach(r -> assertThat(ids).contains(r.id()));
    JsonNode ref = driver.get("rules").get(ids.indexOf("REF-01"));
    assertThat(ref.has("helpUri")).isFalse();
    assertThat(ref.get("help").get("text").asString()).endsWith("docs/rules.md#ref-01");
    assertThat(ref.get("shortDescription").get("text").asString())
        .isEqualTo(Rules.byId("REF-01").orElseThrow().statement(ES));
    assertThat(ref.get("defaultConfiguration").get("level").asString()).isEqualTo("error");
  }

  @Test
  void descriptionsFollowTheLanguage() {
    JsonNode root = mapper.readTree(writer.render(ReportFixtures.run(EN)));
    JsonNode run = root.get("runs").get(0);

    assertThat(run.get("language").asString()).isEqualTo("en");
    JsonNode rules = run.get("tool").get("driver").get("rules");
    JsonNode ref = null;
    for (JsonNode r : rules) {
      if (r.get("id").asString().equals("REF-01")) {
        ref = r;
      }
    }
    assertThat(ref).isNotNull();
    assertThat(ref.get("shortDescription").get("text").asString())
        .isEqualTo(Rules.byId("REF-01").orElseThrow().statement(EN));
  }

  @Test
  void resultsCarryLevelLocationAndPointer() {
    JsonNode run = mapper.readTree(writer.render(ReportFixtures.run(ES))).get("runs").get(0);
    JsonNode results = run.get("results");

    assertThat(results).hasSize(4);
    JsonNode ref = results.get(1);
    assertThat(ref.get("ruleId").asString()).isEqualTo("REF-01");
    assertThat(ref.get("level").asString()).isEqualTo("error");
    JsonNode rules = run.get("tool").get("driver").get("rules");
    assertThat(rules.get(ref.get("ruleIndex").asInt()).get("id").asString()).isEqualTo("REF-01");
    JsonNode physical = ref.get("locations").get(0).get("physicalLocation");
    assertThat(physical.get("artifactLocation").get("uri").asString())
        .isEqualTo("examples/pal/oaxaca%20%3Cscript%3Ealert(1)%3C/script%3E.json");
    assertThat(physical.get("region").get("startLine").asInt()).isEqualTo(12);
    assertThat(physical.get("region").get("startColumn").asInt()).isEqualTo(9);
    String pointer = "/plans/0/commitments/0/responsibleInstitutionIds/0";
    assertThat(ref.get("locations").get(0).get("logicalLocations").get(0).get("fullyQualifiedName").asString())
        .isEqualTo(pointer);
    assertThat(ref.get("properties").get("jsonPointer").asString()).isEqualTo(pointer);
    assertThat(results.get(0).get("level").asString()).isEqualTo("note");
    assertThat(results.get(0).get("locations").get(0).get("physicalLocation").has("region")).isFalse();
    assertThat(results.get(2).get("level").asString()).isEqualTo("warning");
    assertThat(run.get("artifacts")).hasSize(3);
  }

  @Test
  void pathsBecomeUriReferences() {
    assertThat(SarifReport.uriOf("examples/pal/cdmx.json")).isEqualTo("examples/pal/cdmx.json");
    assertThat(SarifReport.uriOf("dir\\sub\\a b.json")).isEqualTo("dir/sub/a%20b.json");
    assertThat(SarifReport.uriOf("año/plan.json")).isEqualTo("a%C3%B1o/plan.json");
    assertThat(SarifReport.uriOf("c:plan.json")).isEqualTo("./c:plan.json");
    assertThat(SarifReport.uriOf("/tmp/x y.json")).isEqualTo("file:///tmp/x%20y.json");
  }

  /** Issue 14: a workbook's finding is located at its cell, as a logical location a spreadsheet would name. */
  @Test
  void aWorkbooksFindingIsLocatedAtItsCell() {
    CellRef cell = new CellRef("Títulos alternativos – Compromiso", 7, 28, "Título");
    Finding f = new Finding("SCH-01", Severity.ERROR, "/plans/0/commitments/3/alternativeTitles/0", 0, 0,
        "SCH-01.message", List.of(), cell.describe(ES) + ": vacío").atCell(cell);
    Finding whole = new Finding("XLS-06", Severity.WARNING, "", 0, 0, "XLS-06", List.of(), "hoja desconocida");
    CheckResult book = new CheckResult("pal.xlsx", Optional.of(LocalExercise.builder().id("x").build()),
        ValidationReport.of("pal.xlsx", ReportFixtures.options(ES), List.of(f, whole), List.of()));
    JsonNode run = mapper.readTree(writer.render(new ReportRun(List.of(book), ES, Profile.INAI_CORE,
        ReportFixtures.AS_OF, "0.1.0-test"))).get("runs").get(0);

    assertThat(run.get("artifacts").get(0).get("mimeType").asString())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    JsonNode atCell = null;
    JsonNode atBook = null;
    for (JsonNode r : run.get("results")) {
      if (r.get("ruleId").asString().equals("SCH-01")) {
        atCell = r;
      } else {
        atBook = r;
      }
    }
    JsonNode location = atCell.get("locations").get(0);
    assertThat(location.get("physicalLocation").get("artifactLocation").get("uri").asString()).isEqualTo("pal.xlsx");
    assertThat(location.get("physicalLocation").get("region").get("startLine").asInt()).isEqualTo(7);
    assertThat(location.get("physicalLocation").get("region").get("startColumn").asInt()).isEqualTo(28);
    JsonNode logical = location.get("logicalLocations");
    assertThat(logical).hasSize(2);
    assertThat(logical.get(0).get("fullyQualifiedName").asString())
        .isEqualTo("'Títulos alternativos – Compromiso'!AB7");
    assertThat(logical.get(0).get("name").asString()).isEqualTo("AB7");
    JsonNode props = logical.get(0).get("properties");
    assertThat(props.get("sheet").asString()).isEqualTo("Títulos alternativos – Compromiso");
    assertThat(props.get("row").asInt()).isEqualTo(7);
    assertThat(props.get("column").asInt()).isEqualTo(28);
    assertThat(props.get("columnLetters").asString()).isEqualTo("AB");
    assertThat(props.get("heading").asString()).isEqualTo("Título");
    assertThat(logical.get(1).get("fullyQualifiedName").asString())
        .isEqualTo("/plans/0/commitments/3/alternativeTitles/0");
    assertThat(atCell.get("properties").get("sheet").asString()).isEqualTo("Títulos alternativos – Compromiso");
    assertThat(atCell.get("properties").get("row").asInt()).isEqualTo(7);
    assertThat(atCell.get("properties").get("column").asInt()).isEqualTo(28);
    assertThat(atBook.get("locations").get(0).has("logicalLocations")).as("the whole workbook: no cell").isFalse();
    assertThat(atBook.get("properties").has("sheet")).isFalse();
    assertThat(new CellRef("Hitos", 4, 2, "").qualified()).isEqualTo("Hitos!B4");
    assertThat(new CellRef("It's", 1, 1, "").qualified()).isEqualTo("'It''s'!A1");
  }
}
