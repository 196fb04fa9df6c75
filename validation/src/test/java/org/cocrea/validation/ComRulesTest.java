package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.validation.RuleAssert.findings;
import static org.cocrea.validation.RuleAssert.pointers;
import static org.cocrea.validation.RuleAssert.result;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.cocrea.core.Budget;
import org.cocrea.core.CoCreationProcess;
import org.cocrea.core.Commitment;
import org.cocrea.core.Completeness;
import org.cocrea.core.Framework;
import org.cocrea.core.CommitmentChange;
import org.cocrea.core.CommitmentType;
import org.cocrea.core.Disposition;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Milestone;
import org.cocrea.core.OgpValue;
import org.cocrea.core.OpenGovComponent;
import org.cocrea.core.Organization;
import org.cocrea.core.Proposal;
import org.cocrea.core.RecordDeclaration;
import org.cocrea.core.Resolution;
import org.cocrea.core.ResolutionKind;
import org.cocrea.core.Sector;
import org.cocrea.core.StlSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ComRulesTest {

  /** The three core OGP values (COM-05). */
  private static final java.util.Set<org.cocrea.core.OgpValue> CORE_VALUES = java.util.EnumSet.of(
      org.cocrea.core.OgpValue.ACCESS_TO_INFORMATION, org.cocrea.core.OgpValue.CIVIC_PARTICIPATION,
      org.cocrea.core.OgpValue.PUBLIC_ACCOUNTABILITY);

  private static final List<String> IDS = List.of("COM-01", "COM-02", "COM-03", "COM-04", "COM-05", "COM-06",
      "COM-07", "COM-08", "COM-09", "COM-10", "COM-11", "COM-12", "COM-13", "COM-14", "COM-15");
  private static final LocalDate PERIOD_START = LocalDate.of(2015, 9, 1);
  private static final LocalDate PERIOD_END = LocalDate.of(2016, 8, 31);
  private static final String C0 = "/plans/0/commitments/0";

  // ---------------------------------------------------------------------------------------------------------------
  // Catalogue

  @Test
  void familyListsItsRulesInCatalogueOrderWithCatalogueSeverities() {
    assertThat(Catalogue.family("COM")).extracting(Rule::id).containsExactlyElementsOf(IDS);
    Severity e = Severity.ERROR;
    Severity w = Severity.WARNING;
    assertThat(Catalogue.family("COM")).extracting(Rule::severity).containsExactly(e, e, e, w, e, w, e, e, w, w, w, w, w, w, w);
    assertThat(Rules.byId("COM-13").orElseThrow().source()).isEqualTo(
        "[S:KIT5 commitments must embody citizen preferences][S:JAL Milenio \"surgieron de parte de la sociedad\"]");
  }

  @Test
  void conformingCommitmentPassesEveryComRule() {
    ValidationReport report = validate(exercise(commitment().build()));
    for (String id : IDS) {
      assertThat(result(report, id).outcome()).as(id).isEqualTo(Outcome.PASS);
      assertThat(findings(report, id)).as(id).isEmpty();
    }
  }

  @Test
  void noPlansOrNoCommitmentsIsNotApplicable() {
    ValidationReport none = validate(LocalExercise.builder().id("x").build());
    ValidationReport empty = validate(LocalExercise.builder().id("x")
        .addPlan(LocalActionPlan.builder().id("pal-1").build()).build());
    for (String id : IDS) {
      assertThat(result(none, id).outcome()).as(id).isEqualTo(Outcome.NOT_APPLICABLE);
      assertThat(result(empty, id).outcome()).as(id).isEqualTo(Outcome.NOT_APPLICABLE);
    }
  }

  @Test
  void ogpTemplateRulesAreNotApplicableToAnInaiExercise() {
    ValidationReport inai = CocreaValidator.create(ValidatorOptions.builder().build())
        .validate(exercise(commitment().build()));
    assertThat(inai.outsideFrameworks()).contains("COM-09", "COM-10", "COM-11", "COM-12", "COM-14");
    for (String id : List.of("COM-09", "COM-10", "COM-11", "COM-12", "COM-14")) {
      assertThat(result(inai, id).outcome()).as(id).isEqualTo(Outcome.NOT_APPLICABLE);
    }
    ValidationReport core = CocreaValidator.create(ValidatorOptions.builder().profile(Profile.INAI_CORE).build())
        .validate(exercise(commitment().build()));
    assertThat(core.result("COM-09")).isEmpty();
    assertThat(core.result("COM-14")).isEmpty();
    assertThat(core.result("COM-01")).isPresent();
    assertThat(core.result("COM-13")).isPresent();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // COM-01, COM-02, COM-09, COM-10

  @Test
  void com01FailsEachCommitmentWithoutProblemIncludingABlankOne() {
    Commitment missing = commitment().id("c-2").problem(Optional.empty()).build();
    Commitment blank = commitment().id("c-3").problem("   ").build();
    ValidationReport report = validate(exercise(commitment().build(), missing, blank));
    RuleResult r = result(report, "COM-01");
    assertThat(r.passed()).isEqualTo(1);
    assertThat(r.failed()).isEqualTo(2);
    assertThat(findings(report, "COM-01")).extracting(Finding::pointer, Finding::severity, Finding::arguments)
        .containsExactly(tuple("/plans/0/commitments/1", Severity.ERROR, List.of("Commitment 2: Sigue los recursos del programa Agua Limpia (c-2)")),
            tuple("/plans/0/commitments/2", Severity.ERROR, List.of("Commitment 3: Sigue los recursos del programa Agua Limpia (c-3)")));
  }

  @Test
  void com02FailsACommitmentWithoutObjective() {
    assertThat(pointers(validate(exercise(commitment().objective(Optional.empty()).build())), "COM-02"))
        .containsExactly(C0);
  }

  @Test
  void com09AndCom10FailMissingContributionAndBaseline() {
    ValidationReport report = validate(exercise(commitment().contributionToProblem(Optional.empty())
        .statusQuo(Optional.empty()).build()));
    assertThat(pointers(report, "COM-09")).containsExactly(C0);
    assertThat(pointers(report, "COM-10")).containsExactly(C0);
    assertThat(findings(report, "COM-09")).extracting(Finding::severity).containsExactly(Severity.ERROR);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // COM-03, COM-04

  @Test
  void com03FailsWithoutResponsibleOrWithOnlySocietalResponsibles() {
    assertThat(findings(validate(exercise(commitment().responsibleInstitutionIds(List.of()).build())), "COM-03"))
        .extracting(Finding::pointer, Finding::messageKey).containsExactly(tuple(C0, "COM-03.none"));
    assertThat(findings(validate(exercise(commitment().responsibleInstitutionIds(List.of("org-cso")).build())),
        "COM-03")).extracting(Finding::pointer, Finding::messageKey)
        .containsExactly(tuple(C0 + "/responsibleInstitutionIds", "COM-03.notPublic"));
  }

  @Test
  void com03CountsAnInstitutionNamedWithoutARecord() {
    // issue 11, item 4: a name makes the commitment imputable; its sector is unknown, so it is not judged non-public
    Commitment named = commitment().responsibleInstitutionIds(List.of())
        .responsibleInstitutionNames(List.of("Secretaría de Finanzas")).build();
    assertThat(result(validate(exercise(named)), "COM-03").outcome()).isEqualTo(Outcome.PASS);
    Commitment namedBesideACso = commitment().responsibleInstitutionIds(List.of("org-cso"))
        .responsibleInstitutionNames(List.of("Secretaría de Finanzas")).build();
    assertThat(result(validate(exercise(namedBesideACso)), "COM-03").outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void com03AcceptsGuarantorAndAutonomousBodiesAndUnknownSectors() {
    for (String org : List.of("org-ga", "org-ae", "org-unknown")) {
      ValidationReport report = validate(exercise(commitment().responsibleInstitutionIds(List.of(org)).build()));
      assertThat(result(report, "COM-03").outcome()).as(org).isEqualTo(Outcome.PASS);
    }
  }

  @Test
  void com03FollowsTheConfiguredGovernmentSectors() {
    LocalExercise x = exercise(commitment().responsibleInstitutionIds(List.of("org-uni")).build());
    assertThat(result(validate(x), "COM-03").outcome()).isEqualTo(Outcome.FAIL);
    ValidatorOptions publicUniversity = options()
        .governmentSeatSectors(EnumSet.of(Sector.GOVERNMENT, Sector.ACADEMIA)).build();
    assertThat(result(validate(x, publicUniversity), "COM-03").outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void com04FailsWithoutCoResponsibleOrWithOnlyPublicOnes() {
    assertThat(findings(validate(exercise(commitment().coResponsibleCsoIds(List.of()).build())), "COM-04"))
        .extracting(Finding::pointer, Finding::messageKey, Finding::severity)
        .containsExactly(tuple(C0, "COM-04.none", Severity.WARNING));
    assertThat(findings(validate(exercise(commitment().coResponsibleCsoIds(List.of("org-gov", "org-ga")).build())),
        "COM-04")).extracting(Finding::pointer, Finding::messageKey)
        .containsExactly(tuple(C0 + "/coResponsibleCsoIds", "COM-04.notSocietal"));
    assertThat(result(validate(exercise(commitment().coResponsibleCsoIds(List.of("org-uni")).build())), "COM-04")
        .outcome()).isEqualTo(Outcome.PASS);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // COM-05, COM-06

  private static LocalExercise under(LocalExercise x, Framework... frameworks) {
    return LocalExercise.builder().from(x).frameworks(List.of(frameworks)).build();
  }

  private static ValidationReport byFramework(LocalExercise x) {
    return validate(x, options().profile(Profile.BY_FRAMEWORK).build());
  }

  private static LocalExercise partial(LocalExercise x) {
    return LocalExercise.builder().from(x)
        .record(RecordDeclaration.builder().completeness(Completeness.PARTIAL).build()).build();
  }

  @Test
  void com05JudgesRelevanceInTheTermsOfTheExercisesFrameworks() {
    Commitment valuesOnly = commitment().components(List.of()).build();           // ACCESS_TO_INFORMATION
    Commitment componentsOnly = commitment().ogpValues(List.of()).build();
    Commitment techOnly = commitment().components(List.of())
        .ogpValues(List.of(OgpValue.TECHNOLOGY_AND_INNOVATION)).build();

    // OGP Local: a core OGP value is relevance; INAI's components are not demanded
    assertThat(result(byFramework(under(exercise(valuesOnly), Framework.OGP_LOCAL)), "COM-05").outcome())
        .isEqualTo(Outcome.PASS);
    assertThat(findings(byFramework(under(exercise(componentsOnly), Framework.OGP_LOCAL)), "COM-05"))
        .extracting(Finding::messageKey).containsExactly("COM-05.noValue");
    assertThat(findings(byFramework(under(exercise(techOnly), Framework.OGP_LOCAL)), "COM-05"))
        .extracting(Finding::messageKey).containsExactly("COM-05.techOnly");
    // both: either satisfies it, the other is a WARNING at most
    ValidationReport both = byFramework(under(exercise(valuesOnly), Framework.INAI_LOCAL, Framework.OGP_LOCAL));
    assertThat(findings(both, "COM-05")).extracting(Finding::severity, Finding::messageKey)
        .containsExactly(tuple(Severity.WARNING, "COM-05.bothNoComponent"));
    assertThat(findings(byFramework(under(exercise(componentsOnly), Framework.INAI_LOCAL, Framework.OGP_LOCAL)),
        "COM-05")).extracting(Finding::severity, Finding::messageKey)
        .containsExactly(tuple(Severity.WARNING, "COM-05.bothNoValue"));
    assertThat(findings(byFramework(under(exercise(techOnly), Framework.INAI_LOCAL, Framework.OGP_LOCAL)), "COM-05"))
        .extracting(Finding::severity).containsExactly(Severity.ERROR);
    // another programme: either, without a warning
    assertThat(result(byFramework(under(exercise(componentsOnly), Framework.OTHER)), "COM-05").outcome())
        .isEqualTo(Outcome.PASS);
    // INAI (and every 1.0 file): a component and a core value, as before
    assertThat(findings(byFramework(exercise(valuesOnly)), "COM-05")).extracting(Finding::messageKey)
        .containsExactly("COM-05.noComponent");
  }

  @Test
  void com05And06SayNotRecordedWhenAPartialRecordDoesNotHoldTheTags() {
    Commitment untagged = commitment().components(List.of()).ogpValues(List.of()).build();
    ValidationReport inai = byFramework(partial(exercise(untagged)));
    assertThat(findings(inai, "COM-05")).isEmpty();
    assertThat(findings(inai, "COM-06")).isEmpty();
    assertThat(result(inai, "COM-05").outcome()).isEqualTo(Outcome.NOT_RECORDED);
    assertThat(result(inai, "COM-06").outcome()).isEqualTo(Outcome.NOT_RECORDED);
    assertThat(inai.notRecorded()).filteredOn(n -> n.ruleId().equals("COM-05")).singleElement()
        .extracting(NotRecorded::facts).isEqualTo(List.of(C0 + "/components", C0 + "/ogpValues"));
    ValidationReport ogp = byFramework(partial(under(exercise(untagged), Framework.OGP_LOCAL)));
    assertThat(result(ogp, "COM-05").outcome()).isEqualTo(Outcome.NOT_RECORDED);
    assertThat(result(ogp, "COM-06").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(ogp.outsideFrameworks()).contains("COM-06");
    // the same record, complete, still fails (the rules are not switched off)
    assertThat(findings(byFramework(exercise(untagged)), "COM-05")).hasSize(1);
    assertThat(findings(byFramework(exercise(untagged)), "COM-06")).hasSize(1);
  }

  @Test
  void com06CountsOgpValuesForTheirComponentsUnderBothFrameworks() {
    Commitment values = commitment().components(List.of(OpenGovComponent.SOCIAL_INNOVATION))
        .ogpValues(List.of(OgpValue.ACCESS_TO_INFORMATION, OgpValue.CIVIC_PARTICIPATION,
            OgpValue.PUBLIC_ACCOUNTABILITY, OgpValue.TECHNOLOGY_AND_INNOVATION)).build();
    assertThat(result(byFramework(under(exercise(values), Framework.INAI_LOCAL, Framework.OGP_LOCAL)), "COM-06")
        .outcome()).isEqualTo(Outcome.PASS);
    assertThat(findings(byFramework(exercise(values)), "COM-06")).hasSize(1);   // INAI alone: its components only
  }

  @Test
  void com05DistinguishesWhatIsMissing() {
    Commitment neither = commitment().components(List.of()).ogpValues(List.of()).build();
    Commitment noComponent = commitment().components(List.of()).build();
    Commitment noValue = commitment().ogpValues(List.of()).build();
    Commitment techOnly = commitment().ogpValues(List.of(OgpValue.TECHNOLOGY_AND_INNOVATION)).build();
    assertThat(findings(validate(exercise(neither)), "COM-05")).extracting(Finding::pointer, Finding::messageKey)
        .containsExactly(tuple(C0, "COM-05.neither"));
    assertThat(findings(validate(exercise(noComponent)), "COM-05")).extracting(Finding::messageKey)
        .containsExactly("COM-05.noComponent");
    assertThat(findings(validate(exercise(noValue)), "COM-05")).extracting(Finding::messageKey)
        .containsExactly("COM-05.noValue");
    assertThat(findings(validate(exercise(techOnly)), "COM-05")).extracting(Finding::pointer, Finding::messageKey)
        .containsExactly(tuple(C0 + "/ogpValues", "COM-05.techOnly"));
  }

  @Test
  void com05AcceptsTechnologyInAdditionToACoreValue() {
    Commitment both = commitment()
        .ogpValues(List.of(OgpValue.TECHNOLOGY_AND_INNOVATION, OgpValue.PUBLIC_ACCOUNTABILITY)).build();
    assertThat(result(validate(exercise(both)), "COM-05").outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void com06ListsTheMissingComponents() {
    Commitment four = commitment().components(EnumSet.complementOf(
        EnumSet.of(OpenGovComponent.SOCIAL_INNOVATION))).build();
    assertThat(findings(validate(exercise(four)), "COM-06")).singleElement()
        .satisfies(f -> assertThat(f.pointer()).isEqualTo(C0 + "/components"))
        .satisfies(f -> assertThat(f.arguments()).containsExactly("Commitment 1: Sigue los recursos del programa Agua Limpia (c-1)", "Social innovation"));
    assertThat(pointers(validate(exercise(commitment().components(List.of()).build())), "COM-06"))
        .containsExactly(C0);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // COM-07, COM-08

  @Test
  void com07FailsWithoutMilestonesOrWithoutAnyDeliverable() {
    assertThat(findings(validate(exercise(commitment().milestones(List.of()).build())), "COM-07"))
        .extracting(Finding::pointer, Finding::messageKey).containsExactly(tuple(C0, "COM-07.noMilestones"));
    Commitment vague = commitment().milestones(List.of(
        Milestone.builder().id("c-1-m1").description("Reuniones").build(),
        Milestone.builder().id("c-1-m2").deliverable(" ").build())).build();
    assertThat(findings(validate(exercise(vague)), "COM-07")).singleElement()
        .satisfies(f -> assertThat(f.pointer()).isEqualTo(C0 + "/milestones"))
        .satisfies(f -> assertThat(f.arguments()).containsExactly("Commitment 1: Sigue los recursos del programa Agua Limpia (c-1)", "2"));
  }

  @Test
  void com08FailsMissingOrInvertedDates() {
    assertThat(findings(validate(exercise(commitment().endDate(Optional.empty()).build())), "COM-08"))
        .extracting(Finding::pointer, Finding::messageKey, Finding::arguments)
        .containsExactly(tuple(C0, "COM-08.missing", List.of("Commitment 1: Sigue los recursos del programa Agua Limpia (c-1)", "the end date")));
    ValidationReport spanish = CocreaValidator.create(ValidatorOptions.builder().build())
        .validate(exercise(commitment().startDate(Optional.empty()).endDate(Optional.empty()).build()));
    assertThat(spanish.findings()).filteredOn(f -> f.ruleId().equals("COM-08")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("la fecha de inicio, la fecha de término")
            .doesNotContain("startDate"));
    Commitment inverted = commitment().startDate(PERIOD_START.plusMonths(3)).endDate(PERIOD_START.plusMonths(2))
        .build();
    assertThat(findings(validate(exercise(inverted)), "COM-08")).extracting(Finding::pointer, Finding::messageKey)
        .containsExactly(tuple(C0 + "/endDate", "COM-08.order"));
  }

  @Test
  void com08FailsDatesOutsideThePlanPeriodAtTheOffendingDate() {
    Commitment early = commitment().startDate(PERIOD_START.minusDays(1)).build();
    assertThat(findings(validate(exercise(early)), "COM-08")).extracting(Finding::pointer, Finding::arguments)
        .containsExactly(tuple(C0 + "/startDate", List.of("Commitment 1: Sigue los recursos del programa Agua Limpia (c-1)", "2015-08-31", "2016-06-30", "2015-09-01",
            "2016-08-31")));
    Commitment late = commitment().endDate(PERIOD_END.plusDays(1)).build();
    assertThat(pointers(validate(exercise(late)), "COM-08")).containsExactly(C0 + "/endDate");
  }

  @Test
  void com08ChecksOnlyTheBoundsThePlanRecords() {
    Commitment late = commitment().endDate(PERIOD_END.plusYears(1)).build();
    LocalActionPlan openEnded = plan(late).periodEnd(Optional.empty()).build();
    assertThat(result(validate(exercise(openEnded)), "COM-08").outcome()).isEqualTo(Outcome.PASS);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // COM-11, COM-12, COM-13, COM-14

  @Test
  void com11RequiresAnAmountOrAnExplicitNoBudget() {
    assertThat(pointers(validate(exercise(commitment().budget(Optional.empty()).build())), "COM-11"))
        .containsExactly(C0);
    Commitment sourceOnly = commitment().budget(Budget.builder().source("Recursos estatales").build()).build();
    assertThat(pointers(validate(exercise(sourceOnly)), "COM-11")).containsExactly(C0 + "/budget");
    Commitment none = commitment().budget(Budget.builder().noSpecificBudget(true).build()).build();
    assertThat(result(validate(exercise(none)), "COM-11").outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void com12FailsAContinuationAndIsNotApplicableWhenUnrecorded() {
    assertThat(pointers(validate(exercise(commitment().continuesExistingPractice(true).build())), "COM-12"))
        .containsExactly(C0 + "/continuesExistingPractice");
    ValidationReport unknown = validate(exercise(commitment().continuesExistingPractice(Optional.empty()).build()));
    assertThat(result(unknown, "COM-12").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  @Test
  void com13FailsAnUntracedCommitmentAndOneTracedOnlyToUnknownProposals() {
    assertThat(pointers(validate(exercise(commitment().originProposalIds(List.of()).build())), "COM-13"))
        .containsExactly(C0);
    ValidationReport report = validate(exercise(commitment().originProposalIds(List.of("pr-x")).build()));
    assertThat(findings(report, "COM-13")).extracting(Finding::pointer, Finding::messageKey)
        .containsExactly(tuple(C0 + "/originProposalIds", "COM-13.unresolved"));
    assertThat(pointers(report, "REF-01")).contains(C0 + "/originProposalIds/0");
  }

  @Test
  void com14ChecksEachModificationForReasonAndApproval() {
    Commitment c = commitment().modifications(List.of(
        change("Se amplía el plazo por veda electoral", "r-chg"),
        change(null, "r-chg"),
        change("Cambio de responsable", null),
        change(null, null),
        change("Se ajusta el alcance", "r-missing"))).build();
    ValidationReport report = validate(exercise(c));
    RuleResult r = result(report, "COM-14");
    assertThat(r.passed()).isEqualTo(1);
    assertThat(r.failed()).isEqualTo(4);
    assertThat(findings(report, "COM-14")).extracting(Finding::pointer, Finding::messageKey).containsExactly(
        tuple(C0 + "/modifications/1", "COM-14.noReason"),
        tuple(C0 + "/modifications/2", "COM-14.noApproval"),
        tuple(C0 + "/modifications/3", "COM-14.neither"),
        tuple(C0 + "/modifications/4", "COM-14.noApproval"));
  }

  @Test
  void com14IsNotApplicableWithoutModifications() {
    ValidationReport report = validate(exercise(commitment().modifications(List.of()).build()));
    assertThat(result(report, "COM-14").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Property: on random commitments, the failures are exactly the commitments that lack the data

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 40);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void randomCommitmentsFailExactlyWhereDataIsMissing(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Commitment> commitments = new ArrayList<>();
    int n = 1 + random.nextInt(12);
    for (int j = 0; j < n; j++) {
      Commitment.Builder b = commitment().id("c-" + j);
      if (random.nextInt(3) == 0) {
        b.problem(random.nextBoolean() ? Optional.empty() : Optional.of(" "));
      }
      if (random.nextInt(3) == 0) {
        b.ogpValues(random.nextBoolean() ? List.of() : List.of(OgpValue.TECHNOLOGY_AND_INNOVATION));
      }
      if (random.nextInt(3) == 0) {
        b.startDate(PERIOD_START.plusDays(random.nextInt(-30, 400)))
            .endDate(PERIOD_START.plusDays(random.nextInt(-30, 400)));
      }
      commitments.add(b.build());
    }
    ValidationReport report = validate(exercise(commitments.toArray(Commitment[]::new)));
    List<String> noProblem = new ArrayList<>();
    List<String> noCoreValue = new ArrayList<>();
    List<String> badDates = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      Commitment c = commitments.get(j);
      String ptr = "/plans/0/commitments/" + j;
      if (c.problem().filter(p -> !p.isBlank()).isEmpty()) {
        noProblem.add(ptr);
      }
      if (c.ogpValues().stream().noneMatch(CORE_VALUES::contains)) {
        noCoreValue.add(ptr);
      }
      LocalDate s = c.startDate().orElseThrow().earliest();
      LocalDate e = c.endDate().orElseThrow().earliest();
      if (e.isBefore(s) || s.isBefore(PERIOD_START) || e.isAfter(PERIOD_END)) {
        badDates.add(ptr);
      }
    }
    assertThat(subjectsOf(report, "COM-01")).isEqualTo(noProblem);
    assertThat(subjectsOf(report, "COM-05")).isEqualTo(noCoreValue);
    assertThat(subjectsOf(report, "COM-08")).isEqualTo(badDates);
    RuleResult r = result(report, "COM-01");
    assertThat(r.passed() + r.failed()).isEqualTo(n);
  }

  /** The commitment pointers of a rule's findings, in commitment order. */
  private static List<String> subjectsOf(ValidationReport report, String id) {
    return findings(report, id).stream()
        .map(f -> f.pointer().replaceFirst("^(/plans/0/commitments/[0-9]+).*$", "$1"))
        .sorted((a, b) -> Integer.compare(index(a), index(b))).toList();
  }

  private static int index(String pointer) {
    return Integer.parseInt(pointer.substring(pointer.lastIndexOf('/') + 1));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Messages

  @Test
  void everyMessageKeyExistsInBothLanguagesAndRenders() throws IOException {
    Properties es = bundle("com.properties");
    Properties en = bundle("com_en.properties");
    assertThat(en.stringPropertyNames()).isEqualTo(es.stringPropertyNames());
    for (String id : IDS) {
      assertThat(es).containsKeys(id + ".statement", id + ".message");
    }
    String[] args = new String[6];
    Arrays.fill(args, "X");
    for (String key : es.stringPropertyNames()) {
      for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es-MX"))) {
        String text = Messages.render(key, Arrays.asList(args), locale);
        assertThat(text).as(key).isNotBlank().doesNotContain("{").doesNotContain("}").doesNotStartWith("[");
      }
    }
    ValidationReport spanish = CocreaValidator.create(ValidatorOptions.builder().profile(Profile.OGP_LOCAL).build())
        .validate(exercise(commitment().problem(Optional.empty()).build()));
    assertThat(findings(spanish, "COM-01")).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("«Compromiso 1: Sigue los recursos del programa Agua Limpia (c-1)» no plantea el problema "
            + "público que atiende."));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Fixture: a Durango-like commitment ("Sigue los recursos del programa Agua Limpia")

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = ComRulesTest.class.getResourceAsStream("/org/cocrea/validation/messages/" + name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  private static Organization org(String id, Sector sector) {
    return Organization.builder().id(id).name(id).sector(sector).build();
  }

  private static CommitmentChange change(String reason, String resolutionId) {
    CommitmentChange.Builder b = CommitmentChange.builder().date(LocalDate.of(2016, 3, 1)).description("Cambio");
    if (reason != null) {
      b.reason(reason);
    }
    if (resolutionId != null) {
      b.approvedByResolutionId(resolutionId);
    }
    return b.build();
  }

  private static Commitment.Builder commitment() {
    return Commitment.builder().id("c-1").number(1).type(CommitmentType.REGULAR)
        .title("Sigue los recursos del programa Agua Limpia")
        .problem("Opacidad en el ejercicio de los recursos del programa")
        .objective("Publicar el ejercicio de los recursos en datos abiertos")
        .statusQuo("No hay información pública del programa")
        .contributionToProblem("La ciudadanía puede dar seguimiento al gasto")
        .addAllComponents(EnumSet.allOf(OpenGovComponent.class))
        .addOgpValue(OgpValue.ACCESS_TO_INFORMATION)
        .addResponsibleInstitutionId("org-gov")
        .addCoResponsibleCsoId("org-cso")
        .startDate(LocalDate.of(2015, 10, 1)).endDate(LocalDate.of(2016, 6, 30))
        .addMilestone(Milestone.builder().id("c-1-m1").number(1).deliverable("Portal con datos del programa")
            .verificationMeans("URL del portal").dueDate(LocalDate.of(2016, 3, 31)).build())
        .budget(Budget.builder().amount(new BigDecimal("250000")).currency("MXN").build())
        .continuesExistingPractice(false)
        .addOriginProposalId("pr-1")
        .addModification(change("Se amplía el plazo por veda electoral", "r-chg"));
  }

  private static LocalActionPlan.Builder plan(Commitment... commitments) {
    return LocalActionPlan.builder().id("pal-1").periodStart(PERIOD_START).periodEnd(PERIOD_END)
        .coCreation(CoCreationProcess.builder()
            .addProposal(Proposal.builder().id("pr-1").disposition(Disposition.ADOPTED).build()).build())
        .addCommitments(commitments);
  }

  private static LocalExercise exercise(Commitment... commitments) {
    return exercise(plan(commitments).build());
  }

  private static LocalExercise exercise(LocalActionPlan plan) {
    return LocalExercise.builder().id("mx-test")
        .addOrganizations(org("org-gov", Sector.GOVERNMENT), org("org-ga", Sector.GUARANTOR_BODY),
            org("org-cso", Sector.CIVIL_SOCIETY), org("org-uni", Sector.ACADEMIA),
            org("org-ae", Sector.AUTONOMOUS_BODY))
        .addStl(LocalTechnicalSecretariat.builder().id("stl-1")
            .addSession(StlSession.builder().id("s-1").date(LocalDate.of(2016, 2, 20))
                .addResolution(Resolution.builder().id("r-chg").kind(ResolutionKind.COMMITMENT_CHANGE).build())
                .build())
            .build())
        .addPlan(plan).build();
  }

  private static ValidatorOptions.Builder options() {
    return ValidatorOptions.builder().locale(Locale.ENGLISH).profile(Profile.OGP_LOCAL);
  }

  private static ValidationReport validate(LocalExercise x) {
    return validate(x, options().build());
  }

  private static ValidationReport validate(LocalExercise x, ValidatorOptions options) {
    return CocreaValidator.create(options).validate(x);
  }
}
