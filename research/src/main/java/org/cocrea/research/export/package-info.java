/**
 * Tidy CSV exports of a corpus for pandas, R and spreadsheets ({@link org.cocrea.research.export.CsvExport}):
 * one table per kind of observation ({@link org.cocrea.research.export.ExportTable}), stable column names
 * documented in {@code docs/exports.md}, personal data left out unless asked for.
 *
 * <pre>{@code
 * CsvExport.write(corpus, Path.of("pal-csv"));
 * }</pre>
 *
 * @since 0.1.0
 */
package org.cocrea.research.export;
