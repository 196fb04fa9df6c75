package org.cocrea.research.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Issue 15, S1 (OWASP CSV injection) and O1 in the exports. */
class CsvCellsTest {

  @ParameterizedTest
  @ValueSource(strings = {"=1+1", "+1", "-cmd", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://x\",\"y\")"})
  void textThatWouldStartAFormulaGetsAQuote(String text) {
    assertThat(CsvCells.text(text)).isEqualTo("'" + text);
    assertThat(new Row(ExportTable.EXERCISES).set("title", text).cells()).contains("'" + text);
  }

  @Test
  void otherTextAndEmptyCellsAreUnchanged() {
    assertThat(CsvCells.text("Durango")).isEqualTo("Durango");
    assertThat(CsvCells.text("")).isEmpty();
    assertThat(CsvCells.text(null)).isNull();
    assertThat(CsvCells.text("a=b")).isEqualTo("a=b");
  }

  @Test
  void numbersStayNumbers() {
    assertThat(Row.format(new BigDecimal("-5.50"))).isEqualTo("-5.50");
    assertThat(new Row(ExportTable.EXERCISES).set("title", new BigDecimal("-5")).cells()).contains("-5");
    assertThat(new Row(ExportTable.EXERCISES).set("title", Optional.of(-3)).cells()).contains("-3");
  }

  @Test // O1: a decimal built in code with a huge scale took a billion digits in plain notation
  void decimalsWithHugeScalesAreWrittenShort() {
    assertThat(Row.format(new BigDecimal("1E-999999999"))).isEqualTo("1E-999999999");
    assertThat(Row.format(new BigDecimal("250000.50"))).isEqualTo("250000.50");
  }
}
