package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.validation.RuleAssert.arguments;
import static org.cocrea.validation.RuleAssert.result;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.cocrea.core.CoCreationProcess;
import org.cocrea.core.DocumentRepository;
import org.cocrea.core.Evaluation;
import org.cocrea.core.InstallationAct;
import org.cocrea.core.JointDeclaration;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.OperatingRules;
import org.cocrea.core.ParticipatoryTable;
import org.cocrea.core.PartialDate;
import org.cocrea.core.PlanStatus;
import org.cocrea.core.ProgressReport;
import org.cocrea.core.StlSession;
import org.junit.jupiter.api.Test;

/**
 * TRN rules: behaviours no test pinned (docs/testing.md): every document the
 * repository must hold and their order, the update deadline's last day and an update date too coarse to judge, the
 * arguments of the absence messages, plans that are not public.
 */
class TrnMutationTest {

  private static final LocalDate AS_OF = LocalDate.of(2016, 6, 30);
  private static final String SITE = "https://example.org";

  // ------------------------------------------------------------------------------------------- TRN-01

  @Test
  void trn01PassesAWebsiteUpdatedExactlyTheAllowedMonthsAgo() {
    LocalDate asOf = LocalDate.of(2016, 7, 15);
    RuleAssert.rule(validateOgp(exercise(b -> b.websiteUrl(SITE).websiteLastUpdated(LocalDate.of(2016, 3, 15))),
        asOf), "TRN-01").passes();
    RuleAssert.rule(validateOgp(exercise(b -> b.websiteUrl(SITE).websiteLastUpdated(LocalDate.of(2016, 3, 14))),
        asOf), "TRN-01").fails("/websiteLastUpdated");
  }

  @Test
  void trn01CannotJudgeAnUpdateRecordedOnlyAsAYearThatMayBeLateOrNot() {
    ValidationReport report = validateOgp(exercise(b -> b.websiteUrl(SITE)
        .websiteLastUpdated(PartialDate.ofYear(2016))));
    assertThat(result(report, "TRN-01").outcome()).isEqualTo(Outcome.NOT_RECORDED);
    assertThat(report.notRecorded()).filteredOn(n -> n.ruleId().equals("TRN-01"))
        .extracting(NotRecorded::pointer, NotRecorded::facts)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/websiteLastUpdated", List.of("/websiteLastUpdated")));
    // a month whose every day is past the deadline fails; one whose every day is within it passes
    RuleAssert.rule(validateOgp(exercise(b -> b.websiteUrl(SITE).websiteLastUpdated(PartialDate.parse("2016-02")))),
        "TRN-01").fails("/websiteLastUpdated");
    RuleAssert.rule(validateOgp(exercise(b -> b.websiteUrl(SITE).websiteLastUpdated(PartialDate.parse("2016-03")))),
        "TRN-01").passes();
  }

  @Test
  void trn01NamesTheExerciseAndTheWebsiteInItsAbsenceMessages() {
    assertThat(arguments(validateOgp(exercise(b -> b)), "TRN-01")).containsExactly("x");
    ValidationReport undated = validateOgp(exercise(b -> b.websiteUrl(SITE)));
    RuleAssert.rule(undated, "TRN-01").fails("/websiteUrl").withKeys("TRN-01.noUpdate");
    assertThat(arguments(undated, "TRN-01")).containsExactly("x", SITE);
  }

  // ------------------------------------------------------------------------------------------- TRN-02

  @Test
  void trn02AsksForTheDocumentOfEveryArtefactRecordedInTheKindsOrder() {
    LocalExercise x = exercise(b -> b
        .addDeclaration(JointDeclaration.builder().id("d-1").signedOn(LocalDate.of(2015, 3, 9)).build())
        .addStl(LocalTechnicalSecretariat.builder().id("stl-1")
            .installationAct(InstallationAct.builder().date(LocalDate.of(2015, 4, 10)).build())
            .rules(OperatingRules.builder().agendaNoticeDays(5).build())
            .addSession(StlSession.builder().id("s-1").date(LocalDate.of(2015, 5, 4)).build()).build())
        .addPlan(plan(PlanStatus.PUBLISHED)
            .coCreation(CoCreationProcess.builder().addTable(ParticipatoryTable.builder().id("t-1").build()).build())
            .addProgressReport(ProgressReport.builder().id("rep-1").build())
            .addEvaluation(Evaluation.builder().id("ev-1").build()).build())
        .repository(DocumentRepository.builder().build()));
    ValidationReport report = validateOgp(x);
    RuleAssert.rule(report, "TRN-02").fails("/repository").withKeys("TRN-02.message");
    assertThat(arguments(report, "TRN-02")).containsExactly("x", "la dirección pública del repositorio, "
        + "Declaración conjunta, Acta de instalación, Reglas de operación, Minutas, Relatoría de mesa, "
        + "Plan de Acción Local, Reporte de avance, Evaluación");
  }

  @Test
  void trn02AsksNothingOfADraftPlanWithoutTablesNorOfAnStlNotInstalled() {
    LocalExercise x = exercise(b -> b
        .addStl(LocalTechnicalSecretariat.builder().id("stl-1").build())
        .addPlan(plan(PlanStatus.DRAFT).coCreation(CoCreationProcess.builder().build()).build())
        .repository(DocumentRepository.builder().url(SITE + "/repositorio").build()));
    RuleAssert.rule(validateOgp(x), "TRN-02").passes();
  }

  // ------------------------------------------------------------------------------------------- TRN-03

  @Test
  void trn03NamesBothMissingFactsAndCountsPlansThatAreNotPublic() {
    LocalExercise x = exercise(b -> b
        .addPlan(plan(PlanStatus.PUBLISHED).build())
        .addPlan(plan(PlanStatus.WITHDRAWN).id("pal-2").build())
        .addPlan(plan(PlanStatus.DRAFT).id("pal-3").build())
        .addPlan(plan(PlanStatus.PUBLISHED).id("pal-4").publishedOn(LocalDate.of(2015, 8, 25))
            .documentUrl(SITE + "/pal.pdf").build()));
    ValidationReport report = validate(x);
    RuleAssert.rule(report, "TRN-03").fails("/plans/0");
    assertThat(arguments(report, "TRN-03"))
        .containsExactly("pal-1", "la fecha de publicación, la dirección pública del documento");
    RuleResult r = result(report, "TRN-03");
    assertThat(List.of(r.passed(), r.failed(), r.notApplicable())).containsExactly(1, 1, 2);
  }

  // ------------------------------------------------------------------------------------------- fixtures

  private static ValidationReport validate(LocalExercise x) {
    return CocreaValidator.create(ValidatorOptions.builder().asOf(AS_OF).build()).validate(x);
  }

  private static ValidationReport validateOgp(LocalExercise x) {
    return validateOgp(x, AS_OF);
  }

  private static ValidationReport validateOgp(LocalExercise x, LocalDate asOf) {
    return CocreaValidator.create(ValidatorOptions.builder().profile(Profile.OGP_LOCAL).asOf(asOf).build())
        .validate(x);
  }

  private static LocalExercise exercise(UnaryOperator<LocalExercise.Builder> f) {
    return f.apply(LocalExercise.builder().id("x")).build();
  }

  private static LocalActionPlan.Builder plan(PlanStatus status) {
    return LocalActionPlan.builder().id("pal-1").ordinal(1).status(status)
        .periodStart(LocalDate.of(2015, 9, 1)).periodEnd(LocalDate.of(2016, 8, 31));
  }
}
