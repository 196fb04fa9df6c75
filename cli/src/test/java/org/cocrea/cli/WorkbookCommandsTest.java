package org.cocrea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.cocrea.validation.CellRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code cocrea template}, {@code export}, {@code import} and {@code validate BOOK.xlsx}: files, exit codes, cells. */
class WorkbookCommandsTest {

  @TempDir
  Path dir;

  private static final Path EXAMPLE = Path.of("..", "examples", "pal", "mx-dur-2015.json");

  @Test
  void exportThenImportGivesTheSameTree() throws IOException {
    Path book = dir.resolve("dur.xlsx");
    CliRun export = CliRun.of("export", EXAMPLE.toString(), "--format", "xlsx", "-o", book.toString());
    assertThat(export.code()).as(export.err()).isZero();
    Path json = dir.resolve("dur.json");
    CliRun imported = CliRun.of("import", book.toString(), "-o", json.toString());
    assertThat(imported.code()).as(imported.err()).isZero();
    assertThat(imported.err()).isEmpty();
    JsonMapper mapper = JsonMapper.builder().build();
    JsonNode expected = mapper.readTree(Files.readString(EXAMPLE));
    JsonNode actual = mapper.readTree(Files.readString(json));
    assertThat(actual.equals((a, b) -> a.isNumber() && b.isNumber() ? a.decimalValue().compareTo(b.decimalValue())
        : a.equals(b) ? 0 : 1, expected)).isTrue();
  }

  @Test
  void theTemplateIsAWorkbookInEitherLanguage() throws IOException {
    Path es = dir.resolve("plantilla.xlsx");
    Path en = dir.resolve("template.xlsx");
    assertThat(CliRun.of("template", "-o", es.toString()).code()).isZero();
    assertThat(CliRun.of("template", "--lang", "en", "-o", en.toString()).code()).isZero();
    assertThat(Files.readAllBytes(es)).startsWith((byte) 'P', (byte) 'K');
    CliRun imported = CliRun.of("import", en.toString());
    assertThat(imported.code()).as(imported.err()).isZero();
    assertThat(imported.out().strip()).isEqualTo("{ }");
  }

  @Test
  void aHostileFileGivesAFindingAndExitOne() throws IOException {
    Path renamed = Files.writeString(dir.resolve("pal.xlsx"), "{}", StandardCharsets.UTF_8);
    CliRun imported = CliRun.of("import", "--lang", "en", renamed.toString());
    assertThat(imported.code()).isEqualTo(Cli.FINDINGS);
    assertThat(imported.err()).startsWith("XLS-01 ERROR Not a readable XLSX workbook").doesNotContain("Exception");
    CliRun validated = CliRun.of("validate", renamed.toString());
    assertThat(validated.code()).isEqualTo(Cli.FINDINGS);
    assertThat(validated.out()).contains("XLS-01");
  }

  @Test
  void validateReportsAWorkbooksFindingsAtTheirCells() throws IOException {
    Path book = dir.resolve("dur.xlsx");
    assertThat(CliRun.of("export", EXAMPLE.toString(), "-o", book.toString()).code()).isZero();
    CliRun text = CliRun.of("validate", "--as-of", "2017-12-31", book.toString());
    CliRun sarif = CliRun.of("validate", "--as-of", "2017-12-31", "--format", "sarif", book.toString());
    CliRun json = CliRun.of("validate", "--as-of", "2017-12-31", "--format", "json", "--lang", "en",
        book.toString());
    assertThat(text.out()).contains("Hoja ").contains(", fila ").contains(", columna ");
    assertThat(sarif.out()).contains("dur.xlsx").contains("\"startLine\"").contains("Hoja ");
    assertThat(json.out()).contains("Sheet ").contains(", row ").contains(", column ");
  }

