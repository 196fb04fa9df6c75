package org.cocrea.serialization;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.cocrea.core.Framework;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.PartialDate;
import org.cocrea.core.meta.Attribute;
import org.cocrea.core.meta.ModelBuilder;
import org.cocrea.core.meta.ModelTypes;
import org.cocrea.core.meta.ModelWalker;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * The JSON form of every model type, with no annotation in core: a generic codec over {@link ModelTypes} and
 * {@link ModelBuilder}, described once per type and cached. It writes through Jackson's streaming generator, in the
 * schema's property order, and binds from a Jackson tree, recording every problem (BND-01) and going on: an element
 * that cannot be bound is reported and left out, everything else is kept. Thread-safe.
 */
final class ModelCodec {

  /** The property that carries the format version at the root. */
  static final String SCHEMA_VERSION_PROPERTY = "schemaVersion";

  /** The property of a model read from a 1.0 document that 1.1 added with a default ({@link #FRAMEWORKS_1_0}). */
  static final String FRAMEWORKS_PROPERTY = "frameworks";

  /** What an absent {@code frameworks} means in a 1.0 document: every 1.0 file is an INAI exercise. */
  static final List<Framework> FRAMEWORKS_1_0 = List.of(Framework.INAI_LOCAL);

  private static final ModelCodec INSTANCE = new ModelCodec(SchemaAccess.propertyOrder(),
      () -> Properties10.NAMES);

  private final Map<String, List<String>> schemaOrder;
  /**
   * The properties of each type in the 1.0 schema, asked for only when a model is written (a model using any other
   * is written as 1.1): reading and checking a file never parse the 1.0 schema for it. Null: always 1.1.
   */
  private final java.util.function.Supplier<Map<String, Set<String>>> properties10;
  private final Map<Class<?>, TypeCodec> types = new ConcurrentHashMap<>();

  ModelCodec(Map<String, List<String>> schemaOrder) {
    this(schemaOrder, null);
  }

  ModelCodec(Map<String, List<String>> schemaOrder,
      java.util.function.Supplier<Map<String, Set<String>>> properties10) {
    this.schemaOrder = schemaOrder;
    this.properties10 = properties10;
  }

  /** The 1.0 schema's property names, parsed on first need (a lazy, thread-safe holder). */
  private static final class Properties10 {
    static final Map<String, Set<String>> NAMES = SchemaAccess.propertyNames(CocreaJson.SCHEMA_VERSION);
  }

  /** The shared codec, with the property order of the shipped schema. */
  static ModelCodec get() {
    return INSTANCE;
  }

  /**
   * The description of one model type: attributes in writing order, and by name; {@code required} are the mandatory
   * attributes in writing order (a bound value must set each).
   */
  record TypeCodec(Class<?> type, List<Attribute> order, Map<String, Attribute> byName, Attribute[] required) {}

  /** The codec of a model type, computed once. */
  TypeCodec type(Class<?> type) {
    return types.computeIfAbsent(type, this::describe);
  }

  private TypeCodec describe(Class<?> type) {
    List<Attribute> attributes = ModelTypes.attributes(type);
    Map<String, Attribute> byName = new LinkedHashMap<>();
    attributes.forEach(a -> byName.put(a.name(), a));
    List<Attribute> order = new ArrayList<>();
    Set<String> placed = new java.util.HashSet<>();
    for (String name : schemaOrder.getOrDefault(SchemaAccess.definitionName(type), List.of())) {
      Attribute a = byName.get(name);
      if (a != null && placed.add(name)) {
        order.add(a);
      }
    }
    // by name: an attribute's name is unique in its type, and comparing whole attributes compares their methods
    List<Attribute> rest = new ArrayList<>();
    for (Attribute a : attributes) {
      if (!placed.contains(a.name())) {
        rest.add(a);
      }
    }
    rest.sort(Comparator.comparing((Attribute a) -> !a.name().equals("id")).thenComparing(Attribute::name));
    order.addAll(rest);
    Attribute[] required = order.stream().filter(a -> a.kind() == Attribute.Kind.REQUIRED).toArray(Attribute[]::new);
    if (required.length > Long.SIZE) {
      throw new IllegalStateException("more than " + Long.SIZE + " mandatory attributes in " + type.getName());
    }
    return new TypeCodec(type, List.copyOf(order), Map.copyOf(byName), required);
  }

  // ---------------------------------------------------------------------------------------------------- writing

