package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.validation.RuleAssert.findings;
import static org.cocrea.validation.RuleAssert.result;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.cocrea.core.Assessor;
import org.cocrea.core.Commitment;
import org.cocrea.core.CommitmentAssessment;
import org.cocrea.core.CommitmentReference;
import org.cocrea.core.Completeness;
import org.cocrea.core.Completion;
import org.cocrea.core.Evaluation;
import org.cocrea.core.EvaluationType;
import org.cocrea.core.Framework;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.Milestone;
import org.cocrea.core.MilestoneStatus;
import org.cocrea.core.OgpValue;
import org.cocrea.core.PartialDate;
import org.cocrea.core.ProgressReport;
import org.cocrea.core.RecordDeclaration;
import org.cocrea.core.StatedCount;
import org.cocrea.core.YesNoUnclear;
import org.cocrea.validation.AssessmentComparison.Agreement;
import org.cocrea.validation.AssessmentComparison.Dimension;
import org.junit.jupiter.api.Test;

/**
 * The checks real records call for (real-records.md §5, §7; issue 12, items 4 and 5): an end-of-commitment assessment
 * counts as a results evaluation (EVA-01), a stated count against the items listed (PAL-09), the same commitment
 * under two identifiers (COM-15), and independent assessments as evidence (EVA-09 and {@link
 * CocreaValidator#compareAssessments}): pass, fail and absent cases.
 */
class RealRecordRulesTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);
  private static final CocreaValidator ES = CocreaValidator.create(ValidatorOptions.builder().asOf(AS_OF).build());
  private static final CocreaValidator EN =
      CocreaValidator.create(ValidatorOptions.builder().asOf(AS_OF).locale(Locale.ENGLISH).build());
  private static final RecordDeclaration PARTIAL = RecordDeclaration.builder().completeness(Completeness.PARTIAL)
      .build();

  private static LocalExercise exercise(LocalActionPlan plan) {
    return LocalExercise.builder().id("mx-x").addPlan(plan).build();
  }

  private static LocalExercise partial(LocalExercise x) {
    return LocalExercise.builder().from(x).record(PARTIAL).build();
  }

  private static LocalExercise ogp(LocalExercise x) {
    return LocalExercise.builder().from(x).frameworks(List.of(Framework.OGP_LOCAL)).build();
  }

  // ------------------------------------------------------------------------------ EVA-01: end of commitment

  private static LocalActionPlan.Builder endedPlan(Evaluation... evaluations) {
    return LocalActionPlan.builder().id("pal-1").periodStart(LocalDate.of(2021, 1, 1))
        .periodEnd(LocalDate.of(2023, 10, 31)).evaluations(List.of(evaluations));
  }

  @Test
  void anEndOfCommitmentAssessmentIsAResultsEvaluation() {
    assertThat(EvaluationType.END_OF_COMMITMENT.isResultsEvaluation()).isTrue();
    assertThat(EvaluationType.RESULTS.isResultsEvaluation()).isTrue();
    assertThat(EvaluationType.INCEPTION.isResultsEvaluation()).isFalse();
    assertThat(EvaluationType.DESIGN.isResultsEvaluation()).isFalse();

    Evaluation eoc = Evaluation.builder().id("eoc-1").type(EvaluationType.END_OF_COMMITMENT)
        .date(PartialDate.parse("2023")).build();
    ValidationReport report = ES.validate(ogp(exercise(endedPlan(eoc).build())));
    assertThat(result(report, "EVA-01").passed()).isEqualTo(1);
    assertThat(findings(report, "EVA-01")).isEmpty();

    Evaluation inception = Evaluation.builder().id("inception").type(EvaluationType.INCEPTION).build();
    ValidationReport none = ES.validate(ogp(exercise(endedPlan(inception).build())));
    assertThat(findings(none, "EVA-01")).singleElement().satisfies(f -> assertThat(f.pointer()).isEqualTo("/plans/0"));
  }

  @Test
  void theOrderAfterTheProgressReportsIsTheResultsEvaluationsNotAnEndOfCommitmentAssessments() {
    ProgressReport report = ProgressReport.builder().id("rep-1").publishedOn(LocalDate.of(2022, 6, 1)).build();
    Evaluation early = Evaluation.builder().id("eoc-1").type(EvaluationType.END_OF_COMMITMENT)
        .date(LocalDate.of(2022, 1, 15)).build();
    ValidationReport eoc = ES.validate(exercise(endedPlan(early).addProgressReport(report).build()));
    assertThat(findings(eoc, "EVA-01")).isEmpty();

    Evaluation results = Evaluation.builder().id("res-1").type(EvaluationType.RESULTS).date(LocalDate.of(2022, 1, 15))
        .build();
    ValidationReport res = ES.validate(exercise(endedPlan(results).addProgressReport(report).build()));
    assertThat(findings(res, "EVA-01")).extracting(Finding::messageKey).containsExactly("EVA-01.beforeReport");
  }

  // ------------------------------------------------------------------------------ PAL-09: stated counts

  @Test
  void moreItemsListedThanTheSourceStatesIsAWarningNamingBothNumbers() {
    ValidationReport report = ES.validate(RealRecordExercises.moreListedThanStated());
    assertThat(findings(report, "PAL-09")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.pointer()).isEqualTo("/plans/0/statedCounts/0");
      assertThat(f.message()).isEqualTo("En «plan 1 (pal-1)» el registro lista 3 compromisos, pero su fuente declara"
          + " solo 2: el registro y su fuente no coinciden.");
    });
    assertThat(findings(EN.validate(RealRecordExercises.moreListedThanStated()), "PAL-09")).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("In \"plan 1 (pal-1)\" the record lists 3 commitments, but"
            + " its source states only 2: the record and its source disagree."));
  }

  @Test
  void fewerItemsListedThanStatedIsInformationNamingBothNumbersAndAScopedCountIsNotCompared() {
    Commitment c = Commitment.builder().id("c-1").title("Uno")
        .milestones(List.of(Milestone.builder().id("m-1").build()))
        .statedCounts(List.of(StatedCount.builder().of("milestones").count(4).build())).build();
    LocalActionPlan plan = LocalActionPlan.builder().id("pal-1")
        .commitments(List.of(c, RealRecordExercises.commitment("c-2", "Dos")))
        .statedCounts(List.of(StatedCount.builder().of("commitments").count(1).scope("proactivos").build(),
            StatedCount.builder().of("commitments").count(5).scope("sometidos a consulta").build()))
        .build();
    ValidationReport report = ES.validate(exercise(plan));
    assertThat(findings(report, "PAL-09")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.pointer()).isEqualTo("/plans/0/commitments/0/statedCounts/0");
      assertThat(f.message()).isEqualTo("En «Compromiso 1: Uno (c-1)» su fuente declara 4 hitos y el registro lista"
          + " 1: no se registran todos.");
    });
    // 2 listed: 1 proactive is a part, 5 consulted another population; neither is compared
    assertThat(result(report, "PAL-09").notApplicable()).isEqualTo(2);
  }

  @Test
  void aCountInWordsOnlyOrNoCountIsNotJudgedInACompleteOrAPartialRecord() {
    LocalActionPlan plan = LocalActionPlan.builder().id("pal-1")
        .commitments(List.of(RealRecordExercises.commitment("c-1", "Uno")))
        .statedCounts(List.of(StatedCount.builder().of("commitments").text("varios compromisos").build())).build();
    for (LocalExercise x : List.of(exercise(plan), partial(exercise(plan)),
        exercise(LocalActionPlan.builder().from(plan).statedCounts(List.of()).build()))) {
      RuleResult r = result(ES.validate(x), "PAL-09");
      assertThat(r.failed()).isZero();
      assertThat(r.notRecorded()).isZero();
      assertThat(r.notApplicable()).isPositive();
    }
  }

  // ------------------------------------------------------------------------------ COM-15: registered twice

  @Test
  void theSameCommitmentUnderTwoIdentifiersIsAWarningNamingBothByTitleAndId() {
    ValidationReport report = ES.validate(RealRecordExercises.registeredTwice());
    assertThat(findings(report, "COM-15")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.pointer()).isEqualTo("/plans/0/commitments/1");
      assertThat(f.message()).isEqualTo("«Compromiso 2: PUBLICAR en Datos Abiertos el padron de obra publica"
          + " municipal. (c-2)» repite «Compromiso 1: " + RealRecordExercises.LONG_TITLE + " (c-1)» del mismo plan: el"
          + " mismo título y ningún texto que los distinga; parece registrado dos veces con identificadores distintos.");
    });
  }

  @Test
  void acrossThePlansOfAJointExerciseTheOtherPlanIsNamed() {
    LocalExercise x = LocalExercise.builder().id("mx-joint")
        .addPlan(LocalActionPlan.builder().id("pal-estado")
            .commitments(List.of(RealRecordExercises.commitment("e-1", RealRecordExercises.LONG_TITLE))).build())
        .addPlan(LocalActionPlan.builder().id("pal-municipio")
            .commitments(List.of(RealRecordExercises.commitment("m-1", RealRecordExercises.LONG_TITLE))).build())
        .build();
    assertThat(findings(EN.validate(x), "COM-15")).singleElement().satisfies(f -> {
      assertThat(f.pointer()).isEqualTo("/plans/1/commitments/0");
      assertThat(f.message()).contains("(m-1)\" repeats \"Commitment 1: ").contains("(e-1)\" of plan \"Plan 1 (pal-estado)\"");
    });
    // declared the same commitment of the joint plan: not a duplicate
    LocalExercise declared = LocalExercise.builder().from(x).plans(List.of(x.plans().get(0),
        LocalActionPlan.builder().from(x.plans().get(1)).commitments(List.of(Commitment.builder()
            .from(x.plans().get(1).commitments().get(0))
            .sameCommitmentAs(List.of(CommitmentReference.builder().commitmentId("e-1").build())).build())).build()))
        .build();
    assertThat(findings(ES.validate(declared), "COM-15")).isEmpty();
  }

  @Test
  void shortGenericTitlesNeedASharedTextAndDifferentTextsAreDifferentCommitments() {
    Commitment a = RealRecordExercises.commitment("c-1", "Datos abiertos");
    Commitment b = RealRecordExercises.commitment("c-2", "Datos Abiertos");
    assertThat(findings(ES.validate(exercise(LocalActionPlan.builder().id("p").commitments(List.of(a, b)).build())),
        "COM-15")).isEmpty();
    Commitment a2 = Commitment.builder().from(a).problem("No se publican los contratos de obra.").build();
    Commitment b2 = Commitment.builder().from(b).problem("No se publican los contratos de obra").build();
    assertThat(findings(ES.validate(exercise(LocalActionPlan.builder().id("p").commitments(List.of(a2, b2)).build())),
        "COM-15")).hasSize(1);
    Commitment c2 = Commitment.builder().from(b).problem("La ciudadanía no conoce el presupuesto.").build();
    Commitment l1 = Commitment.builder().from(a2).title(RealRecordExercises.LONG_TITLE).build();
    Commitment l2 = Commitment.builder().from(c2).title(RealRecordExercises.LONG_TITLE).build();
    assertThat(findings(ES.validate(exercise(LocalActionPlan.builder().id("p").commitments(List.of(l1, l2)).build())),
        "COM-15")).as("same long title, different problems").isEmpty();
  }

  @Test
  void untitledCommitmentsAreNotComparedInACompleteOrAPartialRecord() {
    LocalExercise x = exercise(LocalActionPlan.builder().id("p").commitments(List.of(
        Commitment.builder().id("c-1").problem("Mismo problema").build(),
        Commitment.builder().id("c-2").problem("Mismo problema").build())).build());
    for (LocalExercise e : List.of(x, partial(x))) {
      RuleResult r = result(ES.validate(e), "COM-15");
      assertThat(r.failed()).isZero();
      assertThat(r.notRecorded()).isZero();
      assertThat(r.notApplicable()).isEqualTo(2);
    }
  }

  // ------------------------------------------------------------------------------ EVA-09: assessments as evidence

  @Test
  void anAssessmentThatCallsVerifiableWhatCom07FindsUnverifiableIsAnInfoFindingNamingBothVerdicts() {
    LocalExercise x = RealRecordExercises.assessmentDisagrees();
    ValidationReport report = ES.validate(x);
    assertThat(findings(report, "COM-07")).hasSize(1);
    assertThat(findings(report, "EVA-09")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.pointer()).isEqualTo("/plans/0/evaluations/0/commitmentAssessments/0/verifiable");
      assertThat(f.message()).isEqualTo("La evaluación inicial «Informe inicial» considera verificable «Compromiso 1:"
          + " Consejo de transparencia (c-1)»; la regla COM-07 no encuentra en sus hitos un entregable verificable.");
      assertThat(f.arguments()).last().isEqualTo("/plans/0/commitments/0");   // the commitment's pointer
    });
    assertThat(report.verdict()).isEqualTo(Verdict.DOES_NOT_CONFORM);   // COM-07's error, not EVA-09's information
    assertThat(ES.compareAssessments(x)).singleElement().isEqualTo(new AssessmentComparison("c-1",
        java.util.Optional.of("/plans/0/commitments/0"), "/plans/0/evaluations/0/commitmentAssessments/0/verifiable",
        Dimension.VERIFIABLE, "yes", java.util.Optional.of("no"), Agreement.DISAGREE));
  }

  @Test
  void whenCocreasVerdictIsNotRecordedThereIsNoDisagreement() {
    LocalExercise x = partial(RealRecordExercises.assessmentDisagrees());
    ValidationReport report = ES.validate(x);
    assertThat(findings(report, "EVA-09")).isEmpty();
    assertThat(result(report, "EVA-09").notRecorded()).isEqualTo(1);
    assertThat(report.notRecorded()).filteredOn(n -> n.ruleId().equals("EVA-09")).singleElement()
        .satisfies(n -> assertThat(n.facts()).containsExactly("/plans/0/commitments/0/milestones"));
    assertThat(ES.compareAssessments(x)).singleElement()
        .satisfies(c -> assertThat(c.agreement()).isEqualTo(Agreement.NOT_JUDGED));
  }

  @Test
  void agreementPassesAndIsListed() {
    LocalExercise x = RealRecordExercises.assessmentDisagrees();
    LocalExercise agreeing = withCommitment(x, Commitment.builder().from(x.plans().get(0).commitments().get(0))
        .milestones(List.of(Milestone.builder().id("m-1").deliverable("Acta de instalación del consejo").build()))
        .build());
    ValidationReport report = ES.validate(agreeing);
    assertThat(findings(report, "EVA-09")).isEmpty();
    assertThat(result(report, "EVA-09").passed()).isEqualTo(1);
    assertThat(ES.compareAssessments(agreeing)).singleElement().satisfies(c -> {
      assertThat(c.agreement()).isEqualTo(Agreement.AGREE);
      assertThat(c.cocrea()).contains("yes");
    });
  }

  @Test
  void relevanceIsComparedWithCom05UnderTheExercisesFrameworksAndUnclearIsNoVerdict() {
    Commitment c = Commitment.builder().id("c-1").title("Presupuesto participativo")
        .ogpValues(java.util.Set.of(OgpValue.CIVIC_PARTICIPATION)).build();
    CommitmentAssessment no = CommitmentAssessment.builder().commitmentId("c-1")
        .relevantToOgpValues(YesNoUnclear.NO).assessors(List.of(Assessor.builder().name("Ana Pérez").build())).build();
    LocalExercise x = ogp(exercise(LocalActionPlan.builder().id("pal-1").commitments(List.of(c))
        .evaluations(List.of(Evaluation.builder().id("ev-1").type(EvaluationType.INCEPTION).title("Inception Report")
            .date(PartialDate.parse("2023")).commitmentAssessments(List.of(no)).build())).build()));
    assertThat(findings(EN.validate(x), "EVA-09")).singleElement().satisfies(f -> {
      assertThat(f.pointer()).endsWith("/commitmentAssessments/0/relevantToOgpValues");
      assertThat(f.message()).isEqualTo("The inception assessment \"Inception Report\" by Ana Pérez (2023) rates"
          + " \"Commitment 1: Presupuesto participativo (c-1)\" as not relevant to open-government values; rule COM-05 finds it relevant.");
    });
    LocalExercise unclear = withAssessment(x, CommitmentAssessment.builder().from(no)
        .relevantToOgpValues(YesNoUnclear.UNCLEAR).build());
    assertThat(ES.compareAssessments(unclear)).isEmpty();
    assertThat(result(ES.validate(unclear), "EVA-09").failed()).isZero();
  }

  @Test
  void completionIsComparedWithTheCommitmentsStatusFromItsMilestones() {
    Commitment c = Commitment.builder().id("c-1").title("Portal de obra")
        .milestones(List.of(
            Milestone.builder().id("m-1").status(MilestoneStatus.COMPLETED).completedOn(LocalDate.of(2023, 3, 1)).build(),
            Milestone.builder().id("m-2").status(MilestoneStatus.IN_PROGRESS).dueDate(LocalDate.of(2027, 1, 1)).build()))
        .build();
    CommitmentAssessment complete = CommitmentAssessment.builder().commitmentId("c-1")
        .completion(Completion.COMPLETE).build();
    LocalExercise x = exercise(LocalActionPlan.builder().id("pal-1").commitments(List.of(c))
        .evaluations(List.of(Evaluation.builder().id("eoc-1").type(EvaluationType.END_OF_COMMITMENT)
            .date(LocalDate.of(2023, 11, 30)).commitmentAssessments(List.of(complete)).build())).build());
    assertThat(findings(ES.validate(x), "EVA-09")).singleElement().satisfies(f -> {
      assertThat(f.pointer()).endsWith("/commitmentAssessments/0/completion");
      assertThat(f.message()).isEqualTo("La evaluación de fin de compromiso «eoc-1» (2023-11-30) califica el"
          + " cumplimiento de «Compromiso 1: Portal de obra (c-1)» como «Completo»; según sus hitos, al 2023-11-30 el estado del"
          + " compromiso es «En proceso».");
    });
    LocalExercise limited = withAssessment(x, CommitmentAssessment.builder().from(complete)
        .completion(Completion.LIMITED).build());
    assertThat(findings(ES.validate(limited), "EVA-09")).isEmpty();
    assertThat(ES.compareAssessments(limited)).singleElement().satisfies(k -> {
      assertThat(k.dimension()).isEqualTo(Dimension.COMPLETION);
      assertThat(k.assessed()).isEqualTo("LIMITED");
      assertThat(k.cocrea()).contains("IN_PROGRESS");
      assertThat(k.agreement()).isEqualTo(Agreement.AGREE);
    });
    // statuses not recorded in a partial record: no verdict, no disagreement
    LocalExercise unrecorded = partial(withCommitment(x, Commitment.builder().from(c).milestones(List.of(
        Milestone.builder().id("m-1").build(), Milestone.builder().id("m-2").build())).build()));
    assertThat(findings(ES.validate(unrecorded), "EVA-09")).isEmpty();
    assertThat(result(ES.validate(unrecorded), "EVA-09").notRecorded()).isEqualTo(1);
  }

  @Test
  void theDisagreementsEva09ReportsAreThoseTheComparisonLists() {
    for (LocalExercise x : List.of(RealRecordExercises.assessmentDisagrees(),
        partial(RealRecordExercises.assessmentDisagrees()), RealRecordExercises.registeredTwice())) {
      long disagreements = ES.compareAssessments(x).stream().filter(c -> c.agreement() == Agreement.DISAGREE).count();
      assertThat(findings(ES.validate(x), "EVA-09")).hasSize((int) disagreements);
    }
  }

  private static LocalExercise withCommitment(LocalExercise x, Commitment c) {
    return LocalExercise.builder().from(x).plans(List.of(LocalActionPlan.builder().from(x.plans().get(0))
        .commitments(List.of(c)).build())).build();
  }

  private static LocalExercise withAssessment(LocalExercise x, CommitmentAssessment a) {
    LocalActionPlan plan = x.plans().get(0);
    Evaluation ev = Evaluation.builder().from(plan.evaluations().get(0)).commitmentAssessments(List.of(a)).build();
    return LocalExercise.builder().from(x).plans(List.of(LocalActionPlan.builder().from(plan)
        .evaluations(List.of(ev)).build())).build();
  }
}
