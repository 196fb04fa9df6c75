package org.cocrea.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocrea.serialization.PalSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sheets and columns of a PAL workbook, generated from the 1.1 JSON Schema the flatten-tool way: the root is one
 * row of the exercise sheet, {@code record} one row of its own sheet, every array of objects a sheet whose rows carry
 * their ancestors' keys, nested single objects columns with a prefixed heading, arrays of scalars one cell, and the
 * per-element facets that are trees themselves (provenance, stated counts, list completeness) one JSON cell.
 */
final class Layout {

  /** The schema the layout is generated from, shipped in the serialization module. */
  static final String SCHEMA_RESOURCE = "/org/cocrea/serialization/cocrea-pal-1.1.schema.json";

  /** Properties kept as one JSON cell: trees of their own, the same on every element. */
  private static final Set<String> JSON_FACETS = Set.of("provenance", "statedCounts", "partCompleteness");

  private static final Pattern LABEL = Pattern.compile("\\b([A-Z][A-Z0-9_]*) = ([^;]+?)(?=; [A-Z][A-Z0-9_]* = |\\. |\\.$| / |$)");

  /** What a column holds and how its cell is written and read. */
  enum Kind { TEXT, INTEGER, NUMBER, BOOLEAN, DATE, ENUM, LIST, JSON, ID_KEY, POSITION_KEY }

  /** An enumeration's codes with their Spanish and English labels, in the schema's order. */
  record Enumeration(String name, List<String> codes, List<String> labelsEs, List<String> labelsEn) {

    String label(String code, boolean english) {
      int i = codes.indexOf(code);
      return i < 0 ? code : (english ? labelsEn : labelsEs).get(i);
    }

    /** The code of a label in either language or of a code, accents and case ignored; empty when none. */
    Optional<String> code(String text) {
      for (int i = 0; i < codes.size(); i++) {
        if (codes.get(i).equals(text) || labelsEs.get(i).equals(text)) {
          return Optional.of(codes.get(i)); // as written by the export: no folding needed
        }
      }
      String key = fold(text);
      for (int i = 0; i < codes.size(); i++) {
        if (fold(codes.get(i)).equals(key) || fold(labelsEs.get(i)).equals(key) || fold(labelsEn.get(i)).equals(key)) {
          return Optional.of(codes.get(i));
        }
      }
      return Optional.empty();
    }
  }

  /**
   * One column of a sheet.
   *
   * @param path property names from the sheet's element to the value (several for a nested object's property)
   * @param headingEs the Spanish heading
   * @param headingEn the English heading
   * @param description the Spanish and English description, for the heading's comment
   * @param kind what the cells hold
   * @param element for lists, the kind of each item
   * @param enumeration the enumeration of an enum column or enum list
   * @param ancestor for key columns, the index of the ancestor level in the sheet's chain
   */
  record Column(List<String> path, String headingEs, String headingEn, String description, Kind kind, Kind element,
      Enumeration enumeration, int ancestor) {

    String heading(boolean english) {
      return english ? headingEn : headingEs;
    }

    boolean isKey() {
      return kind == Kind.ID_KEY || kind == Kind.POSITION_KEY;
    }
  }

  /**
   * One sheet: the array path from the root (each step the object path to an array), the columns, and whether its
   * elements have an id (the merge key) or a position column.
   */
  static final class Sheet {
    final String nameEs;
    final String nameEn;
    final String descriptionEs;
    final String descriptionEn;
    /** Each level's property path to its array, from the root; empty for the root sheet and one-object sheets. */
    final List<List<String>> chain;
    /** For a one-object sheet below the root (record): its property path; empty otherwise. */
    final List<String> objectPath;
    final List<Column> columns = new ArrayList<>();
    final int parent;
    /** The sheets of the levels above this one, outermost first. */
    final List<Integer> ancestors = new ArrayList<>();
    final String elementTitleEs;
    final String elementTitleEn;
    boolean hasId;
    boolean hasPosition;

