package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.validation.RuleAssert.findings;
import static org.cocrea.validation.RuleAssert.result;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cocrea.core.Commitment;
import org.cocrea.core.Indicator;
import org.cocrea.core.IndicatorType;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.junit.jupiter.api.Test;

class IndRulesTest {

  private static final String IND_C1 = "Compromiso 1: Programa integral contra la violencia escolar (c-1)";

  private static final String C0 = "/plans/0/commitments/0";
  private static final String C1 = "/plans/0/commitments/1";

  // ------------------------------------------------------------------------------------------------ fixtures

  /** A complete Kit 8 indicator: variable, unit, target, period and a target date. */
  private static Indicator.Builder indicator(String id, IndicatorType type) {
    return Indicator.builder().id(id).name("Escuelas atendidas").variable("Escuelas secundarias atendidas")
        .unitOfMeasure("escuelas").baseline(BigDecimal.ZERO).target(new BigDecimal("30")).period("2016")
        .targetDate(LocalDate.of(2016, 8, 31)).type(type);
  }

  private static Commitment commitment(String id, Indicator... indicators) {
    return Commitment.builder().id(id).title("Programa integral contra la violencia escolar")
        .addIndicators(indicators).build();
  }

  private static LocalExercise exercise(Commitment... commitments) {
    return LocalExercise.builder().id("mx-dur-2015")
        .addPlan(LocalActionPlan.builder().id("pal-1").ordinal(1).addCommitments(commitments).build()).build();
  }

  private static ValidationReport validate(LocalExercise exercise) {
    ValidationReport report = CocreaValidator.create(ValidatorOptions.builder().asOf(LocalDate.of(2016, 12, 31))
        .build()).validate(exercise);
    report.findings().stream().filter(f -> f.ruleId().startsWith("IND-"))
        .forEach(f -> assertThat(f.message()).as(f.messageKey()).doesNotStartWith("[").doesNotContain("{0}"));
    return report;
  }

  // ------------------------------------------------------------------------------------------------ all rules

  @Test
  void everyIndRuleIsNotApplicableWithoutCommitments() {
    ValidationReport report = validate(LocalExercise.builder().id("x").build());
    for (Rule rule : Catalogue.family("IND")) {
      assertThat(result(report, rule.id()).outcome()).as(rule.id()).isEqualTo(Outcome.NOT_APPLICABLE);
    }
  }

  @Test
  void aCommitmentWithCompleteManagementAndEffectIndicatorsPassesEveryIndRule() {
    ValidationReport report = validate(exercise(commitment("c-1", indicator("i-1", IndicatorType.OUTPUT).build(),
        indicator("i-2", IndicatorType.IMPACT).build())));
    for (Rule rule : Catalogue.family("IND")) {
      assertThat(result(report, rule.id()).outcome()).as(rule.id()).isEqualTo(Outcome.PASS);
      assertThat(result(report, rule.id()).severity()).isEqualTo(Severity.WARNING);
    }
    assertThat(result(report, "IND-03").passed()).isEqualTo(2);
  }

  @Test
  void catalogueOrderAndSourcesMatchTheCatalogue() {
    assertThat(Catalogue.family("IND")).extracting(Rule::id, Rule::source).containsExactly(
        tuple("IND-01", "[S:KIT8]"), tuple("IND-02", "[S:KIT8]"), tuple("IND-03", "[S:KIT8 step 4]"));
  }

  // ------------------------------------------------------------------------------------------------ IND-01

  @Test
  void ind01FailsAtTheCommitmentWhenItHasNoIndicators() {
    ValidationReport report = validate(exercise(commitment("c-1"),
        commitment("c-2", indicator("i-1", IndicatorType.OUTPUT).build())));
    assertThat(findings(report, "IND-01")).extracting(Finding::pointer, Finding::messageKey)
        .containsExactly(tuple(C0, "IND-01.none"));
    assertThat(result(report, "IND-01").passed()).isEqualTo(1);
  }

