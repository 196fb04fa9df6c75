package org.cocrea.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Range;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import tools.jackson.databind.JsonNode;

/**
 * Writes the layout as an XLSX workbook with FastExcel: an instructions sheet, a sheet per layout sheet (a title
 * block of two rows, the headings on row 3 with the column's description as a comment, drop-down lists of labels for
 * enumerations and yes/no, text-formatted date columns that keep a year, a month or a day as typed) and a hidden
 * sheet of the lists. With a document, the rows below the headings are filled; without one, the template.
 */
final class Exporter {

  /** The row of the headings (0-based), below a title row and a description row. */
  static final int HEADING_ROW = 2;
  /** How many blank rows of the template get the drop-down lists and the text format. */
  private static final int TEMPLATE_ROWS = 500;

  private final Layout layout;
  private final boolean english;

  Exporter(Layout layout, boolean english) {
    this.layout = layout;
    this.english = english;
  }

  /** One element of a sheet: its JSON node and the keys of its ancestors, outermost first. */
  record Element(JsonNode node, List<String> keys, int position) {}

  /** The elements of a sheet in document order. */
  static List<Element> elements(Layout layout, Layout.Sheet sheet, JsonNode root) {
    List<Element> out = new ArrayList<>();
    if (sheet.rootLike()) {
      out.add(new Element(root, List.of(), 1));
      return out;
    }
    collect(layout, sheet, root, 0, new ArrayList<>(), out);
    return out;
  }

  private static void collect(Layout layout, Layout.Sheet sheet, JsonNode node, int level, List<String> keys,
      List<Element> out) {
    JsonNode array = at(node, sheet.chain.get(level));
    if (!array.isArray()) {
      return;
    }
    int position = 0;
    for (JsonNode item : array) {
      position++;
      if (level == sheet.chain.size() - 1) {
        out.add(new Element(item, List.copyOf(keys), position));
      } else {
        Layout.Sheet levelSheet = layout.sheets().get(sheet.ancestors.get(level));
        keys.add(levelSheet.hasId ? item.path("id").asString("") : Integer.toString(position));
        collect(layout, sheet, item, level + 1, keys, out);
        keys.remove(keys.size() - 1);
      }
    }
  }

  static JsonNode at(JsonNode node, List<String> path) {
    JsonNode n = node;
    for (String p : path) {
      n = n.path(p);
    }
    return n;
  }

  void write(JsonNode document, OutputStream out) throws IOException {
    Workbook wb = new Workbook(out, "Cocrea", "0.1");
    wb.properties().setTitle(english ? "Cocrea PAL workbook" : "Libro PAL de Cocrea");
    instructions(wb.newWorksheet(english ? "Instructions" : "Instrucciones"));
    Worksheet lists = wb.newWorksheet(english ? "Lists" : "Listas");
    Map<String, Layout.Enumeration> enums = layout.enumerations();
    List<String> enumNames = new ArrayList<>(enums.keySet());
    int c = 0;
    for (String name : enumNames) {
      Layout.Enumeration e = enums.get(name);
      lists.value(0, c, e.name());
      for (int i = 0; i < e.codes().size(); i++) {
        lists.value(i + 1, c, (english ? e.labelsEn() : e.labelsEs()).get(i));
      }
      c++;
    }
    int boolColumn = c;
    lists.value(0, boolColumn, english ? "Yes/No" : "Sí/No");
    lists.value(1, boolColumn, Cells.bool(true, english));
    lists.value(2, boolColumn, "No");
    lists.setVisibilityState(VisibilityState.HIDDEN);

    for (Layout.Sheet sheet : layout.sheets()) {
      Worksheet ws = wb.newWorksheet(sheet.name(english));
      ws.value(0, 0, sheet.name(english));
      ws.style(0, 0).bold().fontSize(14).set();
      ws.value(1, 0, english ? sheet.descriptionEn : sheet.descriptionEs);
      ws.style(1, 0).italic().fontColor("555555").set();
      List<Layout.Column> columns = sheet.columns;
      for (int i = 0; i < columns.size(); i++) {
        Layout.Column col = columns.get(i);
        ws.value(HEADING_ROW, i, col.heading(english));
        ws.style(HEADING_ROW, i).bold().fillColor(col.isKey() ? "FCE4D6" : "DDEBF7").wrapText(true)
            .verticalAlignment("top").borderStyle("thin").set();
        String description = english ? Layout.en(col.description()) : Layout.es(col.description());
        if (!description.isEmpty()) {
          ws.comment(HEADING_ROW, i, description);
        }
        ws.width(i, width(col));
        if (col.kind() == Layout.Kind.DATE || col.kind() == Layout.Kind.TEXT || col.kind() == Layout.Kind.ID_KEY
            || col.kind() == Layout.Kind.LIST) {
          ws.style(i).format("@").set();
        }
      }
      ws.rowHeight(HEADING_ROW, 45);
      ws.freezePane(0, HEADING_ROW + 1);
      // printed (or converted to PDF) as a form: landscape, as wide as the page, the headings on every page
      ws.pageOrientation("landscape");
      ws.setFitToPage(true);
      ws.fitToWidth((short) 1);
      ws.fitToHeight((short) 0);
      ws.repeatRows(HEADING_ROW);
      int row = HEADING_ROW + 1;
      if (document != null) {
        for (Element element : elements(layout, sheet, document)) {
          writeRow(ws, row, sheet, element);
          row++;
          if ((row & 0xFFF) == 0) {
            ws.flush();
          }
        }
      }
      int last = Math.max(row, HEADING_ROW + 1 + TEMPLATE_ROWS);
      for (int i = 0; i < columns.size(); i++) {
        Layout.Column col = columns.get(i);
        Range target = ws.range(HEADING_ROW + 1, i, last, i);
        if (col.kind() == Layout.Kind.ENUM) {
          int e = enumNames.indexOf(enumKey(col.enumeration()));
          target.validateWithList(lists.range(1, e, col.enumeration().codes().size(), e)).allowBlank(true)
              .showErrorMessage(false);
        } else if (col.kind() == Layout.Kind.BOOLEAN) {
          target.validateWithList(lists.range(1, boolColumn, 2, boolColumn)).allowBlank(true)
              .showErrorMessage(false);
        }
      }
      ws.finish();
    }
    wb.finish();
  }