    Sheet(String nameEs, String nameEn, String descriptionEs, String descriptionEn, List<List<String>> chain,
        List<String> objectPath, int parent, String elementTitleEs, String elementTitleEn) {
      this.nameEs = nameEs;
      this.nameEn = nameEn;
      this.descriptionEs = descriptionEs;
      this.descriptionEn = descriptionEn;
      this.chain = chain;
      this.objectPath = objectPath;
      this.parent = parent;
      this.elementTitleEs = elementTitleEs;
      this.elementTitleEn = elementTitleEn;
    }

    String name(boolean english) {
      return english ? nameEn : nameEs;
    }

    boolean isRoot() {
      return chain.isEmpty() && objectPath.isEmpty();
    }

    /** Whether the sheet has one row that writes into the root object (the exercise sheet and the record sheet). */
    boolean rootLike() {
      return chain.isEmpty();
    }

    /** The number of key columns before the element's own columns. */
    int keyCount() {
      int n = 0;
      for (Column c : columns) {
        if (c.ancestor >= 0 && c.isKey()) {
          n++;
        }
      }
      return n;
    }

    Optional<Column> column(List<String> path) {
      for (Column c : columns) {
        if (!c.isKey() && c.path.equals(path)) {
          return Optional.of(c);
        }
      }
      return Optional.empty();
    }
  }

  private static final class Holder {
    static final Layout INSTANCE = new Layout(readSchema());
  }

  private final JsonNode schema;
  private final List<Sheet> sheets = new ArrayList<>();
  private final Map<String, Enumeration> enumerations = new LinkedHashMap<>();
  private final Set<String> usedNames = new HashSet<>();

  private Layout(JsonNode schema) {
    this.schema = schema;
    Sheet root = new Sheet(shortName(es(def("LocalExercise").path("title").asText())), shortName(en(
        def("LocalExercise").path("title").asText())), es(def("LocalExercise").path("description").asText()), en(def("LocalExercise").path("description")
        .asText()), List.of(), List.of(), -1, "", "");
    usedNames.add(root.nameEs);
    sheets.add(root);
    addObject(root, 0, schema, List.of(), "", "", List.of());
    sheets.forEach(Layout::uniqueHeadings);
  }

  /** Two columns of a sheet with the same heading (two properties with one title) get their property in brackets. */
  private static void uniqueHeadings(Sheet sheet) {
    for (boolean english : new boolean[] {false, true}) {
      Map<String, Integer> count = new HashMap<>();
      for (Column c : sheet.columns) {
        count.merge(fold(c.heading(english)), 1, Integer::sum);
      }
      for (int i = 0; i < sheet.columns.size(); i++) {
        Column c = sheet.columns.get(i);
        if (count.get(fold(c.heading(english))) > 1 && !c.path().isEmpty()) {
          String suffix = " (" + String.join(".", c.path()) + ")";
          sheet.columns.set(i, new Column(c.path(), english ? c.headingEs() : c.headingEs() + suffix,
              english ? c.headingEn() + suffix : c.headingEn(), c.description(), c.kind(), c.element(),
              c.enumeration(), c.ancestor()));
        }
      }
    }
  }

  /** The layout of the shipped 1.1 schema, built once. */
  static Layout get() {
    return Holder.INSTANCE;
  }

  List<Sheet> sheets() {
    return Collections.unmodifiableList(sheets);
  }

  Map<String, Enumeration> enumerations() {
    return Collections.unmodifiableMap(enumerations);
  }

