package org.cocrea.examples.quarkus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.List;
import org.cocrea.core.Commitment;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.junit.jupiter.api.Test;

/** {@code @Valid} on the model under Quarkus's validator, method validation and the injected validator alike. */
@QuarkusTest
class ExercisesTest {

  @Inject
  Exercises exercises;

  @Inject
  Validator validator;

  private static LocalExercise exercise(String title) {
    return LocalExercise.builder().id("mx-test")
        .addPlan(LocalActionPlan.builder().id("pal-1")
            .addCommitment(Commitment.builder().id("c-1").title(title).build()).build())
        .build();
  }

  @Test
  void valid_on_the_model_rejects_a_blank_commitment_title_under_quarkus() {
    ConstraintViolationException e = assertThrows(ConstraintViolationException.class,
        () -> exercises.publish(exercise(" ")));
    assertEquals(List.of("publish.exercise.plans[0].commitments[0].title"),
        e.getConstraintViolations().stream().map(v -> v.getPropertyPath().toString()).toList());
    assertEquals(List.of("plans[0].commitments[0].title"),
        validator.validate(exercise("")).stream().map(v -> v.getPropertyPath().toString()).toList());
    assertFalse(exercises.publish(exercise("Datos abiertos")).results().isEmpty());
  }
}
