package org.cocrea.validation.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cocrea.core.Jurisdiction;
import org.cocrea.core.JurisdictionLevel;
import org.cocrea.core.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The regime table's reader and lookups where no test pinned them (docs/testing.md):
 * Windows line ends and a byte-order mark, quoted fields, a row with too many fields, lookups by a municipality's
 * code, the regime on a date of the change's month, a body known by one of several acronyms.
 */
class RegimeMutationTest {

  private static final String HEADER = String.join(",", StateRegimes.COLUMNS);
  private static final String FEDERAL = "MX,Federación,,INAI,,,2024-12-20,2025-03-21,,DONE,DOF 2025-03-20,";

  private static PartialDate d(String text) {
    return PartialDate.parse(text);
  }

  @Test
  void aFileWithAByteOrderMarkAndWindowsLineEndsReadsAsAnyOther(@TempDir Path dir) throws IOException {
    String rows = String.join("\r\n", "# comentario", HEADER, FEDERAL,
        "MX-MOR,Morelos,\"Instituto \"\"Morelense\"\"\",IMIPE|IMIPE-2,\"SABG,\r\nMorelos\","
            + "EXECUTIVE_SECRETARIAT_OR_COMPTROLLER,,2026-02-01,,DONE, a | b ,nota") + "\r\n";
    Path file = dir.resolve("regimes.csv");
    Files.write(file, ("\uFEFF" + rows).getBytes(StandardCharsets.UTF_8));
    StateRegimes table = StateRegimes.read(file);
    StateRegime mor = table.state("MX-MOR").orElseThrow();
    assertThat(mor.line()).isEqualTo(4);
    assertThat(mor.name()).isEqualTo("Morelos");
    assertThat(mor.oldBodyAcronym()).isEqualTo("IMIPE|IMIPE-2");
    assertThat(mor.oldBodyName()).hasValue("Instituto \"Morelense\"");
    assertThat(mor.successorName()).hasValue("SABG,\nMorelos");
    assertThat(mor.sources()).containsExactly("a", "b");
    assertThat(mor.notes()).hasValue("nota");
    assertThat(table.rows()).extracting(StateRegime::state).containsExactly("MX", "MX-MOR");
    assertThat(table.source()).isEqualTo(file.toString());
    assertThat(table.toString()).isEqualTo("StateRegimes[" + file + ", 2 rows]");
    assertThat(table.hashCode()).isEqualTo(StateRegimes.read(file).hashCode());
    // the same rows from another source are another table
    assertThat(table).isNotEqualTo(StateRegimes.parse(rows, "other.csv"));
    assertThat(StateRegimes.parse(rows, "other.csv").state("mx-mor")).isPresent();
  }

  @Test
  void aRowWithMoreFieldsThanTheHeaderIsReportedAtTheFirstExtraField() {
    String text = HEADER + "\n" + FEDERAL + "\nMX-MOR,Morelos,,IMIPE,,,,,,DONE,s,,extra\n";
    assertThatThrownBy(() -> StateRegimes.parse(text, "t.csv"))
        .isInstanceOfSatisfying(RegimeTableException.class, e -> {
          assertThat(e.message(Locale.ENGLISH)).contains("12").contains("13");
          assertThat(List.of(e.line(), e.column())).containsExactly(3, 36);
        });
    assertThatThrownBy(() -> StateRegimes.parse("state,state\n", "t.csv"))
        .isInstanceOfSatisfying(RegimeTableException.class, e ->
            assertThat(List.of(e.line(), e.column())).containsExactly(1, 7));
  }

  @Test
  void aJurisdictionCodeOfAMunicipalityFindsItsState() {
    StateRegimes table = StateRegimes.defaults();
    assertThat(table.stateOf(Jurisdiction.builder().code(" mx-dur-005 ").build()).map(StateRegime::state))
        .hasValue("MX-DUR");
    // the federation's code is no state; a code too short is read by name instead
    assertThat(table.stateOf(Jurisdiction.builder().code("MX").build())).isEmpty();
    assertThat(table.stateOf(Jurisdiction.builder().code("MX-DU").name("Durango").level(JurisdictionLevel.STATE)
        .build()).map(StateRegime::state)).hasValue("MX-DUR");
    // a municipality named like a state is not that state
    assertThat(table.stateOf(Jurisdiction.builder().name("Durango").level(JurisdictionLevel.MUNICIPALITY).build()))
        .isEmpty();
    assertThat(table.state("  Nuevo   León ")).map(StateRegime::state).hasValue("MX-NLE");
  }

