package org.cocrea.research.export;

import org.cocrea.spreadsheet.FormulaText;

/**
 * How a text cell of a CSV file is written so that spreadsheet programs show it as text and never run it as a formula
 * (OWASP, "CSV Injection"): a cell beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return gets a single quote in front. Numbers are not text cells and stay numbers. Used by every CSV this library
 * writes: the tidy tables of {@link CsvExport} and the statistics table. The rule itself is defined once, in {@link
 * FormulaText}, which the XLSX export uses too.
 *
 * <pre>{@code
 * CsvCells.text("=HYPERLINK(\"http://x\")");   // "'=HYPERLINK(\"http://x\")"
 * CsvCells.text("Durango");                    // "Durango"
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CsvCells {

  private CsvCells() {}

  /**
   * A text cell as written: with a leading single quote when it begins with a character that starts a formula.
   *
   * @param text the cell's text, may be null (an empty cell)
   * @return the text to write, null when {@code text} is null
   */
  public static String text(String text) {
    return FormulaText.neutralise(text);
  }
}
