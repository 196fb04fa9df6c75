package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.validation.RuleAssert.arguments;
import static org.cocrea.validation.RuleAssert.keys;
import static org.cocrea.validation.RuleAssert.outcome;
import static org.cocrea.validation.RuleAssert.pointers;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.cocrea.core.DocumentKind;
import org.cocrea.core.DocumentRepository;
import org.cocrea.core.JointDeclaration;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.OperatingRules;
import org.cocrea.core.PlanStatus;
import org.cocrea.core.RepositoryDocument;
import org.cocrea.core.StlSession;
import org.junit.jupiter.api.Test;

class TrnRulesTest {

  private static final LocalDate AS_OF = LocalDate.of(2016, 6, 30);

  // ------------------------------------------------------------------------------------------- TRN-01

  @Test
  void trn01PassesAWebsiteUpdatedTwoMonthsAgo() {
    LocalExercise x = exercise(b -> b.websiteUrl("https://example.org").websiteLastUpdated(AS_OF.minusMonths(2)));
    assertThat(outcome(validateOgp(x), "TRN-01")).isEqualTo(Outcome.PASS);
  }

  @Test
  void trn01FailsAWebsiteNotUpdatedForFiveMonthsAtTheUpdateDate() {
    LocalExercise x = exercise(b -> b.websiteUrl("https://example.org").websiteLastUpdated(AS_OF.minusMonths(5)));
    ValidationReport report = validateOgp(x);
    assertThat(outcome(report, "TRN-01")).isEqualTo(Outcome.FAIL);
    assertThat(pointers(report, "TRN-01")).containsExactly("/websiteLastUpdated");
    assertThat(arguments(report, "TRN-01")).containsExactly("x", "2016-01-30", "2016-06-30", "4");
  }

  @Test
  void trn01FailsWithoutWebsiteOrUpdateDate() {
    ValidationReport none = validateOgp(exercise(b -> b));
    assertThat(pointers(none, "TRN-01")).containsExactly("");
    assertThat(keys(none, "TRN-01")).containsExactly("TRN-01.noWebsite");
    ValidationReport undated = validateOgp(exercise(b -> b.websiteUrl("https://example.org")));
    assertThat(pointers(undated, "TRN-01")).containsExactly("/websiteUrl");
  }

  @Test
  void trn01ThresholdChangesTheOutcome() {
    LocalExercise x = exercise(b -> b.websiteUrl("https://example.org").websiteLastUpdated(AS_OF.minusMonths(5)));
    ValidatorOptions lax = ValidatorOptions.builder().profile(Profile.OGP_LOCAL).asOf(AS_OF)
        .threshold("TRN-01.maxMonthsSinceUpdate", 6).build();
    assertThat(outcome(CocreaValidator.create(lax).validate(x), "TRN-01")).isEqualTo(Outcome.PASS);
  }