  @Test
  void ind01FailsAtTheFirstIndicatorWhenNoneHasTheFourElements() {
    Indicator noUnit = indicator("i-1", IndicatorType.OUTPUT).unitOfMeasure(Optional.empty()).build();
    Indicator noPeriod = indicator("i-2", IndicatorType.OUTPUT).period(Optional.empty()).build();
    ValidationReport report = validate(exercise(commitment("c-1", noUnit, noPeriod)));
    Finding f = findings(report, "IND-01").get(0);
    assertThat(f.pointer()).isEqualTo(C0 + "/indicators/0");
    assertThat(f.messageKey()).isEqualTo("IND-01.message");
    assertThat(f.arguments()).containsExactly(IND_C1, "2", "i-1", "la unidad de medida");
  }

  @Test
  void ind01DoesNotTakeATargetDateForThePeriod() {
    Indicator dated = indicator("i-1", IndicatorType.OUTPUT).period(Optional.empty()).variable("  ").build();
    Finding f = findings(validate(exercise(commitment("c-1", dated))), "IND-01").get(0);
    assertThat(f.arguments()).containsExactly(IND_C1, "1", "i-1", "la variable, el periodo");
  }

  @Test
  void ind01PassesWhenOneOfSeveralIndicatorsIsComplete() {
    Indicator partial = Indicator.builder().id("i-1").variable("Quejas").build();
    ValidationReport report = validate(exercise(commitment("c-1", partial,
        indicator("i-2", IndicatorType.OUTPUT).build())));
    assertThat(result(report, "IND-01").outcome()).isEqualTo(Outcome.PASS);
  }

  // ------------------------------------------------------------------------------------------------ IND-02

  @Test
  void ind02FailsWhenAllIndicatorsAreManagementOrUntyped() {
    Indicator untyped = indicator("i-2", IndicatorType.OUTPUT).type(Optional.empty()).build();
    ValidationReport report = validate(exercise(
        commitment("c-1", indicator("i-1", IndicatorType.PROCESS).build(), untyped),
        commitment("c-2", indicator("i-3", IndicatorType.INTERMEDIATE_RESULT).build())));
    assertThat(findings(report, "IND-02")).extracting(Finding::pointer).containsExactly(C0);
    assertThat(findings(report, "IND-02").get(0).arguments()).containsExactly(IND_C1, "2");
    assertThat(result(report, "IND-02").passed()).isEqualTo(1);
  }

  @Test
  void ind02IsNotApplicableToCommitmentsWithoutIndicators() {
    ValidationReport report = validate(exercise(commitment("c-1")));
    assertThat(result(report, "IND-02").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(result(report, "IND-02").notApplicable()).isEqualTo(1);
  }

  // ------------------------------------------------------------------------------------------------ IND-03

  @Test
  void ind03FailsPerIndicatorForAMissingQuantityOrDeadline() {
    Indicator noTarget = indicator("i-1", IndicatorType.OUTPUT).target(Optional.empty()).build();
    Indicator noDeadline = indicator("i-2", IndicatorType.OUTPUT).targetDate(Optional.empty())
        .period(Optional.empty()).build();
    Indicator neither = Indicator.builder().id("i-3").variable("Quejas").build();
    Indicator periodOnly = indicator("i-4", IndicatorType.OUTPUT).targetDate(Optional.empty()).build();
    Indicator dateOnly = indicator("i-5", IndicatorType.OUTPUT).period(Optional.empty()).build();
    ValidationReport report = validate(exercise(commitment("c-1", noTarget, noDeadline),
        commitment("c-2", neither, periodOnly, dateOnly)));
    assertThat(findings(report, "IND-03")).extracting(Finding::pointer, Finding::messageKey).containsExactly(
        tuple(C0 + "/indicators/0", "IND-03.noQuantity"),
        tuple(C0 + "/indicators/1", "IND-03.noDeadline"),
        tuple(C1 + "/indicators/0", "IND-03.message"));
    assertThat(result(report, "IND-03").passed()).isEqualTo(2);
    assertThat(result(report, "IND-03").failed()).isEqualTo(3);
  }

  // ------------------------------------------------------------------------------------------------ messages

  @Test
  void everyMessageKeyExistsInBothLanguagesAndRendersWithoutPlaceholders() throws IOException {
    MilRulesTest.MessageBundles.assertComplete("ind", Catalogue.family("IND"));
  }
}
