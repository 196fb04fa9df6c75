package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.validation.RuleAssert.findings;
import static org.cocrea.validation.RuleAssert.result;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cocrea.core.Commitment;
import org.cocrea.core.CommitmentAssessment;
import org.cocrea.core.Completion;
import org.cocrea.core.DocumentKind;
import org.cocrea.core.DocumentRepository;
import org.cocrea.core.Evaluation;
import org.cocrea.core.EvaluationType;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Milestone;
import org.cocrea.core.MilestoneStatus;
import org.cocrea.core.Organization;
import org.cocrea.core.Person;
import org.cocrea.core.PlanStatus;
import org.cocrea.core.PotentialImpact;
import org.cocrea.core.ProgressReport;
import org.cocrea.core.RepositoryDocument;
import org.cocrea.core.Sector;
import org.cocrea.core.Specificity;
import org.cocrea.core.StlMembership;
import org.cocrea.core.StlRole;
import org.junit.jupiter.api.Test;

class EvaRulesTest {

  private static final String P0 = "/plans/0";
  private static final String E0 = "/plans/0/evaluations/0";
  private static final String CA0 = E0 + "/commitmentAssessments/0";

  // ------------------------------------------------------------------------------------------------ fixtures

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static Organization org(String id, Sector sector) {
    return Organization.builder().id(id).name(id).sector(sector).build();
  }

  private static StlMembership member(String id, String org, Sector sector) {
    return StlMembership.builder().id(id).organizationId(org).seatSector(sector).role(StlRole.MEMBER).titular(true)
        .build();
  }

  /** Durango-like exercise: STL of government, CSO and guarantor (INAI observes); one plan Sep 2015 - Aug 2016. */
  private static LocalExercise.Builder exercise(LocalActionPlan plan) {
    return LocalExercise.builder().id("mx-dur-2015")
        .addOrganizations(org("org-gov", Sector.GOVERNMENT), org("org-cso", Sector.CIVIL_SOCIETY),
            org("org-idaip", Sector.GUARANTOR_BODY), org("org-inai", Sector.NATIONAL_GUARANTOR),
            org("org-univ", Sector.ACADEMIA), org("org-eval", Sector.ACADEMIA))
        .addPeople(Person.builder().id("p-fac").name("Lorena Cázarez").organizationId("org-univ").build())
        .addStl(LocalTechnicalSecretariat.builder().id("stl-1").installedOn(d("2015-04-10"))
            .addMemberships(member("m-gov", "org-gov", Sector.GOVERNMENT),
                member("m-cso", "org-cso", Sector.CIVIL_SOCIETY),
                member("m-idaip", "org-idaip", Sector.GUARANTOR_BODY),
                StlMembership.builder().id("m-inai").organizationId("org-inai").role(StlRole.OBSERVER).build(),
                StlMembership.builder().id("m-fac").personId("p-fac").role(StlRole.FACILITATOR).build())
            .build())
        .addPlan(plan);
  }

  private static LocalActionPlan.Builder plan() {
    return LocalActionPlan.builder().id("pal-1").ordinal(1).periodStart(d("2015-09-01")).periodEnd(d("2016-08-31"))
        .publishedOn(d("2015-08-25"))
        .addCommitment(Commitment.builder().id("c-1").addResponsibleInstitutionId("org-gov").build())
        .addProgressReport(ProgressReport.builder().id("rep-1").publishedOn(d("2016-03-15")).build());
  }

  private static Evaluation.Builder evaluation(String id, EvaluationType type, String date) {
    Evaluation.Builder b = Evaluation.builder().id(id).type(type).evaluatorId("org-eval")
        .reportUrl("https://transparencia.example.mx/evaluaciones/" + id + ".pdf");
    return date == null ? b : b.date(d(date));
  }

  private static ValidationReport validate(LocalExercise exercise, String asOf) {
    return validate(exercise, ValidatorOptions.builder().asOf(d(asOf)).build());
  }

  private static ValidationReport validate(LocalExercise exercise, ValidatorOptions options) {
    ValidationReport report = CocreaValidator.create(options).validate(exercise);
    report.findings().stream().filter(f -> f.ruleId().startsWith("EVA-"))
        .forEach(f -> assertThat(f.message()).as(f.messageKey()).doesNotStartWith("[").doesNotContain("{0}"));
    return report;
  }

  private static ValidatorOptions ogp(String asOf) {
    return ValidatorOptions.builder().profile(Profile.OGP_LOCAL).asOf(d(asOf)).build();
  }

