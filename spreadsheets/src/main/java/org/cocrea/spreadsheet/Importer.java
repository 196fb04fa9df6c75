package org.cocrea.spreadsheet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cocrea.validation.CellRef;
import org.cocrea.validation.Severity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the rows of a workbook's sheets into one JSON tree, the flatten-tool way: tolerant parse, strict check later.
 * Sheets are read parent first (the layout's order); each row finds its parent by its ancestors' keys, ids merge rows
 * (the first value wins, a warning names both cells), and every element remembers its row so that any JSON Pointer
 * into the tree finds its cell.
 */
final class Importer {

  /** Where the rows of a workbook come from: an XLSX file or a folder of CSV files. */
  interface Source {
    List<String> sheetNames();

    void read(String sheet, XlsxReader.RowSink sink) throws IOException;

    boolean date1904();
  }

  private static final int HEADING_SCAN = 30;

  private final Layout layout;
  private final ObjectNode root = JsonNodeFactory.instance.objectNode();
  private final List<CellFinding> findings = new ArrayList<>();
  /** Per layout sheet: the key tuple of each element, with the element, its pointer and its first row. */
  private final List<Map<List<String>, Placed>> index = new ArrayList<>();
  /** Element pointer to its sheet (layout index) and row, for locating findings. */
  private final Map<String, long[]> rows = new HashMap<>();
  /** Per layout sheet: its name in the workbook, and for each layout column its workbook column and heading. */
  private final String[] sheetNames;
  private final int[][] columnOf;
  private final String[][] headingOf;

  record Placed(ObjectNode node, String pointer, int row, List<String> keys) {}

  Importer(Layout layout) {
    this.layout = layout;
    int n = layout.sheets().size();
    for (int i = 0; i < n; i++) {
      index.add(new LinkedHashMap<>());
    }
    sheetNames = new String[n];
    columnOf = new int[n][];
    headingOf = new String[n][];
  }

  ObjectNode root() {
    return root;
  }

  /** Lets the imported tree go (its elements and the merge index); cells are still found by pointer. */
  void release() {
    root.removeAll();
    index.forEach(Map::clear);
  }

  List<CellFinding> findings() {
    return findings;
  }

  void add(String rule, CellRef cell, String pointer, String key, String... arguments) {
    findings.add(new CellFinding(rule, SheetRules.severity(rule), Optional.ofNullable(cell), pointer, key,
        List.of(arguments)));
  }

  void importAll(Source source) throws IOException {
    Map<String, String> byFold = new LinkedHashMap<>();
    for (String name : source.sheetNames()) {
      byFold.putIfAbsent(Layout.fold(name), name);
    }
    Set<String> used = new HashSet<>();
    List<Layout.Sheet> sheets = layout.sheets();
    for (int s = 0; s < sheets.size(); s++) {
      Layout.Sheet sheet = sheets.get(s);
      String name = byFold.get(Layout.fold(sheet.nameEs));
      if (name == null) {
        name = byFold.get(Layout.fold(sheet.nameEn));
      }
      if (name == null) {
        continue;
      }
      used.add(name);
      sheetNames[s] = name;
      readSheet(source, s, sheet, name, source.date1904());
    }
    for (String name : source.sheetNames()) {
      String f = Layout.fold(name);
      if (!used.contains(name) && !f.equals("instrucciones") && !f.equals("instructions") && !f.equals("listas")
          && !f.equals("lists")) {
        add(SheetRules.IGNORED, null, "", "ignoredSheet", name);
      }
    }
  }

  private void readSheet(Source source, int s, Layout.Sheet sheet, String name, boolean date1904)
      throws IOException {
    Map<String, Integer> headings = new HashMap<>();
    for (int i = 0; i < sheet.columns.size(); i++) {
      Layout.Column c = sheet.columns.get(i);
      headings.putIfAbsent(Layout.fold(c.headingEs()), i);
      headings.putIfAbsent(Layout.fold(c.headingEn()), i);
      if (!c.path().isEmpty()) {
        headings.putIfAbsent(Layout.fold(String.join("/", c.path())), i);
      }
    }
    int need = Math.min(2, sheet.columns.size());
    boolean[] found = {false};
    int[] scanned = {0};
    Map<Integer, Integer> map = new HashMap<>(); // workbook column -> layout column
    Map<Integer, String> texts = new HashMap<>();
    columnOf[s] = new int[sheet.columns.size()];
    headingOf[s] = new String[sheet.columns.size()];
    source.read(name, (number, cells) -> {
      if (!found[0]) {
        if (++scanned[0] > HEADING_SCAN) {
          return;
        }
        int matches = 0;
        for (XlsxReader.RawCell c : cells) {
          if (c.text() != null && headings.containsKey(Layout.fold(c.text()))) {
            matches++;
          }
        }
        if (matches >= need) {
          found[0] = true;
          for (XlsxReader.RawCell c : cells) {
            if (c.blank()) {
              continue;
            }
            String text = c.text() != null ? c.text() : Cells.restore(c);
            Integer col = headings.get(Layout.fold(text));
            if (col != null && columnOf[s][col] == 0) {
              map.put(c.column(), col);
              columnOf[s][col] = c.column();
              headingOf[s][col] = text.strip();
            } else {
              texts.put(c.column(), text.strip());
              add(SheetRules.IGNORED, new CellRef(name, number, c.column(), text.strip()), "", "ignoredColumn",
                  text.strip());
            }
          }
        }
        return;
      }
      row(s, sheet, name, number, cells, map, date1904);
    });
    if (!found[0]) {
      add(SheetRules.NO_HEADINGS, null, "", "noHeadings", name);
    }
  }

  private CellRef cell(int s, int row, int layoutColumn) {
    int col = columnOf[s][layoutColumn];
    return new CellRef(sheetNames[s], row, Math.max(1, col), headingOf[s][layoutColumn] != null
        ? headingOf[s][layoutColumn] : "");
  }

  private void row(int s, Layout.Sheet sheet, String name, int number, List<XlsxReader.RawCell> cells,
      Map<Integer, Integer> map, boolean date1904) {
    XlsxReader.RawCell[] byColumn = new XlsxReader.RawCell[sheet.columns.size()];
    boolean any = false;
    for (XlsxReader.RawCell c : cells) {
      Integer col = map.get(c.column());
      if (col != null && !c.blank()) {
        byColumn[col] = c;
        any = true;
      }
    }
    if (!any) {
      return;
    }
    for (int i = 0; i < byColumn.length; i++) {
      if (byColumn[i] != null && byColumn[i].formula() != null) {
        add(SheetRules.FORMULA, cell(s, number, i), "", "formula", byColumn[i].formula());
        byColumn[i] = null;
      }
    }
    ObjectNode element;
    String pointer;
    boolean merging = false;
    if (sheet.rootLike()) {
      element = root;
      pointer = "";
      merging = rows.containsKey(sheet.objectPath.isEmpty() ? "" : "/" + String.join("/", sheet.objectPath));
      String own = sheet.objectPath.isEmpty() ? "" : "/" + String.join("/", sheet.objectPath);
      rows.putIfAbsent(own, new long[] {s, number});
      if (!merging && own.isEmpty()) {
        rows.put("", new long[] {s, number});
      }
    } else {
      int levels = sheet.chain.size();
      List<String> keys = new ArrayList<>();
      int keyColumn = 0;
      for (int i = 0; i < sheet.columns.size() && keys.size() < levels - 1; i++) {
        Layout.Column c = sheet.columns.get(i);
        if (c.isKey() && c.ancestor() >= 0) {
          keys.add(byColumn[i] == null ? "" : Cells.restore(byColumn[i]).strip());
          keyColumn = i;
        }
      }
      Placed parent;
      if (levels == 1) {
        parent = new Placed(root, "", 0, List.of());
      } else {
        int parentSheet = sheet.ancestors.get(levels - 2);
        parent = find(parentSheet, keys);
        if (parent == null) {
          Layout.Sheet ps = layout.sheets().get(parentSheet);
          add(SheetRules.ORPHAN, cell(s, number, keyColumn), "", "orphan", ps.elementTitleEs,
              keys.isEmpty() ? "" : keys.get(keys.size() - 1), sheetNames[parentSheet] != null
                  ? sheetNames[parentSheet] : ps.nameEs);
          return;
        }
        keys = parent.keys();
      }
      String own = null;
      for (int i = 0; i < sheet.columns.size(); i++) {
        Layout.Column c = sheet.columns.get(i);
        if ((sheet.hasId && c.path().equals(List.of("id"))) || (c.kind() == Layout.Kind.POSITION_KEY
            && c.ancestor() < 0)) {
          own = byColumn[i] == null ? null : Cells.restore(byColumn[i]).strip();
        }
      }
      List<String> path = sheet.chain.get(levels - 1);
      ArrayNode array = arrayAt(parent.node(), path);
      if (own == null && sheet.hasPosition && !sheet.hasId) {
        own = Integer.toString(array.size() + 1);
      }
      List<String> tuple = new ArrayList<>(keys);
      tuple.add(own == null ? "\u0000" + number : own);
      Placed existing = own == null ? null : index.get(s).get(tuple);
      if (existing != null) {
        element = existing.node();
        pointer = existing.pointer();
        merging = true;
      } else {
        element = JsonNodeFactory.instance.objectNode();
        array.add(element);
        pointer = parent.pointer() + "/" + String.join("/", path) + "/" + (array.size() - 1);
        List<String> key = List.copyOf(tuple);
        index.get(s).put(key, new Placed(element, pointer, number, key));
        rows.put(pointer, new long[] {s, number});
      }
    }
    for (int i = 0; i < byColumn.length; i++) {
      Layout.Column c = sheet.columns.get(i);
      if (byColumn[i] == null || c.isKey()) {
        continue;
      }
      Cells.Read read = Cells.read(c, byColumn[i], date1904);
      if (read == null) {
        continue;
      }
      String valuePointer = pointer + "/" + String.join("/", c.path());
      if (read.problem() != null) {
        add(SheetRules.NOT_OF_TYPE, cell(s, number, i), valuePointer, "notOfType", Cells.restore(byColumn[i]),
            read.problem());
      }
      JsonNode current = Exporter.at(element, c.path());
      if (!current.isMissingNode()) {
        if (merging && !current.equals(read.value())) {
          long[] first = rows.get(pointer);
          CellRef firstCell = first == null ? null : cell((int) first[0], (int) first[1], i);
          add(SheetRules.CONFLICT, cell(s, number, i), valuePointer, "conflict",
              element.path("id").asString(""), sheet.name(false),
              firstCell == null ? "" : firstCell.a1() + " «" + current.asString(current.toString()) + "»",
              cell(s, number, i).a1() + " «" + read.value().asString(read.value().toString()) + "»");
        }
        continue;
      }
      set(element, c.path(), read.value());
    }
  }

  /** The element of a sheet with a key tuple; when keys are blank, the only element that matches the others. */
  private Placed find(int sheet, List<String> keys) {
    Placed exact = index.get(sheet).get(keys);
    if (exact != null) {
      return exact;
    }
    if (!keys.contains("")) {
      return null;
    }
    Placed only = null;
    for (Map.Entry<List<String>, Placed> e : index.get(sheet).entrySet()) {
      List<String> k = e.getKey();
      boolean match = k.size() == keys.size();
      for (int i = 0; match && i < k.size(); i++) {
        match = keys.get(i).isEmpty() || keys.get(i).equals(k.get(i));
      }
      if (match) {
        if (only != null) {
          return null;
        }
        only = e.getValue();
      }
    }
    return only;
  }

  private static ArrayNode arrayAt(ObjectNode node, List<String> path) {
    ObjectNode o = node;
    for (int i = 0; i < path.size() - 1; i++) {
      JsonNode next = o.get(path.get(i));
      if (!(next instanceof ObjectNode)) {
        next = o.putObject(path.get(i));
      }
      o = (ObjectNode) next;
    }
    JsonNode array = o.get(path.get(path.size() - 1));
    if (!(array instanceof ArrayNode)) {
      array = o.putArray(path.get(path.size() - 1));
    }
    return (ArrayNode) array;
  }

  private static void set(ObjectNode node, List<String> path, JsonNode value) {
    ObjectNode o = node;
    for (int i = 0; i < path.size() - 1; i++) {
      JsonNode next = o.get(path.get(i));
      if (!(next instanceof ObjectNode)) {
        next = o.putObject(path.get(i));
      }
      o = (ObjectNode) next;
    }
    o.set(path.get(path.size() - 1), value);
  }

  /**
   * The cell of a JSON Pointer into the imported tree: the element's row, and the column of the value's property (or
   * of {@code property}, for a finding about a missing member); the element's first column when none.
   */
  Optional<CellRef> locate(String pointer, String property) {
    String p = pointer;
    List<String> tail = new ArrayList<>();
    while (true) {
      long[] at = rows.get(p);
      if (at != null) {
        int s = (int) at[0];
        int row = (int) at[1];
        if (property != null && !property.isEmpty()) {
          tail.add(property);
        }
        Layout.Sheet sheet = layout.sheets().get(s);
        List<String> path = new ArrayList<>(tail);
        if (p.equals("/record") || (p.isEmpty() && !path.isEmpty() && path.get(0).equals("record"))) {
          // the record sheet's columns are paths from the root
          if (p.equals("/record")) {
            path.add(0, "record");
          }
          s = recordSheet(s);
          sheet = layout.sheets().get(s);
          long[] recordRow = rows.get("/record");
          if (recordRow != null) {
            row = (int) recordRow[1];
          }
        }
        while (!path.isEmpty()) {
          Optional<Layout.Column> column = sheet.column(path);
          if (column.isPresent()) {
            int i = sheet.columns.indexOf(column.get());
            CellRef c = cell(s, row, i);
            String heading = c.heading().isEmpty() ? column.get().headingEs() : c.heading();
            return Optional.of(new CellRef(c.sheet() == null ? sheet.nameEs : c.sheet(), row, c.column(), heading));
          }
          path.remove(path.size() - 1);
        }
        if (sheetNames[s] == null) {
          return Optional.empty();
        }
        int first = 1;
        String heading = "";
        for (int i = 0; i < sheet.columns.size(); i++) {
          if (columnOf[s][i] > 0) {
            first = columnOf[s][i];
            heading = headingOf[s][i];
            break;
          }
        }
        return Optional.of(new CellRef(sheetNames[s], row, first, heading));
      }
      if (p.isEmpty()) {
        return Optional.empty();
      }
      int slash = p.lastIndexOf('/');
      String token = p.substring(slash + 1).replace("~1", "/").replace("~0", "~");
      if (!token.chars().allMatch(Character::isDigit) || !tail.isEmpty()) {
        tail.add(0, token);
      } else if (tail.isEmpty()) {
        // a list item's pointer: the list's cell
      }
      p = p.substring(0, slash);
    }
  }

  private int recordSheet(int fallback) {
    List<Layout.Sheet> sheets = layout.sheets();
    for (int i = 0; i < sheets.size(); i++) {
      if (sheets.get(i).rootLike() && !sheets.get(i).objectPath.isEmpty()) {
        return i;
      }
    }
    return fallback;
  }

  Severity worst() {
    Severity worst = null;
    for (CellFinding f : findings) {
      if (worst == null || f.severity().compareTo(worst) < 0) {
        worst = f.severity();
      }
    }
    return worst;
  }
}
