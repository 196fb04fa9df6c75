package org.cocrea.spreadsheet;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A bounded, streaming reader of XLSX workbooks over {@code java.util.zip} and the JDK's StAX parser, for workbooks
 * that are hostile until proven otherwise: the file's size, the bytes actually unzipped (counted as they are read, not
 * taken from the headers), each part's compression ratio, the number of parts, sheets, rows and cells, and each
 * cell's length are bounded; a DTD in any part refuses the workbook before an entity could be expanded or fetched;
 * external links are never followed; formulas are never evaluated (a formula cell is delivered as a formula, without
 * its cached value). An encrypted (password-protected) or old binary workbook is recognised by its first bytes.
 */
final class XlsxReader {

  /** A cell as stored: text, number or boolean value, the formula when it has one, and whether it is date-styled. */
  record RawCell(int column, String text, Double number, Boolean bool, String formula, boolean dateStyled) {

    boolean blank() {
      return formula == null && number == null && bool == null && (text == null || text.isBlank());
    }
  }

  /** Receives the rows of one sheet, in order; rows without cells are not delivered. */
  interface RowSink {
    void row(int number, List<RawCell> cells);
  }

  private static final byte[] CFB = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
      (byte) 0xE1};
  private static final String MAIN_NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  private final WorkbookLimits limits;
  private final ZipFile zip;
  private final Map<String, String> sheets = new LinkedHashMap<>();
  private final List<String> sharedStrings = new ArrayList<>();
  private final Set<Integer> dateStyles = new HashSet<>();
  private final List<String> externalLinks = new ArrayList<>();
  private boolean date1904;
  private long unzipped;
  private long cells;

  private XlsxReader(WorkbookLimits limits, ZipFile zip) {
    this.limits = limits;
    this.zip = zip;
  }

  /**
   * Opens a workbook file and reads its directory parts (workbook, relationships, styles, shared strings).
   *
   * @throws WorkbookException for a file that is not a readable, unencrypted workbook within the limits
   */
  static XlsxReader open(Path file, WorkbookLimits limits) throws IOException {
    long size = Files.size(file);
    if (size > limits.maxBytes()) {
      throw new WorkbookException(SheetRules.LIMIT, "limit", "limit.bytes", size, limits.maxBytes());
    }
    byte[] head = new byte[65536];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    }
    if (n >= 8 && startsWith(head, CFB)) {
      String text = new String(head, 0, n, StandardCharsets.UTF_16LE);
      if (text.contains("EncryptionInfo") || text.contains("EncryptedPackage")) {
        throw new WorkbookException(SheetRules.ENCRYPTED, "encrypted");
      }
      throw new WorkbookException(SheetRules.NOT_A_WORKBOOK, "notWorkbook", "notWorkbook.xls");
    }
    if (n < 4 || head[0] != 'P' || head[1] != 'K') {
      throw new WorkbookException(SheetRules.NOT_A_WORKBOOK, "notWorkbook", "notWorkbook.zip");
    }
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
    } catch (ZipException e) {
      throw new WorkbookException(SheetRules.NOT_A_WORKBOOK, "notWorkbook", "notWorkbook.corrupt");
    }
    XlsxReader reader = new XlsxReader(limits, zip);
    try {
      reader.readDirectory();
    } catch (IOException | RuntimeException e) {
      zip.close();
      throw e;
    }
    return reader;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  void close() throws IOException {
    zip.close();
  }

  /** The sheets' names, in the workbook's order. */
  List<String> sheetNames() {
    return new ArrayList<>(sheets.keySet());
  }

  /** The targets of links to other workbooks (never followed). */
  List<String> externalLinks() {
    return externalLinks;
  }

  private void readDirectory() throws IOException {
    int entries = 0;
    Enumeration<? extends ZipEntry> all = zip.entries();
    while (all.hasMoreElements()) {
      ZipEntry e = all.nextElement();
      if (++entries > limits.maxEntries()) {
        throw new WorkbookException(SheetRules.LIMIT, "limit", "limit.entries", entries, limits.maxEntries());
      }
      if (e.getName().startsWith("xl/externalLinks/") && e.getName().endsWith(".xml")) {
        externalLinks.add(e.getName());
      }
    }
    if (zip.getEntry("EncryptionInfo") != null || zip.getEntry("EncryptedPackage") != null) {
      throw new WorkbookException(SheetRules.ENCRYPTED, "encrypted");
    }
    if (zip.getEntry("xl/workbook.xml") == null) {
      throw new WorkbookException(SheetRules.NOT_A_WORKBOOK, "notWorkbook", "notWorkbook.parts");
    }
    Map<String, String> rels = new HashMap<>();
    if (zip.getEntry("xl/_rels/workbook.xml.rels") != null) {
      parse("xl/_rels/workbook.xml.rels", r -> {
        if (r.getEventType() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")) {
          String target = r.getAttributeValue(null, "Target");
          String mode = r.getAttributeValue(null, "TargetMode");
          if ("External".equalsIgnoreCase(mode)) {
            externalLinks.add(target);
          } else if (target != null) {
            rels.put(r.getAttributeValue(null, "Id"), target.startsWith("/") ? target.substring(1) : "xl/" + target);
          }
        }
      });
    }
    parse("xl/workbook.xml", r -> {
      if (r.getEventType() != XMLStreamConstants.START_ELEMENT) {
        return;
      }
      if (r.getLocalName().equals("workbookPr")) {
        String d = r.getAttributeValue(null, "date1904");
        date1904 = "1".equals(d) || "true".equalsIgnoreCase(d);
      } else if (r.getLocalName().equals("sheet")) {
        if (sheets.size() >= limits.maxSheets()) {
          throw new WorkbookException(SheetRules.LIMIT, "limit", "limit.sheets", sheets.size() + 1,
              limits.maxSheets());
        }
        String id = r.getAttributeValue(MAIN_NS_REL, "id");
        String target = rels.get(id);
        if (target != null) {
          sheets.put(r.getAttributeValue(null, "name"), target);
        }
      }
    });
    if (zip.getEntry("xl/styles.xml") != null) {
      readStyles();
    }
    if (zip.getEntry("xl/sharedStrings.xml") != null) {
      readSharedStrings();
    }
  }

  private void readStyles() throws IOException {
    Map<Integer, String> formats = new HashMap<>();
    List<Integer> xfs = new ArrayList<>();
    boolean[] inCellXfs = {false};
    parse("xl/styles.xml", r -> {
      int event = r.getEventType();
      if (event == XMLStreamConstants.START_ELEMENT) {
        switch (r.getLocalName()) {
          case "numFmt":
            formats.put(parseInt(r.getAttributeValue(null, "numFmtId")), r.getAttributeValue(null, "formatCode"));
            break;
          case "cellXfs":
            inCellXfs[0] = true;
            break;
          case "xf":
            if (inCellXfs[0]) {
              xfs.add(parseInt(r.getAttributeValue(null, "numFmtId")));
            }
            break;
          default:
            break;
        }
      } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("cellXfs")) {
        inCellXfs[0] = false;
      }
    });
    for (int i = 0; i < xfs.size(); i++) {
      int id = xfs.get(i);
      if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47) || isDateFormat(formats.get(id))) {
        dateStyles.add(i);
      }
    }
  }

  private static boolean isDateFormat(String code) {
    if (code == null) {
      return false;
    }
    String c = code.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").toLowerCase(Locale.ROOT);
    return c.contains("y") || c.contains("d") || (c.contains("m") && !c.contains("0") && !c.contains("#"));
  }

  /** About what a string takes in the heap: object, array header, reference in the list, one or two bytes a char. */
  static long heapBytes(String s) {
    boolean latin1 = true;
    for (int i = 0; latin1 && i < s.length(); i++) {
      latin1 = s.charAt(i) <= 0xFF;
    }
    return 48L + (latin1 ? s.length() : 2L * s.length());
  }

  private void readSharedStrings() throws IOException {
    StringBuilder current = new StringBuilder();
    boolean[] state = {false, false}; // in <t> of a run or item, in a phonetic run
    long[] sharedBytes = {0};
    parse("xl/sharedStrings.xml", r -> {
      int event = r.getEventType();
      if (event == XMLStreamConstants.START_ELEMENT) {
        switch (r.getLocalName()) {
          case "si":
            current.setLength(0);
            break;
          case "t":
            state[0] = !state[1];
            break;
          case "rPh":
            state[1] = true;
            break;
          default:
            break;
        }
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE) {
        if (state[0]) {
          current.append(r.getText());
          if (current.length() > limits.maxCellChars()) {
            throw new WorkbookException(SheetRules.LIMIT, "limit", "limit.text", current.length(),
                limits.maxCellChars());
          }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        switch (r.getLocalName()) {
          case "t":
            state[0] = false;
            break;
          case "rPh":
            state[1] = false;
            break;
          case "si":
            if (sharedStrings.size() >= limits.maxCells()) {
              throw new WorkbookException(SheetRules.LIMIT, "limit", "limit.cells", sharedStrings.size() + 1,
                  limits.maxCells());
            }
            String item = current.toString();
            // held in memory for the whole import: bounded by their size in the heap, not only by their number
            // (millions of short strings in a few MB of compressed XML would exhaust a 256 MB heap)
            sharedBytes[0] += heapBytes(item);
            if (sharedBytes[0] > limits.maxSharedStringBytes()) {
              throw new WorkbookException(SheetRules.LIMIT, "limit", "limit.sharedStrings", sharedBytes[0],
                  limits.maxSharedStringBytes());
            }
            sharedStrings.add(item);
            break;
          default:
            break;
        }
      }
    });
  }

  /**
   * Streams one sheet's rows to a sink.
   *
   * @throws WorkbookException when a limit is passed or the XML is hostile or malformed
   */
  void readSheet(String name, RowSink sink) throws IOException {
    String part = sheets.get(name);
    if (part == null || zip.getEntry(part) == null) {
      return;
    }
    List<RawCell> row = new ArrayList<>();
    int[] rowNumber = {0};
    int[] rows = {0};
    // the current cell: column, type, style, value text, formula, in <v>, in <t> of an inline string, in <f>
    int[] col = {0};
    String[] type = {null};
    int[] style = {0};
    StringBuilder value = new StringBuilder();
    StringBuilder formula = new StringBuilder();
    boolean[] in = {false, false, false, false}; // v, is/t, f, formula present
    parse(part, r -> {
      int event = r.getEventType();
      if (event == XMLStreamConstants.START_ELEMENT) {
        switch (r.getLocalName()) {
          case "dimension":
            checkDimension(r.getAttributeValue(null, "ref"), name);
            break;
          case "row":
            String rn = r.getAttributeValue(null, "r");
            rowNumber[0] = rn != null ? parseInt(rn) : rowNumber[0] + 1;
            if (++rows[0] > limits.maxRows() || rowNumber[0] > limits.maxRows()) {
              throw new WorkbookException(SheetRules.LIMIT, "limit", "limit.rows", Math.max(rows[0], rowNumber[0]),
                  limits.maxRows(), name);
            }
            row.clear();
            col[0] = 0;
            break;
          case "c":
            String ref = r.getAttributeValue(null, "r");
            col[0] = ref != null ? columnOf(ref) : col[0] + 1;
            type[0] = r.getAttributeValue(null, "t");
            String s = r.getAttributeValue(null, "s");
            style[0] = s != null ? parseInt(s) : 0;
            value.setLength(0);
            formula.setLength(0);
            in[3] = false;
            break;
          case "v":
            in[0] = true;
            break;
          case "t":
            in[1] = true;
            break;
          case "f":
            in[2] = true;
            in[3] = true;
            break;
          default:
            break;
        }
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE) {
        if (in[0] || in[1]) {
          value.append(r.getText());
          if (value.length() > limits.maxCellChars()) {
            throw new WorkbookException(SheetRules.LIMIT, "limit", "limit.text", value.length(),
                limits.maxCellChars());
          }
        } else if (in[2] && formula.length() < 200) {
          formula.append(r.getText());
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        switch (r.getLocalName()) {
          case "v":
            in[0] = false;
            break;
          case "t":
            in[1] = false;
            break;
          case "f":
            in[2] = false;
            break;
          case "c":
            if (++cells > limits.maxCells()) {
              throw new WorkbookException(SheetRules.LIMIT, "limit", "limit.cells", cells, limits.maxCells());
            }
            RawCell cell = cell(col[0], type[0], style[0], value.toString(), in[3] ? "=" + formula : null);
            if (cell != null) {
              row.add(cell);
            }
            break;
          case "row":
            if (!row.isEmpty()) {
              sink.row(rowNumber[0], List.copyOf(row));
            }
            row.clear();
            break;
          default:
            break;
        }
      }
    });
  }

  private void checkDimension(String ref, String sheet) {
    if (ref == null) {
      return;
    }
    int colon = ref.indexOf(':');
    String last = colon < 0 ? ref : ref.substring(colon + 1);
    int digits = 0;
    while (digits < last.length() && !Character.isDigit(last.charAt(digits))) {
      digits++;
    }
    if (digits < last.length()) {
      long rows = parseLong(last.substring(digits));
      if (rows > limits.maxRows()) {
        throw new WorkbookException(SheetRules.LIMIT, "limit", "limit.rows", rows, limits.maxRows(), sheet);
      }
    }
  }

  private RawCell cell(int column, String type, int style, String v, String formula) {
    if (formula != null) {
      return new RawCell(column, null, null, null, formula, false);
    }
    if (type == null || type.equals("n")) {
      if (v.isEmpty()) {
        return null;
      }
      try {
        return new RawCell(column, null, Double.valueOf(v), null, null, dateStyles.contains(style));
      } catch (NumberFormatException e) {
        return new RawCell(column, v, null, null, null, false);
      }
    }
    switch (type) {
      case "s":
        int index = parseInt(v);
        String text = index >= 0 && index < sharedStrings.size() ? sharedStrings.get(index) : "";
        return new RawCell(column, text, null, null, null, false);
      case "b":
        return new RawCell(column, null, null, "1".equals(v.trim()) || "true".equalsIgnoreCase(v.trim()), null,
            false);
      case "d":
        return new RawCell(column, v.length() >= 10 ? v.substring(0, 10) : v, null, null, null, false);
      default: // inlineStr, str, e
        return new RawCell(column, v, null, null, null, false);
    }
  }

  /** Whether dates are counted from 1904 (old Mac workbooks). */
  boolean date1904() {
    return date1904;
  }

  static int columnOf(String ref) {
    int c = 0;
    for (int i = 0; i < ref.length(); i++) {
      char ch = ref.charAt(i);
      if (ch >= 'A' && ch <= 'Z') {
        c = c * 26 + (ch - 'A' + 1);
        if (c > 16384) {
          return 16384;
        }
      } else if (ch >= 'a' && ch <= 'z') {
        c = c * 26 + (ch - 'a' + 1);
      } else {
        break;
      }
    }
    return Math.max(1, c);
  }

  private static int parseInt(String s) {
    long v = parseLong(s);
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
  }

  private static long parseLong(String s) {
    if (s == null) {
      return 0;
    }
    try {
      return Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private interface Handler {
    void handle(XMLStreamReader reader) throws XMLStreamException;
  }

  private static final XMLInputFactory XML = hardened();

  private static XMLInputFactory hardened() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    f.setXMLResolver((publicId, systemId, base, ns) -> {
      throw new XMLStreamException("external resource refused: " + systemId);
    });
    return f;
  }

  private void parse(String part, Handler handler) throws IOException {
    ZipEntry entry = zip.getEntry(part);
    if (entry == null) {
      return;
    }
    try (InputStream in = new java.io.BufferedInputStream(new Bounded(zip.getInputStream(entry), part,
        Math.max(1, entry.getCompressedSize())), 1 << 16)) {
      XMLStreamReader r = XML.createXMLStreamReader(in);
      try {
        while (r.hasNext()) {
          int event = r.next();
          if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_DECLARATION
              || event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new WorkbookException(SheetRules.XML_ENTITY, "xmlEntity", part);
          }
          handler.handle(r);
        }
      } finally {
        r.close();
      }
    } catch (XMLStreamException e) {
      if (e.getNestedException() instanceof WorkbookException) {
        throw (WorkbookException) e.getNestedException();
      }
      String m = String.valueOf(e.getMessage());
      if (m.contains("DOCTYPE") || m.contains("entity") || m.contains("Entity")) {
        throw new WorkbookException(SheetRules.XML_ENTITY, "xmlEntity", part);
      }
      throw new WorkbookException(SheetRules.NOT_A_WORKBOOK, "notWorkbook", "notWorkbook.xml");
    } catch (ZipException | java.io.EOFException e) {
      throw new WorkbookException(SheetRules.NOT_A_WORKBOOK, "notWorkbook", "notWorkbook.corrupt");
    }
  }

  /** Counts the bytes really unzipped, for the whole workbook and for one part's compression ratio. */
  private final class Bounded extends FilterInputStream {
    private final String part;
    private final long compressed;
    private long read;

    Bounded(InputStream in, String part, long compressed) {
      super(in);
      this.part = part;
      this.compressed = compressed;
    }

    private void count(long n) {
      if (n <= 0) {
        return;
      }
      read += n;
      unzipped += n;
      if (unzipped > limits.maxUnzippedBytes()) {
        throw new WorkbookException(SheetRules.LIMIT, "limit", "limit.unzipped", unzipped,
            limits.maxUnzippedBytes());
      }
      if (read > 1024 * 1024 && read / compressed > limits.maxRatio()) {
        throw new WorkbookException(SheetRules.LIMIT, "limit", "limit.ratio", read / compressed, limits.maxRatio(),
            part);
      }
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      count(n);
      return n;
    }
  }
}