  @Test
  void theRegimeOnADateOfTheChangesMonthIsUnknownAndAfterItTheSuccessors() {
    StateRegime row = new StateRegime("MX-MOR", "Morelos", Optional.empty(), "IMIPE|IMIPE-2", Optional.empty(),
        Optional.empty(), Optional.of(d("2024-12-20")), Optional.empty(), Optional.of(d("2026-02-15")),
        RegimeStatus.DONE, List.of("s"), Optional.empty(), 3);
    assertThat(row.regimeChange()).contains(d("2026-02-15"));
    assertThat(row.on(d("2026-02-14"))).isEqualTo(GuarantorRegime.AUTONOMOUS_BODY);
    assertThat(row.on(d("2026-02-15"))).isEqualTo(GuarantorRegime.SUCCESSOR_AUTHORITY);
    assertThat(row.on(d("2026-02"))).isEqualTo(GuarantorRegime.UNKNOWN);
    assertThat(row.on(d("2026-03"))).isEqualTo(GuarantorRegime.SUCCESSOR_AUTHORITY);
    assertThat(row.successorOrDash()).isEqualTo("—");
    // known by any of its acronyms, whatever the case and spaces; by name, whatever the accents
    assertThat(row.isOldBody(Optional.of(" imipe-2 "), Optional.empty())).isTrue();
    assertThat(row.isOldBody(Optional.of("IMIP"), Optional.empty())).isFalse();
    assertThat(row.isOldBody(Optional.empty(), Optional.of("Instituto"))).isFalse();
    StateRegime named = new StateRegime("MX-MOR", "Morelos", Optional.of("Instituto Morelense de Información"),
        "IMIPE", Optional.of("SABG"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        RegimeStatus.DONE, List.of("s"), Optional.empty(), 3);
    assertThat(named.isOldBody(Optional.empty(), Optional.of("instituto  morelense de informacion"))).isTrue();
    assertThat(named.successorOrDash()).isEqualTo("SABG");
    // without dates: before the reform's publication it is the old body, after it nobody can tell
    assertThat(named.on(d("2015"))).isEqualTo(GuarantorRegime.UNKNOWN);
    assertThatThrownBy(() -> new StateRegime("MX-MOR", "Morelos", Optional.empty(), "IMIPE", Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), RegimeStatus.DONE, List.of(),
        Optional.empty(), 3)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MX-MOR");
  }

  @Test
  void aStateWithAPublishedReformAndNoDatesIsTheOldBodyBeforeThePublication() {
    StateRegime row = new StateRegime("MX-MOR", "Morelos", Optional.empty(), "IMIPE", Optional.empty(),
        Optional.empty(), Optional.of(d("2025-06-10")), Optional.empty(), Optional.empty(), RegimeStatus.DONE,
        List.of("s"), Optional.empty(), 3);
    assertThat(row.on(d("2025-06-09"))).isEqualTo(GuarantorRegime.AUTONOMOUS_BODY);
    assertThat(row.on(d("2025-06-10"))).isEqualTo(GuarantorRegime.UNKNOWN);
  }

  @Test
  void aTableMayEndWithoutALineEndAfterAnyKindOfField() {
    String rows = HEADER + "\n" + FEDERAL + "\nMX-MOR,Morelos,,IMIPE,,,,,,DONE,s,";
    for (String ending : List.of("", "nota", "\"nota\"", "\"nota\"\n", "\"nota\"\r\n", "nota\r",
        "nota\n# fin", "nota\r\n# fin\r\n")) {
      StateRegime mor = StateRegimes.parse(rows + ending, "t.csv").state("MX-MOR").orElseThrow();
      assertThat(mor.notes()).as(ending).isEqualTo(ending.isEmpty() ? Optional.empty() : Optional.of("nota"));
      assertThat(mor.line()).as(ending).isEqualTo(3);
    }
  }

  @Test
  void aQuotedFieldMustEndAtACommaOrTheLineEnd() {
    String text = HEADER + "\n" + FEDERAL + "\nMX-MOR,\"Morelos\"x,,IMIPE,,,,,,DONE,s,\n";
    assertThatThrownBy(() -> StateRegimes.parse(text, "t.csv"))
        .isInstanceOfSatisfying(RegimeTableException.class, e -> {
          assertThat(e.message(Locale.ENGLISH)).contains("a comma or the end of the line is expected");
          assertThat(List.of(e.line(), e.column())).containsExactly(3, 17);
        });
  }
}
