package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cocrea.core.Commitment;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.Milestone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: {@code @Valid} on the model under a plain Hibernate Validator, built as an application builds it (no
 * Cocrea setup, default getter strategy), and {@code @ConformsTo} running the rule engine.
 */
class StandardJakartaValidatorTest {

  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator PLAIN = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  private static LocalExercise exercise(String title) {
    return LocalExercise.builder().id("mx-test")
        .addPlan(LocalActionPlan.builder().id("pal-1")
            .addCommitment(Commitment.builder().id("c-1").title("Datos abiertos").build())
            .addCommitment(Commitment.builder().id("c-2").title(title)
                .addMilestone(Milestone.builder().id("c-2-m1").build()).build())
            .build())
        .build();
  }

  private static List<String> paths(Set<? extends ConstraintViolation<?>> violations) {
    return violations.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().toList();
  }

  /** An application's request body: the model inside, cascaded with {@code @Valid}. */
  record Request(@Valid LocalExercise exercise) { }

  @Test
  void valid_on_a_local_exercise_rejects_a_blank_commitment_title_under_a_plain_hibernate_validator() {
    assertThat(PLAIN.validate(exercise("Presupuesto participativo"))).isEmpty();

    Set<ConstraintViolation<LocalExercise>> blank = PLAIN.validate(exercise("   "));
    assertThat(paths(blank)).containsExactly("plans[0].commitments[1].title: no debe estar en blanco");
    assertThat(blank.iterator().next().getRootBean().id()).isEqualTo("mx-test");

    Set<ConstraintViolation<Request>> nested = PLAIN.validate(new Request(exercise("")));
    assertThat(paths(nested)).containsExactly("exercise.plans[0].commitments[1].title: no debe estar en blanco");
  }

  @Test
  void every_model_type_carries_the_constraint_and_list_elements_keep_their_index() {
    Commitment c = Commitment.builder().id("c 1").title("x").addSpecificObjective("ok").addSpecificObjective(" ").build();
    assertThat(paths(PLAIN.validate(c))).hasSize(2)
        .anyMatch(p -> p.startsWith("id: "))
        .anyMatch(p -> p.startsWith("specificObjectives[1].<list element>: no debe estar en blanco"));
    // a message with braces or a dollar is reported as it is, not interpolated again
    Commitment braces = Commitment.builder().id("c-1").title("x").addSpecificObjective("${1+1} {x}").build();
    assertThat(PLAIN.validate(braces)).isEmpty();
  }

  @Test
  void cocrea_validator_reads_the_constraints_where_they_are_and_the_class_level_one_adds_nothing() {
    ValidationReport report = CocreaValidator.create(ValidatorOptions.builder().asOf(LocalDate.of(2016, 12, 31))
        .build()).validate(exercise(" "));
    assertThat(report.findings("FLD-01")).extracting(Finding::pointer)
        .containsExactly("/plans/0/commitments/1/title");
    assertThat(CocreaValidator.create().constraintViolations(exercise(" "))).hasSize(1);
  }

  /** An embedder's type carrying an exercise, checked by the rule engine. */
  @ConformsTo(asOf = "2016-12-31", lang = "en")
  record Submission(String state, LocalExercise exercise) implements ConformsTo.Subject { }

  /** A field checked by the rule engine without a date. */
  record Draft(@ConformsTo(asOf = "none", severities = {Severity.ERROR, Severity.WARNING}) LocalExercise exercise) { }

  @Test
  void conforms_to_reports_rule_findings_as_violations_at_their_elements() {
    Set<ConstraintViolation<Submission>> v = PLAIN.validate(new Submission("Durango", exercise("Un título")));
    List<String> paths = paths(v);
    assertThat(paths).isNotEmpty().allMatch(p -> p.startsWith("exercise"))
        .allMatch(p -> p.matches("exercise[^:]*: [A-Z]{2,3}-\\d\\d: .*"));
    // milestone c-2-m1 has no deliverable nor dates: a rule about milestones reports it at the milestone's path
    assertThat(paths).anyMatch(p -> p.startsWith("exercise.plans[0].commitments[1].milestones[0]"));
    // English messages, as asked
    assertThat(paths).noneMatch(p -> p.contains(" debe ") || p.contains(" el ") || p.contains(" la "));

    Set<ConstraintViolation<Draft>> draft = PLAIN.validate(new Draft(exercise("Un título")));
    assertThat(draft.size()).isGreaterThanOrEqualTo(v.size());
    assertThat(paths(draft)).noneMatch(p -> p.contains("TRK-01") || p.contains("EVA-01"));

    assertThat(PLAIN.validate(new Submission("Durango", null))).isEmpty();
  }
}
