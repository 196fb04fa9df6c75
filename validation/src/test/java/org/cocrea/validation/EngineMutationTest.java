package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.cocrea.core.Commitment;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.junit.jupiter.api.Test;

/**
 * Engine pieces of this module whose behaviour only other modules exercised (the spreadsheet reader, the file
 * reader), so that PIT, which runs this module's tests only, found no test of them (docs/testing.md): cell
 * references and the stages that run before the rules.
 */
class EngineMutationTest {

  // ------------------------------------------------------------------------------------------- CellRef

  @Test
  void columnsAreNumberedAsSpreadsheetsLetterThem() {
    assertThat(List.of(1, 2, 26, 27, 28, 52, 53, 702, 703, 16384).stream()
        .map(c -> new CellRef("Hitos", 1, c, "").columnLetters()).toList())
        .containsExactly("A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA", "XFD");
    assertThat(new CellRef("Hitos", 12, 28, "").a1()).isEqualTo("AB12");
  }

  @Test
  void aSheetNameIsQuotedUnlessItIsPlainAndDoesNotStartWithADigit() {
    assertThat(new CellRef("Hitos_2.b", 4, 2, "").qualified()).isEqualTo("Hitos_2.b!B4");
    assertThat(new CellRef("2016", 1, 1, "").qualified()).isEqualTo("'2016'!A1");
    assertThat(new CellRef("", 1, 1, "").qualified()).isEqualTo("''!A1");
    assertThat(new CellRef("Plan de acción", 1, 1, "").qualified()).isEqualTo("'Plan de acción'!A1");
    assertThat(new CellRef("Avance-1", 1, 1, "").qualified()).isEqualTo("'Avance-1'!A1");
    assertThat(new CellRef("It's", 3, 1, "").qualified()).isEqualTo("'It''s'!A3");
    assertThat(new CellRef("Acción", 1, 1, "").qualified()).isEqualTo("Acción!A1");
  }

  @Test
  void aCellDescribesItselfForPeopleInEitherLanguage() {
    CellRef cell = new CellRef("Hitos", 4, 2, "Fecha de término");
    assertThat(cell.describe(Locale.forLanguageTag("es-MX")))
        .isEqualTo("Hoja Hitos, fila 4, columna B (Fecha de término)");
    assertThat(cell.describe(Locale.ENGLISH)).isEqualTo("Sheet Hitos, row 4, column B (Fecha de término)");
    assertThat(new CellRef("Hitos", 1, 27, "").describe(Locale.ENGLISH)).isEqualTo("Sheet Hitos, row 1, column AA");
  }

