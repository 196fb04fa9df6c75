package org.cocrea.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.cocrea.core.LocalExercise;
import org.cocrea.testkit.RandomExercises;
import org.cocrea.validation.CocreaValidator;
import org.cocrea.validation.Finding;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 10 asked whether a schema-valid file can ever yield a field-constraint (FLD-01) finding: if not, the field
 * check could be skipped for such files. It can: the JSON Schema's {@code maxLength} counts code points (draft
 * 2020-12, §6.3.1) while Jakarta's {@code @Size} counts UTF-16 units, so a text of astral characters (emoji) within
 * the schema's limit can exceed the model's. These properties pin down exactly how far the schema implies the
 * constraints, on generated exercises and on schema-rejected mutants of them: every FLD-01 violation of a read file
 * is either at a place where the schema reported a problem, or a {@code @Size} violation of a text that is within
 * the limit in code points. So the field check stays for schema-valid files (see the package documentation of
 * {@code org.cocrea.validation} for the measured cost), and the checker leaves out only the first kind.
 */
class SchemaImpliesFieldConstraintsTest {

  private static final PalReader READER = PalReader.create();
  private static final CocreaValidator VALIDATOR = CocreaValidator.create();

  @Test
  void aSchemaValidFileCanStillBreakAFieldConstraint() {
    String json = "{\"schemaVersion\": \"1.0\", \"id\": \"x\", \"title\": \"" + "😀".repeat(300) + "\"}";
    ReadResult read = READER.read(json.getBytes(StandardCharsets.UTF_8), "emoji.json");
    assertThat(read.findings()).isEmpty();
    assertThat(VALIDATOR.validate(read.exercise().orElseThrow()).findings("FLD-01")).singleElement()
        .satisfies(f -> assertThat(f.pointer()).isEqualTo("/title"));
  }

  @Test
  void generatedExercisesAreSchemaValidAndHaveNoFieldFindings() {
    for (long seed = 1; seed <= 40; seed++) {
      for (LocalExercise e : List.of(new ModelGenerator(seed).exercise(), RandomExercises.generate(seed))) {
        ReadResult read = READER.read(CocreaJson.write(e).getBytes(StandardCharsets.UTF_8), "s" + seed);
        assertThat(read.findings()).as("seed %d", seed).isEmpty();
        assertThat(VALIDATOR.validate(read.exercise().orElseThrow()).findings("FLD-01")).as("seed %d", seed)
            .isEmpty();
      }
    }
  }

  @Test
  void onSchemaRejectedMutantsEveryFieldViolationIsAtASchemaPlaceOrAnAstralLength() {
    int mutants = 0;
    int atSchemaPlaces = 0;
    int astral = 0;
    for (long seed = 1; seed <= 150; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      LocalExercise e = seed % 2 == 0 ? new ModelGenerator(seed).exercise() : RandomExercises.generate(seed);
      JsonNode tree = CocreaJson.mapper().readTree(CocreaJson.write(e));
      List<Slot> slots = new ArrayList<>();
      collect(tree, "", slots);
      for (int m = 0; m < 4 && !slots.isEmpty(); m++) {
        Slot slot = slots.get(random.nextInt(slots.size()));
        slot.set(BAD_VALUES[random.nextInt(BAD_VALUES.length)]);
      }
      ReadResult read = READER.read(tree.toString().getBytes(StandardCharsets.UTF_8), "m" + seed);
      if (read.exercise().isEmpty()) {
        continue;
      }
      mutants++;
      Set<String> schemaPlaces = read.findings().stream().filter(f -> f.ruleId().equals("SCH-01"))
          .map(Finding::pointer).collect(Collectors.toSet());
      for (Finding f : VALIDATOR.validate(read.exercise().orElseThrow()).findings("FLD-01")) {
        String place = read.locate(f).pointer();
        if (schemaPlaces.contains(place)) {
          atSchemaPlaces++;
        } else {
          assertThat(f.arguments().get(0)).as("seed %d, %s", seed, place).isEqualTo("Size");
          String value = valueAt(tree, place);
          assertThat(value.codePointCount(0, value.length())).as("seed %d, %s", seed, place)
              .isLessThan(value.length());
          astral++;
        }
      }
    }
    assertThat(mutants).isGreaterThan(100);
    assertThat(atSchemaPlaces).as("violations the schema also reports").isGreaterThan(100);
    assertThat(astral).as("astral-length violations the schema cannot see").isPositive();
  }

  /** Values that break the model's constraints in every way a string can (blank, pattern, length, astral length). */
  private static final String[] BAD_VALUES = {" ", "", "a b", "-x", "ftp://example.org", "https://a b",
      "x".repeat(20_001), "😀".repeat(150), "😀".repeat(300), "😀".repeat(10_001), "ñ", "1.0.0", "mx dur"};

  /** A string value in the tree, with how to replace it. */
  private record Slot(JsonNode parent, String property, int index) {
    void set(String value) {
      if (parent instanceof ObjectNode o) {
        o.put(property, value);
      } else {
        ((ArrayNode) parent).set(index, o(value));
      }
    }

    private static JsonNode o(String value) {
      return tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(value);
    }
  }

  private static void collect(JsonNode node, String pointer, List<Slot> slots) {
    if (node instanceof ObjectNode o) {
      for (Map.Entry<String, JsonNode> p : o.properties()) {
        if (p.getValue().isString() && !p.getKey().equals("schemaVersion")) {
          slots.add(new Slot(o, p.getKey(), -1));
        }
        collect(p.getValue(), pointer + "/" + p.getKey(), slots);
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        if (a.get(i).isString()) {
          slots.add(new Slot(a, null, i));
        }
        collect(a.get(i), pointer + "/" + i, slots);
      }
    }
  }

  private static String valueAt(JsonNode tree, String pointer) {
    return tree.at(pointer).stringValue();
  }
}
