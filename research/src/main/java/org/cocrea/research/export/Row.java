package org.cocrea.research.export;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * One row of an export table, filled by column name so that rows cannot drift from the header. Values are written as
 * the tables document: enums by constant name, decimals plain, collections joined with {@code ;}, absent values as
 * empty cells; text cells that would start a spreadsheet formula get a leading quote ({@link CsvCells}).
 */
final class Row {

  private static final Map<ExportTable, Map<String, Integer>> INDEX = new HashMap<>();

  static {
    for (ExportTable t : ExportTable.values()) {
      Map<String, Integer> columns = new HashMap<>();
      List<String> names = t.columns();
      for (int i = 0; i < names.size(); i++) {
        columns.put(names.get(i), i);
      }
      INDEX.put(t, columns);
    }
  }

  private final ExportTable table;
  private final String[] cells;

  Row(ExportTable table) {
    this.table = table;
    this.cells = new String[table.columns().size()];
  }

  /** Sets a cell; a column the table does not have is a bug. */
  Row set(String column, Object value) {
    Integer i = INDEX.get(table).get(column);
    if (i == null) {
      throw new IllegalArgumentException("no column " + column + " in " + table.fileName());
    }
    Object v = value instanceof Optional<?> o ? o.orElse(null) : value;
    String cell = format(v);
    cells[i] = v instanceof Number ? cell : CsvCells.text(cell); // text never runs as a formula (issue 15, S1)
    return this;
  }

  ExportTable table() {
    return table;
  }

  String[] cells() {
    return cells.clone();
  }

  static String format(Object value) {
    if (value instanceof Optional<?> o) {
      return o.map(Row::format).orElse(null);
    }
    if (value == null) {
      return null;
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof BigDecimal d) {
      // plain notation while it is short (every number the reader accepts is), scientific beyond: a value built in code
      // as 1E-999999999 would otherwise take a billion digits (issue 15, O1)
      return d.scale() <= 100 && d.precision() - d.scale() <= 100 ? d.toPlainString() : d.toString();
    }
    if (value instanceof Collection<?> c) {
      if (c.isEmpty()) {
        return null;
      }
      StringJoiner j = new StringJoiner(";");
      c.forEach(x -> j.add(String.valueOf(format(x))));
      return j.toString();
    }
    return value.toString();
  }
}
