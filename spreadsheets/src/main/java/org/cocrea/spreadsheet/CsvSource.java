package org.cocrea.spreadsheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A folder of CSV files as a workbook: each {@code NAME.csv} is the sheet NAME; UTF-8 (a byte-order mark is skipped),
 * comma or semicolon separated (the first line decides), RFC 4180 quotes; every cell is text. The same limits as a
 * workbook hold: file size, rows and cells.
 */
final class CsvSource implements Importer.Source {

  private final Map<String, Path> files = new LinkedHashMap<>();
  private final WorkbookLimits limits;
  private long cells;

  CsvSource(Path folder, WorkbookLimits limits) throws IOException {
    this.limits = limits;
    long total = 0;
    try (Stream<Path> list = Files.list(folder)) {
      for (Path p : (Iterable<Path>) list.sorted()::iterator) {
        String name = p.getFileName().toString();
        if (Files.isRegularFile(p) && name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
          total += Files.size(p);
          if (total > limits.maxBytes()) {
            throw new WorkbookException(SheetRules.LIMIT, "limit", "limit.bytes", total, limits.maxBytes());
          }
          if (files.size() >= limits.maxSheets()) {
            throw new WorkbookException(SheetRules.LIMIT, "limit", "limit.sheets", files.size() + 1,
                limits.maxSheets());
          }
          files.put(name.substring(0, name.length() - 4), p);
        }
      }
    }
  }

  @Override
  public List<String> sheetNames() {
    return new ArrayList<>(files.keySet());
  }

  @Override
  public boolean date1904() {
    return false;
  }

  @Override
  public void read(String sheet, XlsxReader.RowSink sink) throws IOException {
    Path file = files.get(sheet);
    if (file == null) {
      return;
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      in.mark(1);
      if (in.read() != '\uFEFF') {
        in.reset();
      }
      char separator = 0;
      int rowNumber = 0;
      List<XlsxReader.RawCell> row = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      int column = 1;
      int c;
      StringBuilder firstLine = new StringBuilder();
      while ((c = in.read()) != -1) {
        char ch = (char) c;
        if (separator == 0) {
          firstLine.append(ch);
        }
        if (quoted) {
          if (ch == '"') {
            in.mark(1);
            int next = in.read();
            if (next == '"') {
              cell.append('"');
            } else {
              quoted = false;
              if (next != -1) {
                in.reset();
              }
            }
          } else {
            cell.append(ch);
          }
        } else if (ch == '"' && cell.length() == 0) {
          quoted = true;
        } else if (ch == ',' || ch == ';') {
          if (separator == 0) {
            separator = ch;
          }
          if (ch == separator) {
            add(row, column++, cell);
          } else {
            cell.append(ch);
          }
        } else if (ch == '\n' || ch == '\r') {
          if (ch == '\r') {
            in.mark(1);
            if (in.read() != '\n') {
              in.reset();
            }
          }
          add(row, column, cell);
          rowNumber++;
          deliver(sink, rowNumber, row);
          row.clear();
          column = 1;
          if (separator == 0) {
            separator = ',';
          }
        } else {
          cell.append(ch);
        }
        if (cell.length() > limits.maxCellChars()) {
          throw new WorkbookException(SheetRules.LIMIT, "limit", "limit.text", cell.length(), limits.maxCellChars());
        }
      }
      if (cell.length() > 0 || !row.isEmpty()) {
        add(row, column, cell);
        deliver(sink, ++rowNumber, row);
      }
    }
  }

  private void add(List<XlsxReader.RawCell> row, int column, StringBuilder cell) {
    if (cell.length() > 0) {
      if (++cells > limits.maxCells()) {
        throw new WorkbookException(SheetRules.LIMIT, "limit", "limit.cells", cells, limits.maxCells());
      }
      row.add(new XlsxReader.RawCell(column, cell.toString(), null, null, null, false));
    }
    cell.setLength(0);
  }

  private void deliver(XlsxReader.RowSink sink, int number, List<XlsxReader.RawCell> row) {
    if (number > limits.maxRows()) {
      throw new WorkbookException(SheetRules.LIMIT, "limit", "limit.rows", number, limits.maxRows());
    }
    if (!row.isEmpty()) {
      sink.row(number, List.copyOf(row));
    }
  }
}