  /**
   * Writes a model value as a JSON object; an exercise starts with {@code "schemaVersion"}: {@code "1.0"} when it uses
   * nothing of 1.1 (so that a 1.0 file writes back byte for byte), {@code "1.1"} otherwise.
   */
  void write(Object model, JsonGenerator g) {
    TypeCodec t = type(ModelTypes.typeOf(model));
    g.writeStartObject();
    boolean omitFrameworks = false;
    if (t.type() == LocalExercise.class) {
      String version = versionOf((LocalExercise) model);
      g.writeName(SCHEMA_VERSION_PROPERTY);
      g.writeString(version);
      omitFrameworks = version.equals(CocreaJson.SCHEMA_VERSION);
    }
    for (Attribute a : t.order()) {
      if (omitFrameworks && a.name().equals(FRAMEWORKS_PROPERTY)) {
        continue; // a 1.0 document has no frameworks: it reads back as INAI_LOCAL
      }
      Object value = a.read(model);
      switch (a.kind()) {
        case REQUIRED -> {
          g.writeName(a.name());
          writeValue(value, g);
        }
        case OPTIONAL -> {
          Optional<?> o = (Optional<?>) value;
          if (o.isPresent()) {
            g.writeName(a.name());
            writeValue(o.get(), g);
          }
        }
        case LIST -> {
          List<?> list = (List<?>) value;
          if (!list.isEmpty()) {
            g.writeName(a.name());
            g.writeStartArray();
            for (Object e : list) {
              writeValue(e, g);
            }
            g.writeEndArray();
          }
        }
        case SET -> {
          Set<?> set = (Set<?>) value;
          if (!set.isEmpty()) {
            g.writeName(a.name());
            g.writeStartArray();
            for (Object e : declarationOrder(set)) {
              writeValue(e, g);
            }
            g.writeEndArray();
          }
        }
        case MAP -> {
          Map<?, ?> map = (Map<?, ?>) value;
          if (!map.isEmpty()) {
            g.writeName(a.name());
            g.writeStartObject();
            for (Object key : declarationOrder(map.keySet())) {
              g.writeName(key instanceof Enum<?> e ? e.name() : String.valueOf(key));
              writeValue(map.get(key), g);
            }
            g.writeEndObject();
          }
        }
      }
    }
    g.writeEndObject();
  }

  /**
   * The format version an exercise needs: {@code "1.0"} when its frameworks are exactly INAI_LOCAL (what a 1.0
   * document without the list reads as), no element sets a property that the 1.0 schema does not have and no date is
   * less precise than a day; {@code "1.1"} otherwise, so that writing never loses anything: an exercise built without
   * frameworks ("not recorded") is written as 1.1, since a 1.0 document would read back as INAI_LOCAL.
   */
  String versionOf(LocalExercise exercise) {
    if (properties10 == null) {
      return CocreaJson.SCHEMA_VERSION_1_1;
    }
    if (!exercise.frameworks().equals(FRAMEWORKS_1_0)) {
      // 1.0 can say only INAI_LOCAL, by leaving the list out: other frameworks, or none recorded, need 1.1
      return CocreaJson.SCHEMA_VERSION_1_1;
    }
    Map<String, Set<String>> names10 = properties10.get();
    boolean[] uses11 = {false};
    ModelWalker.walk(exercise, (pointer, value) -> {
      if (uses11[0]) {
        return;
      }
      Class<?> type = ModelTypes.typeOf(value);
      Set<String> known = names10.get(SchemaAccess.definitionName(type));
      for (Attribute a : ModelTypes.attributes(type)) {
        Object v = a.read(value);
        if (isEmpty(v)) {
          continue;
        }
        if (known == null || !known.contains(a.name())) {
          if (type == LocalExercise.class && a.name().equals(FRAMEWORKS_PROPERTY) && v.equals(FRAMEWORKS_1_0)) {
            continue;
          }
          uses11[0] = true;
          return;
        }
        if (a.elementType() == PartialDate.class && !allDays(v)) {
          uses11[0] = true;
          return;
        }
      }
    });
    return uses11[0] ? CocreaJson.SCHEMA_VERSION_1_1 : CocreaJson.SCHEMA_VERSION;
  }

  private static boolean isEmpty(Object value) {
    return value instanceof Optional<?> o ? o.isEmpty()
        : value instanceof java.util.Collection<?> c ? c.isEmpty()
        : value instanceof Map<?, ?> m && m.isEmpty();
  }

  private static boolean allDays(Object value) {
    java.util.Collection<?> dates = value instanceof Optional<?> o ? o.stream().toList()
        : value instanceof java.util.Collection<?> c ? c : List.of(value);
    for (Object d : dates) {
      if (((PartialDate) d).precision() != PartialDate.Precision.DAY) {
        return false;
      }
    }
    return true;
  }

  private static List<?> declarationOrder(Set<?> values) {
    List<Object> sorted = new ArrayList<>(values);
    if (sorted.stream().allMatch(v -> v instanceof Enum<?>)) {
      sorted.sort(Comparator.comparingInt(v -> ((Enum<?>) v).ordinal()));
    }
    return sorted;
  }

