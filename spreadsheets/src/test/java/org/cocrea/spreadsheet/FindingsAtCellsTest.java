package org.cocrea.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cocrea.core.LocalExercise;
import org.cocrea.serialization.CheckResult;
import org.cocrea.serialization.CocreaJson;
import org.cocrea.serialization.PalChecker;
import org.cocrea.serialization.ReaderOptions;
import org.cocrea.testkit.RandomExercises;
import org.cocrea.validation.Finding;
import org.cocrea.validation.ValidatorOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * One defect per rule family planted in a workbook (schema, required value, reference, the methodology's rules,
 * the import's own) and each finding of {@code validate} at the planted cell: sheet, row, column and heading.
 */
class FindingsAtCellsTest {

  @TempDir
  Path dir;

  private static final Locale ES = Locale.forLanguageTag("es-MX");

  @Test
  void aRealPlanGetsTheSameFindingsVerdictAndSubjectsNotRecordedAsItsJson() throws IOException {
    Path json = Path.of("..", "examples", "real", "mx-dgo-2015.json");
    Path book = dir.resolve("dgo.xlsx");
    try (OutputStream out = Files.newOutputStream(book)) {
      Workbooks.export(CocreaJson.mapper().readTree(Files.readAllBytes(json)), ES, out);
    }
    ValidatorOptions options = ValidatorOptions.builder().locale(ES).asOf(java.time.LocalDate.of(2026, 12, 1)).build();
    PalChecker checker = PalChecker.create(options, ReaderOptions.builder().locale(ES).build());
    CheckResult fromJson = checker.check(json);
    CheckResult fromBook = Workbooks.check(book, checker, options);
    assertThat(fromJson.report().notRecorded()).isNotEmpty();
    assertThat(fromBook.report().verdict()).isEqualTo(fromJson.report().verdict());
    assertThat(fromBook.report().notRecorded()).extracting(n -> n.ruleId() + " " + n.pointer())
        .containsExactlyElementsOf(fromJson.report().notRecorded().stream().map(n -> n.ruleId() + " " + n.pointer())
            .toList());
    assertThat(fromBook.report().findings()).extracting(f -> f.ruleId() + " " + f.pointer())
        .containsExactlyInAnyOrderElementsOf(fromJson.report().findings().stream()
            .map(f -> f.ruleId() + " " + f.pointer()).toList());
  }

  @Test
  void eachPlantedDefectIsFoundAtItsCell() throws IOException {
    LocalExercise exercise = RandomExercises.generate(11, RandomExercises.Size.S, 0.0);
    ObjectNode tree = (ObjectNode) CocreaJson.mapper().readTree(CocreaJson.write(exercise));
    ObjectNode commitment = (ObjectNode) tree.path("plans").path(0).path("commitments").path(0);
    ObjectNode first = (ObjectNode) commitment.path("milestones").path(0);
    ObjectNode second = (ObjectNode) commitment.path("milestones").path(1);
    first.put("dueDate", "2016-13-01");                               // schema: not a date
    second.remove("id");                                               // schema: a required value missing
    commitment.putArray("responsibleInstitutionIds").add("NO-EXISTE"); // reference to nothing
    first.remove("deliverable");                                       // the methodology: MIL-01
    first.remove("verificationMeans");
    Path book = dir.resolve("pal.xlsx");
    try (OutputStream out = Files.newOutputStream(book)) {
      Workbooks.export(tree, ES, out);
    }
    ValidatorOptions options = ValidatorOptions.builder().locale(ES)
        .asOf(RandomExercises.asOf(exercise).orElseThrow()).build();
    PalChecker checker = PalChecker.create(options, ReaderOptions.builder().locale(ES).build());
    CheckResult result = Workbooks.check(book, checker, options);
    List<Finding> findings = result.report().findings();
    String all = findings.stream().map(f -> f.ruleId() + " " + f.line() + ":" + f.column() + " " + f.message())
        .collect(Collectors.joining("\n"));
    String milestones = Layout.get().sheets().stream().filter(s -> s.chain.size() == 3
        && s.chain.get(2).equals(List.of("milestones"))).findFirst().orElseThrow().nameEs;

    assertThat(all).contains("Hoja " + milestones + ", fila 4, columna ")
        .containsPattern("SCH-01 4:\\d+ Hoja " + milestones + ", fila 4, columna [A-Z]+ \\(Fecha de término\\)")
        .containsPattern("SCH-01 5:\\d+ Hoja " + milestones + ", fila 5, columna [A-Z]+ \\(Identificador\\)")
        .containsPattern("REF-01 4:\\d+ Hoja Compromisos, fila 4, columna [A-Z]+ \\(Instituciones responsables\\)")
        .containsPattern("MIL-01 4:\\d+ Hoja " + milestones + ", fila 4, columna ");
  }
}
