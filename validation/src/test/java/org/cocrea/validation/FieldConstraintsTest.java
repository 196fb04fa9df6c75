package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.cocrea.core.Budget;
import org.cocrea.core.Commitment;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.Milestone;
import org.cocrea.core.Organization;
import org.cocrea.core.Sector;
import org.junit.jupiter.api.Test;

class FieldConstraintsTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es-MX");

  /** An exercise with one broken field at each of several depths. */
  private static LocalExercise broken() {
    Milestone m0 = Milestone.builder().id("m-0").deliverable("Informe").build();
    Milestone m1 = Milestone.builder().id("m-1")
        .addEvidenceUrl("https://ejemplo.mx/a")
        .addEvidenceUrl("no es una url")
        .weight(new BigDecimal("150"))
        .build();
    Commitment c0 = Commitment.builder().id("c-0")
        .budget(Budget.builder().currency("mxn").amount(BigDecimal.TEN).build())
        .build();
    Commitment c1 = Commitment.builder().id("c-1")
        .title("x".repeat(501))
        .addSdgTarget("16.10")
        .addSdgTarget("18.1")
        .addMilestone(m0)
        .addMilestone(m1)
        .build();
    return LocalExercise.builder().id("mx-dur-2015")
        .title("   ")
        .addOrganization(Organization.builder().id("org-ok").sector(Sector.GOVERNMENT).build())
        .addOrganization(Organization.builder().id("org mal").build())
        .addPlan(LocalActionPlan.builder().id("pal-1").addCommitment(c0).addCommitment(c1).build())
        .build();
  }

  @Test
  void leavesOutExactlyTheViolationsAtPlacesAnEarlierStageReported() {
    FieldConstraints fields = FieldConstraints.create(SPANISH);
    List<Finding> all = fields.checkFully(broken());
    // each finding's place and its parent's (a list attribute whose elements are reported on their own, an object)
    Set<String> places = new TreeSet<>();
    for (Finding f : all) {
      places.add(f.pointer());
      places.add(f.pointer().substring(0, f.pointer().lastIndexOf('/')));
    }
    for (String place : places) {
      List<Finding> expected = all.stream().filter(f -> !f.pointer().equals(place)).toList();
      assertThat(fields.check(broken(), PriorStages.of(Set.of(place), UnaryOperator.identity()))).as(place)
          .isEqualTo(expected);
    }
    Set<String> every = all.stream().map(Finding::pointer).collect(Collectors.toSet());
    assertThat(fields.check(broken(), PriorStages.of(every, UnaryOperator.identity()))).isEmpty();
  }

  private static LocalExercise valid() {
    return LocalExercise.builder().id("mx-dur-2015").title("Durango 2015-2016")
        .websiteUrl("https://www.idaip.org.mx/gobiernoabierto")
        .addOrganization(Organization.builder().id("org-idaip").name("IDAIP").sector(Sector.GUARANTOR_BODY).build())
        .addPlan(LocalActionPlan.builder().id("pal-1").ordinal(1)
            .addCommitment(Commitment.builder().id("c-1").number(1).title("Agua Limpia").addSdgTarget("6.1")
                .budget(Budget.builder().currency("MXN").amount(new BigDecimal("1000.50")).build())
                .addMilestone(Milestone.builder().id("m-1").weight(new BigDecimal("100"))
                    .addEvidenceUrl("https://ejemplo.mx/evidencia").build())
                .build())
            .build())
        .build();
  }

  @Test
  void reportsEveryBrokenFieldAtItsExactPointerOnce() {
    List<Finding> findings = FieldConstraints.create(SPANISH).check(broken());

    assertThat(findings)
        .extracting(Finding::pointer, f -> f.arguments().get(0))
        .containsExactly(
            tuple("/organizations/1/id", "Pattern"),
            tuple("/plans/0/commitments/0/budget/currency", "Pattern"),
            tuple("/plans/0/commitments/1/milestones/1/evidenceUrls/1", "Pattern"),
            tuple("/plans/0/commitments/1/milestones/1/weight", "DecimalMax"),
            tuple("/plans/0/commitments/1/sdgTargets/1", "Pattern"),
            tuple("/plans/0/commitments/1/title", "Size"),
            tuple("/title", "Pattern"));
    assertThat(findings).allSatisfy(f -> {
      assertThat(f.ruleId()).isEqualTo("FLD-01");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.messageKey()).startsWith("{").endsWith("}");
    });
  }

  @Test
  void validExerciseHasNoFieldFindings() {
    assertThat(FieldConstraints.create(SPANISH).check(valid())).isEmpty();
    assertThat(FieldConstraints.create(Locale.ENGLISH).check(valid())).isEmpty();
  }

  @Test
  void argumentsNameTheConstraintAndQuoteTheValueTruncated() {
    Finding title = FieldConstraints.create(SPANISH).check(broken()).stream()
        .filter(f -> f.pointer().equals("/plans/0/commitments/1/title")).findFirst().orElseThrow();

    assertThat(title.messageKey()).isEqualTo("{jakarta.validation.constraints.Size.message}");
    assertThat(title.arguments().get(0)).isEqualTo("Size");
    assertThat(title.arguments().get(1)).hasSize(FieldConstraints.MAX_QUOTED).startsWith("xxx").endsWith("…");
  }

  @Test
  void hibernateValidatorMessagesComeInSpanishForSpanish() {
    Map<String, String> messages = messagesByPointer(SPANISH);

    assertThat(messages.get("/plans/0/commitments/1/title")).isEqualTo("el tamaño debe estar entre 0 y 500");
    assertThat(messages.get("/plans/0/commitments/1/milestones/1/weight")).isEqualTo("debe ser menor que o igual a 100");
  }

  @Test
  void hibernateValidatorMessagesComeInEnglishForEnglishWhateverTheJvmDefault() {
    // the test JVM runs with -Duser.language=de: German must never leak in
    Map<String, String> messages = messagesByPointer(Locale.ENGLISH);

    assertThat(messages.get("/plans/0/commitments/1/title")).isEqualTo("size must be between 0 and 500");
    assertThat(messages.get("/plans/0/commitments/1/milestones/1/weight")).isEqualTo("must be less than or equal to 100");
  }

  @Test
  void modelPatternsGetFriendlyMessagesInBothLanguages() {
    Map<String, String> es = messagesByPointer(SPANISH);
    Map<String, String> en = messagesByPointer(Locale.ENGLISH);

    assertThat(es.get("/organizations/1/id")).startsWith("debe ser un identificador");
    assertThat(en.get("/organizations/1/id")).startsWith("must be an identifier");
    assertThat(es.get("/title")).isEqualTo("no debe estar en blanco");
    assertThat(en.get("/title")).isEqualTo("must not be blank");
    assertThat(es.get("/plans/0/commitments/1/milestones/1/evidenceUrls/1")).contains("dirección web");
    assertThat(en.get("/plans/0/commitments/1/milestones/1/evidenceUrls/1")).contains("web address");
    assertThat(es.get("/plans/0/commitments/1/sdgTargets/1")).contains("ODS");
    assertThat(en.get("/plans/0/commitments/1/sdgTargets/1")).contains("Sustainable Development Goal");
    assertThat(es.get("/plans/0/commitments/0/budget/currency")).contains("MXN");
    assertThat(es.values()).noneMatch(m -> m.contains("{") || m.contains("^"));
    assertThat(en.values()).noneMatch(m -> m.contains("{") || m.contains("^"));
  }

  @Test
  void anyNonEnglishLocaleGetsSpanishAndSharesOneFactory() {
    assertThat(FieldConstraints.create(Locale.GERMAN)).isSameAs(FieldConstraints.create(SPANISH));
    assertThat(FieldConstraints.create(Locale.UK)).isSameAs(FieldConstraints.create(Locale.ENGLISH));
    assertThat(FieldConstraints.create(Locale.GERMAN).language()).isEqualTo(SPANISH);
  }

  @Test
  void validatorReportsFieldFindingsBesideRuleFindings() {
    ValidationReport report = CocreaValidator.create().validate(broken());

    assertThat(report.findings(FieldConstraints.RULE_ID)).hasSize(7);
    assertThat(report.conforms()).isFalse();
  }

  @Test
  void mapValuesArePointedAtByTheKeysEnumName() {
    try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
        .messageInterpolator(new FieldConstraints.ModelMessageInterpolator(
            Validation.byDefaultProvider().configure().getDefaultMessageInterpolator(), Locale.ENGLISH))
        .buildValidatorFactory()) {
      Validator validator = factory.getValidator();
      Set<ConstraintViolation<Seats>> violations = validator.validate(new Seats(Map.of(Sector.GOVERNMENT, 0)));

      assertThat(violations).extracting(v -> FieldConstraints.toJsonPointer(v.getPropertyPath()))
          .containsExactly("/counts/GOVERNMENT");
    }
  }

  @Test
  void pointerTokensAreEscaped() {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Set<ConstraintViolation<Keyed>> violations =
          factory.getValidator().validate(new Keyed(Map.of("a/b~c", -1)));

      assertThat(violations).extracting(v -> FieldConstraints.toJsonPointer(v.getPropertyPath()))
          .containsExactly("/counts/a~1b~0c");
    }
  }

  private static Map<String, String> messagesByPointer(Locale locale) {
    return FieldConstraints.create(locale).check(broken()).stream()
        .collect(java.util.stream.Collectors.toMap(Finding::pointer, Finding::message));
  }

  /** A value with a map of constrained counts (the model has no constrained map yet). */
  record Seats(Map<Sector, @Positive Integer> counts) {}

  /** A value keyed by free text. */
  record Keyed(Map<String, @Positive Integer> counts) {}
}
