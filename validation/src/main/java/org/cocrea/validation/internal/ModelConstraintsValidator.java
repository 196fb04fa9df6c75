package org.cocrea.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.cocrea.core.ModelConstraints;
import org.cocrea.validation.CocreaValidator;

/**
 * The validator of {@link ModelConstraints} for standard Jakarta validators: checks the object with the model's field
 * constraints ({@link CocreaValidator#constraintViolations(Object)}) and reports each violation at its own path below
 * the object. Inside Cocrea's own Hibernate Validator, which reads the constraints where they are, it is {@link
 * #inert()}.
 */
public final class ModelConstraintsValidator implements ConstraintValidator<ModelConstraints, Object> {

  private static final CocreaValidator FIELDS = CocreaValidator.create();

  private final boolean inert;

  /** The validator a Jakarta provider makes (through the service loader or its constraint validator factory). */
  public ModelConstraintsValidator() {
    this(false);
  }

  private ModelConstraintsValidator(boolean inert) {
    this.inert = inert;
  }

  /** The validator Cocrea's own Hibernate Validator uses: it checks the fields itself, so this one does nothing. */
  public static ModelConstraintsValidator inert() {
    return new ModelConstraintsValidator(true);
  }

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (inert || value == null) {
      return true;
    }
    Set<ConstraintViolation<Object>> violations = FIELDS.constraintViolations(value);
    if (violations.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    List<ConstraintViolation<Object>> ordered = violations.stream()
        .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString())
            .thenComparing(ConstraintViolation::getMessage))
        .toList();
    for (ConstraintViolation<Object> v : ordered) {
      Violations.add(context, v.getMessage(), Violations.steps(v.getPropertyPath()));
    }
    return false;
  }
}
