package org.cocrea.examples.springboot3;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.cocrea.core.LocalExercise;
import org.cocrea.validation.CocreaValidator;
import org.cocrea.validation.ValidationReport;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

/** Publishes exercises: Spring validates the model's constraints before the method, the rules give the report. */
@Service
@Validated
public class ExerciseService {

  private final CocreaValidator validator;

  ExerciseService(CocreaValidator validator) {
    this.validator = validator;
  }

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
