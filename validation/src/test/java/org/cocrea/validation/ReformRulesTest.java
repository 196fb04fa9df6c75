package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.validation.ReformExercises.exercise;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.cocrea.core.LocalExercise;
import org.cocrea.validation.ReformExercises.Guarantor;
import org.cocrea.validation.regime.StateRegimes;
import org.junit.jupiter.api.Test;

/**
 * The guarantor rules judged under the regime in force on the event's date (issue 13, reform-2025.md §2): the same
 * exercise before and after its state's guarantor body was extinguished, a pending state, a state with unknown dates,
 * and a user's table that moves the dates.
 */
class ReformRulesTest {

  private static final LocalDate BEFORE = LocalDate.of(2016, 3, 9);
  private static final LocalDate AFTER = LocalDate.of(2026, 3, 9);
  private static final LocalDate AS_OF = LocalDate.of(2027, 6, 30);

  private static ValidationReport validate(LocalExercise x) {
    return validate(x, StateRegimes.defaults());
  }

  private static ValidationReport validate(LocalExercise x, StateRegimes regimes) {
    return CocreaValidator.create(ValidatorOptions.builder().locale(Locale.ENGLISH).asOf(AS_OF).regimes(regimes)
        .build()).validate(x);
  }

  private static List<Finding> findings(ValidationReport r, String id) {
    return r.findings(id);
  }

