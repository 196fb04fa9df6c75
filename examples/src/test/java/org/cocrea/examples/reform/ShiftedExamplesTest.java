package org.cocrea.examples.reform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cocrea.core.LocalExercise;
import org.cocrea.examples.data.ExampleExercises;
import org.cocrea.examples.data.Veracruz2016;
import org.cocrea.examples.data.Veracruz2026;
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

  private static final LocalDate AS_OF = LocalDate.of(2027, 12, 31);

  private static Map<String, ValidationReport> reports(boolean shift) {
    CocreaValidator validator = CocreaValidator.create(ValidatorOptions.builder().asOf(AS_OF).build());
    return ExampleExercises.all().stream().collect(Collectors.toMap(LocalExercise::id,
        e -> validator.validate(shift ? Veracruz2026.shift(e, 10) : e), (a, b) -> a, java.util.LinkedHashMap::new));
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
  void theCommittedExampleAcrossTheReformIsWhatVeracruz2026Writes() throws Exception {
    String committed = java.nio.file.Files.readString(java.nio.file.Path.of("reform", Veracruz2026.FILE));
    assertThat(committed).isEqualTo(Veracruz2026.render());
    LocalExercise x = Veracruz2026.exercise();
    ValidationReport r = CocreaValidator.create(ValidatorOptions.builder().asOf(AS_OF).build()).validate(x);
    assertThat(r.findings("STL-12")).extracting(Finding::messageKey).containsExactly("STL-12.successor");
    assertThat(r.findings("EXE-06")).extracting(Finding::messageKey)
        .containsExactlyInAnyOrder("EXE-06.continues", "EXE-06.continues", "EXE-06.assessment", "EXE-06.assessment");
    assertThat(x.status()).contains(org.cocrea.core.ExerciseStatus.SUSPENDED);
    // The same STL at its real dates: none of the reform's findings.
    ValidationReport real = CocreaValidator.create(ValidatorOptions.builder().asOf(AS_OF).build())
        .validate(Veracruz2016.exercise());
    assertThat(real.findings("STL-12")).isEmpty();
    assertThat(real.findings("EXE-06")).isEmpty();
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