  @Test
  void rowsAndColumnsStartAtOne() {
    assertThat(new CellRef("Hitos", 1, 1, "").a1()).isEqualTo("A1");
    assertThatThrownBy(() -> new CellRef("Hitos", 0, 1, "")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row and column start at 1: 0, 1");
    assertThatThrownBy(() -> new CellRef("Hitos", 1, 0, "")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row and column start at 1: 1, 0");
    assertThatThrownBy(() -> new CellRef(null, 1, 1, "")).isInstanceOf(NullPointerException.class).hasMessage("sheet");
    assertThatThrownBy(() -> new CellRef("Hitos", 1, 1, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("heading");
  }

  // ------------------------------------------------------------------------------------------- PriorStages

  /** An exercise whose second commitment has a blank title: FLD-01 at /plans/0/commitments/1/title. */
  private static LocalExercise blankTitle() {
    return LocalExercise.builder().id("x").addPlan(LocalActionPlan.builder().id("pal-1").ordinal(1)
        .addCommitment(Commitment.builder().id("c-1").title("Programa").build())
        .addCommitment(Commitment.builder().id("c-2").title(" ").build()).build()).build();
  }

  private static ValidationReport validate(PriorStages prior) {
    return CocreaValidator.create(ValidatorOptions.builder().asOf(LocalDate.of(2016, 12, 31)).build())
        .validate(blankTitle(), prior);
  }

  @Test
  void aFieldProblemAnEarlierStageReportedIsNeitherReportedAgainNorCounted() {
    String at = "/plans/0/commitments/1/title";
    RuleAssert.rule(validate(PriorStages.none()), "FLD-01").fails(at);
    RuleAssert.rule(validate(PriorStages.of(Set.of(), UnaryOperator.identity())), "FLD-01").fails(at);
    RuleAssert.rule(validate(PriorStages.of(Set.of("/plans/0/commitments/0/title"), UnaryOperator.identity())),
        "FLD-01").fails(at);

    ValidationReport reported = validate(PriorStages.of(Set.of(at), UnaryOperator.identity()));
    RuleAssert.rule(reported, "FLD-01").passes().withKeys();

    // the earlier stage names places in its own document: the model pointer is translated before asking
    ValidationReport inTheFile = validate(PriorStages.reportedWhere(p -> p.equals("plan.json#" + at),
        p -> "plan.json#" + p));
    RuleAssert.rule(inTheFile, "FLD-01").passes();
    ValidationReport elsewhere = validate(PriorStages.reportedWhere(p -> p.equals(at), p -> "plan.json#" + p));
    RuleAssert.rule(elsewhere, "FLD-01").fails(at);
  }

  @Test
  void priorStagesRefuseNulls() {
    assertThatThrownBy(() -> PriorStages.of(null, UnaryOperator.identity())).isInstanceOf(NullPointerException.class)
        .hasMessage("reportedPlaces");
    assertThatThrownBy(() -> PriorStages.of(Set.of(), null)).isInstanceOf(NullPointerException.class)
        .hasMessage("documentPointer");
    assertThatThrownBy(() -> PriorStages.reportedWhere(null, UnaryOperator.identity()))
        .isInstanceOf(NullPointerException.class).hasMessage("reportedAt");
    assertThat(PriorStages.none().documentPointer("/plans/0")).isEqualTo("/plans/0");
  }

  // ------------------------------------------------------------------------------------------- ValidatorOptions

  @Test
  void withoutAnAsOfDateTheTimeAwareRulesUseTodayOnTheClock() {
    // 2016-12-01T03:00Z is still 30 November in Mexico City
    Clock clock = Clock.fixed(Instant.parse("2016-12-01T03:00:00Z"), ZoneId.of("America/Mexico_City"));
    assertThat(ValidatorOptions.builder().clock(clock).build().resolveAsOf()).contains(LocalDate.of(2016, 11, 30));
    assertThat(ValidatorOptions.builder().clock(clock).asOf(LocalDate.of(2015, 1, 1)).build().resolveAsOf())
        .contains(LocalDate.of(2015, 1, 1));
    assertThat(ValidatorOptions.builder().clock(clock).timeAwareRules(false).build().resolveAsOf()).isEmpty();
    assertThat(ValidatorOptions.defaults().timeAwareRules()).isTrue();
    assertThat(ValidatorOptions.defaults().maxFindingsPerRule()).isEqualTo(1_000);
  }

  @Test
  void optionsRefuseADateWithoutTimeAwareRulesAndAThresholdWithoutRule() {
    assertThatThrownBy(() -> ValidatorOptions.builder().asOf(LocalDate.of(2016, 1, 1)).timeAwareRules(false).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeAwareRules");
    assertThatThrownBy(() -> ValidatorOptions.builder().threshold(".maxGapDays", 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown threshold: .maxGapDays");
    assertThatThrownBy(() -> ValidatorOptions.builder().threshold("STL-99.maxGapDays", 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown threshold: STL-99.maxGapDays");
    assertThat(ValidatorOptions.builder().maxFindingsPerRule(1).build().maxFindingsPerRule()).isEqualTo(1);
  }

  // ------------------------------------------------------------------------------------------- Messages

  private static final Locale ES = Locale.forLanguageTag("es-MX");

  @Test
  void aNumberArgumentThatIsNotANumberIsShownAsGivenAndOneWithSpacesIsANumber() {
    assertThat(Messages.render("SES-02.noAttendance", List.of("s-1", "varios"), ES))
        .isEqualTo("La sesión «s-1» adoptó varios sin registrar asistencia que acredite el quórum.");
    assertThat(Messages.render("SES-02.noAttendance", List.of("s-1", " 2 "), ES))
        .isEqualTo("La sesión «s-1» adoptó 2 acuerdos sin registrar asistencia que acredite el quórum.");
    assertThat(Messages.render("SES-02.noAttendance", List.of("s-1", "1"), ES))
        .isEqualTo("La sesión «s-1» adoptó 1 acuerdo sin registrar asistencia que acredite el quórum.");
    assertThat(Messages.render("NOPE-01.message", List.of("x"), ES)).isEqualTo("[NOPE-01.message]");
    // more arguments than the message places: the others are left out
    assertThat(Messages.render("SES-02.noAttendance", List.of("s-1", "2", "3"), ES))
        .isEqualTo("La sesión «s-1» adoptó 2 acuerdos sin registrar asistencia que acredite el quórum.");
    assertThat(Messages.place("", Locale.ENGLISH)).isEqualTo("the exercise");
  }

  @Test
  void messagesAreLookedUpInTheFamilysBundleThenTheEngines() {
    assertThat(Messages.has("SES-02.message", Locale.ENGLISH)).isTrue();
    assertThat(Messages.has("REF-01.message", Locale.ENGLISH)).isTrue();
    assertThat(Messages.has("place.plans", ES)).isTrue();
    assertThat(Messages.has("SES-99.message", ES)).isFalse();
    assertThat(Messages.has("QQQ-01.message", ES)).isFalse();
    assertThat(Messages.has("-01.message", ES)).isFalse();
    assertThat(Messages.render("REF-01.message", List.of("org-x", "Organization"), Locale.ENGLISH))
        .contains("org-x").doesNotStartWith("[");
  }

  @Test
  void placesUnescapePointerTokensAndNameUnknownListsByTheirToken() {
    assertThat(Messages.place("/organizations/0/a~1b~0c", ES)).isEqualTo("organización 1, a/b~c");
    assertThat(Messages.place("/extensions/4", Locale.ENGLISH)).isEqualTo("extensions 5");
    assertThat(Messages.place("/title", ES)).isEqualTo("title");
    assertThat(Messages.place("/plans/0/commitments/10", ES)).isEqualTo("plan 1, compromiso 11");
  }

  // ------------------------------------------------------------------------------------------- Finding

  @Test
  void aFindingGainsALineAndColumnOrACellAndShowsThem() {
    Finding f = new Finding("STL-01", Severity.ERROR, "/stls/0", 0, 0, "STL-01.message", List.of("stl-1"), "Falta.");
    assertThat(f.hasLocation()).isFalse();
    assertThat(f.cell()).isEmpty();
    assertThat(f.toString()).isEqualTo("ERROR STL-01 /stls/0: Falta.");
    Finding located = f.withLocation(1, 7);
    assertThat(List.of(located.line(), located.column())).containsExactly(1, 7);
    assertThat(located.hasLocation()).isTrue();
    assertThat(located.toString()).isEqualTo("ERROR STL-01 /stls/0 (1:7): Falta.");
    assertThat(located.arguments()).containsExactly("stl-1");
    CellRef cell = new CellRef("STL", 4, 2, "");
    Finding atCell = f.atCell(cell);
    assertThat(List.of(atCell.line(), atCell.column())).containsExactly(4, 2);
    assertThat(atCell.cell()).contains(cell);
    assertThat(new Finding("REF-01", Severity.WARNING, "", 0, 0, "k", List.of(), "m").toString())
        .isEqualTo("WARNING REF-01 /: m");
  }

  @Test
  void aFindingRefusesANegativeLineOrColumn() {
    assertThatThrownBy(() -> new Finding("STL-01", Severity.ERROR, "", -1, 0, "k", List.of(), "m"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("line and column must not be negative: -1:0");
    assertThatThrownBy(() -> new Finding("STL-01", Severity.ERROR, "", 0, -1, "k", List.of(), "m"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("line and column must not be negative: 0:-1");
  }

  @Test
  void pointersSortListIndexesFirstAndByValue() {
    assertThat(Finding.POINTER_ORDER.compare("/a/1", "/a/01")).isNegative();
    // "01" is a name, not an index: it sorts after every index, even a longer one
    assertThat(Finding.POINTER_ORDER.compare("/a/10", "/a/01")).isNegative();
    assertThat(Finding.POINTER_ORDER.compare("/a/2", "/a/10")).isNegative();
    assertThat(Finding.POINTER_ORDER.compare("/a/10", "/a/2")).isPositive();
    assertThat(Finding.POINTER_ORDER.compare("/a/0", "/a/0")).isZero();
    assertThat(Finding.POINTER_ORDER.compare("/b", "/a/0")).isPositive();
    assertThat(Finding.POINTER_ORDER.compare("/a/x", "/a/")).isPositive();
  }
}
