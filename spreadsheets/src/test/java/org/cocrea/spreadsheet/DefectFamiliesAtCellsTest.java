package org.cocrea.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cocrea.core.LocalExercise;
import org.cocrea.serialization.CheckResult;
import org.cocrea.serialization.CocreaJson;
import org.cocrea.serialization.PalChecker;
import org.cocrea.serialization.ReaderOptions;
import org.cocrea.testkit.RandomExercises;
import org.cocrea.validation.CellRef;
import org.cocrea.validation.Finding;
import org.cocrea.validation.RuleFamily;
import org.cocrea.validation.ValidatorOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 14: a defect of every rule family is reported, through a workbook, at the cell that holds it: the twelve
 * families of the catalogue and the engine's field constraints (FLD) and references (REF), every {@link RuleFamily}.
 * Exercises with the testkit's planted defects are checked as JSON and as the workbook exported from them; for each
 * family (the id before the dash) the first finding is found at the same pointer through the workbook, and its cell
 * is where the export put the value, worked out from the layout alone (not from the import's cell map): the list's
 * sheet (the exercise's own sheet for the root), the element's row in document order below the headings of row 3, and
 * the property's column with its heading (the element's first column for a finding about the element as a whole).
 * The families the testkit's defects do not reach, or reach only at the exercise's own row, are planted by hand in
 * a clean exercise: a declaration signed after the STL's installation (EXE-01), a plan without its public address
 * (TRN-03), a milestone description within the schema's length in code points but over the model's in UTF-16 units
 * (FLD-01, which the schema cannot see) and a responsible institution that does not exist (REF-01).
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
      JsonNode tree = CocreaJson.mapper().readTree(CocreaJson.write(exercise));
      Checked both = check("pal-" + seed, tree, RandomExercises.asOf(exercise).orElse(LocalDate.of(2020, 1, 1)));
      for (Finding f : both.fromJson.report().findings()) {
        String family = family(f);
        if (!checked.containsKey(family)) {
          checked.put(family, atExpectedCell(both, tree, f));
        }
      }
    }
    assertThat(checked.keySet()).as("%s", checked)
        .contains("CO", "COM", "EVA", "IND", "MIL", "PAL", "SES", "SIM", "STL", "TRK");

    LocalExercise clean = RandomExercises.generate(11, RandomExercises.Size.S, 0.0);
    ObjectNode tree = (ObjectNode) CocreaJson.mapper().readTree(CocreaJson.write(clean));
    LocalDate installed = LocalDate.parse(tree.path("stls").path(0).path("installedOn").asString());
    for (JsonNode declaration : tree.path("declarations")) {
      ((ObjectNode) declaration).put("signedOn", installed.plusDays(1).toString());       // EXE-01
    }
    ObjectNode plan = (ObjectNode) tree.path("plans").path(0);
    plan.remove("documentUrl");                                                           // TRN-03
    ObjectNode commitment = (ObjectNode) plan.path("commitments").path(0);
    ((ObjectNode) commitment.path("milestones").path(0)).put("description", "\uD83D\uDE00".repeat(1_500)); // FLD-01
    commitment.putArray("responsibleInstitutionIds").add("NO-EXISTE");                  // REF-01
    Checked both = check("planted", tree, RandomExercises.asOf(clean).orElseThrow());
    Map<String, String> planted = new LinkedHashMap<>();
    planted.put("EXE-01", "/stls/0/installedOn");
    planted.put("TRN-03", "/plans/0");
    planted.put("FLD-01", "/plans/0/commitments/0/milestones/0/description");
    planted.put("REF-01", "/plans/0/commitments/0/responsibleInstitutionIds");
    for (Map.Entry<String, String> p : planted.entrySet()) {
      Finding f = both.fromJson.report().findings().stream()
          .filter(j -> j.ruleId().equals(p.getKey()) && j.pointer().startsWith(p.getValue())).findFirst()
          .orElseThrow(() -> new AssertionError("not found in the JSON check: " + p + "\n" + both.fromJson.report()
              .findings()));
      checked.put(family(f), atExpectedCell(both, tree, f));
    }
    // every family of the catalogue and of the engine, named by RuleFamily (the catalogue's families in docs/rules.md)
    assertThat(checked.keySet()).as("%s", checked)
        .containsAll(Arrays.stream(RuleFamily.values()).map(Enum::name).toList());
  }

  /** The family of a finding's rule: the id before the dash. */
  private static String family(Finding f) {
    return f.ruleId().substring(0, f.ruleId().indexOf('-'));
  }

  /** A tree checked as a JSON file and as the workbook exported from it, with the same options. */
  private record Checked(CheckResult fromJson, CheckResult fromBook) {}

  private Checked check(String name, JsonNode tree, LocalDate asOf) throws IOException {
    Path book = dir.resolve(name + ".xlsx");
    try (OutputStream out = Files.newOutputStream(book)) {
      Workbooks.export(tree, ES, out);
    }
    Path file = dir.resolve(name + ".json");
    Files.writeString(file, CocreaJson.mapper().writeValueAsString(tree));
    ValidatorOptions options = ValidatorOptions.builder().locale(ES).asOf(asOf).build();
    PalChecker checker = PalChecker.create(options, ReaderOptions.builder().locale(ES).build());
    return new Checked(checker.check(file), Workbooks.check(book, checker, options));
  }

  /**
   * Finds a finding of the JSON check through the workbook, at the same pointer, and checks its cell against the
   * layout: sheet, row, column and heading, and the message beginning with the cell in words.
   *
   * @return what was checked, for the assertion messages
   */
  private static String atExpectedCell(Checked both, JsonNode tree, Finding f) {
    Finding atCell = both.fromBook.report().findings().stream()
        .filter(b -> b.ruleId().equals(f.ruleId()) && b.pointer().equals(f.pointer())).findFirst()
        .orElseThrow(() -> new AssertionError("not found through the workbook: " + f));
    CellRef cell = atCell.cell().orElseThrow(() -> new AssertionError("no cell: " + atCell));
    Expected e = expected(tree, f.pointer());
    assertThat(cell.sheet()).as("%s", f).isEqualTo(e.sheet);
    assertThat(cell.row()).as("%s", f).isEqualTo(e.row);
    assertThat(cell.column()).as("%s", f).isEqualTo(e.column);
    assertThat(cell.heading()).as("%s", f).isEqualTo(e.heading).isNotEmpty();
    assertThat(atCell.line()).as("%s", f).isEqualTo(e.row);
    assertThat(atCell.column()).as("%s", f).isEqualTo(e.column);
    assertThat(atCell.message()).startsWith(cell.describe(ES) + ": ");
    return f.ruleId() + " " + f.pointer() + " → " + cell.qualified() + " (" + cell.heading() + ")";
  }

  /** The cell the export gives a pointer, from the layout: sheet, row, column and heading. */
  private record Expected(String sheet, int row, int column, String heading) {}

  private static Expected expected(JsonNode tree, String pointer) {
    String[] tokens = pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
    List<List<String>> chain = new ArrayList<>();
    List<Integer> indexes = new ArrayList<>();
    List<String> segment = new ArrayList<>();
    for (String token : tokens) {
      String t = token.replace("~1", "/").replace("~0", "~");
      if (t.matches("0|[1-9][0-9]*") && !segment.isEmpty()) {
        chain.add(List.copyOf(segment));
        indexes.add(Integer.parseInt(t));
        segment.clear();
      } else {
        segment.add(t);
      }
    }
    Layout.Sheet sheet = sheetOf(chain, segment);
    while (sheet == null) {
      // a list without a sheet of its own (scalars, or a tree kept as one JSON cell): a cell of its owner's row
      List<String> last = chain.remove(chain.size() - 1);
      indexes.remove(indexes.size() - 1);
      segment.addAll(0, last);
      sheet = sheetOf(chain, segment);
    }
    int row = 4 + (chain.isEmpty() ? 0 : countBefore(tree, chain, indexes, 0));
    List<String> path = new ArrayList<>(segment);
    while (!path.isEmpty()) {
      for (int c = 0; c < sheet.columns.size(); c++) {
        Layout.Column column = sheet.columns.get(c);
        if (!column.isKey() && column.path().equals(path)) {
          return new Expected(sheet.nameEs, row, c + 1, column.heading(false));
        }
      }
      path.remove(path.size() - 1);
    }
    // the element as a whole (or a property without a column of its own): the row's first column
    return new Expected(sheet.nameEs, row, 1, sheet.columns.get(0).heading(false));
  }

  /** The sheet of a chain of lists: for none, the exercise's own sheet, or the record's for its properties. */
  private static Layout.Sheet sheetOf(List<List<String>> chain, List<String> segment) {
    boolean record = chain.isEmpty() && !segment.isEmpty() && segment.get(0).equals("record");
    for (Layout.Sheet s : Layout.get().sheets()) {
      boolean match = chain.isEmpty()
          ? s.rootLike() && (record ? !s.objectPath.isEmpty() : s.isRoot())
          : s.chain.equals(chain);
      if (match) {
        return s;
      }
    }
    return null;
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
