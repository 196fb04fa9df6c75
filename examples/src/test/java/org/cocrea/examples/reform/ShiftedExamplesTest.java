package org.cocrea.examples.reform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cocrea.core.LocalExercise;
import org.cocrea.examples.data.ExampleExercises;
import org.cocrea.serialization.CocreaJson;
import org.cocrea.validation.CocreaValidator;
import org.cocrea.validation.Finding;
import org.cocrea.validation.Severity;
import org.cocrea.validation.ValidationReport;
import org.cocrea.validation.ValidatorOptions;
import org.junit.jupiter.api.Test;

/**
 * The five examples with every date ten years later (2025-2027), across the 2025 reform (issue 13): no INAI
 * accompaniment finding, no guarantor-seat error, and the reform's warnings where the state's guarantor body was
 * extinguished and its successor is in the Executive that sits as government.
 */
class ShiftedExamplesTest {

  private static final Pattern DATE = Pattern.compile("\"(\\d{4}-\\d{2}-\\d{2})\"");
  private static final LocalDate AS_OF = LocalDate.of(2027, 12, 31);

  /** An exercise with every day in its JSON form moved ten years later. */
  static LocalExercise shifted(LocalExercise e) {
    Matcher m = DATE.matcher(CocreaJson.write(e));
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, "\"" + LocalDate.parse(m.group(1)).plusYears(10) + "\"");
    }
    m.appendTail(sb);
    return CocreaJson.read(sb.toString());
  }

  private static Map<String, ValidationReport> reports(boolean shift) {
    CocreaValidator validator = CocreaValidator.create(ValidatorOptions.builder().asOf(AS_OF).build());
    return ExampleExercises.all().stream().collect(Collectors.toMap(LocalExercise::id,
        e -> validator.validate(shift ? shifted(e) : e), (a, b) -> a, java.util.LinkedHashMap::new));
  }

  private static List<String> ids(ValidationReport r, Severity severity) {
    return r.findings().stream().filter(f -> f.severity() == severity).map(Finding::ruleId).distinct().toList();
  }

  @Test
  void tenYearsLaterNoInaiFindingNoGuarantorSeatErrorAndTheReformWarningsWhereTheSuccessorIsInTheExecutive() {
    Map<String, ValidationReport> shifted = reports(true);
    for (Map.Entry<String, ValidationReport> e : shifted.entrySet()) {
      assertThat(e.getValue().findings("EXE-03")).as(e.getKey()).isEmpty();
      assertThat(ids(e.getValue(), Severity.ERROR)).as(e.getKey()).doesNotContain("STL-01", "EXE-02");
    }
    // Durango (IDAIP, April 2025), Veracruz (IVAI, 2025-07-01), Oaxaca (successor in force Feb 2026) and Coahuila
    // (successor Sep 2025): the seat of the old body runs past its extinction into the Executive's hands.
    for (String id : List.of("mx-dur-2015", "mx-ver-2016", "mx-oax-2016", "mx-coa-2016")) {
      assertThat(shifted.get(id).findings("STL-12")).as(id).isNotEmpty()
          .allSatisfy(f -> assertThat(f.messageKey()).isEqualTo("STL-12.successor"));
    }
    assertThat(shifted.get("mx-ver-2016").findings("STL-12").get(0).message())
        .contains("IVAI").contains("Contraloría General del Estado de Veracruz");
    assertThat(shifted.get("mx-ver-2016").findings("EXE-06")).extracting(Finding::messageKey)
        .contains("EXE-06.continues", "EXE-06.assessment");
    // Morelos: the table has no date for IMIPE's extinction: nothing is judged.
    assertThat(shifted.get("mx-mor-2015").findings("STL-12")).isEmpty();
    assertThat(shifted.get("mx-mor-2015").findings("EXE-06")).isEmpty();
  }

  @Test
  void atTheirOwnDatesTheExamplesGetNoneOfTheReformsFindingsWhateverTheAsOfDate() {
    for (Map.Entry<String, ValidationReport> e : reports(false).entrySet()) {
      for (String id : List.of("EXE-06", "STL-12", "EVA-08")) {
        assertThat(e.getValue().findings(id)).as(e.getKey() + " " + id).isEmpty();
      }
    }
  }
}
