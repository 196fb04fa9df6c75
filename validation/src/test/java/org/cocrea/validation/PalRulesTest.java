package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.validation.RuleAssert.findings;
import static org.cocrea.validation.RuleAssert.pointers;
import static org.cocrea.validation.RuleAssert.result;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.cocrea.core.Commitment;
import org.cocrea.core.CommitmentType;
import org.cocrea.core.ConceptEntry;
import org.cocrea.core.CrossCuttingTheme;
import org.cocrea.core.Introduction;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.Organization;
import org.cocrea.core.PalSections;
import org.cocrea.core.Sector;
import org.junit.jupiter.api.Test;

class PalRulesTest {

  private static final List<String> IDS =
      List.of("PAL-01", "PAL-02", "PAL-03", "PAL-04", "PAL-05", "PAL-06", "PAL-07", "PAL-08", "PAL-09");
  static final LocalDate START = LocalDate.of(2015, 9, 1);

  // ---------------------------------------------------------------------------------------------------------------
  // Catalogue

  @Test
  void familyListsItsRulesInCatalogueOrderWithCatalogueSeverities() {
    assertThat(Catalogue.family("PAL")).extracting(Rule::id).containsExactlyElementsOf(IDS);
    assertThat(Catalogue.family("PAL")).extracting(Rule::severity).containsExactly(
        Severity.ERROR, Severity.WARNING, Severity.ERROR, Severity.WARNING, Severity.WARNING,
        Severity.WARNING, Severity.WARNING, Severity.WARNING, Severity.WARNING);
    assertThat(Rules.byId("PAL-02").orElseThrow().thresholds()).containsEntry("minRegular", 3)
        .containsEntry("maxRegular", 15);
    assertThat(Rules.byId("PAL-03").orElseThrow().thresholds()).containsEntry("maxMonths", 24);
    assertThat(Rules.byId("PAL-03").orElseThrow().source())
        .isEqualTo("[S:APT one year][S:JAL 2016-18][S:OGP-GL] ; 24 months [P]");
  }

  @Test
  void conformingPlanPassesEveryPalRule() {
    LocalActionPlan conforming = plan().build();
    ValidationReport report = validate(exercise(LocalActionPlan.builder().from(conforming)   // PAL-09: as stated
        .addStatedCount(org.cocrea.core.StatedCount.builder().of("commitments").count(conforming.commitments().size())
            .build())
        .build()));
    for (String id : IDS) {
      assertThat(result(report, id).outcome()).as(id).isEqualTo(Outcome.PASS);
      assertThat(findings(report, id)).as(id).isEmpty();
    }
  }

  @Test
  void exerciseWithoutPlansIsNotApplicable() {
    LocalExercise x = LocalExercise.builder().id("x").addAllOrganizations(orgs()).build();
    ValidationReport report = validate(x);
    for (String id : IDS) {
      assertThat(result(report, id).outcome()).as(id).isEqualTo(Outcome.NOT_APPLICABLE);
    }
  }

