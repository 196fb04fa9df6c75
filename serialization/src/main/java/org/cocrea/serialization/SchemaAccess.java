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
   * @param pointer where the problem is
   * @param finding the SCH-01 finding, or null for a problem beyond the findings a report keeps (its place still
   *     counts: the binding does not report it again)
   * @param property the member named by {@code required} and similar keywords
   * @param whole whether the problem stands for a rejected value as a whole, not validated one problem at a time
   *     because it lies beyond the findings a report keeps ({@link PalSchema.Bounded}): its problems are at or below
   *     the pointer
   */
  record Problem(String pointer, Finding finding, String property, boolean whole) {}

  private SchemaAccess() {}

  /**
   * The order of the properties of each type, as the schema's {@code $defs/<Type>/properties} list them.
   *
   * @return type simple name to property names, never null
   */
  static Map<String, List<String>> propertyOrder() {
    return propertyOrder(PalSchema.forVersion(CocreaJson.SCHEMA_VERSIONS.get(CocreaJson.SCHEMA_VERSIONS.size() - 1)));
  }

  /**
   * The order of the properties of each type in one schema version; the exercise's is that of the document's root
   * (which in 1.1 adds {@code record} beside {@code $defs/LocalExercise}).
   */
  static Map<String, List<String>> propertyOrder(PalSchema version) {
    JsonNode schema = version.document();
    Map<String, List<String>> order = new HashMap<>();
    for (Map.Entry<String, JsonNode> def : schema.path("$defs").properties()) {
      JsonNode properties = def.getValue().path("properties");
      if (properties.isObject()) {
        order.put(def.getKey(), List.copyOf(new ArrayList<>(properties.propertyNames())));
      }
    }
    JsonNode root = schema.path("properties");
    if (root.isObject()) {
      List<String> names = new ArrayList<>(root.propertyNames());
      names.remove(ModelCodec.SCHEMA_VERSION_PROPERTY);
      order.put(EXERCISE, List.copyOf(names));
    }
    return Collections.unmodifiableMap(order);
  }

  /**
   * The property names of each type in one schema version.
   *
   * @param version {@code "1.0"} or {@code "1.1"}
   * @return definition name to its property names, never null
   */
  static Map<String, Set<String>> propertyNames(String version) {
    Map<String, Set<String>> names = new HashMap<>();
    propertyOrder(PalSchema.forVersion(version)).forEach((type, order) -> names.put(type, Set.copyOf(order)));
    return Collections.unmodifiableMap(names);
  }

  /** The simple name of the exercise type, whose properties are the document root's. */
  private static final String EXERCISE = "LocalExercise";

  /**
   * The schema's definition name of a model type: its simple name, except {@link org.cocrea.core.RecordDeclaration},
   * which the schema calls {@code Record}.
   */
  static String definitionName(Class<?> type) {
    return type == org.cocrea.core.RecordDeclaration.class ? "Record" : type.getSimpleName();
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
    return validate(document, locale, CocreaJson.SCHEMA_VERSION, Integer.MAX_VALUE);
  }

  /**
   * Validates a document against the schema of a format version.
   *
   * @param document the document's tree
   * @param locale the language of messages
   * @param version the version whose schema applies, {@code "1.0"} or {@code "1.1"}
   * @param maxFindings how many problems get a finding (in {@link SchemaProblem#ORDER}); the rest keep only their
   *     place, and past them a rejected value is not validated further but kept whole, as one problem
   * @return the problems as SCH-01 findings, never null
   */
  static List<Problem> validate(JsonNode document, Locale locale, String version, int maxFindings) {
    Locale language = Texts.language(locale);
    List<Problem> problems = new ArrayList<>();
    PalSchema.Bounded bounded = PalSchema.forVersion(version).validate(document, language, maxFindings);
    for (SchemaProblem p : bounded.problems()) {
      String pointer = p.pointer();
      if (MEMBER_KEYWORDS.contains(p.keyword()) && !p.property().isEmpty()) {
        pointer = pointer + "/" + ModelWalker.escape(p.property());
      }
      Finding f = problems.size() < maxFindings
          ? FileMessages.error(FileRules.SCHEMA, "message", pointer, language, p.keyword(), p.message()) : null;
      problems.add(new Problem(pointer, f, p.property(), false));
    }
    for (String whole : bounded.unvalidated()) {
      problems.add(new Problem(whole, null, "", true));
    }
    return problems;
  }
}