  @Test
  void aVacantGuarantorSeatIsAnErrorBeforeTheExtinctionAndAWarningNamingTheSuccessorAfterIt() {
    ValidationReport before = validate(exercise("MX-VER", "IVAI", BEFORE, Guarantor.NONE));
    ValidationReport after = validate(exercise("MX-VER", "IVAI", AFTER, Guarantor.NONE));

    assertThat(findings(before, "STL-01")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.message()).isEqualTo("\"STL 1 (stl)\" lacks titular seats for: Local guarantor body.");
    });
    assertThat(findings(before, "EXE-02")).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    assertThat(findings(before, "EXE-03")).as("INAI stood in 2016").hasSize(1);

    assertThat(findings(after, "STL-01")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message()).isEqualTo("\"STL 1 (stl)\" has no titular guarantor-body seat: the 2025 transparency reform "
          + "extinguished IVAI (from 2025-07-01) and its role passed to Contraloría General del Estado de Veracruz. "
          + "This is not a failure of the exercise, but the STL lost its third sector.");
    });
    assertThat(findings(after, "EXE-02")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message()).contains("extinguished IVAI (from 2025-07-01)")
          .contains("Contraloría General del Estado de Veracruz");
    });
    assertThat(findings(after, "EXE-03")).as("no INAI accompaniment is demanded after 2025-03-20").isEmpty();
    assertThat(after.result("EXE-03").orElseThrow().outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(after.errors()).extracting(Finding::ruleId).doesNotContain("STL-01", "EXE-02");
  }

  @Test
  void spanishMessagesSayTheSame() {
    ValidationReport after = CocreaValidator.create(ValidatorOptions.builder().asOf(AS_OF).build())
        .validate(exercise("MX-VER", "IVAI", AFTER, Guarantor.NONE));
    assertThat(findings(after, "STL-01")).singleElement().satisfies(f -> assertThat(f.message())
        .startsWith("«STL 1 (stl)» no tiene asiento titular del organismo garante: la reforma de transparencia de 2025 "
            + "extinguió a IVAI (desde 2025-07-01) y su función pasó a Contraloría General del Estado de Veracruz."));
  }

  @Test
  void inaiAccompanimentIsDemandedUpTo20March2025Only() {
    LocalDate lastDay = LocalDate.of(2025, 3, 20);
    assertThat(findings(validate(exercise("MX-VER", "IVAI", lastDay, Guarantor.OLD_BODY)), "EXE-03")).hasSize(1);
    assertThat(findings(validate(exercise("MX-VER", "IVAI", lastDay.plusDays(1), Guarantor.OLD_BODY)), "EXE-03"))
        .isEmpty();
  }

  @Test
  void inAPendingStateTheOldRulesStand() {
    ValidationReport after = validate(exercise("MX-CAM", "COTAIPEC", AFTER, Guarantor.NONE));
    assertThat(findings(after, "STL-01")).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    assertThat(findings(after, "EXE-02")).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
  }

  @Test
  void aStateWithUnknownDatesIsNotRecordedNotFailed() {
    // Morelos: extinction decreed, no date in the table.
    ValidationReport after = validate(exercise("MX-MOR", "IMIPE", AFTER, Guarantor.NONE));
    for (String id : List.of("STL-01", "EXE-02")) {
      assertThat(findings(after, id)).as(id).isEmpty();
      assertThat(after.result(id).orElseThrow().outcome()).as(id).isEqualTo(Outcome.NOT_RECORDED);
      assertThat(after.result(id).orElseThrow().notRecorded()).as(id).isEqualTo(1);
    }
    ValidationReport before = validate(exercise("MX-MOR", "IMIPE", BEFORE, Guarantor.NONE));
    assertThat(findings(before, "STL-01")).as("2016 is before the reform everywhere").hasSize(1);
  }

  @Test
  void theOldBodyActingAfterItsExtinctionIsAnErrorNamingItsSuccessorAndContinuingPastItAWarning() {
    ValidationReport after = validate(exercise("MX-VER", "IVAI", AFTER, Guarantor.OLD_BODY));
    assertThat(findings(after, "EXE-06")).extracting(Finding::severity, Finding::pointer).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple(Severity.ERROR, "/stls/0/memberships/2"),
        org.assertj.core.groups.Tuple.tuple(Severity.ERROR, "/declarations/0/signatories/2"));
    assertThat(findings(after, "EXE-06")).filteredOn(f -> f.pointer().startsWith("/stls")).singleElement()
        .extracting(Finding::message).isEqualTo("\"Seat 3 (m-gar)\" of IVAI starts on 2026-04-08, when IVAI no "
        + "longer existed (extinguished: 2025-07-01, by the 2025 transparency reform); its successor is Contraloría "
        + "General del Estado de Veracruz.");

    LocalDate spring2025 = LocalDate.of(2025, 3, 1);
    ValidationReport across = validate(exercise("MX-VER", "IVAI", spring2025, Guarantor.OLD_BODY));
    assertThat(findings(across, "EXE-06")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.messageKey()).isEqualTo("EXE-06.continues");
      assertThat(f.message()).contains("runs to 2026-05-31, past its extinction (2025-07-01, by the 2025 transparency reform); its role "
          + "passed to Contraloría General del Estado de Veracruz");
    });
    assertThat(findings(validate(exercise("MX-VER", "IVAI", BEFORE, Guarantor.OLD_BODY)), "EXE-06"))
        .as("a record of 2016-2017 does not say its seat ran past 2025, whatever the as-of date").isEmpty();
  }

  @Test
  void aGuarantorSeatHeldByTheExecutiveThatSitsAsGovernmentIsAWarning() {
    ValidationReport r = validate(exercise("MX-VER", "IVAI", AFTER, Guarantor.EXECUTIVE));
    assertThat(findings(r, "STL-12")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message()).contains("Transparencia para el Pueblo").contains("Contraloría General del Estado");
    });
    assertThat(findings(r, "EVA-08")).singleElement().satisfies(f -> {
      assertThat(f.pointer()).isEqualTo("/plans/0/evaluations/0/evaluatorId");
      assertThat(f.message()).contains("presented as independent");
    });
    assertThat(findings(r, "STL-01")).isEmpty();

    ValidationReport oldBody = validate(exercise("MX-VER", "IVAI", spring2025(), Guarantor.OLD_BODY));
    assertThat(findings(oldBody, "STL-12")).singleElement().satisfies(f -> {
      assertThat(f.messageKey()).isEqualTo("STL-12.successor");
      assertThat(f.message()).contains("held by IVAI, extinguished from 2025-07-01")
          .contains("passed to Contraloría General del Estado de Veracruz, of the Executive");
    });
  }

  @Test
  void aUsersTableMovesTheDatesAndTheVerdictsFollow() {
    LocalExercise x = exercise("MX-VER", "IVAI", AFTER, Guarantor.NONE);
    String table = String.join(",", StateRegimes.COLUMNS) + "\n"
        + "MX,Federación,,INAI,,,2024-12-20,2025-03-21,,DONE,DOF,\n"
        + "MX-VER,Veracruz,,IVAI,Contraloría,EXECUTIVE_SECRETARIAT_OR_COMPTROLLER,,2027-01-01,,DONE,my source,\n";
    ValidationReport moved = validate(x, StateRegimes.parse(table, "mine.csv"));
    assertThat(findings(moved, "STL-01")).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    ValidationReport unknown = validate(x, StateRegimes.parse(table.replace("2027-01-01", ""), "mine.csv"));
    assertThat(findings(unknown, "STL-01")).isEmpty();
    assertThat(unknown.result("STL-01").orElseThrow().outcome()).isEqualTo(Outcome.NOT_RECORDED);
    ValidationReport shipped = validate(x);
    assertThat(findings(shipped, "STL-01")).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void aGuarantorRecordedAsADeconcentratedBodyOfTheExecutiveIsOfTheExecutiveToo() {
    LocalExercise x = exercise("MX-VER", "IVAI", AFTER, Guarantor.EXECUTIVE);
    LocalExercise byNature = org.cocrea.core.LocalExercise.builder().from(x).organizations(x.organizations().stream()
        .map(o -> o.id().equals("org-tpp")
            ? org.cocrea.core.Organization.builder().id("org-tpp").name("Transparencia para el Pueblo")
                .sector(org.cocrea.core.Sector.GUARANTOR_BODY)
                .legalNature(org.cocrea.core.GuarantorLegalNature.DECONCENTRATED_EXECUTIVE_BODY).build()
            : o).toList()).build();
    assertThat(findings(validate(byNature), "STL-12")).hasSize(1);
    assertThat(findings(validate(byNature), "EVA-08")).hasSize(1);
  }

  private static LocalDate spring2025() {
    return LocalDate.of(2025, 3, 1);
  }
}
