package org.cocrea.spreadsheet;

/**
 * The one definition of how text is written to a spreadsheet cell (XLSX or CSV) so that no spreadsheet program runs it
 * as a formula (OWASP, "CSV Injection"): text beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return gets a single quote in front. Text that already begins with quotes followed by such a character
 * gets one more, so that {@link #restore} gives back exactly what was written: the import of a workbook or CSV file
 * this library exported is lossless. Numbers are not text and stay numbers.
 *
 * <pre>{@code
 * FormulaText.neutralise("=HYPERLINK(\"http://x\")"); // "'=HYPERLINK(\"http://x\")"
 * FormulaText.neutralise("Durango");                  // "Durango"
 * FormulaText.restore("'=1+1");                       // "=1+1"
 * }</pre>
 *
 * @since 0.1.0
 */
public final class FormulaText {

  private FormulaText() {}

  /**
   * Text as written to a cell: with a leading single quote when it would start a formula.
   *
   * @param text the text, may be null (an empty cell)
   * @return the text to write, null when {@code text} is null
   */
  public static String neutralise(String text) {
    return text != null && needsQuote(text) ? "'" + text : text;
  }

  /**
   * The text a cell written by {@link #neutralise} stood for: the leading quote it added removed.
   *
   * @param cell the cell's text, may be null
   * @return the original text, null when {@code cell} is null
   */
  public static String restore(String cell) {
    return cell != null && cell.startsWith("'") && needsQuote(cell.substring(1)) ? cell.substring(1) : cell;
  }

  private static boolean needsQuote(String text) {
    int i = 0;
    while (i < text.length() && text.charAt(i) == '\'') {
      i++;
    }
    if (i >= text.length()) {
      return false;
    }
    char c = text.charAt(i);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }
}
