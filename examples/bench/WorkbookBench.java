import java.io.*;
import java.nio.file.*;
import java.time.LocalDate;
import java.util.*;
import org.cocrea.examples.corpus.Corpus;
import org.cocrea.examples.corpus.CorpusSize;
import org.cocrea.serialization.*;
import org.cocrea.spreadsheet.*;
import org.cocrea.validation.*;

/**
 * Side-by-side figures of the workbook path for docs/spreadsheets.md and BENCHMARKS.md, one mode per JVM:
 *
 *   gen FOLDER 1 [S|M|L]   writes FOLDER/l.json, the benchmark corpus's valid document (seed 20150309)
 *   export FOLDER N        writes FOLDER/l.xlsx from it, N times
 *   both FOLDER N          checks l.json and l.xlsx (import + check) in one JVM, N interleaved rounds
 *   own | poi | poistream | fastexcel FOLDER   reads l.xlsx with this module's reader, Apache POI (user model or
 *                          event reader) or FastExcel's reader
 *
 * Run as a single-file program on the examples class path (as for JShell, README), with poi-ooxml 5.5.1 and
 * fastexcel-reader 0.19.0 and their dependencies added for the library modes:
 *   java -Xmx256m -cp "$(cat examples/target/jshell.classpath):examples/target/classes:EXTRA" \
 *       examples/bench/WorkbookBench.java both /tmp/wb 3
 */
public class WorkbookBench {
  static final Locale ES = Locale.forLanguageTag("es-MX");

