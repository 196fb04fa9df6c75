/**
 * Spreadsheets for PALs, the flatten-tool way: {@link org.cocrea.spreadsheet.Workbooks} writes the template and
 * exports, and imports workbooks into JSON trees whose every value remembers its {@link
 * org.cocrea.validation.CellRef cell}; {@link org.cocrea.spreadsheet.SheetRules} lists the findings an import can
 * give.
 *
 * <pre>{@code
 * try (InputStream in = Files.newInputStream(Path.of("pal.xlsx"))) {
 *   BookImport book = Workbooks.importBook(in, "pal.xlsx");
 *   book.findings().forEach(f -> System.out.println(f.describe(Locale.forLanguageTag("es-MX"))));
 *   JsonNode tree = book.document();
 * }
 * }</pre>
 */
package org.cocrea.spreadsheet;
