package org.cocrea.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.report.ReportFixtures.EN;
import static org.cocrea.report.ReportFixtures.ES;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cocrea.core.LocalExercise;
import org.cocrea.serialization.CheckResult;
import org.cocrea.validation.CellRef;
import org.cocrea.validation.Finding;
import org.cocrea.validation.Profile;
import org.cocrea.validation.Severity;
import org.cocrea.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 14: identical findings at many cells of a workbook are grouped in the reports people read (text, HTML): the
 * first in full, the others as a list of cells; JSON and SARIF keep each one (tools count them).
 */
class SameFindingAtManyCellsTest {

  /** 30 milestones with the same bad date in column D, one with another message, and a finding without a cell. */
  private static ReportRun run(Locale locale) {
    List<Finding> findings = new ArrayList<>();
    for (int row = 4; row < 34; row++) {
      CellRef cell = new CellRef("Hitos", row, 4, "Fecha de término");
      findings.add(new Finding("SCH-01", Severity.ERROR, "/plans/0/commitments/0/milestones/" + (row - 4) + "/dueDate",
          0, 0, "SCH-01.message", List.of("format", "fecha"), cell.describe(locale) + ": no es una fecha")
          .atCell(cell));
    }
    CellRef other = new CellRef("Hitos", 40, 4, "Fecha de término");
    findings.add(new Finding("SCH-01", Severity.ERROR, "/plans/0/commitments/1/milestones/0/dueDate", 0, 0,
        "SCH-01.message", List.of("format", "otra"), other.describe(locale) + ": otra cosa").atCell(other));
    findings.add(new Finding("SCH-01", Severity.ERROR, "/id", 0, 0, "SCH-01.message", List.of("format", "fecha"),
        "no es una fecha"));
    findings.add(new Finding("SCH-01", Severity.ERROR, "/title", 0, 0, "SCH-01.message", List.of("format", "fecha"),
        "no es una fecha"));
    CheckResult book = new CheckResult("pal.xlsx", Optional.of(LocalExercise.builder().id("x").build()),
        ValidationReport.of("pal.xlsx", ReportFixtures.options(locale), findings, List.of()));
    return new ReportRun(List.of(book), locale, Profile.INAI_CORE, ReportFixtures.AS_OF, "0.1.0-test");
  }

  @Test
  void theTextReportShowsTheFirstCellInFullAndListsTheOthers() {
    String text = ReportWriter.of(ReportFormat.TEXT).render(run(ES));
    assertThat(text).contains("SCH-01 [").contains("×33");
    assertThat(text.lines().filter(line -> line.contains("no es una fecha"))).hasSize(3);
    assertThat(text).contains("Hoja Hitos, fila 4, columna D (Fecha de término): no es una fecha")
        .doesNotContain("fila 5, columna D")
        .contains("Lo mismo en 29 celdas más: Hitos!D5, Hitos!D6, Hitos!D7, Hitos!D8, Hitos!D9, Hitos!D10, "
            + "Hitos!D11, Hitos!D12, Hitos!D13, Hitos!D14, ….")
        .contains("Hoja Hitos, fila 40, columna D (Fecha de término): otra cosa");
    String english = ReportWriter.of(ReportFormat.TEXT).render(run(EN));
    assertThat(english).contains("The same at 29 more cells: Hitos!D5, ");
  }

  @Test
  void theHtmlReportHasOneRowForTheSameFindingAtManyCells() {
    String html = ReportWriter.of(ReportFormat.HTML).render(run(ES));
    assertThat(html.split("no es una fecha", -1)).hasSize(4);
    assertThat(html).contains("Lo mismo en 29 celdas más: Hitos!D5, Hitos!D6");
  }

  /**
   * Issue 14: the JSON report carries each workbook finding's cell (sheet, row, column, its letters and heading), as
   * SARIF does, and stays valid against its schema; a finding without a cell has no {@code cell} member.
   */
  @Test
  void theJsonReportCarriesEachFindingsCell() throws Exception {
    String json = ReportWriter.of(ReportFormat.JSON).render(run(EN));
    assertThat(JsonReportTest.reportSchema().validate(json, com.networknt.schema.InputFormat.JSON)).isEmpty();
    JsonNode findings = JsonMapper.builder().build().readTree(json).get("files").get(0).get("findings");
    assertThat(findings).hasSize(33);
    List<Integer> rows = new ArrayList<>();
    int withoutCell = 0;
    for (JsonNode f : findings) {
      JsonNode cell = f.get("cell");
      if (cell == null) {
        withoutCell++;
        assertThat(f.get("pointer").asString()).isIn("/id", "/title");
        continue;
      }
      int row = cell.get("row").asInt();
      rows.add(row);
      assertThat(cell.get("sheet").asString()).isEqualTo("Hitos");
      assertThat(f.get("line").asInt()).isEqualTo(row);
      assertThat(cell.get("column").asInt()).isEqualTo(4).isEqualTo(f.get("column").asInt());
      assertThat(cell.get("columnLetters").asString()).isEqualTo("D");
      assertThat(cell.get("heading").asString()).isEqualTo("Fecha de término");
      assertThat(f.get("message").asString())
          .startsWith("Sheet Hitos, row " + row + ", column D (Fecha de término): ");
    }
    assertThat(withoutCell).isEqualTo(2);
    List<Integer> expected = new ArrayList<>();
    for (int row = 4; row < 34; row++) {
      expected.add(row);
    }
    expected.add(40);
    assertThat(rows).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void machineReadableReportsKeepEveryFinding() {
    String json = ReportWriter.of(ReportFormat.JSON).render(run(ES));
    assertThat(json.split("\"ruleId\" *: *\"SCH-01\"", -1)).hasSize(34);
    String sarif = ReportWriter.of(ReportFormat.SARIF).render(run(ES));
    assertThat(sarif).contains("Hitos!D33");
  }
}
