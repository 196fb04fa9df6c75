package org.cocrea.validation.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.cocrea.core.Jurisdiction;
import org.cocrea.core.JurisdictionLevel;
import org.cocrea.core.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The regime table: the shipped snapshot, the regime on a date, and malformed files (issue 13). */
class StateRegimesTest {

  private static final String HEADER = String.join(",", StateRegimes.COLUMNS) + "\n";
  private static final String FEDERAL =
      "MX,Federación,,INAI,,,2024-12-20,2025-03-21,,DONE,DOF 2025-03-20,\n";

  private static PartialDate d(String text) {
    return PartialDate.parse(text);
  }

  @Test
  void theShippedTableHoldsTheFederationAndThe32StatesEachWithASource() {
    StateRegimes table = StateRegimes.defaults();
    assertThat(table.rows()).hasSize(33);
    assertThat(table.rows().get(0).state()).isEqualTo("MX");
    assertThat(table.rows()).allSatisfy(r -> assertThat(r.sources()).isNotEmpty());
    assertThat(table.federal().oldBodyAcronym()).isEqualTo("INAI");
  }

  @Test
  void inaiStandsUpTo20March2025AndNotAfter() {
    StateRegimes table = StateRegimes.defaults();
    assertThat(table.federalRegimeOn(d("2025-03-20"))).isEqualTo(GuarantorRegime.AUTONOMOUS_BODY);
    assertThat(table.federalRegimeOn(d("2025-03-21"))).isEqualTo(GuarantorRegime.SUCCESSOR_AUTHORITY);
    assertThat(table.federalRegimeOn(d("2016"))).isEqualTo(GuarantorRegime.AUTONOMOUS_BODY);
    assertThat(table.federalRegimeOn(d("2025-03"))).isEqualTo(GuarantorRegime.UNKNOWN);
    assertThat(table.federalRegimeOn(d("2035"))).isEqualTo(GuarantorRegime.SUCCESSOR_AUTHORITY);
  }

  @Test
  void veracruzChangesOnTheDayIvaiWasExtinguished() {
    StateRegimes table = StateRegimes.defaults();
    assertThat(table.regimeOn("MX-VER", d("2025-06-30"))).isEqualTo(GuarantorRegime.AUTONOMOUS_BODY);
    assertThat(table.regimeOn("MX-VER", d("2025-07-01"))).isEqualTo(GuarantorRegime.SUCCESSOR_AUTHORITY);
    assertThat(table.regimeOn("veracruz", d("2025-07"))).isEqualTo(GuarantorRegime.SUCCESSOR_AUTHORITY);
    assertThat(table.regimeOn("MX-VER", d("2025"))).isEqualTo(GuarantorRegime.UNKNOWN);
    assertThat(table.state("MX-VER").orElseThrow().successorName()).hasValue("Contraloría General del Estado de Veracruz");
  }

  @Test
  void aPendingStateKeepsItsOldBodyAndAStateWithoutDatesIsUnknownAfterTheReform() {
    StateRegimes table = StateRegimes.defaults();
    assertThat(table.regimeOn("MX-CAM", d("2036-01-01"))).isEqualTo(GuarantorRegime.AUTONOMOUS_BODY);
    assertThat(table.regimeOn("MX-MOR", d("2026-03-01"))).isEqualTo(GuarantorRegime.UNKNOWN);
    assertThat(table.regimeOn("MX-MOR", d("2015-04-16"))).isEqualTo(GuarantorRegime.AUTONOMOUS_BODY);
    assertThat(table.regimeOn("MX-XXX", d("2015-04-16"))).as("before the reform, anywhere")
        .isEqualTo(GuarantorRegime.AUTONOMOUS_BODY);
    assertThat(table.regimeOn("MX-XXX", d("2026"))).isEqualTo(GuarantorRegime.UNKNOWN);
    assertThat(table.regimeOn("MX", d("2026"))).as("the federation is not a state").isEqualTo(GuarantorRegime.UNKNOWN);
  }

  @Test
  void aJurisdictionFindsItsStateByCodeNameOrParent() {
    StateRegimes table = StateRegimes.defaults();
    assertThat(table.stateOf(Jurisdiction.builder().code("MX-DUR").build()).map(StateRegime::oldBodyAcronym))
        .hasValue("IDAIP");
    assertThat(table.stateOf(Jurisdiction.builder().name("Nuevo Leon").level(JurisdictionLevel.STATE).build())
        .map(StateRegime::state)).hasValue("MX-NLE");
    assertThat(table.stateOf(Jurisdiction.builder().name("Xalapa").parentName("Veracruz").build())
        .map(StateRegime::state)).hasValue("MX-VER");
    assertThat(table.stateOf(Jurisdiction.builder().name("Xalapa").build())).isEmpty();
  }