  public static void main(String[] a) throws Exception {
    System.setProperty("org.jboss.logging.provider", "slf4j");
    Path dir = Path.of(a[1]);
    String mode = a[0];
    int runs = a.length > 2 ? Integer.parseInt(a[2]) : 3;
    Path json = dir.resolve("l.json");
    Path book = dir.resolve("l.xlsx");
    ValidatorOptions options = ValidatorOptions.builder().locale(ES).asOf(LocalDate.of(2024, 12, 31)).build();
    ReaderOptions reader = ReaderOptions.builder().locale(ES).maxBytes(256L * 1024 * 1024).maxTokens(100_000_000L).build();
    switch (mode) {
      case "gen": {
        byte[] bytes = Corpus.document(20150309L, CorpusSize.valueOf(a.length > 3 ? a[3] : "L"), Corpus.Kind.VALID);
        Files.write(json, bytes);
        System.out.println("json bytes " + bytes.length);
        break;
      }
      case "export": {
        var tree = CocreaJson.mapper().readTree(Files.readAllBytes(json));
        for (int i = 0; i < runs; i++) {
          long t = System.nanoTime();
          try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(book))) {
            Workbooks.export(tree, ES, out);
          }
          System.out.printf(Locale.ROOT, "export %.2f s, %d bytes%n", (System.nanoTime() - t) / 1e9, Files.size(book));
        }
        break;
      }
      case "json": {
        PalChecker checker = PalChecker.create(options, reader);
        for (int i = 0; i < runs; i++) {
          long t = System.nanoTime();
          CheckResult r = checker.check(json);
          System.out.printf(Locale.ROOT, "json check %.2f s, %d findings%n", (System.nanoTime() - t) / 1e9,
              r.report().findings().size());
        }
        break;
      }
      case "book": {
        PalChecker checker = PalChecker.create(options, reader);
        for (int i = 0; i < runs; i++) {
          long t = System.nanoTime();
          CheckResult r = Workbooks.check(book, checker, options);
          System.out.printf(Locale.ROOT, "workbook import+check %.2f s, %d findings%n", (System.nanoTime() - t) / 1e9,
              r.report().findings().size());
          r.report().findings().stream().limit(3).forEach(f -> System.out.println("  " + f.ruleId() + " " + f.pointer() + " " + f.message()));
        }
        break;
      }
      case "both": {
        PalChecker checker = PalChecker.create(options, reader);
        for (int i = 0; i < runs; i++) {
          long t = System.nanoTime();
          CheckResult r = checker.check(json);
          double j = (System.nanoTime() - t) / 1e9;
          t = System.nanoTime();
          CheckResult w = Workbooks.check(book, checker, options);
          double b = (System.nanoTime() - t) / 1e9;
          t = System.nanoTime();
          BookImport imp = Workbooks.importBook(book);
          double im = (System.nanoTime() - t) / 1e9;
          System.out.printf(Locale.ROOT, "run %d: json check %.2f s (%d findings) | workbook import+check %.2f s (%d findings) | import alone %.2f s | ratio %.2f%n",
              i + 1, j, r.report().findings().size(), b, w.report().findings().size(), im, b / j);
          if (i == 0 || r.report().findings().size() != w.report().findings().size()) { // else the comparison means nothing
            r.report().findings().stream().limit(3).forEach(f -> System.out.println("  json " + f.ruleId() + " " + f.pointer()));
            w.report().findings().stream().limit(3).forEach(f -> System.out.println("  book " + f.ruleId() + " " + f.pointer() + (f.ruleId().startsWith("INT") ? " " + f.message() : "")));
          }
        }
        break;
      }
      case "own": {
        long t = System.nanoTime();
        BookImport imp = Workbooks.importBook(book);
        System.out.printf(Locale.ROOT, "own reader (import to tree) %.2f s, findings %d%n", (System.nanoTime() - t) / 1e9, imp.findings().size());
        break;
      }
      case "poi": {
        long t = System.nanoTime();
        long cells = 0;
        try (var pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(book.toFile(), org.apache.poi.openxml4j.opc.PackageAccess.READ);
             var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(pkg)) {
          for (var sheet : wb) for (var row : sheet) for (var cell : row) { cell.toString(); cells++; }
        }
        System.out.printf(Locale.ROOT, "POI XSSFWorkbook read %.2f s, %d cells%n", (System.nanoTime() - t) / 1e9, cells);
        break;
      }
      case "poistream": {
        long t = System.nanoTime();
        long[] cells = {0};
        try (var pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(book.toFile(), org.apache.poi.openxml4j.opc.PackageAccess.READ)) {
          var r = new org.apache.poi.xssf.eventusermodel.XSSFReader(pkg);
          var strings = new org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable(pkg);
          var styles = r.getStylesTable();
          var it = (org.apache.poi.xssf.eventusermodel.XSSFReader.SheetIterator) r.getSheetsData();
          while (it.hasNext()) {
            try (InputStream in = it.next()) {
              var handler = new org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler(styles, null, strings,
                  new org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler() {
                    public void startRow(int n) {}
                    public void endRow(int n) {}
                    public void cell(String ref, String v, org.apache.poi.xssf.usermodel.XSSFComment c) { cells[0]++; }
                  }, new org.apache.poi.ss.usermodel.DataFormatter(), false);
              var parser = org.apache.poi.util.XMLHelper.newXMLReader();
              parser.setContentHandler(handler);
              parser.parse(new org.xml.sax.InputSource(in));
            }
          }
        }
        System.out.printf(Locale.ROOT, "POI event (XSSFReader) read %.2f s, %d cells%n", (System.nanoTime() - t) / 1e9, cells[0]);
        break;
      }
      case "fastexcel": {
        long t = System.nanoTime();
        long cells = 0;
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(book.toFile())) {
          for (var sheet : (Iterable<org.dhatim.fastexcel.reader.Sheet>) wb.getSheets()::iterator) {
            try (var rows = sheet.openStream()) {
              for (var row : (Iterable<org.dhatim.fastexcel.reader.Row>) rows::iterator) {
                for (int i = 0; i < row.getCellCount(); i++) { var c = row.getCell(i); if (c != null) { c.getRawValue(); cells++; } }
              }
            }
          }
        }
        System.out.printf(Locale.ROOT, "FastExcel reader read %.2f s, %d cells%n", (System.nanoTime() - t) / 1e9, cells);
        break;
      }
      default:
        throw new IllegalArgumentException(mode);
    }
  }
}
