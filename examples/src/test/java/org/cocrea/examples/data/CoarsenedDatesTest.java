package org.cocrea.examples.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cocrea.core.PartialDate;
import org.cocrea.serialization.CheckResult;
import org.cocrea.serialization.CocreaJson;
import org.cocrea.serialization.PalChecker;
import org.cocrea.validation.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 11, "what it must show": replacing any date of an example with its month ({@code 2016-09}) or its year gives
 * no schema, binding or field finding at that place. Every date of every example file ({@code examples/pal},
 * {@code examples/reform}) is replaced at once with its month, then at once with its year, and the file (as 1.1,
 * the format that holds partial dates) is checked; then a seeded sample of single dates is replaced one at a time.
 */
class CoarsenedDatesTest {

  /** Surefire runs in the module directory. */
  private static final List<Path> FOLDERS = List.of(Path.of("pal"), Path.of("reform"));

  private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  /** Rules of the file and of the fields: the schema, the binding to the model, the fields' constraints. */
  private static final Set<String> FILE_AND_FIELD_RULES = Set.of("SCH-01", "SCH-02", "BND-01", "FLD-01");

  private static final UnaryOperator<String> MONTH = day -> PartialDate.parse(day.substring(0, 7)).toString();
  private static final UnaryOperator<String> YEAR = day -> day.substring(0, 4);

  static Stream<Path> examples() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path folder : FOLDERS) {
      try (Stream<Path> s = Files.list(folder)) {
        s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
      }
    }
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyDateAtItsMonthOrItsYearReadsWithoutAFileOrFieldFinding(Path file) throws IOException {
    JsonNode original = CocreaJson.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
    List<String> dates = new ArrayList<>();
    collect(original, "", dates);
    assertThat(dates).as("%s has dates", file).isNotEmpty();

    for (UnaryOperator<String> coarser : List.of(MONTH, YEAR)) {
      JsonNode all = original.deepCopy();
      for (String pointer : dates) {
        replace(all, pointer, coarser);
      }
      assertNoFindingAt(check(all, file), dates, file + " (all dates coarsened)");
    }

    SplittableRandom random = new SplittableRandom(file.getFileName().toString().hashCode());
    for (int i = 0; i < Math.min(12, dates.size()); i++) {
      String pointer = dates.get(random.nextInt(dates.size()));
      JsonNode one = original.deepCopy();
      replace(one, pointer, random.nextBoolean() ? MONTH : YEAR);
      assertNoFindingAt(check(one, file), List.of(pointer), file + " " + pointer);
    }
  }

  /** The pointers of every date attribute's day value (a property that is a date of the model). */
  private static void collect(JsonNode node, String pointer, List<String> out) {
    if (node.isObject()) {
      for (var e : node.properties()) {
        String child = pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
        if (e.getValue().isString() && DAY.matcher(e.getValue().asString()).matches() && isDateName(e.getKey())) {
          out.add(child);
        } else {
          collect(e.getValue(), child, out);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), pointer + "/" + i, out);
      }
    }
  }

  /** The model's date attributes, by the names the format gives them. */
  private static boolean isDateName(String name) {
    return name.equals("date") || name.endsWith("Date") || name.endsWith("On") || name.equals("periodFrom")
        || name.equals("periodTo") || name.equals("periodStart") || name.equals("periodEnd")
        || name.equals("websiteLastUpdated");
  }

  private static void replace(JsonNode root, String pointer, UnaryOperator<String> coarser) {
    int slash = pointer.lastIndexOf('/');
    ObjectNode parent = (ObjectNode) root.at(pointer.substring(0, slash));
    String key = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    parent.put(key, coarser.apply(parent.get(key).asString()));
  }

  private static CheckResult check(JsonNode document, Path file) {
    ((ObjectNode) document).put("schemaVersion", "1.1");
    byte[] bytes = CocreaJson.mapper().writeValueAsString(document).getBytes(StandardCharsets.UTF_8);
    return PalChecker.create().check(bytes, file.toString());
  }

  private static void assertNoFindingAt(CheckResult result, List<String> pointers, String what) {
    assertThat(result.exercise()).as(what + ": read").isPresent();
    List<Finding> atADate = result.report().findings().stream()
        .filter(f -> FILE_AND_FIELD_RULES.contains(f.ruleId()))
        .filter(f -> pointers.stream().anyMatch(p -> f.pointer().equals(p) || f.pointer().startsWith(p + "/")))
        .toList();
    assertThat(atADate).as(what).isEmpty();
    // and the coarsened dates are what the model holds, as written
    assertThat(CocreaJson.write(result.exercise().get())).as(what).doesNotContain("\"schemaVersion\": \"1.0\"");
  }
}
