package org.cocrea.serialization;

import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;
import org.cocrea.core.Constraints;

/**
 * A fast, conservative pre-check of documents against the PAL schema: it says "certainly valid" only when the full
 * validator (networknt) would report no problem at all, and "not sure" otherwise, so that the reader can skip the full
 * validator for valid documents and keep its exact findings for all others. For a document it cannot accept it names
 * the smallest referenced values that fail ({@link #rejectedParts}), so that the full validator runs on those alone.
 * Compiled once from the schema document
 * itself; it knows only the keywords the schema uses, and a schema with any other keyword (or a {@code $ref} that is not
 * a JSON Pointer into the same document) compiles to nothing, which turns the pre-check off instead of making it wrong.
 *
 * <p>Every check is at least as strict as networknt's: patterns use networknt's own regular-expression factory (the
 * default one the schema is compiled with), {@code format: date} is networknt's rule (ISO {@code LocalDate}, years 0
 * to 9999), {@code maxLength} counts UTF-16 units (never fewer than code points), numbers must pass both exact and
 * double comparisons, {@code integer} means an integral JSON number, and {@code enum}, {@code const} and
 * {@code uniqueItems} accept strings only. Thread-safe and immutable once compiled.
 */
final class SchemaAcceptor {

  /** Keywords that only annotate, never assert. */
  private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$comment", "title", "description",
      "examples", "default", "deprecated", "readOnly", "writeOnly", "$defs");

  private static final int STRING = 1;
  private static final int OBJECT = 2;
  private static final int ARRAY = 4;
  private static final int BOOLEAN = 8;
  private static final int NULL = 16;
  private static final int NUMBER = 32;
  private static final int INTEGER = 64;
  private static final Map<String, Integer> TYPE_BITS = Map.of("string", STRING, "object", OBJECT, "array", ARRAY,
      "boolean", BOOLEAN, "null", NULL, "number", NUMBER, "integer", INTEGER);

  /** The shipped schema's "not blank" pattern (ECMA-262 and Java agree on it). */
  static final String NOT_WHITE_SPACE = "[^\\t\\n\\x0B\\f\\r ]";
  /** The shipped schema's identifier pattern. */
  static final String IDENTIFIER = "^[A-Za-z0-9][A-Za-z0-9._:-]*$";

  private final Node root;

  private SchemaAcceptor(Node root) {
    this.root = root;
  }

  /**
   * Compiles the acceptor of a schema document, or returns null when the schema uses anything it does not know.
   *
   * @param schema the schema document
   * @param regex the regular-expression factory the full validator uses
   * @return the acceptor, or null
   */
  static SchemaAcceptor compile(JsonNode schema, RegularExpressionFactory regex) {
    try {
      Compiler c = new Compiler(schema, regex);
      Node root = c.compile(schema);
      c.resolve();
      return new SchemaAcceptor(root);
    } catch (Unsupported e) {
      return null;
    }
  }

  /**
   * Whether the document is certainly valid against the schema.
   *
   * @param document the document's tree
   * @return true only when the full validator would report nothing
   */
  boolean accepts(JsonNode document) {
    return root.accepts(document);
  }

  /**
   * A part of a document that can be validated on its own: the value at a pointer against the definition a
   * {@code $ref} names. The schema uses no keyword that looks at more than one value or at how a value was reached
   * (no {@code anyOf}, {@code oneOf}, {@code if}, {@code unevaluatedProperties}, {@code $dynamicRef}: the acceptor
   * turns itself off for those), so the full validator's problems inside such a value are exactly the problems of the
   * definition validated at that value, with the pointer as prefix.
   *
   * @param pointer the value's JSON Pointer in the document
   * @param instance the value
   * @param definition the JSON Pointer of the definition in the schema ({@code /$defs/Commitment})
   */
  record Part(String pointer, JsonNode instance, String definition) {}

  /**
   * The smallest parts of a document that the acceptor cannot accept: every value outside them is certainly valid, so
   * the full validator, run on each part against its definition, finds exactly what it finds on the whole document.
   * A part is the value of a {@code $ref}; a value is not split further when something of its own definition fails
   * (a missing member, an unknown member, a wrong type, …), only when everything but some referenced values is fine.
   *
   * @param document the document's tree
   * @return the parts (empty when the document is accepted), or null when the document must be validated whole (the
   *     root's own definition fails, or a part would sit below a member name that a pointer has to escape)
   */
  List<Part> rejectedParts(JsonNode document) {
    List<Part> parts = new ArrayList<>();
    try {
      return root.collect(document, null, parts) ? parts : null;
    } catch (Unsupported e) {
      return null;
    }
  }

  /** The way to a value inside a document, built only as far as a pointer is needed. */
  private record Trail(Trail parent, String name, int index) {
    String pointer() {
      return parent == null ? "" : parent.pointer() + "/" + (name != null ? name : Integer.toString(index));
    }

    Trail member(String member) {
      if (member.indexOf('~') >= 0 || member.indexOf('/') >= 0) {
        throw new Unsupported("a member name that a pointer escapes");
      }
      return new Trail(this, member, -1);
    }
  }

  /** The schema uses something the acceptor does not know. */
  private static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported(String what) {
      super(what, null, false, false);
    }
  }

  /** One compiled (sub)schema: all its assertions hold. */
  private static final class Node {
    boolean never;
    int types; // bits of the JSON types allowed; 0 when the schema says nothing
    Node ref;
    String refName; // the JSON Pointer of the $ref target
    Map<String, Node> properties;
    boolean closed;
    Node additional;
    List<String> required = List.of();
    Node items;
    Node propertyNames;
    Set<String> enumStrings;
    String constString;
    List<RegularExpression> patterns = new ArrayList<>();
    int maxLength = -1;
    boolean date;
    boolean uniqueItems;
    BigDecimal minimum;
    BigDecimal maximum;
    BigDecimal exclusiveMinimum;
    BigDecimal exclusiveMaximum;

    boolean accepts(JsonNode n) {
      return check(n, null, null);
    }

    /**
     * Like {@link #accepts}, but a value reached through a {@code $ref} is judged on its own: when it fails, it is
     * added to the parts instead of failing this value. Returns whether this value's own checks hold.
     */
    boolean collect(JsonNode n, Trail trail, List<Part> parts) {
      return check(n, trail, parts);
    }

    /** {@link #accepts} when {@code parts} is null, {@link #collect} otherwise: one walk for both. */
    private boolean check(JsonNode n, Trail trail, List<Part> parts) {
      if (never) {
        return false;
      }
      if (types != 0 && !typeMatches(n)) {
        return false;
      }
      if (ref != null) {
        if (parts == null) {
          if (!ref.check(n, null, null)) {
            return false;
          }
        } else {
          Trail here = trail == null ? new Trail(null, null, -1) : trail;
          int mark = parts.size();
          if (!ref.check(n, here, parts)) {
            parts.subList(mark, parts.size()).clear();
            parts.add(new Part(here.pointer(), n, refName));
          }
        }
      }
      if (enumStrings != null && !(n.isString() && enumStrings.contains(n.stringValue()))) {
        return false;
      }
      if (constString != null && !(n.isString() && constString.equals(n.stringValue()))) {
        return false;
      }
      if (n.isString()) {
        return stringAccepts(n.stringValue());
      }
      if (n.isNumber()) {
        return numberAccepts(n);
      }
      Trail here = parts == null || trail != null ? trail : new Trail(null, null, -1);
      if (n.isObject()) {
        return objectCheck(n, here, parts);
      }
      if (n.isArray()) {
        return arrayCheck(n, here, parts);
      }
      return true;
    }

    private boolean objectCheck(JsonNode n, Trail trail, List<Part> parts) {
      for (String name : required) {
        if (!n.has(name)) {
          return false;
        }
      }
      if (properties == null && !closed && additional == null && propertyNames == null) {
        return true;
      }
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        String name = e.getKey();
        if (propertyNames != null && !propertyNames.accepts(StringNode.valueOf(name))) {
          return false;
        }
        Node property = properties == null ? null : properties.get(name);
        if (property != null) {
          if (!property.child(e.getValue(), trail, name, -1, parts)) {
            return false;
          }
        } else if (closed) {
          return false;
        } else if (additional != null && !additional.child(e.getValue(), trail, name, -1, parts)) {
          return false;
        }
      }
      return true;
    }

    private boolean arrayCheck(JsonNode n, Trail trail, List<Part> parts) {
      if (uniqueItems && n.size() > 1) {
        Set<String> seen = new HashSet<>();
        for (JsonNode e : n) {
          if (!e.isString() || !seen.add(e.stringValue())) {
            return false;
          }
        }
      }
      if (items != null) {
        for (int i = 0; i < n.size(); i++) {
          if (!items.child(n.get(i), trail, null, i, parts)) {
            return false;
          }
        }
      }
      return true;
    }

    /**
     * A member or element. When collecting, accepted values cost no trail; only values that may hold a failing part
     * get one.
     */
    private boolean child(JsonNode value, Trail trail, String name, int index, List<Part> parts) {
      if (check(value, null, null)) {
        return true;
      }
      return parts != null && check(value, name != null ? trail.member(name) : new Trail(trail, null, index), parts);
    }

    private boolean typeMatches(JsonNode n) {
      int type = switch (n.getNodeType()) {
        case STRING -> STRING;
        case OBJECT -> OBJECT;
        case ARRAY -> ARRAY;
        case BOOLEAN -> BOOLEAN;
        case NULL -> NULL;
        case NUMBER -> n.isIntegralNumber() ? INTEGER | NUMBER : NUMBER;
        default -> 0;
      };
      return (type & types) != 0;
    }

    private boolean stringAccepts(String s) {
      if (maxLength >= 0 && s.length() > maxLength) {
        return false;
      }
      for (RegularExpression p : patterns) {
        if (!p.matches(s)) {
          return false;
        }
      }
      return !date || isDate(s);
    }

    private boolean numberAccepts(JsonNode n) {
      if (minimum == null && maximum == null && exclusiveMinimum == null && exclusiveMaximum == null) {
        return true;
      }
      BigDecimal exact = n.decimalValue();
      double approximate = n.doubleValue();
      return (minimum == null || (exact.compareTo(minimum) >= 0 && approximate >= minimum.doubleValue()))
          && (maximum == null || (exact.compareTo(maximum) <= 0 && approximate <= maximum.doubleValue()))
          && (exclusiveMinimum == null
              || (exact.compareTo(exclusiveMinimum) > 0 && approximate > exclusiveMinimum.doubleValue()))
          && (exclusiveMaximum == null
              || (exact.compareTo(exclusiveMaximum) < 0 && approximate < exclusiveMaximum.doubleValue()));
    }
  }

  /** Some character outside {@code [\t\n\x0B\f\r ]}. */
  static boolean hasNonWhiteSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
        return true;
      }
    }
    return false;
  }

  /**
   * networknt's {@code format: date}: {@code LocalDate.parse} succeeds and the year is 0 to 9999. The common
   * {@code YYYY-MM-DD} form is checked without the formatter ({@code LocalDate.of} accepts exactly the dates the
   * strict ISO parser accepts in that form).
   */
  static boolean isDate(String s) {
    if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-' && digits(s, 0, 4) && digits(s, 5, 7)
        && digits(s, 8, 10)) {
      try {
        LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10), Integer.parseInt(s, 8, 10, 10));
        return true;
      } catch (java.time.DateTimeException e) {
        return false;
      }
    }
    try {
      int year = LocalDate.parse(s).getYear();
      return year >= 0 && year <= 9999;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Compiles schema objects into nodes; {@code $ref}s ({@code #/$defs/Name}, …) are linked after the walk. */
  private static final class Compiler {
    private final JsonNode document;
    private final RegularExpressionFactory regex;
    private final Map<String, Node> definitions = new HashMap<>();
    private final List<Node> pending = new ArrayList<>();

    Compiler(JsonNode document, RegularExpressionFactory regex) {
      this.document = document;
      this.regex = regex;
    }

    Node compile(JsonNode schema) {
      Node node = new Node();
      fill(schema, node);
      return node;
    }

    private void fill(JsonNode schema, Node node) {
      if (schema.isBoolean()) {
        node.never = !schema.booleanValue();
        return;
      }
      if (!schema.isObject()) {
        throw new Unsupported("schema is neither an object nor a boolean");
      }
      for (Map.Entry<String, JsonNode> e : schema.properties()) {
        String keyword = e.getKey();
        JsonNode v = e.getValue();
        if (ANNOTATIONS.contains(keyword)) {
          continue;
        }
        switch (keyword) {
          case "type" -> {
            for (String t : strings(v)) {
              Integer bit = TYPE_BITS.get(t);
              if (bit == null) {
                throw new Unsupported("type " + t);
              }
              node.types |= bit;
            }
          }
          case "$ref" -> {
            String ref = v.asString("");
            if (!ref.startsWith("#/") || ref.contains("%")) {
              throw new Unsupported("$ref " + ref);
            }
            node.refName = ref.substring(1);
            pending.add(node);
          }
          case "properties" -> {
            node.properties = new HashMap<>();
            for (Map.Entry<String, JsonNode> p : v.properties()) {
              // interned like the names the reader parses (LocatingParser), so that a lookup ends at the identity test
              node.properties.put(p.getKey().intern(), compile(p.getValue()));
            }
          }
          case "additionalProperties" -> {
            if (v.isBoolean() && !v.booleanValue()) {
              node.closed = true;
            } else if (!(v.isBoolean() && v.booleanValue())) {
              node.additional = compile(v);
            }
          }
          case "required" -> node.required = strings(v).stream().map(String::intern).toList();
          case "items" -> node.items = compile(v);
          case "propertyNames" -> node.propertyNames = compile(v);
          case "enum" -> {
            Set<String> values = new HashSet<>();
            for (JsonNode x : v) {
              if (!x.isString()) {
                throw new Unsupported("enum with a value that is not a string");
              }
              values.add(x.stringValue());
            }
            node.enumStrings = values;
          }
          case "const" -> {
            if (!v.isString()) {
              throw new Unsupported("const that is not a string");
            }
            node.constString = v.stringValue();
          }
          case "pattern" -> node.patterns.add(pattern(v.asString()));
          case "maxLength" -> node.maxLength = nonNegativeInt(v);
          case "format" -> {
            if (!"date".equals(v.asString(""))) {
              throw new Unsupported("format " + v);
            }
            node.date = true;
          }
          case "uniqueItems" -> node.uniqueItems = v.isBoolean() && v.booleanValue();
          case "minimum" -> node.minimum = number(v);
          case "maximum" -> node.maximum = number(v);
          case "exclusiveMinimum" -> node.exclusiveMinimum = number(v);
          case "exclusiveMaximum" -> node.exclusiveMaximum = number(v);
          default -> throw new Unsupported("keyword " + keyword);
        }
      }
    }

    /**
     * The regular expression of a pattern: networknt's own, except for two patterns of the shipped schema whose
     * meaning is the same in every engine that follows the specification (an unanchored search), checked here by a
     * loop: "some character that is not white space" and the identifier shape (the loop is at least as strict as any
     * reading of {@code $}).
     */
    private RegularExpression pattern(String pattern) {
      if (NOT_WHITE_SPACE.equals(pattern)) {
        return SchemaAcceptor::hasNonWhiteSpace;
      }
      if (IDENTIFIER.equals(pattern)) {
        return Constraints::isIdentifier;
      }
      return regex.getRegularExpression(pattern);
    }

    /** Links every {@code $ref} (a JSON Pointer into the same document) to its compiled target. */
    void resolve() {
      for (int i = 0; i < pending.size(); i++) {
        Node node = pending.get(i);
        Node target = definitions.get(node.refName);
        if (target == null) {
          JsonNode def = document.at(node.refName);
          if (def.isMissingNode()) {
            throw new Unsupported("$ref to a missing definition " + node.refName);
          }
          target = new Node();
          definitions.put(node.refName, target);
          fill(def, target);
        }
        node.ref = target;
      }
    }

    private static Set<String> strings(JsonNode v) {
      Set<String> out = new HashSet<>();
      if (v.isString()) {
        out.add(v.stringValue());
      } else if (v.isArray()) {
        for (JsonNode x : v) {
          if (!x.isString()) {
            throw new Unsupported("list with a value that is not a string");
          }
          out.add(x.stringValue());
        }
      } else {
        throw new Unsupported("neither a string nor a list of strings");
      }
      return out;
    }

    private static int nonNegativeInt(JsonNode v) {
      if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 0) {
        throw new Unsupported("not a non-negative integer: " + v);
      }
      return v.intValue();
    }

    private static BigDecimal number(JsonNode v) {
      if (!v.isNumber()) {
        throw new Unsupported("not a number: " + v);
      }
      return v.decimalValue();
    }
  }
}