  @Test
  void trn01IsNotApplicableWithoutAsOfDateAndRunsOnlyInTheOgpProfile() {
    ValidatorOptions noDate = ValidatorOptions.builder().profile(Profile.OGP_LOCAL).timeAwareRules(false).build();
    assertThat(outcome(CocreaValidator.create(noDate).validate(exercise(b -> b)), "TRN-01"))
        .isEqualTo(Outcome.NOT_APPLICABLE);
    ValidatorOptions core = ValidatorOptions.builder().asOf(AS_OF).build();
    ValidationReport report = CocreaValidator.create(core).validate(exercise(b -> b));
    assertThat(report.outsideFrameworks()).contains("TRN-01", "TRN-02").doesNotContain("TRN-03");
    assertThat(report.result("TRN-01").orElseThrow().outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(report.result("TRN-03")).isPresent();
  }

  // ------------------------------------------------------------------------------------------- TRN-02

  @Test
  void trn02PassesARepositoryHoldingEveryRecordedArtefact() {
    LocalExercise x = withArtefacts(repository(DocumentKind.DECLARATION, DocumentKind.INSTALLATION_ACT,
        DocumentKind.OPERATING_RULES, DocumentKind.MINUTES, DocumentKind.PAL));
    assertThat(outcome(validateOgp(x), "TRN-02")).isEqualTo(Outcome.PASS);
  }

  @Test
  void trn02FailsARepositoryWithoutMinutesAtTheRepository() {
    LocalExercise x = withArtefacts(repository(DocumentKind.DECLARATION, DocumentKind.INSTALLATION_ACT,
        DocumentKind.OPERATING_RULES, DocumentKind.PAL));
    ValidationReport report = validateOgp(x);
    assertThat(outcome(report, "TRN-02")).isEqualTo(Outcome.FAIL);
    assertThat(pointers(report, "TRN-02")).containsExactly("/repository");
    assertThat(arguments(report, "TRN-02")).containsExactly("x", "Minutas");
  }

  @Test
  void trn02FailsWithoutRepositoryAndARepositoryWithoutUrl() {
    ValidationReport none = validateOgp(exercise(b -> b));
    assertThat(pointers(none, "TRN-02")).containsExactly("");
    assertThat(keys(none, "TRN-02")).containsExactly("TRN-02.noRepository");
    ValidationReport noUrl = validateOgp(exercise(b -> b.repository(DocumentRepository.builder().build())));
    assertThat(arguments(noUrl, "TRN-02")).containsExactly("x", "la dirección pública del repositorio");
  }

  // ------------------------------------------------------------------------------------------- TRN-03

  @Test
  void trn03PassesAPlanWithPublicationDateAndUrl() {
    LocalExercise x = exercise(b -> b.addPlan(plan(PlanStatus.PUBLISHED).publishedOn(LocalDate.of(2015, 8, 25))
        .documentUrl("https://example.org/pal.pdf").build()));
    assertThat(outcome(validate(x), "TRN-03")).isEqualTo(Outcome.PASS);
  }

  @Test
  void trn03FailsAPlanWithoutUrlAtThePlan() {
    LocalExercise x = exercise(b -> b.addPlan(plan(PlanStatus.IN_IMPLEMENTATION)
        .publishedOn(LocalDate.of(2015, 8, 25)).build()));
    ValidationReport report = validate(x);
    assertThat(outcome(report, "TRN-03")).isEqualTo(Outcome.FAIL);
    assertThat(pointers(report, "TRN-03")).containsExactly("/plans/0");
    assertThat(arguments(report, "TRN-03")).containsExactly("pal-1", "la dirección pública del documento");
  }

  @Test
  void trn03IsNotApplicableToDraftsOrWithoutPlans() {
    assertThat(outcome(validate(exercise(b -> b.addPlan(plan(PlanStatus.DRAFT).build()))), "TRN-03"))
        .isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(outcome(validate(exercise(b -> b)), "TRN-03")).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  // ------------------------------------------------------------------------------------------- messages

  @Test
  void everyMessageKeyExistsInBothLanguagesAndRendersWithoutPlaceholders() throws IOException {
    StlRulesTest.assertMessages("trn", Catalogue.family("TRN"));
  }

  // ------------------------------------------------------------------------------------------- fixtures

  private static ValidationReport validate(LocalExercise x) {
    return CocreaValidator.create(ValidatorOptions.builder().asOf(AS_OF).build()).validate(x);
  }

  private static ValidationReport validateOgp(LocalExercise x) {
    return CocreaValidator.create(ValidatorOptions.builder().profile(Profile.OGP_LOCAL).asOf(AS_OF).build())
        .validate(x);
  }

  private static LocalExercise exercise(UnaryOperator<LocalExercise.Builder> f) {
    return f.apply(LocalExercise.builder().id("x")).build();
  }

  /** An exercise with a declaration, an installed STL with rules and a session, and a published plan. */
  private static LocalExercise withArtefacts(DocumentRepository repository) {
    return exercise(b -> b
        .addDeclaration(JointDeclaration.builder().id("d-1").signedOn(LocalDate.of(2015, 3, 9)).build())
        .addStl(LocalTechnicalSecretariat.builder().id("stl-1").installedOn(LocalDate.of(2015, 4, 10))
            .rules(OperatingRules.builder().agendaNoticeDays(5).build())
            .addSession(StlSession.builder().id("s-1").date(LocalDate.of(2015, 5, 4)).build()).build())
        .addPlan(plan(PlanStatus.PUBLISHED).build())
        .repository(repository));
  }

  private static DocumentRepository repository(DocumentKind... kinds) {
    DocumentRepository.Builder b = DocumentRepository.builder().url("https://example.org/repositorio");
    for (DocumentKind kind : kinds) {
      b.addDocument(RepositoryDocument.builder().kind(kind).url("https://example.org/" + kind.name()).build());
    }
    return b.build();
  }

  private static LocalActionPlan.Builder plan(PlanStatus status) {
    return LocalActionPlan.builder().id("pal-1").ordinal(1).status(status)
        .periodStart(LocalDate.of(2015, 9, 1)).periodEnd(LocalDate.of(2016, 8, 31));
  }
}
