package org.cocrea.examples.quarkus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.cocrea.core.LocalExercise;
import org.cocrea.validation.CocreaValidator;
import org.cocrea.validation.ValidationReport;

/** Publishes exercises: Quarkus validates the model's constraints before the method; the rules give the report. */
@ApplicationScoped
public class Exercises {

  private final CocreaValidator validator = CocreaValidator.create();

  /**
   * Validates an exercise about to be published.
   *
   * @param exercise the exercise; a field that breaks a constraint throws {@code ConstraintViolationException}
   * @return the rules' report
   */
  public ValidationReport publish(@NotNull @Valid LocalExercise exercise) {
    return validator.validate(exercise);
  }
}