  @Test
  void aUserTableReplacesTheDates(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("regimes.csv");
    Files.writeString(file, "# mine\n" + HEADER + FEDERAL
        + "MX-MOR,Morelos,,IMIPE,\"SABG, Morelos\",EXECUTIVE_SECRETARIAT_OR_COMPTROLLER,,2026-02-01,,DONE,"
        + "a source|another,\n", StandardCharsets.UTF_8);
    StateRegimes table = StateRegimes.read(file);
    assertThat(table.regimeOn("MX-MOR", d("2026-03-01"))).isEqualTo(GuarantorRegime.SUCCESSOR_AUTHORITY);
    assertThat(table.state("MX-MOR").orElseThrow().successorName()).hasValue("SABG, Morelos");
    assertThat(table.state("MX-MOR").orElseThrow().sources()).containsExactly("a source", "another");
    assertThat(table.state("MX-MOR").orElseThrow().line()).isEqualTo(4);
    assertThat(table).isEqualTo(StateRegimes.read(file)).isNotEqualTo(StateRegimes.defaults());
  }

  @Test
  void aBadDateIsReportedAtItsLineAndColumn() {
    String text = HEADER + FEDERAL + "MX-MOR,Morelos,,IMIPE,,,,2026-13-01,,DONE,s,\n";
    assertThatThrownBy(() -> StateRegimes.parse(text, "mine.csv"))
        .isInstanceOfSatisfying(RegimeTableException.class, e -> {
          assertThat(e.line()).isEqualTo(3);
          assertThat(e.column()).isEqualTo(26);
          assertThat(e.message(Locale.ENGLISH))
              .isEqualTo("mine.csv:3:26: the date \"2026-13-01\" in column extinguished_on is not valid: expected "
                  + "YYYY, YYYY-MM or YYYY-MM-DD.");
          assertThat(e.message(Locale.forLanguageTag("es-MX"))).startsWith("mine.csv:3:26: la fecha «2026-13-01»");
          assertThat(e.getMessage()).contains("la fecha").contains("the date");
        });
  }

  @Test
  void malformedTablesNameWhereAndWhat() {
    assertError(HEADER + FEDERAL + "MX-MOR,\"Morelos,,IMIPE\n", 3, 8, "never closed");
    assertError(HEADER + FEDERAL + "MX-MOR,Mor\"elos,,IMIPE,,,,,,DONE,s,\n", 3, 11, "quote inside");
    assertError(HEADER + FEDERAL + "MX-MOR,Morelos,,IMIPE,,,,,,DONE,,\n", 3, 33, "cites no source");
    assertError(HEADER + FEDERAL + "MX-MOR,Morelos,,IMIPE,,,,,,DONE\n", 3, 28, "12 fields expected, the row has 10");
    assertError(HEADER + FEDERAL + "MX-MOR,Morelos,,IMIPE,,,,,,GONE,s,\n", 3, 28, "unknown reform status \"GONE\"");
    assertError(HEADER + FEDERAL + "MX-MOR,Morelos,,IMIPE,,AUTONOMOUS,,,,DONE,s,\n", 3, 24, "unknown legal nature");
    assertError(HEADER + FEDERAL + "Morelos,Morelos,,IMIPE,,,,,,DONE,s,\n", 3, 1, "not a state code");
    assertError(HEADER + FEDERAL + "MX-MOR,Morelos,,,,,,,,DONE,s,\n", 3, 17, "\"old_acronym\" is required");
    assertError(HEADER + FEDERAL + FEDERAL, 3, 1, "\"MX\" already has a row (line 2)");
    assertError(HEADER + "MX-MOR,Morelos,,IMIPE,,,,,,DONE,s,\n", 3, 1, "federation's row");
    assertError("state,name,colour\n", 1, 12, "unknown column \"colour\"");
    assertError("state,name,old_acronym,status\n", 1, 1, "required column \"sources\"");
    assertError("# only a comment\n", 2, 1, "header line is missing");
  }

  @Test
  void anUnreadableFileIsARegimeTableErrorToo(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> StateRegimes.read(dir.resolve("missing.csv")))
        .isInstanceOf(RegimeTableException.class).hasMessageContaining("missing.csv:1:1");
    Path latin1 = dir.resolve("latin1.csv");
    Files.write(latin1, (HEADER + "MX,Federaci\u00f3n").getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> StateRegimes.read(latin1)).isInstanceOf(RegimeTableException.class)
        .hasMessageContaining("UTF-8");
  }

  @Test
  void docsListEverySourceOfTheShippedTable() throws IOException {
    String docs = Files.readString(Path.of("../docs/reform-2025.md"), StandardCharsets.UTF_8);
    for (StateRegime row : StateRegimes.defaults().rows()) {
      assertThat(docs).as("row of %s", row.state()).contains("| " + row.state() + " | " + row.name() + " |");
      for (String source : row.sources()) {
        assertThat(docs).as("source of %s", row.state()).contains(source);
      }
    }
  }

  private static void assertError(String text, int line, int column, String english) {
    assertThatThrownBy(() -> StateRegimes.parse(text, "t.csv")).as(text)
        .isInstanceOfSatisfying(RegimeTableException.class, e -> {
          assertThat(e.message(Locale.ENGLISH)).contains(english);
          assertThat(e.line()).as("line of %s", english).isEqualTo(line);
          assertThat(e.column()).as("column of %s", english).isEqualTo(column);
        });
  }
}
