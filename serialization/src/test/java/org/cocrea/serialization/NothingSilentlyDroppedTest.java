package org.cocrea.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.meta.ModelWalker;
import org.cocrea.validation.Finding;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Seeded mutations of valid documents: an extra property anywhere, or a value of the wrong type anywhere, is always
 * reported at its own pointer, never silently ignored or coerced.
 */
class NothingSilentlyDroppedTest {

  private static final PalReader READER = PalReader.create();

  @Test
  void anUnknownPropertyAnywhereIsReportedAtItsPointer() {
    for (long seed = 100; seed < 160; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      LocalExercise exercise = new ModelGenerator(seed).exercise();
      ObjectNode tree = (ObjectNode) CocreaJson.mapper().readTree(CocreaJson.write(exercise));
      List<Map.Entry<String, JsonNode>> objects = objects(tree);
      Map.Entry<String, JsonNode> target = objects.get(random.nextInt(objects.size()));
      ((ObjectNode) target.getValue()).put("zz~extra/field", 1);
      ReadResult result = READER.read(CocreaJson.mapper().writeValueAsBytes(tree), "seed-" + seed);
      String pointer = target.getKey() + "/" + ModelWalker.escape("zz~extra/field");
      assertThat(result.findings()).as("seed %d", seed).filteredOn(f -> !f.ruleId().startsWith("REF-"))
          .extracting(Finding::ruleId, Finding::pointer).containsExactly(org.assertj.core.groups.Tuple.tuple(
              "SCH-01", pointer));
      assertThat(result.findings()).as("seed %d", seed).allMatch(Finding::hasLocation);
      assertThat(result.exercise()).as("seed %d", seed).contains(exercise);
    }
  }

  @Test
  void aStringReplacedByAnObjectAnywhereIsReportedAtItsPointerAndLeftOut() {
    int mutated = 0;
    for (long seed = 200; seed < 260; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      LocalExercise exercise = new ModelGenerator(seed).exercise();
      ObjectNode tree = (ObjectNode) CocreaJson.mapper().readTree(CocreaJson.write(exercise));
      List<String[]> strings = new ArrayList<>();
      collectStringProperties(tree, "", strings);
      if (strings.isEmpty()) {
        continue;
      }
      String[] target = strings.get(random.nextInt(strings.size()));
      ObjectNode owner = (ObjectNode) tree.at(target[0].isEmpty() ? "" : target[0]);
      owner.putObject(target[1]);
      mutated++;
      ReadResult result = READER.read(CocreaJson.mapper().writeValueAsBytes(tree), "seed-" + seed);
      String pointer = target[0] + "/" + ModelWalker.escape(target[1]);
      assertThat(result.findings()).as("seed %d %s", seed, pointer)
          .filteredOn(f -> f.ruleId().startsWith("SCH-") || f.ruleId().startsWith("BND-"))
          .isNotEmpty()
          .allSatisfy(f -> assertThat(f.pointer().equals(pointer) || f.pointer().equals(target[0])).isTrue());
    }
    assertThat(mutated).isGreaterThan(50);
  }

  private static List<Map.Entry<String, JsonNode>> objects(JsonNode root) {
    List<Map.Entry<String, JsonNode>> found = new ArrayList<>();
    collect(root, "", found);
    return found;
  }

  private static void collect(JsonNode node, String pointer, List<Map.Entry<String, JsonNode>> found) {
    if (node.isObject()) {
      found.add(Map.entry(pointer, node));
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (!pointer.isEmpty() && pointer.endsWith("minPerSector")) {
          continue;
        }
        collect(e.getValue(), pointer + "/" + ModelWalker.escape(e.getKey()), found);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), pointer + "/" + i, found);
      }
    }
  }

  private static void collectStringProperties(JsonNode node, String pointer, List<String[]> found) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        String child = pointer + "/" + ModelWalker.escape(e.getKey());
        if (e.getValue() instanceof StringNode && !e.getKey().equals("schemaVersion")) {
          found.add(new String[] {pointer, e.getKey()});
        }
        collectStringProperties(e.getValue(), child, found);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectStringProperties(node.get(i), pointer + "/" + i, found);
      }
    }
  }
}