  @Test
  void eachPlanIsItsOwnSubject() {
    LocalActionPlan second = plan().id("pal-2").ordinal(2)
        .commitments(List.of(commitment("c-9", CommitmentType.PROACTIVE))).build();
    RuleResult r = result(validate(exercise(plan().build(), second)), "PAL-01");
    assertThat(r.passed()).isEqualTo(1);
    assertThat(r.failed()).isEqualTo(1);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // PAL-01, PAL-02

  @Test
  void pal01FailsAPlanOfProactiveCommitmentsOnly() {
    LocalActionPlan plan = plan().commitments(List.of(commitment("c-1", CommitmentType.PROACTIVE))).build();
    assertThat(findings(validate(exercise(plan)), "PAL-01")).singleElement()
        .satisfies(f -> assertThat(f.pointer()).isEqualTo("/plans/0/commitments"))
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
  }

  @Test
  void pal01FailsAPlanWithoutCommitmentsAtThePlan() {
    assertThat(pointers(validate(exercise(plan().commitments(List.of()).build())), "PAL-01"))
        .containsExactly("/plans/0");
  }

  @Test
  void pal01CountsAnUntypedCommitmentAsRegular() {
    Commitment untyped = Commitment.builder().id("c-1").addSdgTarget("16.10").build();
    assertThat(result(validate(exercise(plan().commitments(List.of(untyped)).build())), "PAL-01").outcome())
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void pal02FailsTooFewRegularCommitmentsIgnoringProactiveOnes() {
    LocalActionPlan plan = plan().commitments(List.of(commitment("c-1", CommitmentType.REGULAR),
        commitment("c-2", CommitmentType.REGULAR), commitment("c-3", CommitmentType.PROACTIVE))).build();
    assertThat(findings(validate(exercise(plan)), "PAL-02")).singleElement()
        .satisfies(f -> assertThat(f.pointer()).isEqualTo("/plans/0/commitments"))
        .satisfies(f -> assertThat(f.arguments()).containsExactly("2", "3", "15", "pal-1"));
  }

  @Test
  void pal02FailsTooManyRegularCommitments() {
    List<Commitment> many = new ArrayList<>();
    for (int i = 1; i <= 16; i++) {
      many.add(commitment("c-" + i, CommitmentType.REGULAR));
    }
    assertThat(result(validate(exercise(plan().commitments(many).build())), "PAL-02").outcome())
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void pal02ThresholdOverrideChangesTheOutcome() {
    LocalExercise x = exercise(plan().commitments(List.of(commitment("c-1", CommitmentType.REGULAR),
        commitment("c-2", CommitmentType.REGULAR))).build());
    assertThat(result(validate(x), "PAL-02").outcome()).isEqualTo(Outcome.FAIL);
    ValidatorOptions two = options().threshold("PAL-02.minRegular", 2).build();
    assertThat(result(validate(x, two), "PAL-02").outcome()).isEqualTo(Outcome.PASS);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // PAL-03

  @Test
  void pal03FailsAMissingPeriodAsAnError() {
    LocalActionPlan plan = plan().periodEnd(Optional.empty()).build();
    assertThat(findings(validate(exercise(plan)), "PAL-03"))
        .extracting(Finding::pointer, Finding::messageKey, Finding::severity)
        .containsExactly(tuple("/plans/0", "PAL-03.missing", Severity.ERROR));
  }

  @Test
  void pal03NamesTheMissingDatesInTheUsersLanguage() {
    LocalExercise x = exercise(plan().periodStart(Optional.empty()).periodEnd(Optional.empty()).build());
    assertThat(findings(validate(x), "PAL-03")).singleElement()
        .satisfies(f -> assertThat(f.arguments()).containsExactly("the start date, the end date", "pal-1"));
    ValidationReport spanish = validate(x, options().locale(Locale.forLanguageTag("es-MX")).build());
    assertThat(findings(spanish, "PAL-03")).singleElement().satisfies(f -> assertThat(f.message())
        .contains("la fecha de inicio, la fecha de término").doesNotContain("periodStart"));
  }

  @Test
  void pal03FailsAnInvertedPeriodAsAnError() {
    LocalActionPlan plan = plan().periodEnd(START.minusDays(1)).build();
    assertThat(findings(validate(exercise(plan)), "PAL-03"))
        .extracting(Finding::pointer, Finding::messageKey, Finding::severity)
        .containsExactly(tuple("/plans/0/periodEnd", "PAL-03.order", Severity.ERROR));
  }

  @Test
  void pal03FailsALongPeriodOnlyAsAWarningInEveryProfile() {
    LocalExercise x = exercise(plan().periodEnd(START.plusMonths(30)).build());
    for (Profile profile : Profile.values()) {
      ValidationReport report = validate(x, options().profile(profile).build());
      assertThat(findings(report, "PAL-03")).as(profile.name())
          .extracting(Finding::pointer, Finding::messageKey, Finding::severity)
          .containsExactly(tuple("/plans/0/periodEnd", "PAL-03.duration", Severity.WARNING));
    }
  }

  @Test
  void pal03AcceptsExactlyTheMaximumDurationAndHonoursTheThreshold() {
    assertThat(result(validate(exercise(plan().periodEnd(START.plusMonths(24)).build())), "PAL-03").outcome())
        .isEqualTo(Outcome.PASS);
    LocalExercise x = exercise(plan().periodEnd(START.plusMonths(30)).build());
    ValidatorOptions longer = options().threshold("PAL-03.maxMonths", 36).build();
    assertThat(result(validate(x, longer), "PAL-03").outcome()).isEqualTo(Outcome.PASS);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // PAL-04, PAL-05

  @Test
  void pal04FailsAPlanWithoutSectionsAtThePlan() {
    assertThat(findings(validate(exercise(plan().sections(Optional.empty()).build())), "PAL-04"))
        .extracting(Finding::pointer, Finding::messageKey).containsExactly(tuple("/plans/0", "PAL-04.noSections"));
  }

  @Test
  void pal04ListsTheMissingSectionsAndIntroductionItems() {
    PalSections partial = PalSections.builder()
        .introduction(Introduction.builder().context("Contexto").actors("Gobierno, OSC, garante e INAI")
            .expectedOutcomes("Mejores servicios").build())
        .addLegalContext("CPEUM art. 6").build();
    assertThat(findings(validate(exercise(plan().sections(partial).build())), "PAL-04")).singleElement()
        .satisfies(f -> assertThat(f.pointer()).isEqualTo("/plans/0/sections"))
        .satisfies(f -> assertThat(f.arguments())
            .containsExactly("why the exercise matters (Introduction, item II), the Concept map", "pal-1"));
    ValidationReport spanish = validate(exercise(plan().sections(partial).build()),
        options().locale(Locale.forLanguageTag("es-MX")).build());
    assertThat(findings(spanish, "PAL-04")).singleElement().satisfies(f -> assertThat(f.message())
        .contains("(Introducción, inciso II)").contains("el Mapa conceptual").doesNotContain("conceptMap"));
  }

  @Test
  void pal05FailsAnIntroductionThatDoesNotNameInai() {
    PalSections s = sections("org-gov", "org-cso", "org-ga");
    assertThat(findings(validate(exercise(plan().sections(s).build())), "PAL-05")).singleElement()
        .satisfies(f -> assertThat(f.pointer()).isEqualTo("/plans/0/sections/introduction"))
        .satisfies(f -> assertThat(f.arguments()).containsExactly("National guarantor body (INAI)", "pal-1"));
  }

  @Test
  void pal05RecognisesTheExercisesGuarantorBodyEvenWithoutSector() {
    Organization unsectored = Organization.builder().id("org-garante").name("IDAIP").build();
    LocalExercise x = LocalExercise.builder().from(exercise(plan().sections(
            sections("org-gov", "org-cso", "org-garante", "org-inai")).build()))
        .addOrganization(unsectored).guarantorBodyId("org-garante").build();
    assertThat(result(validate(x), "PAL-05").outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void pal05IsNotApplicableWithoutIntroductionOrWithActorsOnlyAsText() {
    PalSections noIntro = PalSections.builder().addLegalContext("LGTAIP").build();
    assertThat(result(validate(exercise(plan().sections(noIntro).build())), "PAL-05").outcome())
        .isEqualTo(Outcome.NOT_APPLICABLE);
    PalSections textOnly = PalSections.builder()
        .introduction(Introduction.builder().actors("IDAIP, Gobierno del Estado, OSC e INAI").build()).build();
    assertThat(result(validate(exercise(plan().sections(textOnly).build())), "PAL-05").outcome())
        .isEqualTo(Outcome.NOT_APPLICABLE);
  }

  @Test
  void pal05FailsAnIntroductionWithoutAnyActor() {
    PalSections none = PalSections.builder().introduction(Introduction.builder().context("Contexto").build()).build();
    assertThat(findings(validate(exercise(plan().sections(none).build())), "PAL-05")).singleElement()
        .satisfies(f -> assertThat(f.arguments().get(0).split(", ")).hasSize(4));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // PAL-06, PAL-07, PAL-08

  @Test
  void pal06FailsAPartialOrAbsentCrossCuttingReview() {
    LocalActionPlan partial = plan().crossCuttingReview(EnumSet.of(CrossCuttingTheme.GENDER)).build();
    assertThat(findings(validate(exercise(partial)), "PAL-06")).singleElement()
        .satisfies(f -> assertThat(f.pointer()).isEqualTo("/plans/0/crossCuttingReview"))
        .satisfies(f -> assertThat(f.arguments())
            .containsExactly("Budget execution, Local anticorruption system, Agenda 2030", "pal-1"));
    LocalActionPlan none = plan().crossCuttingReview(EnumSet.noneOf(CrossCuttingTheme.class)).build();
    assertThat(pointers(validate(exercise(none)), "PAL-06")).containsExactly("/plans/0");
  }

  @Test
  void pal07FailsWhenNoCommitmentLinksToAnSdgTarget() {
    LocalActionPlan plan = plan().commitments(List.of(Commitment.builder().id("c-1").build(),
        Commitment.builder().id("c-2").build())).build();
    assertThat(findings(validate(exercise(plan)), "PAL-07")).singleElement()
        .satisfies(f -> assertThat(f.pointer()).isEqualTo("/plans/0/commitments"))
        .satisfies(f -> assertThat(f.arguments()).containsExactly("2", "pal-1"));
  }

  @Test
  void pal07IsNotApplicableWithoutCommitments() {
    assertThat(result(validate(exercise(plan().commitments(List.of()).build())), "PAL-07").outcome())
        .isEqualTo(Outcome.NOT_APPLICABLE);
  }

  @Test
  void pal08ComparesTheHashesWhenBothAreRecorded() {
    LocalActionPlan differs = plan().publishedTextHash("sha256:ffff").build();
    assertThat(pointers(validate(exercise(differs)), "PAL-08")).containsExactly("/plans/0/publishedTextHash");
    LocalActionPlan sameIgnoringCase = plan().publishedTextHash("SHA256:ABCD").build();
    assertThat(result(validate(exercise(sameIgnoringCase)), "PAL-08").outcome()).isEqualTo(Outcome.PASS);
    LocalActionPlan unknown = plan().approvedTextHash(Optional.empty()).build();
    assertThat(result(validate(exercise(unknown)), "PAL-08").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Messages

  @Test
  void everyMessageKeyExistsInBothLanguagesAndRenders() throws IOException {
    Properties es = bundle("pal.properties");
    Properties en = bundle("pal_en.properties");
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
    assertThat(Rules.byId("PAL-06").orElseThrow().statement(Locale.forLanguageTag("es-MX"))).contains("género");
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Fixture

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = PalRulesTest.class.getResourceAsStream("/org/cocrea/validation/messages/" + name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  private static List<Organization> orgs() {
    return List.of(
        Organization.builder().id("org-gov").name("Contraloría del Estado").sector(Sector.GOVERNMENT).build(),
        Organization.builder().id("org-ga").name("IDAIP").sector(Sector.GUARANTOR_BODY).build(),
        Organization.builder().id("org-cso").name("CCE Durango").sector(Sector.CIVIL_SOCIETY).build(),
        Organization.builder().id("org-inai").name("INAI").sector(Sector.NATIONAL_GUARANTOR).build());
  }

  static Commitment commitment(String id, CommitmentType type) {
    return Commitment.builder().id(id).type(type).addSdgTarget("16.10").build();
  }

  static PalSections sections(String... actorIds) {
    return PalSections.builder()
        .introduction(Introduction.builder().context("Retos del estado").importance("Por qué importa")
            .actors("Actores involucrados").addActorIds(actorIds).expectedOutcomes("Mejores servicios").build())
        .addLegalContext("CPEUM art. 6").addLegalContext("LGTAIP")
        .addConceptMap(ConceptEntry.builder().term("Acta de instalación").definition("Testimonio escrito").build())
        .build();
  }

  static LocalActionPlan.Builder plan() {
    return LocalActionPlan.builder().id("pal-1").ordinal(1).periodStart(START).periodEnd(LocalDate.of(2016, 8, 31))
        .sections(sections("org-gov", "org-cso", "org-ga", "org-inai"))
        .crossCuttingReview(EnumSet.allOf(CrossCuttingTheme.class))
        .approvedTextHash("sha256:abcd").publishedTextHash("sha256:abcd")
        .addCommitment(commitment("c-1", CommitmentType.REGULAR))
        .addCommitment(Commitment.builder().id("c-2").type(CommitmentType.REGULAR).build())
        .addCommitment(Commitment.builder().id("c-3").type(CommitmentType.REGULAR).build())
        .addCommitment(Commitment.builder().id("c-4").type(CommitmentType.PROACTIVE).build());
  }

  private static LocalExercise exercise(LocalActionPlan... plans) {
    return exercise(orgs(), plans);
  }

  static LocalExercise exercise(List<Organization> organizations, LocalActionPlan... plans) {
    return LocalExercise.builder().id("mx-test").guarantorBodyId("org-ga").addAllOrganizations(organizations)
        .addPlans(plans).build();
  }

  static ValidatorOptions.Builder options() {
    return ValidatorOptions.builder().locale(Locale.ENGLISH).profile(Profile.OGP_LOCAL);
  }

  static ValidationReport validate(LocalExercise x) {
    return validate(x, options().build());
  }

  static ValidationReport validate(LocalExercise x, ValidatorOptions options) {
    return CocreaValidator.create(options).validate(x);
  }
}
