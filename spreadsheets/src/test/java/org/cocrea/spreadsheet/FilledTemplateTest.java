package org.cocrea.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.cocrea.validation.CellRef;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A workbook filled the way a person fills one: a title block above the headings, a blank row, a date typed as text,
 * a label from the drop-down, a column of their own, a repeated id that disagrees. It imports with the expected notes
 * and nothing lost.
 */
class FilledTemplateTest {

  @TempDir
  Path dir;

  private static final Locale ES = Locale.forLanguageTag("es-MX");

  private static String sheet(String property) {
    return Layout.get().sheets().stream().filter(s -> !s.chain.isEmpty()
        && s.chain.get(s.chain.size() - 1).equals(List.of(property))).findFirst().orElseThrow().nameEs;
  }

  @Test
  void aPersonsWorkbookImportsWithNotesAndNoLoss() throws IOException {
    Path file = dir.resolve("pal.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "LibreOffice", "1.0");
      Worksheet ex = wb.newWorksheet("Ejercicio local");
      ex.value(0, 0, "Identificador");
      ex.value(0, 1, "Versión del esquema");
      ex.value(0, 2, "Título");
      ex.value(1, 0, "mx-dgo-2015");
      ex.value(1, 1, "1.1");
      ex.value(1, 2, "Durango 2015");
      Worksheet plans = wb.newWorksheet(sheet("plans"));
      plans.value(0, 0, "Planes de acción del municipio");   // a title block
      plans.value(1, 0, "Llene una fila por plan.");
      plans.value(3, 0, "Identificador");
      plans.value(3, 1, "Título");
      plans.value(4, 0, "P1");
      plans.value(4, 1, "Primer PAL");
      Worksheet commitments = wb.newWorksheet(sheet("commitments"));
      commitments.value(0, 0, "Compromisos");
      commitments.value(2, 0, "Plan de acción local (identificador)");
      commitments.value(2, 1, "Identificador");
      commitments.value(2, 2, "Título");
      commitments.value(2, 3, "Notas internas");               // a column of their own
      commitments.value(3, 0, "P1");
      commitments.value(3, 1, "C1");
      commitments.value(3, 2, "Datos abiertos");
      commitments.value(3, 3, "revisar con el STL");
      // row 5 left blank
      commitments.value(5, 0, "P1");
      commitments.value(5, 1, "C1");
      commitments.value(5, 2, "Datos abiertos municipales"); // the same id, another title: the first wins
      Worksheet milestones = wb.newWorksheet(sheet("milestones"));
      milestones.value(0, 0, "Plan de acción local (identificador)");
      milestones.value(0, 1, "Compromiso (identificador)");
      milestones.value(0, 2, "Identificador");
      milestones.value(0, 3, "Fecha de término");
      milestones.value(0, 4, "Estatus");
      milestones.value(1, 0, "P1");
      milestones.value(1, 1, "C1");
      milestones.value(1, 2, "C1-H1");
      milestones.value(1, 3, "09/2016");                      // a date typed as text
      milestones.value(1, 4, "En proceso");                   // a label from the drop-down
      milestones.value(2, 0, "P1");
      milestones.value(2, 1, "C9");                           // a commitment that is not there
      milestones.value(2, 2, "C9-H1");
      wb.finish();
    }
    BookImport book = Workbooks.importBook(file);
    JsonNode doc = book.document();
    assertThat(doc.path("id").asString()).isEqualTo("mx-dgo-2015");
    JsonNode commitment = doc.path("plans").path(0).path("commitments").path(0);
    assertThat(commitment.path("title").asString()).isEqualTo("Datos abiertos");
    assertThat(doc.path("plans").path(0).path("commitments").size()).isEqualTo(1);
    JsonNode milestone = commitment.path("milestones").path(0);
    assertThat(milestone.path("dueDate").asString()).isEqualTo("2016-09");
    assertThat(milestone.path("status").asString()).isEqualTo("IN_PROGRESS");
    assertThat(commitment.path("milestones").size()).isEqualTo(1);

    assertThat(book.findings()).extracting(f -> f.ruleId() + " " + f.cell().map(CellRef::a1).orElse(""))
        .containsExactlyInAnyOrder("XLS-06 D3", "XLS-07 C6", "XLS-08 B3");
    CellFinding conflict = book.findings().stream().filter(f -> f.ruleId().equals("XLS-07")).findFirst()
        .orElseThrow();
    assertThat(conflict.message(ES)).contains("C4").contains("C6").contains("Datos abiertos");
    assertThat(book.cellOf("/plans/0/commitments/0/milestones/0/dueDate", null).orElseThrow().describe(ES))
        .isEqualTo("Hoja " + sheet("milestones") + ", fila 2, columna D (Fecha de término)");
    assertThat(book.cellOf("/plans/0/commitments/0", "problem").orElseThrow().describe(ES))
        .startsWith("Hoja Compromisos, fila 4");
  }

  @Test
  void aFolderOfCsvFilesImportsLikeAWorkbook() throws IOException {
    Files.writeString(dir.resolve("Ejercicio local.csv"), "Identificador,Título\nmx-x,\"Uno, dos\"\n");
    Files.writeString(dir.resolve(sheet("plans") + ".csv"), "\uFEFFIdentificador;Título\nP1;=cmd\n");
    BookImport book = Workbooks.importBook(dir);
    assertThat(book.findings()).isEmpty();
    assertThat(book.document().path("title").asString()).isEqualTo("Uno, dos");
    assertThat(book.document().path("plans").path(0).path("title").asString()).isEqualTo("=cmd");
  }
}
