package org.cocrea.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** How a JSON value becomes a cell's value and back, for one column kind. */
final class Cells {

  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern DMY = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
  private static final Pattern MY = Pattern.compile("(\\d{1,2})[/.-](\\d{4})");
  private static final Pattern LINES = Pattern.compile("\\r?\\n");
  private static final Pattern ISO = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final Pattern ISO_LOOSE = Pattern.compile("(\\d{4})[/.-](\\d{1,2})(?:[/.-](\\d{1,2}))?");

  private Cells() {}

  /** A read cell's value, or a note that it was not of its column's type (the value is passed on as text). */
  record Read(JsonNode value, String problem) {}

  // ---------------------------------------------------------------- export

  /** The value a cell gets for a JSON value: a String or a Number; null for nothing. */
  static Object write(Layout.Column column, JsonNode node, boolean english) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return null;
    }
    switch (column.kind()) {
      case INTEGER:
      case NUMBER:
        return node.isNumber() ? number(node) : text(node.isString() ? node.asString() : node.toString());
      case BOOLEAN:
        return node.isBoolean() ? text(bool(node.booleanValue(), english)) : text(node.toString());
      case ENUM:
        return node.isString() ? text(column.enumeration().label(node.asString(), english)) : text(node.toString());
      case LIST:
        return text(list(column, node, english));
      case JSON:
        return text(node.toString());
      default:
        return text(node.isString() ? node.asString() : node.toString());
    }
  }

  static String bool(boolean value, boolean english) {
    return value ? (english ? "Yes" : "Sí") : "No";
  }

  /** Text as written to a cell: neutralised the OWASP way, so that no spreadsheet runs it as a formula. */
  static String text(String text) {
    return FormulaText.neutralise(text);
  }

  private static Object number(JsonNode node) {
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      long v = node.longValue();
      if (Math.abs(v) < (1L << 53)) {
        return v;
      }
      return text(node.asString());
    }
    BigDecimal exact = node.decimalValue();
    double d = exact.doubleValue();
    if (!Double.isInfinite(d) && new BigDecimal(Double.toString(d)).compareTo(exact) == 0) {
      return d;
    }
    return text(exact.toPlainString());
  }

  private static String list(Layout.Column column, JsonNode node, boolean english) {
    if (!node.isArray()) {
      return node.toString();
    }
    boolean text = column.element() == Layout.Kind.TEXT;
    String separator = text ? "\n" : "; ";
    List<String> items = new ArrayList<>();
    for (JsonNode item : node) {
      String s;
      if (column.element() == Layout.Kind.ENUM && item.isString()) {
        s = column.enumeration().label(item.asString(), english);
      } else if (item.isString()) {
        s = item.asString();
      } else if (item.isBoolean() && column.element() == Layout.Kind.BOOLEAN) {
        s = bool(item.booleanValue(), english);
      } else if (item.isNumber()) {
        s = item.asString();
      } else {
        return node.toString();
      }
      if (s.isBlank() || !s.equals(s.strip()) || s.contains(text ? "\n" : ";") || (items.isEmpty() && s.startsWith("["))) {
        return node.toString(); // an item the separator would change: the list as JSON, read back as is
      }
      items.add(s);
    }
    return String.join(separator, items);
  }

  // ---------------------------------------------------------------- import

  /** A cell's value as the JSON value of its column; null for a blank cell. */
  static Read read(Layout.Column column, XlsxReader.RawCell cell, boolean date1904) {
    if (cell == null || cell.blank()) {
      return null;
    }
    Layout.Kind kind = column.kind() == Layout.Kind.LIST ? Layout.Kind.LIST : column.kind();
    switch (kind) {
      case INTEGER:
      case NUMBER:
        if (cell.number() != null) {
          return new Read(numberNode(cell.number(), kind == Layout.Kind.INTEGER), null);
        }
        return fromText(kind, column, restore(cell));
      case BOOLEAN:
        if (cell.bool() != null) {
          return new Read(NODES.booleanNode(cell.bool()), null);
        }
        if (cell.number() != null && (cell.number() == 0 || cell.number() == 1)) {
          return new Read(NODES.booleanNode(cell.number() == 1), null);
        }
        return fromText(kind, column, restore(cell));
      case DATE:
        if (cell.number() != null) {
          double v = cell.number();
          if (!cell.dateStyled() && v == Math.rint(v) && v >= 1000 && v <= 9999) {
            return new Read(NODES.stringNode(Long.toString((long) v)), null);
          }
          if (cell.dateStyled() && v >= 1 && v < 2958466) {
            LocalDate base = date1904 ? LocalDate.of(1904, 1, 1) : LocalDate.of(1899, 12, 30);
            return new Read(NODES.stringNode(base.plusDays((long) Math.floor(v)).toString()), null);
          }
          return new Read(NODES.stringNode(plain(v)), "type.DATE");
        }
        return fromText(kind, column, restore(cell));
      default:
        return fromText(kind, column, restore(cell));
    }
  }

  /** The text of a cell, as typed (a number as its plain digits), with the export's neutralising quote removed. */
  static String restore(XlsxReader.RawCell cell) {
    if (cell.text() != null) {
      return FormulaText.restore(cell.text());
    }
    if (cell.number() != null) {
      return plain(cell.number());
    }
    if (cell.bool() != null) {
      return cell.bool().toString();
    }
    return "";
  }

  static String plain(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return new BigDecimal(Double.toString(v)).toPlainString();
  }

  private static JsonNode numberNode(double v, boolean integer) {
    if (v == Math.rint(v) && Math.abs(v) < (double) (1L << 53)) {
      long l = (long) v;
      return l == (int) l ? NODES.numberNode((int) l) : NODES.numberNode(l);
    }
    return NODES.numberNode(v);
  }

  private static Read fromText(Layout.Kind kind, Layout.Column column, String text) {
    String t = text.strip();
    switch (kind) {
      case INTEGER:
      case NUMBER:
        try {
          BigDecimal d = new BigDecimal(t);
          if (d.signum() == 0 || d.stripTrailingZeros().scale() <= 0) {
            try {
              long l = d.longValueExact();
              return new Read(l == (int) l ? NODES.numberNode((int) l) : NODES.numberNode(l), null);
            } catch (ArithmeticException e) {
              return new Read(NODES.numberNode(d.toBigInteger()), null);
            }
          }
          return new Read(NODES.numberNode(d), null);
        } catch (NumberFormatException e) {
          return new Read(NODES.stringNode(text), "type." + kind);
        }
      case BOOLEAN:
        String f = Layout.fold(t);
        if (f.equals("si") || f.equals("yes") || f.equals("true") || f.equals("verdadero") || f.equals("x")) {
          return new Read(NODES.booleanNode(true), null);
        }
        if (f.equals("no") || f.equals("false") || f.equals("falso")) {
          return new Read(NODES.booleanNode(false), null);
        }
        return new Read(NODES.stringNode(text), "type.BOOLEAN");
      case DATE:
        String date = date(t);
        return date != null ? new Read(NODES.stringNode(date), null) : new Read(NODES.stringNode(text), "type.DATE");
      case ENUM:
        return column.enumeration().code(t).<Read>map(c -> new Read(NODES.stringNode(c), null))
            .orElseGet(() -> new Read(NODES.stringNode(text), "type.ENUM"));
      case LIST:
        return list(column, text);
      case JSON:
        try {
          return new Read(JSON.readTree(t), null);
        } catch (RuntimeException e) {
          return new Read(NODES.stringNode(text), "type.JSON");
        }
      case ID_KEY:
      case POSITION_KEY:
        return new Read(NODES.stringNode(t), null);
      default:
        return new Read(NODES.stringNode(text), null);
    }
  }

  /** A date typed as text, as a partial date: 2016, 2016-09, 2016-09-14, 14/09/2016, 09/2016; null when none. */
  static String date(String t) {
    if (ISO.matcher(t).matches()) {
      return t;
    }
    Matcher m = DMY.matcher(t);
    if (m.matches()) {
      return String.format("%s-%02d-%02d", m.group(3), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
    }
    m = MY.matcher(t);
    if (m.matches()) {
      return String.format("%s-%02d", m.group(2), Integer.parseInt(m.group(1)));
    }
    m = ISO_LOOSE.matcher(t);
    if (m.matches()) {
      return m.group(3) == null ? String.format("%s-%02d", m.group(1), Integer.parseInt(m.group(2)))
          : String.format("%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }
    return null;
  }

  private static Read list(Layout.Column column, String text) {
    String t = text.strip();
    if (t.startsWith("[")) {
      try {
        JsonNode node = JSON.readTree(t);
        if (node.isArray()) {
          return new Read(node, null);
        }
      } catch (RuntimeException e) {
        // not JSON: items separated as usual
      }
    }
    boolean isText = column.element() == Layout.Kind.TEXT;
    String[] parts = isText ? LINES.split(text) : text.split(";");
    ArrayNode array = NODES.arrayNode();
    String problem = null;
    Layout.Column item = new Layout.Column(column.path(), column.headingEs(), column.headingEn(), "",
        column.element(), null, column.enumeration(), -1);
    for (String part : parts) {
      String p = isText ? part : part.strip();
      if (p.isBlank()) {
        continue;
      }
      Read r = isText ? new Read(NODES.stringNode(p), null) : fromText(column.element(), item, p);
      array.add(r.value());
      if (r.problem() != null && problem == null) {
        problem = r.problem();
      }
    }
    return new Read(array, problem);
  }
}
