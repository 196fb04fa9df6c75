package org.cocrea.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cocrea.core.Constraints;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.meta.Attribute;
import org.cocrea.core.meta.ModelTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The hand-written JSON Schema 1.0 and the 1.0 part of the Java model agree both ways: the same types, the same property
 * names, the same required members, the same enum constants, and the same field constraints as core's Jakarta
 * annotations and {@link Constraints}; and the schema's regular expressions accept exactly the strings the Java ones
 * accept. The 1.0 part of the model is what the 1.0 schema names; every other attribute must be a property of the same
 * definition in the 1.1 schema ({@link #everyModelAttributeIsAPropertyOfThe11Schema}).
 */
class SchemaModelAgreementTest {

  private static final JsonNode SCHEMA = JsonMapper.shared().readTree(PalSchema.get().text());
  private static final JsonNode DEFS = SCHEMA.path("$defs");

  /** White space as Java's {@code \s} knows it, spelled out so that ECMA-262 engines (ajv) agree. */
  private static final String WS = "\\t\\n\\x0B\\f\\r ";

  /** Each Java regular expression of the model and the schema pattern that states the same constraint. */
  private static final Map<String, String> PATTERNS = Map.of(
      Constraints.ID_PATTERN, "^[A-Za-z0-9][A-Za-z0-9._:-]*$",
      Constraints.NOT_BLANK, "[^" + WS + "]",
      Constraints.URL_PATTERN, "^https?://[^" + WS + "]+$",
      Constraints.EMAIL_PATTERN, "^[^@" + WS + "]+@[^@" + WS + "]+\\.[^@" + WS + "]+$",
      Constraints.SDG_TARGET_PATTERN, "^(1[0-7]|[1-9])\\.([1-9][0-9]?|[a-z])$",
      "[A-Z]{3}", "^[A-Z]{3}$",
      "[0-9]+", "^[0-9]+$");

  /** Definitions that describe shared scalar values rather than model types or enums. */
  private static final Set<String> SCALARS = Set.of(
      "Identifier", "ShortText", "LongText", "Url", "Date", "Count", "PositiveInteger", "Integer", "SdgTarget");

  @Test
  void everyModelTypeAndEnumHasADefinitionAndNothingElseDoes() {
    Set<String> expected = new TreeSet<>(SCALARS);
    modelTypes().forEach(t -> expected.add(t.getSimpleName()));
    enums().forEach(e -> expected.add(e.getSimpleName()));

    assertThat(new TreeSet<>(names(DEFS))).isEqualTo(expected);
    assertThat(modelTypes()).hasSizeGreaterThanOrEqualTo(43);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modelTypes")
  void propertiesAndRequiredMembersEqualTheModelAttributes(Class<?> type) {
    JsonNode def = DEFS.path(type.getSimpleName());
    List<Attribute> attributes = attributes10(type);

    assertThat(def.path("type").asString()).isEqualTo("object");
    assertThat(def.path("additionalProperties").isBoolean() && !def.path("additionalProperties").asBoolean())
        .as("additionalProperties false").isTrue();
    assertThat(new TreeSet<>(names(def.path("properties"))))
        .isEqualTo(attributes.stream().map(Attribute::name).collect(Collectors.toCollection(TreeSet::new)));
    assertThat(strings(def.path("required"))).containsExactlyInAnyOrderElementsOf(attributes.stream()
        .filter(a -> a.kind() == Attribute.Kind.REQUIRED).map(Attribute::name).toList());
    if (def.path("properties").has("id")) {
      assertThat(names(def.path("properties")).get(0)).as("identity first").isEqualTo("id");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modelTypes")
  void everyPropertyHasTheShapeTypeAndConstraintsOfItsAttribute(Class<?> type) {
    Mismatches soft = new Mismatches();
    for (Attribute a : attributes10(type)) {
      JsonNode property = DEFS.path(type.getSimpleName()).path("properties").path(a.name());
      String where = type.getSimpleName() + "." + a.name();
      JsonNode value = switch (a.kind()) {
        case REQUIRED, OPTIONAL -> {
          soft.check(where + " is a single value", !(property.has("items")));
          yield property;
        }
        case LIST -> {
          soft.equal(where + " type", property.path("type").asString(), "array");
          soft.check(where + " lists allow repeats", !(property.has("uniqueItems")));
          yield property.path("items");
        }
        case SET -> {
          soft.equal(where + " type", property.path("type").asString(), "array");
          soft.check(where + " uniqueItems", property.path("uniqueItems").asBoolean());
          yield property.path("items");
        }
        case MAP -> {
          soft.equal(where + " type", property.path("type").asString(), "object");
          soft.equal(where + " propertyNames", property.path("propertyNames").path("$ref").asString(),
              "#/$defs/" + a.keyType().getSimpleName());
          soft.check(where + " keyed by an enum", a.keyType().isEnum());
          yield property.path("additionalProperties");
        }
      };
      checkValue(soft, where, a, value);
      if (a.reference().isPresent()) {
        String target = a.refTarget().getSimpleName();
        String description = property.path("description").asString();
        soft.check(where + " names its reference target", description.contains("Referencia a " + target + ".id.")
            && description.contains("Refers to " + target + ".id."));
      }
    }
    assertThat(soft.list).isEmpty();
  }

  private static void checkValue(Mismatches soft, String where, Attribute a, JsonNode value) {
    Class<?> element = a.elementType();
    List<Annotation> constraints = constraints(a);
    if (ModelTypes.isModelType(element) || element.isEnum()) {
      soft.equal(where + " $ref", value.path("$ref").asString(), "#/$defs/" + element.getSimpleName());
      soft.check(where + " has only $ref, title and description",
          Set.of("$ref", "title", "description").containsAll(keywords(value)));
      return;
    }
    JsonNode effective = resolve(value);
    Set<String> expectedKeywords = new LinkedHashSet<>(List.of("type"));
    if (element == String.class) {
      soft.equal(where + " type", effective.path("type").asString(), "string");
      for (Annotation c : constraints) {
        if (c instanceof Size size) {
          expectedKeywords.add("maxLength");
          soft.equal(where + " maxLength", effective.path("maxLength").asInt(), size.max());
          soft.equal(where + " no minimum length", size.min(), 0);
        } else if (c instanceof Pattern pattern) {
          expectedKeywords.add("pattern");
          soft.check(where + " pattern " + pattern.regexp() + " has a schema translation",
              PATTERNS.containsKey(pattern.regexp()));
          soft.equal(where + " pattern", effective.path("pattern").asString(), PATTERNS.get(pattern.regexp()));
        } else if (c instanceof NotBlank) {
          soft.equal(where + " @NotBlank is implied by the id pattern", effective.path("pattern").asString(),
              PATTERNS.get(Constraints.ID_PATTERN));
        } else {
          soft.check(where + ": unexpected constraint " + c, false);
        }
      }
    } else if (element == LocalDate.class || element == org.cocrea.core.PartialDate.class) {
      // the 1.0 schema's dates are days (format: date); 1.1's are $defs/PartialDate (checked against the 1.1 schema)
      expectedKeywords.add("format");
      soft.equal(where + " type", effective.path("type").asString(), "string");
      soft.equal(where + " format", effective.path("format").asString(), "date");
    } else if (element == Boolean.class) {
      soft.equal(where + " type", effective.path("type").asString(), "boolean");
    } else if (element == Integer.class) {
      soft.equal(where + " type", effective.path("type").asString(), "integer");
      expectedKeywords.add("maximum");
      soft.equal(where + " int range", effective.path("maximum").asLong(), (long) Integer.MAX_VALUE);
      if (has(constraints, Positive.class)) {
        expectedKeywords.add("exclusiveMinimum");
        soft.equal(where + " @Positive", effective.path("exclusiveMinimum").asInt(-1), 0);
      } else if (has(constraints, PositiveOrZero.class)) {
        expectedKeywords.add("minimum");
        soft.equal(where + " @PositiveOrZero", effective.path("minimum").asInt(-1), 0);
      } else {
        expectedKeywords.add("minimum");
        soft.equal(where + " int range", effective.path("minimum").asLong(), (long) Integer.MIN_VALUE);
      }
      soft.check(where + " has only @Positive or @PositiveOrZero",
          constraints.stream().allMatch(c -> c instanceof Positive || c instanceof PositiveOrZero));
    } else if (element == BigDecimal.class) {
      soft.equal(where + " type", effective.path("type").asString(), "number");
      for (Annotation c : constraints) {
        if (c instanceof DecimalMin min) {
          expectedKeywords.add(min.inclusive() ? "minimum" : "exclusiveMinimum");
          soft.check(where + " @DecimalMin", effective.path(min.inclusive() ? "minimum" : "exclusiveMinimum")
              .decimalValue().compareTo(new BigDecimal(min.value())) == 0);
        } else if (c instanceof DecimalMax max) {
          expectedKeywords.add(max.inclusive() ? "maximum" : "exclusiveMaximum");
          soft.check(where + " @DecimalMax", effective.path(max.inclusive() ? "maximum" : "exclusiveMaximum")
              .decimalValue().compareTo(new BigDecimal(max.value())) == 0);
        } else {
          soft.check(where + ": unexpected constraint " + c, false);
        }
      }
    } else {
      soft.check(where + ": no schema mapping for " + element, false);
    }
    Set<String> actual = new TreeSet<>(keywords(effective));
    actual.removeAll(Set.of("title", "description"));
    soft.equal(where + " constraint keywords", actual, new TreeSet<>(expectedKeywords));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  void enumDefinitionsListTheJavaConstantsInOrder(Class<?> type) {
    JsonNode def = DEFS.path(type.getSimpleName());

    assertThat(def.path("type").asString()).isEqualTo("string");
    assertThat(strings(def.path("enum")))
        .containsExactlyElementsOf(Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
  }

  @Test
  void theRootIsALocalExerciseWithARequiredSchemaVersion() {
    List<String> expected = new ArrayList<>(List.of("schemaVersion"));
    expected.addAll(names(DEFS.path("LocalExercise").path("properties")));

    assertThat(SCHEMA.path("type").asString()).isEqualTo("object");
    assertThat(SCHEMA.path("additionalProperties").asBoolean(true)).isFalse();
    assertThat(names(SCHEMA.path("properties"))).containsExactlyElementsOf(expected);
    assertThat(strings(SCHEMA.path("required"))).containsExactly("schemaVersion", "id");
    assertThat(SCHEMA.path("properties").path("schemaVersion").path("const").asString())
        .isEqualTo("1.0");
    for (String name : expected.subList(1, expected.size())) {
      assertThat(SCHEMA.path("properties").path(name).path("$ref").asString())
          .isEqualTo("#/$defs/LocalExercise/properties/" + name);
    }
  }

  @Test
  void everyDefinitionAndPropertyHasABilingualTitleAndDescription() {
    List<String> missing = new ArrayList<>();
    checkBilingual("#", SCHEMA, missing);
    for (String def : names(DEFS)) {
      checkBilingual("$defs/" + def, DEFS.path(def), missing);
      for (String property : names(DEFS.path(def).path("properties"))) {
        checkBilingual("$defs/" + def + "/" + property, DEFS.path(def).path("properties").path(property), missing);
      }
    }
    checkBilingual("schemaVersion", SCHEMA.path("properties").path("schemaVersion"), missing);

    assertThat(missing).isEmpty();
  }

  private static void checkBilingual(String where, JsonNode node, List<String> missing) {
    for (String keyword : List.of("title", "description")) {
      String[] halves = node.path(keyword).asString("").split(" / ", -1);
      if (halves.length != 2 || halves[0].isBlank() || halves[1].isBlank()) {
        missing.add(where + " " + keyword + ": " + node.path(keyword));
      }
    }
  }

  @Test
  void theSchemaUsesNoUnionsAndEveryReferenceResolves() {
    List<String> refs = new ArrayList<>();
    List<String> unions = new ArrayList<>();
    walk(SCHEMA, "#", (pointer, node) -> {
      node.properties().forEach(e -> {
        if (Set.of("oneOf", "anyOf", "allOf", "not", "if").contains(e.getKey())) {
          unions.add(pointer + "/" + e.getKey());
        }
      });
      if (node.has("$ref")) {
        refs.add(node.path("$ref").asString());
      }
    });

    assertThat(unions).isEmpty();
    assertThat(refs).isNotEmpty().allSatisfy(ref -> {
      assertThat(ref).startsWith("#/$defs/");
      assertThat(SCHEMA.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
    });
  }

  @Test
  void everyObjectInTheSchemaForbidsUnknownMembers() {
    List<String> open = new ArrayList<>();
    walk(SCHEMA, "#", (pointer, node) -> {
      if (node.has("properties") && !(node.path("additionalProperties").isBoolean()
          && !node.path("additionalProperties").asBoolean())) {
        open.add(pointer);
      }
    });

    assertThat(open).isEmpty();
  }

  /** Each pair of a Java regular expression and its schema pattern. */
  static Stream<Map.Entry<String, String>> patternPairs() {
    return PATTERNS.entrySet().stream().sorted(Map.Entry.comparingByKey());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("patternPairs")
  void schemaPatternsAcceptExactlyWhatTheJavaConstraintsAccept(Map.Entry<String, String> pair) {
    java.util.regex.Pattern javaPattern = java.util.regex.Pattern.compile(pair.getKey());
    com.networknt.schema.Schema schema = PalSchema.compile(JsonMapper.shared().readTree(
        "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"type\": \"string\", \"pattern\": "
            + JsonNodeFactory.instance.stringNode(pair.getValue()) + "}"));
    SplittableRandom random = new SplittableRandom(0xC0C12EAL ^ pair.getKey().hashCode());
    List<String> samples = new ArrayList<>(EDGE_CASES);
    for (int i = 0; i < 3_000; i++) {
      samples.add(randomString(random));
    }
    int accepted = 0;
    for (String s : samples) {
      boolean javaAccepts = javaPattern.matcher(s).matches();
      boolean schemaAccepts = schema.validate(JsonNodeFactory.instance.stringNode(s)).isEmpty();
      if (javaAccepts != schemaAccepts) {
        fail("pattern %s: Java %s but schema %s for %s", pair.getKey(), javaAccepts, schemaAccepts,
            s.codePoints().mapToObj(c -> String.format("U+%04X", c)).toList());
      }
      accepted += javaAccepts ? 1 : 0;
    }
    assertThat(accepted).as("some samples match").isPositive();
    assertThat(accepted).as("some samples do not match").isLessThan(samples.size());
  }

  private static final List<String> EDGE_CASES = List.of("", " ", "\t", "\n", "\u000B", "\f", "\r", "\u00A0",
      "\u2028", "\u3000", "\uFEFF", "a", "a\n", "\na", "mx-dur-2015", "mx dur", "-x", "ñ", "x\u00A0y",
      "https://a", "https://a b", "http://", "http://x\n", "https://idaip.org.mx/\u00A0", "ftp://x", "a@b.c",
      "a@b", "a b@c.d", "a@@b.c", "16.10", "5.a", "17.19", "18.1", "0.1", "1.0", "1.10", "16.100", "MXN", "mxn",
      "MXNN", "123", "12a", "12\n", "😀", "a😀", "😀@😀.😀");

  private static final String[] PIECES = {"a", "Z", "0", "9", "1", "6", ".", "_", ":", "-", "@", "/", " ", "\t",
      "\n", "\r", "\f", "\u000B", "\u00A0", "\u2028", "\u3000", "\uFEFF", "é", "😀", "http://", "https://", "16.",
      "17", "18", "10", "b", "MX", "N", "x.y", "mx-dur"};

  private static String randomString(SplittableRandom random) {
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(0, 7);
    for (int i = 0; i < n; i++) {
      sb.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }

  /** Collects every mismatch of a type, so that one run reports them all. */
  private static final class Mismatches {
    final List<String> list = new ArrayList<>();

    void check(String what, boolean ok) {
      if (!ok) {
        list.add(what);
      }
    }

    void equal(String what, Object actual, Object expected) {
      if (!java.util.Objects.equals(actual, expected)) {
        list.add(what + ": expected " + expected + " but was " + actual);
      }
    }
  }

  // --- helpers --------------------------------------------------------------------------------------------------

  /** The attributes of a type that the 1.0 schema has. */
  private static List<Attribute> attributes10(Class<?> type) {
    return ModelTypes.attributes(type).stream().filter(a -> ModelGenerator.isVersion10(type, a)).toList();
  }

  /** Every model type, 1.0 or 1.1, reachable from the root, in a stable order. */
  private static List<Class<?>> allModelTypes() {
    Set<Class<?>> seen = new LinkedHashSet<>();
    java.util.ArrayDeque<Class<?>> todo = new java.util.ArrayDeque<>(List.of(LocalExercise.class));
    while (!todo.isEmpty()) {
      Class<?> type = todo.pop();
      if (seen.add(type)) {
        ModelTypes.attributes(type).stream().map(Attribute::elementType).filter(ModelTypes::isModelType)
            .forEach(todo::push);
      }
    }
    return List.copyOf(seen);
  }

  @Test
  void everyModelAttributeIsAPropertyOfThe11Schema() {
    JsonNode schema11 = PalSchema.forVersion(CocreaJson.SCHEMA_VERSION_1_1).document();
    Map<String, List<String>> order = SchemaAccess.propertyOrder(PalSchema.forVersion(CocreaJson.SCHEMA_VERSION_1_1));
    List<String> mismatches = new ArrayList<>();
    for (Class<?> type : allModelTypes()) {
      String def = SchemaAccess.definitionName(type);
      Set<String> properties = new TreeSet<>(order.getOrDefault(def, List.of()));
      Set<String> attributes = ModelTypes.attributes(type).stream().map(Attribute::name)
          .collect(Collectors.toCollection(TreeSet::new));
      if (!properties.equals(attributes)) {
        mismatches.add(def + ": schema " + properties + " model " + attributes);
      }
      for (Attribute a : ModelTypes.attributes(type)) {
        if (a.elementType().isEnum()) {
          JsonNode enumDef = schema11.path("$defs").path(a.elementType().getSimpleName());
          List<String> constants = Arrays.stream(a.elementType().getEnumConstants()).map(c -> ((Enum<?>) c).name())
              .toList();
          if (!strings(enumDef.path("enum")).equals(constants)) {
            mismatches.add(a.elementType().getSimpleName() + ": " + enumDef.path("enum") + " vs " + constants);
          }
        }
      }
    }
    assertThat(allModelTypes()).hasSizeGreaterThan(modelTypes().size());
    assertThat(mismatches).isEmpty();
  }

  /** Model types reachable from the root through 1.0 attributes, in a stable order. */
  static List<Class<?>> modelTypes() {
    Set<Class<?>> seen = new LinkedHashSet<>();
    collect(LocalExercise.class, seen);
    return seen.stream().filter(ModelTypes::isModelType).toList();
  }

  /** Enums used by the model's attributes (as values or map keys), in a stable order. */
  static List<Class<?>> enums() {
    Set<Class<?>> seen = new LinkedHashSet<>();
    collect(LocalExercise.class, seen);
    return seen.stream().filter(Class::isEnum).toList();
  }

  private static void collect(Class<?> type, Set<Class<?>> seen) {
    if (!seen.add(type) || !ModelTypes.isModelType(type)) {
      return;
    }
    for (Attribute a : attributes10(type)) {
      if (a.keyType().isEnum()) {
        seen.add(a.keyType());
      }
      if (a.elementType().isEnum()) {
        seen.add(a.elementType());
      } else if (ModelTypes.isModelType(a.elementType())) {
        collect(a.elementType(), seen);
      }
    }
  }

  /** The Jakarta constraints on an attribute's value (the element of an Optional, List or Set; a Map's value). */
  private static List<Annotation> constraints(Attribute a) {
    AnnotatedType returned = a.accessor().getAnnotatedReturnType();
    List<Annotation> result = new ArrayList<>();
    if (returned instanceof AnnotatedParameterizedType p) {
      AnnotatedType[] args = p.getAnnotatedActualTypeArguments();
      result.addAll(List.of(args[a.kind() == Attribute.Kind.MAP ? 1 : 0].getAnnotations()));
    } else {
      result.addAll(List.of(returned.getAnnotations()));
      result.addAll(List.of(a.accessor().getAnnotations()));
    }
    return result.stream()
        .filter(c -> c.annotationType().getPackageName().equals("jakarta.validation.constraints"))
        .distinct().toList();
  }

  private static boolean has(List<Annotation> constraints, Class<? extends Annotation> type) {
    return constraints.stream().anyMatch(type::isInstance);
  }

  /** A value schema with a {@code $ref} to a scalar definition replaced by that definition. */
  private static JsonNode resolve(JsonNode value) {
    if (!value.has("$ref")) {
      return value;
    }
    String name = value.path("$ref").asString().substring("#/$defs/".length());
    assertThat(SCALARS).as("scalar definition " + name).contains(name);
    assertThat(keywords(value)).isSubsetOf("$ref", "title", "description");
    return DEFS.path(name);
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.properties().forEach(e -> names.add(e.getKey()));
    return names;
  }

  private static List<String> keywords(JsonNode object) {
    return names(object);
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asString()));
    return values;
  }

  private interface Visitor {
    void visit(String pointer, JsonNode object);
  }

  private static void walk(JsonNode node, String pointer, Visitor visitor) {
    if (node.isObject()) {
      visitor.visit(pointer, node);
      node.properties().forEach(e -> walk(e.getValue(), pointer + "/" + e.getKey(), visitor));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, visitor);
      }
    }
  }
}
