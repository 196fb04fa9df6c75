package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.validation.RuleAssert.findings;
import static org.cocrea.validation.RuleAssert.pointers;
import static org.cocrea.validation.RuleAssert.result;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.cocrea.core.Commitment;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.Milestone;
import org.cocrea.core.Organization;
import org.cocrea.core.Responsible;
import org.cocrea.core.ResponsibleSide;
import org.cocrea.core.Sector;
import org.junit.jupiter.api.Test;

class MilRulesTest {

  private static final String MIL_C1 = "Compromiso 1: Sigue los recursos (c-1)";

  private static final String C0 = "/plans/0/commitments/0";

  // ------------------------------------------------------------------------------------------------ fixtures

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  /** A complete milestone: deliverable, means of verification, a responsible, due on the given date. */
  private static Milestone.Builder milestone(String id, String due) {
    return Milestone.builder().id(id).number(1).description("Publicar el informe")
        .deliverable("Informe publicado").verificationMeans("Portal de transparencia")
        .addResponsible(Responsible.builder().organizationId("org-gov").side(ResponsibleSide.GOVERNMENT).build())
        .dueDate(d(due));
  }

  /** A commitment running September 2015 to August 2016. */
  private static Commitment.Builder commitment(String id) {
    return Commitment.builder().id(id).title("Sigue los recursos").startDate(d("2015-09-01"))
        .endDate(d("2016-08-31")).addResponsibleInstitutionId("org-gov");
  }

  private static LocalExercise exercise(Commitment... commitments) {
    return LocalExercise.builder().id("mx-dur-2015")
        .addOrganization(Organization.builder().id("org-gov").name("Contraloría").sector(Sector.GOVERNMENT).build())
        .addPlan(LocalActionPlan.builder().id("pal-1").ordinal(1).periodStart(d("2015-09-01"))
            .periodEnd(d("2016-08-31")).addCommitments(commitments).build())
        .build();
  }

  private static ValidationReport validate(LocalExercise exercise) {
    return validate(exercise, ValidatorOptions.builder().asOf(d("2016-12-31")).build());
  }

  private static ValidationReport validate(LocalExercise exercise, ValidatorOptions options) {
    ValidationReport report = CocreaValidator.create(options).validate(exercise);
    report.findings().stream().filter(f -> f.ruleId().startsWith("MIL-"))
        .forEach(f -> assertThat(f.message()).as(f.messageKey()).doesNotStartWith("[").doesNotContain("{0}"));
    return report;
  }

  private static Commitment wellSpread() {
    return commitment("c-1").addMilestones(milestone("c-1-m1", "2016-01-31").build(),
        milestone("c-1-m2", "2016-08-31").build()).build();
  }

  // ------------------------------------------------------------------------------------------------ all rules

  @Test
  void everyMilRuleIsNotApplicableWithoutPlans() {
    ValidationReport report = validate(LocalExercise.builder().id("x").build());
    for (Rule rule : Catalogue.family("MIL")) {
      assertThat(result(report, rule.id()).outcome()).as(rule.id()).isEqualTo(Outcome.NOT_APPLICABLE);
    }
  }

  @Test
  void aWellFormedCommitmentPassesEveryMilRule() {
    LocalExercise x = exercise(commitment("c-1").addMilestones(
        milestone("c-1-m1", "2016-01-31").weight(new BigDecimal("40")).build(),
        milestone("c-1-m2", "2016-08-31").weight(new BigDecimal("60")).build()).build());
    ValidationReport report = validate(x);
    for (Rule rule : Catalogue.family("MIL")) {
      assertThat(result(report, rule.id()).outcome()).as(rule.id()).isEqualTo(Outcome.PASS);
    }
    assertThat(result(report, "MIL-01").passed()).isEqualTo(2);
  }

  @Test
  void catalogueOrderSeveritiesAndSourcesMatchTheCatalogue() {
    assertThat(Catalogue.family("MIL")).extracting(Rule::id).containsExactly("MIL-01", "MIL-02", "MIL-03", "MIL-04", "MIL-05");
    assertThat(Catalogue.family("MIL")).extracting(Rule::severity).containsExactly(Severity.ERROR, Severity.ERROR,
        Severity.WARNING, Severity.WARNING, Severity.WARNING);
    assertThat(Catalogue.rule("MIL-04").source()).isEqualTo("[S:TAB semestral goals]; generalisation [P]");
    assertThat(Catalogue.rule("MIL-04").thresholds()).containsEntry("windowMonths", 6);
  }