  private void writeValue(Object value, JsonGenerator g) {
    if (value instanceof String s) {
      g.writeString(s);
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value instanceof Integer i) {
      g.writeNumber(i);
    } else if (value instanceof Long l) {
      g.writeNumber(l);
    } else if (value instanceof BigDecimal d) {
      g.writeNumber(NumberBounds.json(d));
    } else if (value instanceof LocalDate d) {
      g.writeString(d.toString());
    } else if (value instanceof PartialDate d) {
      g.writeString(d.toString());
    } else if (value instanceof Enum<?> e) {
      g.writeString(e.name());
    } else {
      write(value, g);
    }
  }

  // ---------------------------------------------------------------------------------------------------- binding

  /**
   * Binds a JSON tree to a model value of the given type.
   *
   * @return the value, or null when it cannot be built (the problem is in the binding)
   */
  Object bind(JsonNode node, Class<?> type, Binding b) {
    if (!node.isObject()) {
      typeProblem(node, "object", b);
      return null;
    }
    if (type == LocalExercise.class) {
      // a 1.0 document holds days only: its invalid dates are told in the 1.0 form (YYYY-MM-DD)
      b.daysOnly(isVersion10(node));
    }
    TypeCodec t = type(type);
    ModelBuilder builder = ModelBuilder.of(type);
    boolean root = type == LocalExercise.class;
    Attribute[] required = t.required();
    long setRequired = 0;
    for (Map.Entry<String, JsonNode> property : node.properties()) {
      String name = property.getKey();
      if (root && name.equals(SCHEMA_VERSION_PROPERTY)) {
        continue;
      }
      b.push(name);
      try {
        Attribute a = t.byName().get(name);
        if (a == null) {
          b.problem("unknown", name, type.getSimpleName());
          continue;
        }
        Object value = switch (a.kind()) {
          case REQUIRED, OPTIONAL -> bindValue(property.getValue(), a.elementType(), b);
          case LIST -> bindList(property.getValue(), a.elementType(), b);
          case SET -> bindSet(property.getValue(), a.elementType(), b);
          case MAP -> bindMap(property.getValue(), a.keyType(), a.elementType(), b);
        };
        if (value != null) {
          builder.set(a, value);
          if (a.kind() == Attribute.Kind.REQUIRED) {
            for (int r = 0; r < required.length; r++) {
              if (required[r] == a) {
                setRequired |= 1L << r;
              }
            }
          }
        }
      } finally {
        b.pop();
      }
    }
    for (int r = 0; r < required.length; r++) {
      if ((setRequired & (1L << r)) == 0) {
        b.problem("required", required[r].name(), type.getSimpleName());
        return null;
      }
    }
    if (root && !node.has(FRAMEWORKS_PROPERTY) && isVersion10(node)) {
      // every 1.0 file is an INAI exercise; in a 1.1 file an absent list is not recorded
      builder.set(t.byName().get(FRAMEWORKS_PROPERTY), FRAMEWORKS_1_0);
    }
    return builder.build();
  }