  /**
   * Issue 14: every report format carries, for each finding of a workbook's check, the sheet, row, column and
   * heading it comes from: the JSON report as its {@code cell} member (valid against the report's schema), its line
   * and column as the cell's row and column, and its message beginning with the cell in words; the text and HTML
   * reports show the cell in words, or, for the same finding at several cells, the cell as a spreadsheet names it.
   */
  @Test
  void everyReportFormatCarriesEachFindingsSheetRowColumnAndHeading() throws IOException {
    Path book = dir.resolve("dur.xlsx");
    assertThat(CliRun.of("export", EXAMPLE.toString(), "-o", book.toString()).code()).isZero();
    CliRun json = CliRun.of("validate", "--as-of", "2017-12-31", "--format", "json", book.toString());
    CliRun text = CliRun.of("validate", "--as-of", "2017-12-31", book.toString());
    CliRun html = CliRun.of("validate", "--as-of", "2017-12-31", "--format", "html", book.toString());
    assertThat(Schemas.report(json.out())).isEmpty();
    JsonNode findings = JsonMapper.builder().build().readTree(json.out()).get("files").get(0).get("findings");
    assertThat(findings).isNotEmpty();
    for (JsonNode f : findings) {
      JsonNode cell = f.get("cell");
      assertThat(cell).as("%s", f).isNotNull();
      String sheet = cell.get("sheet").asString();
      int row = cell.get("row").asInt();
      int column = cell.get("column").asInt();
      String heading = cell.get("heading").asString();
      CellRef ref = new CellRef(sheet, row, column, heading);
      assertThat(sheet).as("%s", f).isNotEmpty();
      assertThat(heading).as("%s", f).isNotEmpty();
      assertThat(cell.get("columnLetters").asString()).isEqualTo(ref.columnLetters());
      assertThat(f.get("line").asInt()).as("%s", f).isEqualTo(row);
      assertThat(f.get("column").asInt()).as("%s", f).isEqualTo(column);
      String words = ref.describe(ES);
      assertThat(words).isEqualTo("Hoja " + sheet + ", fila " + row + ", columna " + ref.columnLetters() + " ("
          + heading + ")");
      assertThat(f.get("message").asString()).as("%s", f).startsWith(words + ": ");
      assertThat(text.out()).as("%s", f).containsAnyOf(words + ": ", ref.qualified());
      assertThat(html.out()).as("%s", f).containsAnyOf(html(words) + ": ", html(ref.qualified()));
    }
  }

  private static final Locale ES = Locale.forLanguageTag("es-MX");

  /** Text as the HTML report escapes it. */
  private static String html(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  /**
   * Issue 14: in SARIF the workbook is the artifact and each finding's first logical location its cell, as a
   * spreadsheet names it ({@code Hitos!D7}), with the sheet, row and column that the region and the message agree on.
   */
  @Test
  void sarifLocatesAWorkbooksFindingsAtTheirCells() throws IOException {
    Path book = dir.resolve("dur.xlsx");
    assertThat(CliRun.of("export", EXAMPLE.toString(), "-o", book.toString()).code()).isZero();
    CliRun sarif = CliRun.of("validate", "--as-of", "2017-12-31", "--format", "sarif", book.toString());
    JsonNode run = JsonMapper.builder().build().readTree(sarif.out()).get("runs").get(0);
    assertThat(run.get("artifacts").get(0).get("mimeType").asString()).endsWith("spreadsheetml.sheet");
    int atCells = 0;
    for (JsonNode result : run.get("results")) {
      JsonNode location = result.get("locations").get(0);
      if (!result.get("properties").has("sheet")) {
        assertThat(location.path("physicalLocation").has("region")).as("a finding without a cell has no region")
            .isFalse();
        continue;
      }
      atCells++;
      JsonNode cell = location.get("logicalLocations").get(0);
      String sheet = cell.get("properties").get("sheet").asString();
      int row = cell.get("properties").get("row").asInt();
      String letters = cell.get("properties").get("columnLetters").asString();
      String quoted = sheet.matches("[\\p{L}_.][\\p{L}\\p{N}_.]*") ? sheet : "'" + sheet.replace("'", "''") + "'";
      assertThat(cell.get("fullyQualifiedName").asString()).isEqualTo(quoted + "!" + letters + row);
      assertThat(location.get("physicalLocation").get("region").get("startLine").asInt()).isEqualTo(row);
      assertThat(location.get("physicalLocation").get("region").get("startColumn").asInt())
          .isEqualTo(cell.get("properties").get("column").asInt());
      assertThat(result.get("message").get("text").asString())
          .startsWith("Hoja " + sheet + ", fila " + row + ", columna " + letters);
      assertThat(result.get("properties").get("sheet").asString()).isEqualTo(sheet);
    }
    assertThat(atCells).isPositive();
  }
}
