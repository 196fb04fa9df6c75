package org.cocrea.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cocrea.validation.Rule;
import org.cocrea.validation.Rules;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The facts a rule says it needs ({@link Rule#needs()}) are paths the schema defines (1.1, which extends 1.0): no typo,
 * no stale name.
 */
class RuleFactsTest {

  @Test
  void everyFactARuleNeedsIsAPathOfTheSchema() throws Exception {
    Set<String> paths = paths("/org/cocrea/serialization/cocrea-pal.schema.json");
    assertThat(paths).contains("plans[].commitments[].milestones[].deliverable", "stls[].memberships[].seatSector");
    // format 1.1 adds facts a rule may need (names without records: responsibleInstitutionNames, personName, …)
    Set<String> paths11 = paths("/org/cocrea/serialization/cocrea-pal-1.1.schema.json");
    assertThat(paths11).as("1.1 extends 1.0").containsAll(paths)
        .contains("plans[].commitments[].responsibleInstitutionNames");

    for (Rule rule : Rules.catalogue()) {
      assertThat(paths11).as(rule.id()).containsAll(rule.needs());
    }
  }

  private static Set<String> paths(String resource) throws Exception {
    JsonNode schema;
    try (InputStream in = RuleFactsTest.class.getResourceAsStream(resource)) {
      schema = JsonMapper.builder().build().readTree(in);
    }
    Set<String> paths = new TreeSet<>();
    walk(schema, schema, "", paths, 0);
    return paths;
  }

  /** Collects the property paths under a schema node, following {@code $ref}s within the document. */
  private static void walk(JsonNode root, JsonNode node, String path, Set<String> paths, int depth) {
    if (depth > 60 || node == null || !node.isObject()) {
      return;
    }
    if (node.has("$ref")) {
      JsonNode target = root;
      for (String part : node.get("$ref").asString().substring(2).split("/")) {
        target = target.get(part);
      }
      walk(root, target, path, paths, depth + 1);
      return;
    }
    for (String combinator : new String[] {"allOf", "anyOf", "oneOf"}) {
      if (node.has(combinator)) {
        node.get(combinator).forEach(sub -> walk(root, sub, path, paths, depth + 1));
      }
    }
    if (node.has("items")) {
      walk(root, node.get("items"), path + "[]", paths, depth + 1);
      return;
    }
    if (node.has("properties")) {
      Iterator<Map.Entry<String, JsonNode>> it = node.get("properties").properties().iterator();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> p = it.next();
        String child = path.isEmpty() ? p.getKey() : path + "." + p.getKey();
        if (paths.add(child)) {
          walk(root, p.getValue(), child, paths, depth + 1);
        }
      }
    }
  }
}