  private String enumKey(Layout.Enumeration e) {
    for (Map.Entry<String, Layout.Enumeration> entry : layout.enumerations().entrySet()) {
      if (entry.getValue() == e) {
        return entry.getKey();
      }
    }
    return "";
  }

  private static double width(Layout.Column col) {
    switch (col.kind()) {
      case TEXT:
      case LIST:
      case JSON:
        return 40;
      case ENUM:
        return 28;
      default:
        return 18;
    }
  }

  private void writeRow(Worksheet ws, int row, Layout.Sheet sheet, Element element) {
    List<Layout.Column> columns = sheet.columns;
    for (int i = 0; i < columns.size(); i++) {
      Layout.Column col = columns.get(i);
      Object value;
      if (col.kind() == Layout.Kind.ID_KEY || (col.kind() == Layout.Kind.POSITION_KEY && col.ancestor() >= 0)) {
        value = Cells.text(element.keys().get(col.ancestor()));
      } else if (col.kind() == Layout.Kind.POSITION_KEY) {
        value = (long) element.position();
      } else {
        value = Cells.write(col, at(element.node(), col.path()), english);
      }
      if (value instanceof String) {
        ws.value(row, i, (String) value);
      } else if (value instanceof Number) {
        ws.value(row, i, (Number) value);
      }
    }
  }

  private void instructions(Worksheet ws) {
    String[] lines = Messages.get(english ? "instructions" : "instructions", english
        ? java.util.Locale.ENGLISH : java.util.Locale.forLanguageTag("es-MX"), List.of()).split("\\|");
    ws.width(0, 100);
    ws.setFitToPage(true);
    ws.fitToWidth((short) 1);
    ws.fitToHeight((short) 0);
    for (int i = 0; i < lines.length; i++) {
      ws.value(i, 0, lines[i]);
      ws.style(i, 0).wrapText(true).verticalAlignment("top").set();
      ws.rowHeight(i, i == 0 ? 24 : 15 * (1 + lines[i].length() / 95));
    }
    ws.style(0, 0).bold().fontSize(16).set();
    int row = lines.length + 1;
    ws.value(row, 0, english ? "Sheets" : "Hojas");
    ws.style(row, 0).bold().set();
    for (Layout.Sheet sheet : layout.sheets()) {
      row++;
      String line = sheet.name(english) + ": " + (english ? sheet.descriptionEn : sheet.descriptionEs);
      ws.value(row, 0, line);
      ws.style(row, 0).wrapText(true).verticalAlignment("top").set();
      ws.rowHeight(row, 15 * (1 + line.length() / 95));
    }
  }
}
