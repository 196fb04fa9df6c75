package org.cocrea.examples.springboot3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.cocrea.core.Commitment;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Core and validation in a Spring Boot 3.5.7 application: Jackson 2 on the class path, Hibernate Validator 8. */
@SpringBootTest
class ExerciseServiceTest {

  @Autowired
  ExerciseService exercises;

  @Autowired
  ObjectMapper jackson2;

  private static LocalExercise exercise(String title) {
    return LocalExercise.builder().id("mx-test")
        .addPlan(LocalActionPlan.builder().id("pal-1")
            .addCommitment(Commitment.builder().id("c-1").title(title).build()).build())
        .build();
  }

  @Test
  void valid_on_the_model_rejects_a_blank_commitment_title_under_spring_boot_3() {
    assertThatThrownBy(() -> exercises.publish(exercise(" ")))
        .isInstanceOf(ConstraintViolationException.class)
        .satisfies(e -> assertThat(((ConstraintViolationException) e).getConstraintViolations())
            .extracting(ConstraintViolation::getPropertyPath).extracting(Object::toString)
            .containsExactly("publish.exercise.plans[0].commitments[0].title"));
  }

  @Test
  void the_rule_engine_runs_on_the_defaults() {
    ValidationReport report = exercises.publish(exercise("Datos abiertos"));
    assertThat(report.asOf()).contains(LocalDate.now(ZoneId.of("America/Mexico_City")));
    assertThat(report.results()).isNotEmpty();
    assertThat(report.conforms()).isFalse();
    assertThat(jackson2.getClass().getName()).startsWith("com.fasterxml.jackson"); // Jackson 2, beside Cocrea
  }
}
