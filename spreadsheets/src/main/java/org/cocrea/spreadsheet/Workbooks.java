package org.cocrea.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * PAL workbooks both ways, generated from the JSON Schema (format 1.1): the blank template, the export of a JSON
 * tree to the same layout, and the import of a filled workbook (XLSX) or folder of CSV files back to a JSON tree with
 * the cell of every value. Works on Jackson trees, independent of the Java model: read a tree with {@code
 * CocreaJson.mapper().readTree(…)}, or write a model to one with {@code CocreaJson.mapper().valueToTree(exercise)}.
 *
 * <pre>{@code
 * Locale es = Locale.forLanguageTag("es-MX");
 * try (OutputStream out = Files.newOutputStream(Path.of("plantilla.xlsx"))) {
 *   Workbooks.template(es, out);                      // the blank form
 * }
 * BookImport book = Workbooks.importBook(Path.of("pal.xlsx"));
 * book.findings().forEach(f -> System.out.println(f.describe(es)));
 * try (OutputStream out = Files.newOutputStream(Path.of("otra.xlsx"))) {
 *   Workbooks.export(book.document(), es, out);       // JSON → workbook
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Workbooks {

  private Workbooks() {}

  /**
   * Writes the blank template: instructions, a sheet per repeated entity with headings from the schema's titles,
   * drop-down lists of labels, text-formatted date columns.
   *
   * @param locale the language of sheets, headings and labels: English when its language is {@code en}, Spanish
   *     otherwise
   * @param out where the XLSX bytes go; not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void template(Locale locale, OutputStream out) {
    write(null, locale, out);
  }

  /**
   * Writes a JSON tree as a filled workbook in the template's layout; text that a spreadsheet would run as a formula
   * is neutralised ({@link FormulaText}).
   *
   * @param document the PAL document's tree (format 1.0 or 1.1), must not be null
   * @param locale the language of sheets, headings and labels
   * @param out where the XLSX bytes go; not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void export(JsonNode document, Locale locale, OutputStream out) {
    Objects.requireNonNull(document, "document");
    write(document, locale, out);
  }

  private static void write(JsonNode document, Locale locale, OutputStream out) {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(out, "out");
    try {
      new Exporter(Layout.get(), Messages.english(locale)).write(document, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Imports a workbook file with the default limits.
   *
   * @param file an XLSX file, or a folder of CSV files (one per sheet, named after it)
   * @return the import, never null; an unreadable or hostile workbook gives a finding, never an exception
   */
  public static BookImport importBook(Path file) {
    return importBook(file, WorkbookLimits.defaults());
  }

  /**
   * Imports a workbook file or CSV folder within limits.
   *
   * @param file an XLSX file, or a folder of CSV files
   * @param limits the bounds to hold to
   * @return the import, never null
   */
  public static BookImport importBook(Path file, WorkbookLimits limits) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(limits, "limits");
    String source = file.toString();
    Importer importer = new Importer(Layout.get());
    try {
      if (Files.isDirectory(file)) {
        importer.importAll(new CsvSource(file, limits));
      } else {
        XlsxReader reader = XlsxReader.open(file, limits);
        try {
          if (!reader.externalLinks().isEmpty()) {
            importer.add(SheetRules.EXTERNAL_LINK, null, "", "externalLink", String.join(", ",
                reader.externalLinks().subList(0, Math.min(3, reader.externalLinks().size()))));
          }
          importer.importAll(new Importer.Source() {
            @Override
            public List<String> sheetNames() {
              return reader.sheetNames();
            }

            @Override
            public void read(String sheet, XlsxReader.RowSink sink) throws IOException {
              reader.readSheet(sheet, sink);
            }

            @Override
            public boolean date1904() {
              return reader.date1904();
            }
          });
        } finally {
          reader.close();
        }
      }
    } catch (WorkbookException e) {
      return unreadable(source, importer, e);
    } catch (IOException | UncheckedIOException e) {
      return unreadable(source, importer, new WorkbookException(SheetRules.NOT_A_WORKBOOK, "notWorkbook",
          "notWorkbook.corrupt"));
    } catch (OutOfMemoryError e) {
      // the last resort behind the limits (a workbook within every limit that still does not fit this heap): the
      // import's tree is let go with the importer, and the workbook gets one XLS-03 finding instead of ending the run
      importer = null;
      return unreadable(source, new Importer(Layout.get()), new WorkbookException(SheetRules.LIMIT, "memory",
          Runtime.getRuntime().maxMemory() >> 20));
    }
    return new BookImport(source, importer.root(), importer.findings(), importer);
  }

  private static BookImport unreadable(String source, Importer importer, WorkbookException e) {
    List<CellFinding> findings = new java.util.ArrayList<>(importer.findings());
    findings.add(new CellFinding(e.ruleId(), SheetRules.severity(e.ruleId()), Optional.empty(), "", e.key(),
        e.arguments()));
    return new BookImport(source, JsonNodeFactory.instance.objectNode(), findings, null);
  }

  /**
   * Imports a workbook from a stream: the bytes (at most {@link WorkbookLimits#maxBytes()}) are copied to a temporary
   * file, read, and the file deleted.
   *
   * @param in the XLSX bytes; read to the end, not closed
   * @param source the name findings give the workbook
   * @param limits the bounds to hold to
   * @return the import, never null
   * @throws UncheckedIOException if the temporary file cannot be written
   */
  public static BookImport importBook(InputStream in, String source, WorkbookLimits limits) {
    Objects.requireNonNull(in, "in");
    Path temp = null;
    try {
      temp = Files.createTempFile("cocrea-book", ".xlsx");
      try (OutputStream out = Files.newOutputStream(temp)) {
        byte[] buffer = new byte[65536];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
          total += n;
          if (total > limits.maxBytes()) {
            return unreadable(source, new Importer(Layout.get()), new WorkbookException(SheetRules.LIMIT, "limit",
                "limit.bytes", total, limits.maxBytes()));
          }
          out.write(buffer, 0, n);
        }
      }
      BookImport book = importBook(temp, limits);
      return new BookImport(source, book.document(), book.findings(), book.importer());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // a temporary file left behind is harmless
        }
      }
    }
  }

  /**
   * Checks a workbook the way {@code cocrea validate} checks a JSON file: the import's findings, then every finding
   * of the whole check (schema, references, field constraints, the methodology's rules) of the imported tree, each
   * moved to its cell: its line and column are the cell's row and column, and its message begins with the cell in
   * words ("Hoja Hitos, fila 7, columna D (Fecha de término): …"); a missing required value names the missing
   * column's heading.
   *
   * <pre>{@code
   * ValidatorOptions options = ValidatorOptions.builder().locale(Locale.forLanguageTag("es-MX")).build();
   * CheckResult result = Workbooks.check(Path.of("pal.xlsx"), PalChecker.create(), options);
   * result.report().findings().forEach(f -> System.out.println(f.message()));
   * }</pre>
   *
   * @param book the workbook (XLSX) or folder of CSV files
   * @param checker the checker of the imported tree
   * @param options the options the checker was made with (the language of the import's messages, for the report)
   * @return the result, never null; its source is the workbook's path
   */
  public static org.cocrea.serialization.CheckResult check(Path book, org.cocrea.serialization.PalChecker checker,
      org.cocrea.validation.ValidatorOptions options) {
    Objects.requireNonNull(checker, "checker");
    Objects.requireNonNull(options, "options");
    return WorkbookCheck.check(importBook(book), checker, options);
  }

  /**
   * Imports a workbook from a stream with the default limits.
   *
   * @param in the XLSX bytes; read to the end, not closed
   * @param source the name findings give the workbook
   * @return the import, never null
   */
  public static BookImport importBook(InputStream in, String source) {
    return importBook(in, source, WorkbookLimits.defaults());
  }
}
