package org.cocrea.spreadsheet;

import java.util.List;
import java.util.Optional;
import org.cocrea.validation.CellRef;
import org.cocrea.validation.Severity;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an import of a workbook gave: the JSON tree (PAL format 1.1 as far as the workbook says), the import's
 * findings, and the cell of any JSON Pointer into the tree, so that the findings of a later check can be reported at
 * the cell.
 *
 * <pre>{@code
 * BookImport book = Workbooks.importBook(Path.of("pal.xlsx"));
 * if (book.readable()) {
 *   Files.writeString(Path.of("pal.json"), book.document().toPrettyString());
 * }
 * book.cellOf("/plans/0/commitments/3/milestones/1/dueDate", null)
 *     .ifPresent(c -> System.out.println(c.describe(Locale.forLanguageTag("es-MX"))));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class BookImport {

  private final String source;
  private final ObjectNode document;
  private final List<CellFinding> findings;
  private final Importer importer;

  BookImport(String source, ObjectNode document, List<CellFinding> findings, Importer importer) {
    this.source = source;
    this.document = document;
    this.findings = List.copyOf(findings);
    this.importer = importer;
  }

  /**
   * The name of the workbook as given to the import.
   *
   * @return the source's name, never null
   */
  public String source() {
    return source;
  }

  /**
   * The imported tree; empty (no members) when the workbook could not be read, and after {@link
   * Workbooks#check} (which lets it go to check within little memory).
   *
   * @return the tree, never null; the caller may change it
   */
  public ObjectNode document() {
    return document;
  }

  /**
   * The import's findings: an unreadable or hostile workbook (XLS-01 to XLS-05) and what a tolerant import noted.
   *
   * @return the findings in the order found, never null
   */
  public List<CellFinding> findings() {
    return findings;
  }

  /**
   * Whether the workbook could be read at all (no XLS-01 to XLS-04 finding).
   *
   * @return true when {@link #document()} holds what the workbook says
   */
  public boolean readable() {
    return importer != null;
  }

  /**
   * Whether any finding is an error.
   *
   * @return true when a finding has severity ERROR
   */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  Importer importer() {
    return importer;
  }

  /**
   * The cell a JSON Pointer into {@link #document()} comes from.
   *
   * @param pointer RFC 6901 pointer, {@code ""} for the root
   * @param property for a finding about a missing member, its name (the cell is then in that member's column); null
   *     or empty otherwise
   * @return the cell, empty when the pointer is outside what the import placed
   */
  public Optional<CellRef> cellOf(String pointer, String property) {
    return importer == null ? Optional.empty() : importer.locate(pointer, property);
  }
}
