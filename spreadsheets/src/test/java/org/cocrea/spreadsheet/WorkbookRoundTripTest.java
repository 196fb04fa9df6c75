package org.cocrea.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.cocrea.core.LocalExercise;
import org.cocrea.serialization.CocreaJson;
import org.cocrea.testkit.RandomExercises;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** JSON → workbook → JSON gives the same tree: random exercises (seeded), the five examples and the real records. */
class WorkbookRoundTripTest {

  static final Locale ES = Locale.forLanguageTag("es-MX");

  /** Numbers compare by value (a workbook keeps 5 and 5.0 alike); everything else exactly. */
  static final Comparator<JsonNode> NUMERIC = (a, b) -> {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue());
    }
    return a.equals(b) ? 0 : 1;
  };

  static JsonNode roundTrip(JsonNode tree, Locale locale) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbooks.export(tree, locale, out);
    BookImport book = Workbooks.importBook(new ByteArrayInputStream(out.toByteArray()), "t.xlsx");
    assertThat(book.findings()).as("findings of a lossless import").isEmpty();
    return book.document();
  }

  static void assertSameTree(JsonNode expected, JsonNode actual) {
    if (!expected.equals(NUMERIC, actual)) {
      assertThat(actual.toPrettyString()).isEqualTo(expected.toPrettyString());
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233})
  void randomExercisesRoundTrip(long seed) {
    LocalExercise exercise = RandomExercises.generate(seed);
    JsonNode tree = CocreaJson.mapper().readTree(CocreaJson.write(exercise));
    assertSameTree(tree, roundTrip(tree, seed % 2 == 0 ? ES : Locale.ENGLISH));
  }

  @Test
  void aMediumExerciseRoundTrips() {
    JsonNode tree = CocreaJson.mapper().readTree(CocreaJson.write(RandomExercises.generate(7,
        RandomExercises.Size.M)));
    assertSameTree(tree, roundTrip(tree, ES));
  }

  static Stream<Path> examples() throws IOException {
    Path root = Path.of("..", "examples");
    return Stream.concat(Files.list(root.resolve("pal")), Files.list(root.resolve("real")))
        .filter(p -> p.toString().endsWith(".json")).sorted();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void examplesRoundTrip(Path file) throws IOException {
    JsonNode tree = CocreaJson.mapper().readTree(Files.readString(file));
    assertSameTree(tree, roundTrip(tree, ES));
  }

  @Test
  void theTemplateImportsAsAnEmptyDocument() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbooks.template(ES, out);
    BookImport book = Workbooks.importBook(new ByteArrayInputStream(out.toByteArray()), "plantilla.xlsx");
    assertThat(book.findings()).isEmpty();
    assertThat(book.document().isEmpty()).isTrue();
    assertThat(Layout.get().sheets()).extracting(s -> s.nameEs)
        .contains("Compromisos", "Hitos", "Organizaciones", "Indicadores")
        .doesNotHaveDuplicates();
    assertThat(Layout.get().sheets().stream().map(s -> s.nameEn).distinct().count())
        .isEqualTo(Layout.get().sheets().size());
    List<String> labels = Layout.get().enumerations().get("MilestoneStatus").labelsEs();
    assertThat(labels).containsExactly("Sin avance", "En proceso", "Completado", "Tarde");
  }
}