  // ------------------------------------------------------------------------------------------------ MIL-01

  @Test
  void mil01FailsForAMilestoneWithoutDeliverableAtTheMilestone() {
    LocalExercise x = exercise(commitment("c-1").addMilestones(milestone("c-1-m1", "2016-01-31").build(),
        Milestone.builder().from(milestone("c-1-m2", "2016-08-31").build()).deliverable(java.util.Optional.empty())
            .build()).build());
    ValidationReport report = validate(x);
    assertThat(result(report, "MIL-01").outcome()).isEqualTo(Outcome.FAIL);
    assertThat(result(report, "MIL-01").failed()).isEqualTo(1);
    assertThat(result(report, "MIL-01").passed()).isEqualTo(1);
    assertThat(findings(report, "MIL-01")).singleElement()
        .satisfies(f -> {
          assertThat(f.pointer()).isEqualTo(C0 + "/milestones/1");
          assertThat(f.messageKey()).isEqualTo("MIL-01.noDeliverable");
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
  }

  @Test
  void mil01TreatsBlankTextAsMissingAndReportsBothWhenBothAreMissing() {
    Milestone bare = Milestone.builder().id("c-1-m1").dueDate(d("2016-01-31")).deliverable("  ").build();
    Milestone noMeans = Milestone.builder().from(milestone("c-1-m2", "2016-08-31").build())
        .verificationMeans(java.util.Optional.empty()).build();
    ValidationReport report = validate(exercise(commitment("c-1").addMilestones(bare, noMeans).build()));
    assertThat(findings(report, "MIL-01")).extracting(Finding::pointer, Finding::messageKey).containsExactly(
        org.assertj.core.groups.Tuple.tuple(C0 + "/milestones/0", "MIL-01.message"),
        org.assertj.core.groups.Tuple.tuple(C0 + "/milestones/1", "MIL-01.noVerificationMeans"));
  }

  // ------------------------------------------------------------------------------------------------ MIL-02

  @Test
  void mil02FailsForAMissingDueDateAtTheMilestone() {
    Milestone undated = Milestone.builder().from(milestone("c-1-m1", "2016-01-31").build())
        .dueDate(java.util.Optional.empty()).build();
    ValidationReport report = validate(exercise(commitment("c-1").addMilestone(undated).build()));
    assertThat(findings(report, "MIL-02")).extracting(Finding::pointer, Finding::messageKey)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(C0 + "/milestones/0", "MIL-02.message"));
  }

  @Test
  void mil02FailsForDueDatesOutsideTheCommitmentPeriodAtTheDueDate() {
    LocalExercise x = exercise(commitment("c-1").addMilestones(
        milestone("c-1-m1", "2015-08-31").build(),
        milestone("c-1-m2", "2016-01-31").build(),
        milestone("c-1-m3", "2016-09-01").build()).build());
    ValidationReport report = validate(x);
    assertThat(findings(report, "MIL-02")).extracting(Finding::pointer, Finding::messageKey).containsExactly(
        org.assertj.core.groups.Tuple.tuple(C0 + "/milestones/0/dueDate", "MIL-02.beforeStart"),
        org.assertj.core.groups.Tuple.tuple(C0 + "/milestones/2/dueDate", "MIL-02.afterEnd"));
    assertThat(findings(report, "MIL-02").get(0).arguments()).containsExactly("Hito 1 (c-1-m1)", "2015-08-31", "2015-09-01");
    assertThat(result(report, "MIL-02").passed()).isEqualTo(1);
  }

  @Test
  void mil02FallsBackToThePlanPeriodWhenTheCommitmentHasNoDates() {
    Commitment undated = Commitment.builder().id("c-1").addMilestones(milestone("c-1-m1", "2016-03-01").build(),
        milestone("c-1-m2", "2016-10-01").build()).build();
    ValidationReport report = validate(exercise(undated));
    assertThat(pointers(report, "MIL-02")).containsExactly(C0 + "/milestones/1/dueDate");
    assertThat(findings(report, "MIL-02").get(0).arguments()).containsExactly("Hito 2 (c-1-m2)", "2016-10-01", "2016-08-31");
  }

  @Test
  void mil02FailsWhenAMilestoneStartsAfterItIsDue() {
    Milestone backwards = milestone("c-1-m1", "2016-01-31").startDate(d("2016-02-15")).build();
    ValidationReport report = validate(exercise(commitment("c-1").addMilestone(backwards).build()));
    assertThat(findings(report, "MIL-02")).extracting(Finding::pointer, Finding::messageKey).containsExactly(
        org.assertj.core.groups.Tuple.tuple(C0 + "/milestones/0/startDate", "MIL-02.startAfterDue"));
  }

  @Test
  void mil02AcceptsDueDatesOnThePeriodBounds() {
    LocalExercise x = exercise(commitment("c-1").addMilestones(milestone("c-1-m1", "2015-09-01").build(),
        milestone("c-1-m2", "2016-08-31").build()).build());
    assertThat(result(validate(x), "MIL-02").outcome()).isEqualTo(Outcome.PASS);
  }

  // ------------------------------------------------------------------------------------------------ MIL-03

  @Test
  void mil03FailsForMilestonesWithoutANamedResponsible() {
    Milestone none = Milestone.builder().from(milestone("c-1-m1", "2016-01-31").build())
        .responsibles(Collections.emptyList()).build();
    Milestone nameless = Milestone.builder().from(milestone("c-1-m2", "2016-08-31").build())
        .responsibles(List.of(Responsible.builder().side(ResponsibleSide.CIVIL_SOCIETY).build())).build();
    Milestone named = milestone("c-1-m3", "2016-08-31").build();
    ValidationReport report = validate(exercise(commitment("c-1").addMilestones(none, nameless, named).build()));
    RuleResult r = result(report, "MIL-03");
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.severity()).isEqualTo(Severity.WARNING);
    assertThat(r.failed()).isEqualTo(2);
    assertThat(r.passed()).isEqualTo(1);
    assertThat(pointers(report, "MIL-03")).containsExactly(C0 + "/milestones/0", C0 + "/milestones/1");
  }