  // ------------------------------------------------------------------------------------------------ all rules

  @Test
  void everyEvaRuleIsNotApplicableWithoutPlans() {
    ValidationReport report = validate(LocalExercise.builder().id("x").build(), ogp("2016-12-31"));
    for (Rule rule : Catalogue.family("EVA")) {
      assertThat(result(report, rule.id()).outcome()).as(rule.id()).isEqualTo(Outcome.NOT_APPLICABLE);
    }
  }

  @Test
  void catalogueOrderSeveritiesAndProfilesMatchTheCatalogue() {
    assertThat(Catalogue.family("EVA")).extracting(Rule::id, Rule::severity, Rule::isTimeAware).containsExactly(
        tuple("EVA-01", Severity.ERROR, true), tuple("EVA-02", Severity.WARNING, true),
        tuple("EVA-03", Severity.WARNING, true), tuple("EVA-04", Severity.WARNING, false),
        tuple("EVA-05", Severity.ERROR, false), tuple("EVA-06", Severity.INFO, false),
        tuple("EVA-07", Severity.WARNING, false), tuple("EVA-08", Severity.WARNING, false),
        tuple("EVA-09", Severity.INFO, false));
    // OGP Local's own rules are not applicable to an INAI exercise (one that declares no framework)
    ValidationReport core = validate(exercise(plan().build()).build(), "2016-12-31");
    assertThat(core.outsideFrameworks()).contains("EVA-03", "EVA-05", "EVA-06", "EVA-07")
        .doesNotContain("EVA-01", "EVA-02", "EVA-04", "EVA-08");
    assertThat(core.result("EVA-03").orElseThrow().outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(core.result("EVA-01")).isPresent();
    assertThat(core.result("EVA-08")).as("the reform's rule runs in the core profile").isPresent();
  }

  // ------------------------------------------------------------------------------------------------ EVA-01

  @Test
  void eva01FailsWhenThePeriodHasEndedWithoutAResultsEvaluation() {
    ValidationReport report = validate(exercise(plan()
        .addEvaluation(evaluation("ev-d", EvaluationType.DESIGN, "2015-10-15").build()).build()).build(), "2016-12-31");
    assertThat(findings(report, "EVA-01")).extracting(Finding::pointer, Finding::severity, Finding::messageKey)
        .containsExactly(tuple(P0, Severity.ERROR, "EVA-01.message"));
    assertThat(findings(report, "EVA-01").get(0).arguments()).containsExactly("pal-1", "2016-08-31", "2016-12-31");
  }

  @Test
  void eva01PassesWithAResultsEvaluationAfterTheReports() {
    LocalExercise x = exercise(plan().addEvaluation(evaluation("ev-r", EvaluationType.RESULTS, "2016-11-30").build())
        .build()).build();
    assertThat(result(validate(x, "2016-12-31"), "EVA-01").outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void eva01IsNotApplicableWhileThePeriodRunsOrWithoutAsOfDate() {
    LocalExercise x = exercise(plan().build()).build();
    assertThat(result(validate(x, "2016-08-31"), "EVA-01").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    ValidationReport timeless = CocreaValidator.create(ValidatorOptions.builder().timeAwareRules(false).build())
        .validate(x);
    assertThat(result(timeless, "EVA-01").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  @Test
  void eva01IsNotApplicableToAWithdrawnOrDraftPlanAsTheTrkRulesAreNot() {
    for (PlanStatus status : List.of(PlanStatus.WITHDRAWN, PlanStatus.DRAFT)) {
      ValidationReport report = validate(exercise(plan().status(status).build()).build(), "2016-12-31");
      assertThat(result(report, "EVA-01").outcome()).as(status.name()).isEqualTo(Outcome.NOT_APPLICABLE);
      assertThat(result(report, "TRK-01").outcome()).as(status.name()).isEqualTo(Outcome.NOT_APPLICABLE);
    }
    ValidationReport closed = validate(exercise(plan().status(PlanStatus.CLOSED).build()).build(), "2016-12-31");
    assertThat(result(closed, "EVA-01").outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void eva01FailsForAResultsEvaluationDatedBeforeTheFirstProgressReport() {
    LocalExercise x = exercise(plan().addEvaluation(evaluation("ev-d", EvaluationType.DESIGN, "2015-10-15").build())
        .addEvaluation(evaluation("ev-r", EvaluationType.RESULTS, "2016-01-10").build()).build()).build();
    ValidationReport report = validate(x, "2016-06-30");
    assertThat(findings(report, "EVA-01")).extracting(Finding::pointer, Finding::messageKey)
        .containsExactly(tuple("/plans/0/evaluations/1/date", "EVA-01.beforeReport"));
  }

  // ------------------------------------------------------------------------------------------------ EVA-02

  @Test
  void eva02PassesForADesignOrInceptionEvaluationWithinTwoMonths() {
    for (EvaluationType type : List.of(EvaluationType.DESIGN, EvaluationType.INCEPTION)) {
      LocalExercise x = exercise(plan().addEvaluation(evaluation("ev-d", type, "2015-10-25").build()).build()).build();
      assertThat(result(validate(x, "2016-12-31"), "EVA-02").outcome()).as(type.name()).isEqualTo(Outcome.PASS);
    }
  }

  @Test
  void eva02FailsAtTheDateOfALateDesignEvaluationAndTheDeadlineIsAThreshold() {
    LocalExercise x = exercise(plan().addEvaluation(evaluation("ev-r", EvaluationType.RESULTS, "2016-11-30").build())
        .addEvaluation(evaluation("ev-d", EvaluationType.DESIGN, "2015-11-30").build()).build()).build();
    ValidationReport report = validate(x, "2016-12-31");
    assertThat(findings(report, "EVA-02")).extracting(Finding::pointer, Finding::messageKey)
        .containsExactly(tuple("/plans/0/evaluations/1/date", "EVA-02.late"));
    assertThat(findings(report, "EVA-02").get(0).arguments())
        .containsExactly("pal-1", "Evaluación 2 (ev-d)", "2015-11-30", "2015-08-25", "2", "2015-10-25");
    ValidatorOptions lenient = ValidatorOptions.builder().asOf(d("2016-12-31")).threshold("EVA-02.months", 4).build();
    assertThat(result(validate(x, lenient), "EVA-02").outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void eva02WaitsForTheDeadlineBeforeFailingAMissingEvaluation() {
    LocalExercise x = exercise(plan().build()).build();
    assertThat(result(validate(x, "2015-10-25"), "EVA-02").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    ValidationReport late = validate(x, "2015-10-26");
    assertThat(findings(late, "EVA-02")).extracting(Finding::pointer, Finding::messageKey)
        .containsExactly(tuple(P0, "EVA-02.message"));
  }

  @Test
  void eva02FailsForAnUndatedDesignEvaluationAndIgnoresUnpublishedPlans() {
    LocalExercise x = exercise(plan().addEvaluation(evaluation("ev-d", EvaluationType.DESIGN, null).build()).build())
        .addPlan(LocalActionPlan.builder().id("pal-2").ordinal(2).build()).build();
    ValidationReport report = validate(x, "2016-12-31");
    assertThat(findings(report, "EVA-02")).extracting(Finding::pointer, Finding::messageKey)
        .containsExactly(tuple(E0, "EVA-02.undated"));
    assertThat(result(report, "EVA-02").notApplicable()).isEqualTo(1);
  }

  // ------------------------------------------------------------------------------------------------ EVA-03

  /** A plan whose commitment c-1 completed on 2016-07-15 (its later milestone). */
  private static LocalActionPlan.Builder completedPlan() {
    Commitment done = Commitment.builder().id("c-1").addResponsibleInstitutionId("org-gov").addMilestones(
        Milestone.builder().id("c-1-m1").dueDate(d("2016-06-30")).status(MilestoneStatus.COMPLETED)
            .completedOn(d("2016-06-30")).build(),
        Milestone.builder().id("c-1-m2").dueDate(d("2016-08-31")).completedOn(d("2016-07-15")).build()).build();
    return plan().commitments(List.of(done));
  }

  private static Evaluation endOfCommitment(String evaluationDate, String assessmentDate) {
    CommitmentAssessment.Builder ca = CommitmentAssessment.builder().commitmentId("c-1")
        .completion(Completion.COMPLETE);
    if (assessmentDate != null) {
      ca.date(d(assessmentDate));
    }
    return evaluation("ev-e", EvaluationType.END_OF_COMMITMENT, evaluationDate).addCommitmentAssessment(ca.build())
        .build();
  }

  @Test
  void eva03PassesForAnAssessmentWithinAMonthOfCompletion() {
    LocalExercise x = exercise(completedPlan().addEvaluation(endOfCommitment("2016-09-30", "2016-08-15")).build())
        .build();
    assertThat(result(validate(x, ogp("2016-12-31")), "EVA-03").outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void eva03FailsAtTheCommitmentWhenNoAssessmentFollowsCompletion() {
    LocalExercise x = exercise(completedPlan().build()).build();
    assertThat(result(validate(x, ogp("2016-08-15")), "EVA-03").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    ValidationReport report = validate(x, ogp("2016-12-31"));
    assertThat(findings(report, "EVA-03")).singleElement().satisfies(f -> {
      assertThat(f.pointer()).isEqualTo("/plans/0/commitments/0");
      assertThat(f.arguments()).containsExactly("Compromiso 1 (c-1)", "2016-07-15", "1", "2016-08-15");
    });
  }

  @Test
  void eva03UsesTheEvaluationDateWhenTheAssessmentHasNoneAndTheMonthsAreAThreshold() {
    LocalExercise x = exercise(completedPlan().addEvaluation(endOfCommitment("2016-09-30", null)).build()).build();
    ValidationReport report = validate(x, ogp("2016-12-31"));
    assertThat(findings(report, "EVA-03")).extracting(Finding::pointer, Finding::messageKey)
        .containsExactly(tuple(E0 + "/date", "EVA-03.late"));
    ValidatorOptions lenient = ogp("2016-12-31").toBuilder().threshold("EVA-03.months", 3).build();
    assertThat(result(validate(x, lenient), "EVA-03").outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void eva03IsNotApplicableToUnfinishedCommitments() {
    LocalExercise x = exercise(plan().commitments(List.of(Commitment.builder().id("c-1").addMilestone(
        Milestone.builder().id("c-1-m1").dueDate(d("2017-06-30")).status(MilestoneStatus.IN_PROGRESS).build())
        .build())).build()).build();
    assertThat(result(validate(x, ogp("2016-12-31")), "EVA-03").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  @Test
  void eva03OnlyChecksExistenceWhenTheCompletionDateIsUnknown() {
    Commitment done = Commitment.builder().id("c-1").addMilestone(Milestone.builder().id("c-1-m1")
        .dueDate(d("2016-06-30")).status(MilestoneStatus.COMPLETED).build()).build();
    LocalExercise without = exercise(plan().commitments(List.of(done)).build()).build();
    assertThat(result(validate(without, ogp("2016-12-31")), "EVA-03").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    LocalExercise with = exercise(plan().commitments(List.of(done)).addEvaluation(endOfCommitment("2017-03-01", null))
        .build()).build();
    assertThat(result(validate(with, ogp("2016-12-31")), "EVA-03").outcome()).isEqualTo(Outcome.PASS);
  }

  // ------------------------------------------------------------------------------------------------ EVA-04

  private static ValidationReport evaluatedBy(Evaluation.Builder evaluation) {
    return validate(exercise(plan().addEvaluation(evaluation.build()).build()).build(), "2016-12-31");
  }

  @Test
  void eva04PassesForAnExternalEvaluatorOrAnObserver() {
    assertThat(result(evaluatedBy(evaluation("ev-r", EvaluationType.RESULTS, "2016-11-30")), "EVA-04").outcome())
        .isEqualTo(Outcome.PASS);
    assertThat(result(evaluatedBy(evaluation("ev-r", EvaluationType.RESULTS, "2016-11-30").evaluatorId("org-inai")),
        "EVA-04").outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void eva04FailsForAnStlMemberDirectlyOrThroughTheSeatHolder() {
    ValidationReport cso = evaluatedBy(evaluation("ev-r", EvaluationType.RESULTS, "2016-11-30")
        .evaluatorId("org-cso"));
    assertThat(findings(cso, "EVA-04")).extracting(Finding::pointer, Finding::messageKey)
        .containsExactly(tuple(E0 + "/evaluatorId", "EVA-04.stlMember"));
    assertThat(findings(cso, "EVA-04").get(0).arguments()).containsExactly("Evaluación 1 (ev-r)", "org-cso", "Asiento 2 (m-cso)");
    ValidationReport facilitator = evaluatedBy(evaluation("ev-r", EvaluationType.RESULTS, "2016-11-30")
        .evaluatorId("org-univ"));
    assertThat(findings(facilitator, "EVA-04").get(0).arguments()).containsExactly("Evaluación 1 (ev-r)", "org-univ",
        "Asiento 5 (m-fac)");
  }

  @Test
  void eva04FailsForAResponsibleInstitutionOfAnAssessedCommitment() {
    Organization auditor = org("org-aud", Sector.GOVERNMENT);
    Commitment c2 = Commitment.builder().id("c-2").addResponsibleInstitutionId("org-aud").build();
    Evaluation onC1 = evaluation("ev-1", EvaluationType.RESULTS, "2016-11-30").evaluatorId("org-aud")
        .addCommitmentAssessment(CommitmentAssessment.builder().commitmentId("c-1").build()).build();
    Evaluation onWholePlan = evaluation("ev-2", EvaluationType.DESIGN, "2015-10-01").evaluatorId("org-aud").build();
    LocalExercise x = exercise(plan().addCommitment(c2).addEvaluation(onC1).addEvaluation(onWholePlan).build())
        .addOrganization(auditor).build();
    ValidationReport report = validate(x, "2016-12-31");
    assertThat(findings(report, "EVA-04")).extracting(Finding::pointer, Finding::messageKey)
        .containsExactly(tuple("/plans/0/evaluations/1/evaluatorId", "EVA-04.responsible"));
    assertThat(findings(report, "EVA-04").get(0).arguments()).containsExactly("Evaluación 2 (ev-2)", "org-aud", "Compromiso 2 (c-2)");
    assertThat(result(report, "EVA-04").passed()).isEqualTo(1);
  }

  @Test
  void eva04FailsWhenTheEvaluationDeclaresItselfNotIndependentAndSkipsUnnamedEvaluators() {
    ValidationReport declared = evaluatedBy(evaluation("ev-r", EvaluationType.RESULTS, "2016-11-30")
        .independentOfStl(false));
    assertThat(findings(declared, "EVA-04")).extracting(Finding::pointer, Finding::messageKey)
        .containsExactly(tuple(E0 + "/independentOfStl", "EVA-04.declared"));
    ValidationReport anonymous = evaluatedBy(evaluation("ev-r", EvaluationType.RESULTS, "2016-11-30")
        .evaluatorId(Optional.empty()));
    assertThat(result(anonymous, "EVA-04").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  // ------------------------------------------------------------------------------------------------ EVA-05

  private static ValidationReport assessed(CommitmentAssessment... assessments) {
    return assessed(ogp("2016-12-31"), assessments);
  }

  private static ValidationReport assessed(ValidatorOptions options, CommitmentAssessment... assessments) {
    Evaluation.Builder e = evaluation("ev-r", EvaluationType.RESULTS, "2016-11-30");
    for (CommitmentAssessment a : assessments) {
      e.addCommitmentAssessment(a);
    }
    return validate(exercise(plan().addEvaluation(e.build()).build()).build(), options);
  }

  @Test
  void eva05FailsForACompletionOutsideTheFiveLevelScale() {
    ValidationReport report = assessed(
        CommitmentAssessment.builder().commitmentId("c-1").completion(Completion.SUBSTANTIAL).build(),
        CommitmentAssessment.builder().commitmentId("c-1").completion(Completion.WITHDRAWN).build(),
        CommitmentAssessment.builder().commitmentId("c-1").build());
    assertThat(findings(report, "EVA-05")).extracting(Finding::pointer, Finding::severity)
        .containsExactly(tuple(E0 + "/commitmentAssessments/1/completion", Severity.ERROR));
    assertThat(findings(report, "EVA-05").get(0).arguments()).containsExactly("Compromiso 1 (c-1)", "Retirado");
    RuleResult r = result(report, "EVA-05");
    assertThat(List.of(r.passed(), r.failed(), r.notApplicable())).containsExactly(1, 1, 1);
  }

  // ------------------------------------------------------------------------------------------------ EVA-06

  private static CommitmentAssessment.Builder star() {
    return CommitmentAssessment.builder().commitmentId("c-1").specificity(Specificity.HIGH).openGovLens(true)
        .potentialImpact(PotentialImpact.TRANSFORMATIVE).completion(Completion.COMPLETE);
  }

  @Test
  void eva06PassesForAStarredCommitment() {
    ValidationReport report = assessed(star().build(),
        star().specificity(Optional.empty()).verifiable(true).completion(Completion.SUBSTANTIAL).build());
    assertThat(result(report, "EVA-06").outcome()).isEqualTo(Outcome.PASS);
    assertThat(result(report, "EVA-06").passed()).isEqualTo(2);
  }

  @Test
  void eva06ReportsTheFirstMissedCriterionAsInformationOnly() {
    ValidationReport report = assessed(
        star().specificity(Specificity.LOW).build(),
        star().openGovLens(false).build(),
        star().potentialImpact(PotentialImpact.MODERATE).build(),
        star().completion(Completion.LIMITED).build());
    assertThat(findings(report, "EVA-06")).extracting(Finding::pointer, Finding::messageKey, Finding::severity)
        .containsExactly(
            tuple(CA0, "EVA-06.notVerifiable", Severity.INFO),
            tuple(E0 + "/commitmentAssessments/1", "EVA-06.notRelevant", Severity.INFO),
            tuple(E0 + "/commitmentAssessments/2/potentialImpact", "EVA-06.lowImpact", Severity.INFO),
            tuple(E0 + "/commitmentAssessments/3/completion", "EVA-06.lowCompletion", Severity.INFO));
    assertThat(findings(report, "EVA-06")).extracting(f -> f.arguments().size() > 1 ? f.arguments().get(1) : "")
        .containsExactly("Baja", "", "Moderado", "Limitado");
  }

  @Test
  void eva06CountsModerateImpactUnderThePreRaiseRules() {
    CommitmentAssessment moderate = star().potentialImpact(PotentialImpact.MODERATE).build();
    assertThat(result(assessed(moderate), "EVA-06").outcome()).isEqualTo(Outcome.FAIL);
    ValidatorOptions preRaise = ogp("2016-12-31").toBuilder().threshold("EVA-06.preRaiseRules", 1).build();
    assertThat(result(assessed(preRaise, moderate), "EVA-06").outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void eva06IsNotApplicableWithoutCompletionOrPotentialImpact() {
    ValidationReport report = assessed(star().completion(Optional.empty()).build(),
        star().potentialImpact(Optional.empty()).build());
    assertThat(result(report, "EVA-06").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(result(report, "EVA-06").notApplicable()).isEqualTo(2);
  }

  // ------------------------------------------------------------------------------------------------ EVA-07

  private static ValidationReport reported(Evaluation evaluation, DocumentRepository repository) {
    LocalExercise.Builder x = exercise(plan().addEvaluation(evaluation).build());
    if (repository != null) {
      x.repository(repository);
    }
    return validate(x.build(), ogp("2016-12-31"));
  }

  @Test
  void eva07FailsAtTheEvaluationWithoutAReport() {
    ValidationReport report = reported(evaluation("ev-r", EvaluationType.RESULTS, "2016-11-30")
        .reportUrl(Optional.empty()).build(), null);
    assertThat(findings(report, "EVA-07")).extracting(Finding::pointer, Finding::messageKey)
        .containsExactly(tuple(E0, "EVA-07.message"));
  }

  @Test
  void eva07AcceptsAReportUnderTheRepositoryOrListedInItOrWhenNoRepositoryIsRecorded() {
    Evaluation e = evaluation("ev-r", EvaluationType.RESULTS, "2016-11-30").build();
    assertThat(result(reported(e, null), "EVA-07").outcome()).isEqualTo(Outcome.PASS);
    assertThat(result(reported(e, DocumentRepository.builder().url("https://transparencia.example.mx/").build()),
        "EVA-07").outcome()).isEqualTo(Outcome.PASS);
    DocumentRepository listing = DocumentRepository.builder().url("https://repositorio.example.mx/")
        .addDocument(RepositoryDocument.builder().kind(DocumentKind.EVALUATION).url(e.reportUrl().get()).build())
        .build();
    assertThat(result(reported(e, listing), "EVA-07").outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void eva07FailsAtTheReportUrlWhenTheReportIsNotInTheRecordedRepository() {
    Evaluation e = evaluation("ev-r", EvaluationType.RESULTS, "2016-11-30").build();
    ValidationReport report = reported(e, DocumentRepository.builder().url("https://repositorio.example.mx/").build());
    assertThat(findings(report, "EVA-07")).extracting(Finding::pointer, Finding::messageKey)
        .containsExactly(tuple(E0 + "/reportUrl", "EVA-07.notInRepository"));
  }

  // ------------------------------------------------------------------------------------------------ messages

  @Test
  void everyMessageKeyExistsInBothLanguagesAndRendersWithoutPlaceholders() throws IOException {
    MilRulesTest.MessageBundles.assertComplete("eva", Catalogue.family("EVA"));
  }
}
