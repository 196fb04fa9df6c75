package org.cocrea.examples.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.cocrea.core.Commitment;
import org.cocrea.core.CommitmentAssessment;
import org.cocrea.core.CommitmentType;
import org.cocrea.core.Evaluation;
import org.cocrea.core.EvaluationType;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.PartialDate;
import org.cocrea.core.ParticipatoryTable;
import org.cocrea.core.References;
import org.cocrea.core.Sector;
import org.cocrea.core.Step;
import org.cocrea.core.StlMembership;
import org.cocrea.core.StlRole;
import org.cocrea.core.TableKind;
import org.cocrea.testkit.FieldConstraints;
import org.cocrea.testkit.RandomExercises;
import org.cocrea.validation.CocreaValidator;
import org.cocrea.validation.Finding;
import org.cocrea.validation.Severity;
import org.cocrea.validation.ValidationReport;
import org.cocrea.validation.ValidatorOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The five example exercises hold the public data of methodology section 5 and are consistent. */
class ExampleExercisesTest {

  /** id, as-of date, declaration to installation (days), installation to publication (days), CSO, GOV, garante. */
  static Stream<Arguments> facts() {
    return Stream.of(
        Arguments.of(Durango2015.exercise(), Durango2015.AS_OF, 32, 137, 2, 2, 2, "Lorena Cázarez"),
        Arguments.of(Morelos2015.exercise(), Morelos2015.AS_OF, 38, 166, 1, 2, 1, "Luz Stella Vallejo"),
        Arguments.of(Veracruz2016.exercise(), Veracruz2016.AS_OF, 39, 272, 3, 6, 1, "Felipe Hevia de la Jara"),
        Arguments.of(Oaxaca2016.exercise(), Oaxaca2016.AS_OF, 29, 408, 2, 2, 1, "Arantxa Sánchez López"),
        Arguments.of(Coahuila2016.exercise(), Coahuila2016.AS_OF, 203, 311, 5, 1, 1, "Jesús Pimentel Martínez"));
  }

  @Test
  void allHoldsTheFiveExamplesInOrder() {
    assertThat(ExampleExercises.all()).extracting(LocalExercise::id)
        .containsExactly("mx-dur-2015", "mx-mor-2015", "mx-ver-2016", "mx-oax-2016", "mx-coa-2016");
    assertThat(ExampleExercises.all()).isEqualTo(ExampleExercises.all());
  }

  @ParameterizedTest
  @MethodSource("facts")
  void isConsistentAndCutAtItsAsOfDate(LocalExercise e, LocalDate asOf) {
    assertThat(References.check(e)).isEmpty();
    assertThat(FieldConstraints.violations(e)).isEmpty();
    assertThat(RandomExercises.asOf(e)).contains(asOf);
    assertThat(e.stepReached()).isEqualTo(Step.S6_MONITORING_EVALUATION).isEqualTo(e.currentStep().orElseThrow());
  }

  @ParameterizedTest
  @MethodSource("facts")
  void keepsTheRealDatesOfDeclarationInstallationAndPublication(LocalExercise e, LocalDate asOf, int toStl,
      int toPal) {
    LocalDate declared = e.declarations().get(0).signedOn().orElseThrow().earliest();
    LocalDate installed = e.stls().get(0).installedOn().orElseThrow().earliest();
    LocalDate published = e.plans().get(0).publishedOn().orElseThrow().earliest();
    assertThat(declared).isEqualTo(LocalDate.of(2015, 3, 9));
    assertThat(ChronoUnit.DAYS.between(declared, installed)).isEqualTo(toStl);
    assertThat(ChronoUnit.DAYS.between(installed, published)).isEqualTo(toPal);
    assertThat(e.stls().get(0).installationAct().orElseThrow().date()).contains(PartialDate.of(installed));
  }

  @ParameterizedTest
  @MethodSource("facts")
  void keepsTheRealStlCompositionAndFacilitator(LocalExercise e, LocalDate asOf, int toStl, int toPal, int cso,
      int gov, int guarantor, String facilitator) {
    Map<Sector, Integer> seats = new EnumMap<>(Sector.class);
    for (StlMembership m : e.stls().get(0).memberships()) {
      if (m.titular().orElse(false) && m.role().orElse(null) != StlRole.FACILITATOR) {
        seats.merge(m.seatSector().orElseThrow(), 1, Integer::sum);
      }
    }
    assertThat(seats).containsExactlyInAnyOrderEntriesOf(Map.of(Sector.CIVIL_SOCIETY, cso, Sector.GOVERNMENT, gov,
        Sector.GUARANTOR_BODY, guarantor));
    StlMembership f = e.stls().get(0).memberships().stream().filter(m -> m.role().orElse(null) == StlRole.FACILITATOR)
        .findFirst().orElseThrow();
    assertThat(e.index().person(f.personId().orElseThrow()).flatMap(p -> p.name())).contains(facilitator);
  }

  @ParameterizedTest
  @MethodSource("facts")
  void describesInBothLanguagesWhatIsIllustrative(LocalExercise e) {
    assertThat(e.description().orElseThrow()).contains("ilustrativ").contains("Illustrative")
        .contains("datos públicos").contains("public data");
  }

