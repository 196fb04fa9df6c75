package org.cocrea.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cocrea.core.LocalExercise;
import org.cocrea.serialization.CheckResult;
import org.cocrea.serialization.CocreaJson;
import org.cocrea.serialization.PalChecker;
import org.cocrea.serialization.ReaderOptions;
import org.cocrea.testkit.RandomExercises;
import org.cocrea.validation.CellRef;
import org.cocrea.validation.Finding;
import org.cocrea.validation.ValidatorOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14: a defect of every rule family the check finds is reported, through a workbook, at the cell that holds
 * it. Exercises with the testkit's planted defects are checked as JSON and as the workbook exported from them; for
 * each rule family (the id before the dash) the first finding at an element of a list is found at the same pointer
 * through the workbook, and its cell is where the export put the
 * value, worked out from the layout alone (not from the import's cell map): the list's sheet, the element's row in
 * document order below the headings of row 3, and the property's column.
 */
class DefectFamiliesAtCellsTest {

  private static final Locale ES = Locale.forLanguageTag("es-MX");

  @TempDir
  Path dir;

  @Test
  void everyRuleFamilyIsReportedAtTheCellThatHoldsTheDefect() throws IOException {
    Map<String, String> checked = new LinkedHashMap<>();
    for (long seed = 1; seed <= 6; seed++) {
      LocalExercise exercise = RandomExercises.generate(seed, RandomExercises.Size.S,
          RandomExercises.DEFAULT_DEFECT_RATE);
      String json = CocreaJson.write(exercise);
      JsonNode tree = CocreaJson.mapper().readTree(json);
      Path book = dir.resolve("pal-" + seed + ".xlsx");
      try (OutputStream out = Files.newOutputStream(book)) {
        Workbooks.export(tree, ES, out);
      }
      Path file = dir.resolve("pal-" + seed + ".json");
      Files.writeString(file, json);
      ValidatorOptions options = ValidatorOptions.builder().locale(ES)
          .asOf(RandomExercises.asOf(exercise).orElse(java.time.LocalDate.of(2020, 1, 1))).build();
      PalChecker checker = PalChecker.create(options, ReaderOptions.builder().locale(ES).build());
      CheckResult fromJson = checker.check(file);
      CheckResult fromBook = Workbooks.check(book, checker, options);
      for (Finding f : fromJson.report().findings()) {
        String family = f.ruleId().substring(0, f.ruleId().indexOf('-'));
        Optional<Expected> expected = expected(tree, f.pointer());
        if (checked.containsKey(family) || expected.isEmpty()) {
          continue;
        }
        Finding atCell = fromBook.report().findings().stream()
            .filter(b -> b.ruleId().equals(f.ruleId()) && b.pointer().equals(f.pointer())).findFirst()
            .orElseThrow(() -> new AssertionError("not found through the workbook: " + f));
        CellRef cell = atCell.cell().orElseThrow(() -> new AssertionError("no cell: " + atCell));
        Expected e = expected.get();
        assertThat(cell.sheet()).as("%s", f).isEqualTo(e.sheet);
        assertThat(cell.row()).as("%s", f).isEqualTo(e.row);
        if (e.column > 0) {
          assertThat(cell.column()).as("%s", f).isEqualTo(e.column);
          assertThat(cell.heading()).as("%s", f).isEqualTo(e.heading);
        }
        assertThat(atCell.message()).startsWith(cell.describe(ES) + ": ");
        checked.put(family, f.ruleId() + " " + f.pointer() + " → " + cell.qualified());
      }
    }
    // the planted defects reach ten of the methodology's families at list elements; FindingsAtCellsTest plants the
    // schema's (SCH), a missing required value and a reference (REF) by hand
    assertThat(checked.keySet()).as("%s", checked)
        .contains("CO", "COM", "EVA", "IND", "MIL", "PAL", "SES", "SIM", "STL", "TRK");
  }

  /** The cell the export gives a pointer, from the layout: sheet, row and (for a property's value) column. */
  private record Expected(String sheet, int row, int column, String heading) {}

  private static Optional<Expected> expected(JsonNode tree, String pointer) {
    if (pointer.isEmpty()) {
      return Optional.empty();
    }
    String[] tokens = pointer.substring(1).split("/", -1);
    List<List<String>> chain = new ArrayList<>();
    List<Integer> indexes = new ArrayList<>();
    List<String> segment = new ArrayList<>();
    int i = 0;
    for (; i < tokens.length; i++) {
      String t = tokens[i].replace("~1", "/").replace("~0", "~");
      if (t.matches("0|[1-9][0-9]*") && !segment.isEmpty()) {
        chain.add(List.copyOf(segment));
        indexes.add(Integer.parseInt(t));
        segment.clear();
      } else {
        segment.add(t);
      }
    }
    if (chain.isEmpty()) {
      return Optional.empty();
    }
    Layout.Sheet sheet = Layout.get().sheets().stream().filter(s -> s.chain.equals(chain)).findFirst().orElse(null);
    if (sheet == null) {
      return Optional.empty(); // a list of scalars: one cell of its owner's row
    }
    int before = countBefore(tree, chain, indexes, 0);
    int row = 4 + before;
    if (segment.isEmpty()) {
      return Optional.of(new Expected(sheet.nameEs, row, 0, ""));
    }
    for (int c = 0; c < sheet.columns.size(); c++) {
      Layout.Column column = sheet.columns.get(c);
      if (column.path().equals(segment)) {
        return Optional.of(new Expected(sheet.nameEs, row, c + 1, column.heading(false)));
      }
    }
    return Optional.empty();
  }

  /** How many elements of the chain's last list come before the one at the indexes, in document order. */
  private static int countBefore(JsonNode node, List<List<String>> chain, List<Integer> indexes, int level) {
    JsonNode list = node;
    for (String name : chain.get(level)) {
      list = list.path(name);
    }
    if (level == chain.size() - 1) {
      return indexes.get(level);
    }
    int count = 0;
    for (int k = 0; k < indexes.get(level); k++) {
      count += all(list.path(k), chain, level + 1);
    }
    return count + countBefore(list.path(indexes.get(level)), chain, indexes, level + 1);
  }

  /** How many elements of the chain's last list an element at a level holds. */
  private static int all(JsonNode node, List<List<String>> chain, int level) {
    JsonNode list = node;
    for (String name : chain.get(level)) {
      list = list.path(name);
    }
    if (level == chain.size() - 1) {
      return list.size();
    }
    int count = 0;
    for (JsonNode child : list) {
      count += all(child, chain, level + 1);
    }
    return count;
  }
}
