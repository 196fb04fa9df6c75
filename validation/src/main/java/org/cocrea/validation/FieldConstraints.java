package org.cocrea.validation;

import java.util.List;
import java.util.Locale;
import org.cocrea.core.LocalExercise;

/**
 * Field-level Jakarta constraints (Hibernate Validator) turned into findings with JSON Pointers.
 * Work in progress: the constraint engine is being written in this session.
 */
final class FieldConstraints {

  /** The rule id of every field-constraint finding. */
  static final String RULE_ID = "FLD-01";

  private FieldConstraints() {}

  static FieldConstraints create(Locale locale) {
    return new FieldConstraints();
  }

  List<Finding> check(LocalExercise exercise) {
    return List.of();
  }
}