  @Test
  void keepsTheRealCommitmentCounts() {
    assertThat(counts(Durango2015.exercise())).containsExactly(6, 0);
    assertThat(counts(Morelos2015.exercise())).containsExactly(6, 2);
    assertThat(counts(Veracruz2016.exercise())).containsExactly(6, 0);
    assertThat(counts(Oaxaca2016.exercise())).containsExactly(5, 1);
    assertThat(counts(Coahuila2016.exercise())).containsExactly(6, 1);
  }

  @Test
  void keepsTheRealTables() {
    List<ParticipatoryTable> durango = tables(Durango2015.exercise());
    assertThat(durango).hasSize(8).allSatisfy(t -> assertThat(t.date().orElseThrow().earliest())
        .isBetween(LocalDate.of(2015, 5, 1), LocalDate.of(2015, 5, 31)));
    assertThat(durango).extracting(t -> t.theme().orElseThrow()).contains("Seguridad pública", "Servicios públicos",
        "Medio ambiente", "Empleo", "Transparencia y rendición de cuentas", "Contraloría social", "Salud",
        "Educación");

    List<ParticipatoryTable> morelos = tables(Morelos2015.exercise());
    assertThat(morelos).filteredOn(t -> t.kind().orElseThrow() == TableKind.DEMAND).extracting(t -> t.date()
        .orElseThrow().earliest()).containsExactly(LocalDate.of(2015, 5, 16), LocalDate.of(2015, 8, 19),
        LocalDate.of(2015, 8, 21));
    assertThat(morelos).filteredOn(t -> t.kind().orElseThrow() == TableKind.SUPPLY).extracting(t -> t.date()
        .orElseThrow().earliest()).containsExactly(LocalDate.of(2015, 8, 24));

    List<ParticipatoryTable> oaxaca = tables(Oaxaca2016.exercise());
    assertThat(oaxaca).extracting(t -> t.date().orElseThrow().earliest()).containsExactly(LocalDate.of(2015, 8, 18),
        LocalDate.of(2015, 8, 18), LocalDate.of(2015, 8, 18), LocalDate.of(2015, 8, 18), LocalDate.of(2015, 8, 25));

    List<ParticipatoryTable> coahuila = tables(Coahuila2016.exercise());
    assertThat(coahuila).hasSize(5).allSatisfy(t -> {
      assertThat(t.kind()).contains(TableKind.REGIONAL);
      assertThat(t.date().orElseThrow().earliest()).isBetween(LocalDate.of(2015, 11, 1), LocalDate.of(2015, 11, 30));
    });
    assertThat(coahuila).extracting(t -> t.city().orElseThrow()).doesNotHaveDuplicates();
  }

  @Test
  void veracruzResultsEvaluationFindsFiveOfSixFulfilledFourOnSchedule() {
    LocalActionPlan plan = Veracruz2016.exercise().plans().get(0);
    Evaluation results = plan.evaluations().stream().filter(v -> v.type().orElseThrow() == EvaluationType.RESULTS)
        .findFirst().orElseThrow();
    assertThat(results.commitmentAssessments()).hasSize(6)
        .filteredOn(CommitmentAssessment::highCompletion).hasSize(5);
    long onSchedule = plan.commitments().stream().filter(c -> c.milestones().stream().allMatch(m ->
        m.completedOn().isPresent() && !m.completedOn().get().earliest().isAfter(m.dueDate().orElseThrow().earliest()))).count();
    assertThat(onSchedule).isEqualTo(4);
    assertThat(plan.evaluations()).extracting(v -> v.type().orElseThrow())
        .containsExactly(EvaluationType.DESIGN, EvaluationType.RESULTS);
  }

  @ParameterizedTest
  @MethodSource("facts")
  void validatorFindsTheExpectedCompositionProblemsOnly(LocalExercise e, LocalDate asOf) {
    ValidationReport report = CocreaValidator.create(ValidatorOptions.builder().locale(Locale.ENGLISH).asOf(asOf)
        .build()).validate(e);
    boolean parityBroken = e.id().equals(Veracruz2016.ID) || e.id().equals(Morelos2015.ID);
    assertThat(report.findings("STL-03")).as("STL-03").hasSize(parityBroken ? 1 : 0);
    assertThat(report.findings("STL-11")).as("STL-11").hasSize(e.id().equals(Morelos2015.ID) ? 1 : 0);
    for (String rule : List.of("STL-01", "STL-02", "STL-05", "STL-06", "EXE-01", "EXE-02", "CO-01", "CO-02", "CO-06",
        "CO-07", "TRN-01", "TRN-03", "COM-03", "COM-07", "MIL-01", "MIL-02", "TRK-01", "REF-01", "REF-02")) {
      assertThat(report.findings(rule)).as(rule).isEmpty();
    }
    assertThat(report.errors()).extracting(Finding::ruleId).allMatch("EVA-01"::equals);
    assertThat(report.errors()).hasSize(e.id().equals(Veracruz2016.ID) ? 0 : 1)
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
  }

  private static List<Integer> counts(LocalExercise e) {
    List<Commitment> cs = e.plans().get(0).commitments();
    return List.of((int) cs.stream().filter(c -> c.type().orElseThrow() == CommitmentType.REGULAR).count(),
        (int) cs.stream().filter(c -> c.type().orElseThrow() == CommitmentType.PROACTIVE).count());
  }

  private static List<ParticipatoryTable> tables(LocalExercise e) {
    return e.plans().get(0).coCreation().orElseThrow().tables();
  }
}
