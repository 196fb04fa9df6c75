package org.cocrea.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cocrea.core.ModelConstraints;
import org.cocrea.validation.CocreaValidator;
import org.cocrea.validation.ValidatorOptions;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * The validator of {@link ModelConstraints} for standard Jakarta validators: checks the object with the model's field
 * constraints ({@link CocreaValidator#constraintViolations(Object)}) and reports each violation at its own path below
 * the object. Inside Cocrea's own Hibernate Validator, which reads the constraints where they are, it is {@link
 * #inert()}.
 *
 * <p>The message follows the locale the validator resolves for it (Hibernate Validator's {@code LocaleResolver} or
 * default locale, Spring's {@code LocaleContextHolder}, a request's {@code Accept-Language}): each violation's
 * template is the key {@value #KEY}, which the {@code ContributorValidationMessages} bundles of this module (read by
 * every Hibernate Validator) turn into the message parameter of the resolved language, Spanish (es-MX) for any
 * language but English; both texts are rendered here, by Cocrea's own checkers, and passed as parameters. Where the
 * bundles are not read (a provider that ignores contributor bundles), the key itself is a parameter holding the
 * Spanish text, Cocrea's default; a provider other than Hibernate Validator (no message parameters) gets the Spanish
 * text as a literal. The JVM's default locale plays no part beyond what the validator itself makes of it.
 */
public final class ModelConstraintsValidator implements ConstraintValidator<ModelConstraints, Object> {

  /** The message key of every violation, resolved by the validator's interpolator in its locale. */
  static final String KEY = "org.cocrea.constraints.field";

  /** The parameter with the Spanish text (the bundles' base and {@code _es}). */
  static final String SPANISH = KEY + ".es";

  /** The parameter with the English text (the bundle {@code _en}). */
  static final String ENGLISH = KEY + ".en";

  private static final CocreaValidator SPANISH_FIELDS = CocreaValidator.create();

  /** Built on the first invalid object: a valid one needs no second language. */
  private static final class English {
    static final CocreaValidator FIELDS = CocreaValidator.create(ValidatorOptions.builder()
        .locale(Locale.ENGLISH).build());
  }

  /** Orders violations so that the two languages' renderings of one object pair up. */
  private static final Comparator<ConstraintViolation<Object>> PAIRING = Comparator
      .comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString())
      .thenComparing(ConstraintViolation::getMessageTemplate)
      .thenComparing(v -> v.getConstraintDescriptor().getAnnotation().toString())
      .thenComparing(v -> String.valueOf(v.getInvalidValue()));

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
    Set<ConstraintViolation<Object>> violations = SPANISH_FIELDS.constraintViolations(value);
    if (violations.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    List<ConstraintViolation<Object>> spanish = violations.stream().sorted(PAIRING).toList();
    List<ConstraintViolation<Object>> english = English.FIELDS.constraintViolations(value).stream()
        .sorted(PAIRING).toList();
    HibernateConstraintValidatorContext hibernate = hibernate(context);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < spanish.size(); i++) {
      order.add(i);
    }
    // reported by path, then message, as before
    order.sort(Comparator.comparing((Integer i) -> spanish.get(i).getPropertyPath().toString())
        .thenComparing(i -> spanish.get(i).getMessage()));
    boolean paired = english.size() == spanish.size();
    for (int i : order) {
      ConstraintViolation<Object> v = spanish.get(i);
      List<Violations.Step> steps = Violations.steps(v.getPropertyPath());
      if (hibernate == null) {
        Violations.add(context, v.getMessage(), steps);
        continue;
      }
      String es = Violations.literal(v.getMessage());
      String en = paired ? Violations.literal(english.get(i).getMessage()) : es;
      // parameters are copied into each violation as it is added: every violation gets its own texts
      hibernate.addMessageParameter(KEY, es).addMessageParameter(SPANISH, es).addMessageParameter(ENGLISH, en);
      Violations.addTemplate(context, "{" + KEY + "}", steps);
    }
    return false;
  }

  /** Hibernate Validator's context, or null under another provider. */
  private static HibernateConstraintValidatorContext hibernate(ConstraintValidatorContext context) {
    try {
      return context.unwrap(HibernateConstraintValidatorContext.class);
    } catch (ValidationException | LinkageError e) {
      return null;
    }
  }
}
