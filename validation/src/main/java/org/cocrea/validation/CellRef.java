package org.cocrea.validation;

import java.util.Locale;
import java.util.Objects;
import org.cocrea.core.i18n.Texts;

/**
 * A cell of a workbook, as a person finds it: the sheet's name, the row number and column letters shown by
 * spreadsheet programs, and the column's heading. A finding of a workbook's check carries the cell it comes from
 * ({@link Finding#cell()}); the module {@code org.cocrea.spreadsheet} finds it.
 *
 * <pre>{@code
 * CellRef cell = new CellRef("Hitos", 7, 4, "Fecha de término");
 * cell.describe(Locale.forLanguageTag("es-MX")); // "Hoja Hitos, fila 7, columna D (Fecha de término)"
 * cell.a1();                                     // "D7"
 * cell.qualified();                              // "Hitos!D7"
 * }</pre>
 *
 * @param sheet the sheet's name, never null
 * @param row the 1-based row number
 * @param column the 1-based column number (1 = A)
 * @param heading the column's heading, {@code ""} when the cell has none (a title block)
 * @since 0.1.0
 */
public record CellRef(String sheet, int row, int column, String heading) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if sheet or heading is null
   * @throws IllegalArgumentException if row or column is below 1
   */
  public CellRef {
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(heading, "heading");
    if (row < 1 || column < 1) {
      throw new IllegalArgumentException("row and column start at 1: " + row + ", " + column);
    }
  }

  /**
   * The column's letters: 1 = A, 27 = AA.
   *
   * @return the letters, never null
   */
  public String columnLetters() {
    return letters(column);
  }

  /**
   * The cell in A1 notation, without the sheet.
   *
   * @return for example {@code D7}
   */
  public String a1() {
    return columnLetters() + row;
  }

  /**
   * The cell in A1 notation with its sheet, as spreadsheet formulas write it: {@code Hitos!D7}, the sheet's name in
   * single quotes (a quote in it doubled) when it holds anything but letters, digits, {@code _} and {@code .}, or
   * starts with a digit: {@code 'Fuentes del registro'!B4}.
   *
   * @return the qualified reference, never null
   */
  public String qualified() {
    boolean plain = !sheet.isEmpty() && !Character.isDigit(sheet.charAt(0));
    for (int i = 0; plain && i < sheet.length(); i++) {
      char c = sheet.charAt(i);
      plain = Character.isLetterOrDigit(c) || c == '_' || c == '.';
    }
    return (plain ? sheet : "'" + sheet.replace("'", "''") + "'") + "!" + a1();
  }

  /**
   * The cell in words, in Spanish (es-MX) or English.
   *
   * @param locale the language; English when its language is {@code en}, Spanish otherwise
   * @return for example "Hoja Hitos, fila 7, columna D (Fecha de término)"
   */
  public String describe(Locale locale) {
    boolean english = Texts.isEnglish(locale);
    String text = (english ? "Sheet " : "Hoja ") + sheet + (english ? ", row " : ", fila ") + row
        + (english ? ", column " : ", columna ") + columnLetters();
    return heading.isEmpty() ? text : text + " (" + heading + ")";
  }

  private static String letters(int column) {
    StringBuilder b = new StringBuilder();
    int c = column;
    while (c > 0) {
      int r = (c - 1) % 26;
      b.insert(0, (char) ('A' + r));
      c = (c - 1) / 26;
    }
    return b.toString();
  }
}
