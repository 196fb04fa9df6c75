package org.cocrea.serialization;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cocrea.core.i18n.Texts;
import org.cocrea.core.meta.ModelWalker;
import org.cocrea.validation.Finding;
import tools.jackson.databind.JsonNode;

/**
 * The reader's and the codec's access to the shipped JSON Schema ({@link PalSchema}): the property order of each
 * model type, read once from the schema text, and a document's schema problems as SCH-01 findings.
 */
final class SchemaAccess {

  /** Keywords whose {@code property} names an existing member of the object at the pointer. */
  private static final Set<String> MEMBER_KEYWORDS = Set.of("additionalProperties", "propertyNames",
      "unevaluatedProperties");

  /**
   * A schema problem as a finding (not yet located) and the member it names ({@code ""} when none).
   *
   * @param finding the SCH-01 finding
   * @param property the member named by {@code required} and similar keywords
   */
  record Problem(Finding finding, String property) {}

  private SchemaAccess() {}

  /**
   * The order of the properties of each type, as the schema's {@code $defs/<Type>/properties} list them.
   *
   * @return type simple name to property names, never null
   */
  static Map<String, List<String>> propertyOrder() {
    JsonNode schema = PalSchema.get().document();
    Map<String, List<String>> order = new HashMap<>();
    for (Map.Entry<String, JsonNode> def : schema.path("$defs").properties()) {
      JsonNode properties = def.getValue().path("properties");
      if (properties.isObject()) {
        order.put(def.getKey(), List.copyOf(new ArrayList<>(properties.propertyNames())));
      }
    }
    return Collections.unmodifiableMap(order);
  }

  /**
   * Validates a document against the schema. Problems about a member that exists ({@code additionalProperties}) point
   * at the member; a missing member ({@code required}) points at the object that lacks it.
   *
   * @param document the document's tree
   * @param locale the language of messages
   * @return the problems as SCH-01 findings, never null
   */
  static List<Problem> validate(JsonNode document, Locale locale) {
    Locale language = Texts.language(locale);
    List<Problem> problems = new ArrayList<>();
    for (SchemaProblem p : PalSchema.get().validate(document, language)) {
      String pointer = p.pointer();
      if (MEMBER_KEYWORDS.contains(p.keyword()) && !p.property().isEmpty()) {
        pointer = pointer + "/" + ModelWalker.escape(p.property());
      }
      Finding f = FileMessages.error(FileRules.SCHEMA, "message", pointer, language, p.keyword(), p.message());
      problems.add(new Problem(f, p.property()));
    }
    return problems;
  }
}