  private static JsonNode readSchema() {
    try (InputStream in = PalSchema.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("schema resource missing: " + SCHEMA_RESOURCE);
      }
      return JsonMapper.builder().build().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonNode def(String name) {
    return schema.path("$defs").path(name);
  }

  /** Follows {@code $ref}s to the definition, keeping the first title and description met. */
  private JsonNode resolve(JsonNode node) {
    int guard = 0;
    while (node.has("$ref") && guard++ < 20) {
      String ref = node.get("$ref").asText();
      JsonNode target = schema.at(ref.substring(1));
      if (target.isMissingNode()) {
        break;
      }
      node = target;
    }
    return node;
  }

  private String refName(JsonNode node) {
    String name = null;
    int guard = 0;
    while (node.has("$ref") && guard++ < 20) {
      String ref = node.get("$ref").asText();
      if (ref.startsWith("#/$defs/") && ref.indexOf('/', 8) < 0) {
        name = ref.substring(8);
      }
      node = schema.at(ref.substring(1));
    }
    return name;
  }

  private String title(JsonNode property) {
    return firstAlongRefs(property, "title");
  }

  private String description(JsonNode property) {
    return firstAlongRefs(property, "description");
  }

  /** The first value of a keyword met following {@code $ref}s one at a time (the property's own before its type's). */
  private String firstAlongRefs(JsonNode node, String keyword) {
    JsonNode n = node;
    for (int guard = 0; guard < 20; guard++) {
      String t = n.path(keyword).asText("");
      if (!t.isEmpty() || !n.has("$ref")) {
        return t;
      }
      JsonNode target = schema.at(n.get("$ref").asText().substring(1));
      if (target.isMissingNode()) {
        return "";
      }
      n = target;
    }
    return "";
  }

  /** The Spanish half of a bilingual "es / en" text. */
  static String es(String text) {
    int i = text.indexOf(" / ");
    return (i < 0 ? text : text.substring(0, i)).trim();
  }

  /** The English half of a bilingual "es / en" text. */
  static String en(String text) {
    int i = text.indexOf(" / ");
    return (i < 0 ? text : text.substring(i + 3)).trim();
  }

  /** Accents, case and surrounding space folded, for matching headings, names and labels. */
  static String fold(String text) {
    String n = MARKS.matcher(Normalizer.normalize(text.trim(), Normalizer.Form.NFD)).replaceAll("");
    return SPACES.matcher(n.toLowerCase(Locale.ROOT)).replaceAll(" ");
  }

  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static String withoutParenthesis(String title) {
    return title.replaceAll("\\s*\\([^)]*\\)", "").trim();
  }

  private void addObject(Sheet sheet, int sheetIndex, JsonNode object, List<String> prefix, String prefixEs,
      String prefixEn, List<List<String>> chain) {
    JsonNode resolved = resolve(object);
    for (Map.Entry<String, JsonNode> p : resolved.path("properties").properties()) {
      String name = p.getKey();
      JsonNode property = p.getValue();
      JsonNode value = resolve(property);
      List<String> path = append(prefix, name);
      String headingEs = prefixEs + es(title(property));
      String headingEn = prefixEn + en(title(property));
      String description = description(property);
      String type = value.path("type").asText("");
      if (JSON_FACETS.contains(name) || (type.equals("object") && !value.has("properties"))) {
        sheet.columns.add(new Column(path, headingEs + " (JSON)", headingEn + " (JSON)", description, Kind.JSON,
            null, null, -1));
      } else if (type.equals("array")) {
        JsonNode items = resolve(value.path("items"));
        if (items.path("type").asText("").equals("object")) {
          addSheet(sheetIndex, property, items, path, chain);
        } else {
          Kind element = scalarKind(value.path("items"));
          sheet.columns.add(new Column(path, headingEs, headingEn, description, Kind.LIST, element,
              element == Kind.ENUM ? enumeration(value.path("items")) : null, -1));
        }
      } else if (type.equals("object")) {
        if (sheet.isRoot() && prefix.isEmpty() && name.equals("record")) {
          addRecordSheet(property, value, path);
        } else {
          addObject(sheet, sheetIndex, property, path, headingEs + ": ", headingEn + ": ", chain);
        }
      } else {
        Kind kind = scalarKind(property);
        sheet.columns.add(new Column(path, headingEs, headingEn, description, kind, null,
            kind == Kind.ENUM ? enumeration(property) : null, -1));
      }
    }
  }

  private void addRecordSheet(JsonNode property, JsonNode value, List<String> path) {
    Sheet sheet = new Sheet(uniqueName(es(title(property)), ""), excelName(en(title(property))),
        es(description(property)), en(description(property)), List.of(), path, 0, "", "");
    sheets.add(sheet);
    addObject(sheet, sheets.size() - 1, value, path, "", "", List.of());
  }

  private void addSheet(int parentIndex, JsonNode property, JsonNode items, List<String> path,
      List<List<String>> parentChain) {
    Sheet parent = sheets.get(parentIndex);
    List<List<String>> chain = new ArrayList<>(parentChain);
    chain.add(path);
    String titleEs = withoutParenthesis(es(title(property)));
    String titleEn = withoutParenthesis(en(title(property)));
    String nameEs = uniqueName(titleEs, parent.elementTitleEs);
    String nameEn = englishName(titleEn, parent.elementTitleEn, nameEs, titleEs);
    Sheet sheet = new Sheet(nameEs, nameEn, es(description(property)), en(description(property)),
        List.copyOf(chain), List.of(), parentIndex, withoutParenthesis(es(items.path("title").asText(""))),
        withoutParenthesis(en(items.path("title").asText(""))));
    sheets.add(sheet);
    int index = sheets.size() - 1;
    sheet.ancestors.addAll(parent.ancestors);
    if (!parent.chain.isEmpty()) {
      sheet.ancestors.add(parentIndex);
    }
    // the ancestors' keys: each level above this sheet's, an id when its elements have one, else a position
    for (int level = 0; level < parentChain.size(); level++) {
      Sheet ancestor = ancestorSheet(index, level);
      String es = ancestor.elementTitleEs;
      String en = ancestor.elementTitleEn;
      if (ancestor.hasId) {
        sheet.columns.add(new Column(List.of(), es + " (identificador)", en + " (identifier)",
            "Identificador del elemento al que pertenece la fila. / Identifier of the element the row belongs to.",
            Kind.ID_KEY, null, null, level));
      } else {
        ancestor.hasPosition = true;
        sheet.columns.add(new Column(List.of(), es + " (n.º)", en + " (no.)",
            "Número del elemento al que pertenece la fila. / Number of the element the row belongs to.",
            Kind.POSITION_KEY, null, null, level));
      }
    }
    sheet.hasId = items.path("properties").has("id");
    int firstOwn = sheet.columns.size();
    addObject(sheet, index, items, List.of(), "", "", chain);
    if (sheet.hasPosition) {
      // a child sheet asked for this sheet's position: its own number column goes first among its columns
      sheet.columns.add(firstOwn, new Column(List.of(), "N.º", "No.",
          "Número del elemento en su lista, al que se refieren las filas de otras hojas. / Number of the element in its "
              + "list, which rows of other sheets refer to.", Kind.POSITION_KEY, null, null, -1));
    }
  }

  /** The sheet of an ancestor level of a sheet's chain (0 = the outermost array). */
  Sheet ancestorSheet(int sheetIndex, int level) {
    return sheets.get(sheets.get(sheetIndex).ancestors.get(level));
  }

  private String uniqueName(String title, String parentTitle) {
    String name = excelName(title);
    if (!usedNames.add(fold(name))) {
      name = excelName(title + " – " + parentTitle);
      int n = 2;
      String base = name;
      while (!usedNames.add(fold(name))) {
        name = excelName(base.substring(0, Math.min(base.length(), 28)) + " " + n++);
      }
    }
    return name;
  }

  private final Set<String> usedEnglish = new HashSet<>();

  private String englishName(String title, String parentTitle, String nameEs, String titleEs) {
    String name = excelName(title);
    if (!usedEnglish.add(fold(name)) || (usedNames.contains(fold(name)) && !fold(name).equals(fold(nameEs)))) {
      name = excelName(title + " – " + parentTitle);
      int n = 2;
      String base = name;
      while (!usedEnglish.add(fold(name))) {
        name = excelName(base.substring(0, Math.min(base.length(), 28)) + " " + n++);
      }
    }
    return name;
  }

  /** A title as a sheet name: its first two words when it is longer than a sheet name may be. */
  private static String shortName(String title) {
    String t = withoutParenthesis(title);
    if (t.length() <= 31) {
      return t;
    }
    String[] words = t.split(" ");
    return excelName(words.length > 1 ? words[0] + " " + words[1] : t);
  }

  private static String excelName(String text) {
    String cleaned = text.replaceAll("[\\[\\]:*?/\\\\]", " ").trim();
    return cleaned.length() <= 31 ? cleaned : cleaned.substring(0, 31).trim();
  }

  private Kind scalarKind(JsonNode property) {
    String ref = refName(property);
    if ("PartialDate".equals(ref)) {
      return Kind.DATE;
    }
    JsonNode value = resolve(property);
    if (value.has("enum")) {
      return Kind.ENUM;
    }
    switch (value.path("type").asText("")) {
      case "integer":
        return Kind.INTEGER;
      case "number":
        return Kind.NUMBER;
      case "boolean":
        return Kind.BOOLEAN;
      case "string":
        return Kind.TEXT;
      default:
        return value.has("const") ? Kind.TEXT : Kind.JSON;
    }
  }

  private Enumeration enumeration(JsonNode property) {
    String name = refName(property);
    JsonNode value = resolve(property);
    String key = name != null ? name : value.path("enum").toString();
    return enumerations.computeIfAbsent(key, k -> {
      List<String> codes = new ArrayList<>();
      value.path("enum").forEach(c -> codes.add(c.asText()));
      String description = value.path("description").asText("");
      Map<String, String> es = labels(es(description), codes);
      Map<String, String> en = labels(en(description), codes);
      List<String> labelsEs = new ArrayList<>();
      List<String> labelsEn = new ArrayList<>();
      Set<String> seenEs = new HashSet<>();
      Set<String> seenEn = new HashSet<>();
      for (String code : codes) {
        String l = es.getOrDefault(code, code);
        labelsEs.add(seenEs.add(fold(l)) ? l : l + " (" + code + ")");
        String m = en.getOrDefault(code, code);
        labelsEn.add(seenEn.add(fold(m)) ? m : m + " (" + code + ")");
      }
      return new Enumeration(name != null ? name : "enum" + enumerations.size(), List.copyOf(codes),
          List.copyOf(labelsEs), List.copyOf(labelsEn));
    });
  }

  /** The labels "CODE = label" that a description gives, an explanation after a colon left out. */
  private static Map<String, String> labels(String description, List<String> codes) {
    Map<String, String> labels = new HashMap<>();
    Matcher m = LABEL.matcher(description);
    while (m.find()) {
      String code = m.group(1);
      if (codes.contains(code) && !labels.containsKey(code)) {
        String label = m.group(2).trim();
        int colon = label.indexOf(": ");
        if (colon > 0 && colon + 2 < label.length() && Character.isLowerCase(label.charAt(colon + 2))) {
          label = label.substring(0, colon);
        }
        if (label.endsWith(".")) {
          label = label.substring(0, label.length() - 1);
        }
        if (!label.isEmpty()) {
          labels.put(code, Character.toUpperCase(label.charAt(0)) + label.substring(1));
        }
      }
    }
    return labels;
  }

  private static List<String> append(List<String> list, String item) {
    List<String> copy = new ArrayList<>(list);
    copy.add(item);
    return List.copyOf(copy);
  }
}