  private Object bindValue(JsonNode node, Class<?> type, Binding b) {
    if (node.isNull()) {
      b.problem("null");
      return null;
    }
    if (ModelTypes.isModelType(type)) {
      return bind(node, type, b);
    }
    if (type == String.class) {
      return node.isString() ? node.stringValue() : typeProblem(node, "string", b);
    }
    if (type == Boolean.class) {
      return node.isBoolean() ? Boolean.valueOf(node.booleanValue()) : typeProblem(node, "boolean", b);
    }
    if (type == Integer.class || type == Long.class) {
      if (!node.isNumber()) {
        return typeProblem(node, "integer", b);
      }
      BigDecimal d = node.decimalValue();
      try {
        long exact = d.longValueExact();
        if (type == Integer.class) {
          return Math.toIntExact(exact);
        }
        return exact;
      } catch (ArithmeticException e) {
        if (node.isIntegralNumber() || d.stripTrailingZeros().scale() <= 0) {
          b.problem("range", d.toPlainString());
          return null;
        }
        return typeProblem(node, "integer", b);
      }
    }
    if (type == BigDecimal.class) {
      return node.isNumber() ? node.decimalValue() : typeProblem(node, "number", b);
    }
    if (type == LocalDate.class) {
      if (!node.isString()) {
        return typeProblem(node, "string", b);
      }
      String text = node.stringValue();
      if (isIsoDateShape(text)) {
        try {
          // for the YYYY-MM-DD shape, LocalDate.of accepts exactly what LocalDate.parse accepts, without the formatter
          return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
              Integer.parseInt(text, 8, 10, 10));
        } catch (DateTimeException e) {
          // reported below
        }
      }
      b.problem("date", text);
      return null;
    }
    if (type == PartialDate.class) {
      if (!node.isString()) {
        return typeProblem(node, "string", b);
      }
      try {
        return PartialDate.parse(node.stringValue());
      } catch (IllegalArgumentException e) {
        b.problem(b.daysOnly() ? "date" : "partialDate", node.stringValue());
        return null;
      }
    }
    if (type.isEnum()) {
      if (!node.isString()) {
        return typeProblem(node, "string", b);
      }
      Object constant = constant(type, node.stringValue());
      if (constant == null) {
        b.problem("code", node.stringValue(), type.getSimpleName());
      }
      return constant;
    }
    throw new IllegalStateException("no JSON form for " + type.getName());
  }

  /** Whether a root object says it is 1.0 (or says no version, which is read as 1.0). */
  private static boolean isVersion10(JsonNode root) {
    JsonNode v = root.get(SCHEMA_VERSION_PROPERTY);
    return v == null || !v.isString() || !v.stringValue().equals(CocreaJson.SCHEMA_VERSION_1_1);
  }

  private List<Object> bindList(JsonNode node, Class<?> element, Binding b) {
    if (!node.isArray()) {
      return node.isNull() ? nullProblem(b) : typeProblem(node, "array", b);
    }
    List<Object> values = new ArrayList<>(node.size());
    int[] documentIndexes = new int[node.size()];
    for (int i = 0; i < node.size(); i++) {
      b.pushIndex(i, values.size());
      try {
        Object v = bindValue(node.get(i), element, b);
        if (v != null) {
          documentIndexes[values.size()] = i;
          values.add(v);
        }
      } finally {
        b.pop();
      }
    }
    if (values.size() < node.size()) {
      b.remap(java.util.Arrays.copyOf(documentIndexes, values.size()));
    }
    return values;
  }

  private Set<Object> bindSet(JsonNode node, Class<?> element, Binding b) {
    if (!node.isArray()) {
      return node.isNull() ? nullProblem(b) : typeProblem(node, "array", b);
    }
    Set<Object> values = new LinkedHashSet<>();
    for (int i = 0; i < node.size(); i++) {
      b.pushIndex(i, i);
      Object v;
      try {
        v = bindValue(node.get(i), element, b);
      } finally {
        b.pop();
      }
      if (v != null && !values.add(v)) {
        b.problem("repeated", String.valueOf(node.get(i).stringValue()));
      }
    }
    return values;
  }

  private Map<Object, Object> bindMap(JsonNode node, Class<?> keyType, Class<?> element, Binding b) {
    if (!node.isObject()) {
      return node.isNull() ? nullProblem(b) : typeProblem(node, "object", b);
    }
    Map<Object, Object> values = keyType.isEnum() ? enumMap(keyType) : new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      b.push(entry.getKey());
      try {
        Object key = keyType == String.class ? entry.getKey() : constant(keyType, entry.getKey());
        if (key == null) {
          b.problem("code", entry.getKey(), keyType.getSimpleName());
          continue;
        }
        Object v = bindValue(entry.getValue(), element, b);
        if (v != null) {
          values.put(key, v);
        }
      } finally {
        b.pop();
      }
    }
    return values;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Map<Object, Object> enumMap(Class<?> keyType) {
    return new EnumMap(keyType);
  }

  private static Object constant(Class<?> enumType, String name) {
    return CONSTANTS.get(enumType).get(name);
  }

  /** The constants of each enum by name, read once. */
  private static final ClassValue<Map<String, Object>> CONSTANTS = new ClassValue<>() {
    @Override
    protected Map<String, Object> computeValue(Class<?> type) {
      Map<String, Object> byName = new java.util.HashMap<>();
      for (Object c : type.getEnumConstants()) {
        byName.put(((Enum<?>) c).name(), c);
      }
      return Map.copyOf(byName);
    }
  };

  /** Exactly {@code [0-9]{4}-[0-9]{2}-[0-9]{2}}. */
  static boolean isIsoDateShape(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = s.charAt(i);
      if (i != 4 && i != 7 && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  private static <T> T nullProblem(Binding b) {
    b.problem("null");
    return null;
  }

  private static <T> T typeProblem(JsonNode node, String expected, Binding b) {
    if (node.isNull()) {
      b.problem("null");
    } else {
      b.problem("type", expected, jsonType(node));
    }
    return null;
  }

  /** The JSON Schema type name of a node. */
  static String jsonType(JsonNode node) {
    return switch (node.getNodeType()) {
      case STRING -> "string";
      case NUMBER -> node.isIntegralNumber() ? "integer" : "number";
      case BOOLEAN -> "boolean";
      case OBJECT -> "object";
      case ARRAY -> "array";
      case NULL -> "null";
      default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