  // ------------------------------------------------------------------------------------------------ MIL-04

  @Test
  void mil04PassesWhenEverySemesterHasAMilestoneDue() {
    assertThat(result(validate(exercise(wellSpread())), "MIL-04").outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void mil04FailsWhenASemesterHasNoMilestoneDueAndNamesTheFirstEmptyWindow() {
    Commitment bunched = commitment("c-1").addMilestones(milestone("c-1-m1", "2015-10-31").build(),
        milestone("c-1-m2", "2016-02-29").build()).build();
    ValidationReport report = validate(exercise(bunched));
    assertThat(findings(report, "MIL-04")).singleElement().satisfies(f -> {
      assertThat(f.pointer()).isEqualTo(C0);
      assertThat(f.arguments()).containsExactly(MIL_C1, "1", "2", "6", "2016-03-01", "2016-08-31");
    });
  }

  @Test
  void mil04WindowLengthIsAThreshold() {
    Commitment bunched = commitment("c-1").addMilestones(milestone("c-1-m1", "2015-10-31").build()).build();
    ValidatorOptions yearly = ValidatorOptions.builder().asOf(d("2016-12-31")).threshold("MIL-04.windowMonths", 12)
        .build();
    assertThat(result(validate(exercise(bunched)), "MIL-04").outcome()).isEqualTo(Outcome.FAIL);
    assertThat(result(validate(exercise(bunched), yearly), "MIL-04").outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void mil04CountsWindowsOverLongCommitmentsAndIgnoresDueDatesOutsideThePeriod() {
    // 2015-09-01 .. 2017-08-31: four semesters; milestones in the 1st and 3rd only, plus one after the end
    Commitment c = commitment("c-1").endDate(d("2017-08-31")).addMilestones(milestone("c-1-m1", "2015-12-01").build(),
        milestone("c-1-m2", "2016-09-01").build(), milestone("c-1-m3", "2017-09-15").build()).build();
    Finding f = findings(validate(exercise(c)), "MIL-04").get(0);
    assertThat(f.arguments()).containsExactly(MIL_C1, "2", "4", "6", "2016-03-01", "2016-08-31");
  }

  @Test
  void mil04IsNotApplicableWithoutCommitmentDatesOrDatedMilestones() {
    Commitment noDates = Commitment.builder().id("c-1").addMilestone(milestone("c-1-m1", "2016-01-31").build()).build();
    Commitment noMilestones = commitment("c-2").build();
    RuleResult r = result(validate(exercise(noDates, noMilestones)), "MIL-04");
    assertThat(r.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(r.notApplicable()).isEqualTo(2);
  }

  // ------------------------------------------------------------------------------------------------ MIL-05

  @Test
  void mil05IsNotApplicableWithoutWeights() {
    assertThat(result(validate(exercise(wellSpread())), "MIL-05").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  @Test
  void mil05FailsWhenWeightsDoNotAddUpTo100() {
    Commitment c = commitment("c-1").addMilestones(milestone("c-1-m1", "2016-01-31").weight(new BigDecimal("60"))
        .build(), milestone("c-1-m2", "2016-08-31").weight(new BigDecimal("30")).build()).build();
    Finding f = findings(validate(exercise(c)), "MIL-05").get(0);
    assertThat(f.pointer()).isEqualTo(C0);
    assertThat(f.arguments()).containsExactly(MIL_C1, "90");
  }

  @Test
  void mil05FailsWhenOnlySomeMilestonesAreWeighted() {
    Commitment c = commitment("c-1").addMilestones(milestone("c-1-m1", "2016-01-31").weight(new BigDecimal("100"))
        .build(), milestone("c-1-m2", "2016-08-31").build()).build();
    Finding f = findings(validate(exercise(c)), "MIL-05").get(0);
    assertThat(f.messageKey()).isEqualTo("MIL-05.unweighted");
    assertThat(f.arguments()).containsExactly(MIL_C1, "1", "c-1-m2");
  }

  @Test
  void mil05ToleratesRoundedThirdsUnlessTheToleranceIsLowered() {
    List<Milestone> thirds = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      thirds.add(milestone("c-1-m" + i, "2016-0" + (2 * i) + "-01").weight(new BigDecimal("33.33")).build());
    }
    LocalExercise x = exercise(commitment("c-1").addAllMilestones(thirds).build());
    assertThat(result(validate(x), "MIL-05").outcome()).isEqualTo(Outcome.PASS);
    ValidatorOptions strict = ValidatorOptions.builder().asOf(d("2016-12-31")).threshold("MIL-05.tolerance", 0).build();
    assertThat(result(validate(x, strict), "MIL-05").outcome()).isEqualTo(Outcome.FAIL);
  }

  // ------------------------------------------------------------------------------------------------ messages

  @Test
  void everyMessageKeyExistsInBothLanguagesAndRendersWithoutPlaceholders() throws IOException {
    MessageBundles.assertComplete("mil", Catalogue.family("MIL"));
  }

  /** Checks a family's two bundles: same keys, statement and message per rule, rendering without leftovers. */
  static final class MessageBundles {
    private MessageBundles() {}

    static void assertComplete(String family, List<Rule> rules) throws IOException {
      Properties es = load(family + ".properties");
      Properties en = load(family + "_en.properties");
      assertThat(es.stringPropertyNames()).as("keys of " + family).isEqualTo(en.stringPropertyNames());
      for (Rule rule : rules) {
        assertThat(es).as(rule.id()).containsKeys(rule.id() + ".statement", rule.id() + ".message");
        assertThat(rule.statement(Locale.ENGLISH)).isEqualTo(en.getProperty(rule.id() + ".statement"));
        assertThat(rule.statement(Locale.forLanguageTag("es-MX"))).isEqualTo(es.getProperty(rule.id() + ".statement"));
      }
      // the first argument is text; the others are numbers, as counts are (plurals choose by them)
      List<String> args = List.of("a0", "1", "2", "3", "4", "5", "6", "7");
      for (String key : es.stringPropertyNames()) {
        for (Locale locale : List.of(Locale.forLanguageTag("es-MX"), Locale.ENGLISH)) {
          String text = Messages.render(key, args, locale);
          assertThat(text).as(key + " " + locale).doesNotStartWith("[").doesNotMatch("(?s).*\\{\\d\\}.*")
              .doesNotContain("''");
          if (!key.endsWith(".statement") && !key.contains(".part.")) {
            assertThat(text).as(key + " " + locale + " uses its first argument").contains("a0");
          }
        }
      }
      assertThat(Messages.render(rules.get(0).id() + ".statement", List.of(), Locale.ENGLISH))
          .isNotEqualTo(Messages.render(rules.get(0).id() + ".statement", List.of(), Locale.forLanguageTag("es-MX")));
    }

    private static Properties load(String name) throws IOException {
      Properties p = new Properties();
      try (InputStream in = MessageBundles.class.getResourceAsStream("/org/cocrea/validation/messages/" + name)) {
        assertThat(in).as(name).isNotNull();
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
          p.load(r);
        }
      }
      return p;
    }
  }
}
