package org.cocrea.core;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Makes the field constraints of a model object visible to any Jakarta Validation provider, with no setup: the model's
 * constraints sit on record-style accessors ({@code title()}), which a standard validator does not read as
 * properties, so every model type carries this class-level constraint instead. Its validator (in {@code
 * cocrea-validation}, found by Hibernate Validator through {@code META-INF/services/jakarta.validation.ConstraintValidator})
 * checks the object and everything inside it with the model's constraints and reports each problem as its own
 * violation, with the property path of the value ({@code plans[0].commitments[1].title}) and the message of {@code
 * FLD-01}. So {@code @Valid} on a {@code LocalExercise} works under a plain Hibernate Validator, Spring's and Quarkus's
 * (with {@code cocrea-validation} on the class path; without it the constraint has no validator and the provider
 * says so).
 *
 * <pre>{@code
 * @PostMapping("/exercises")
 * ResponseEntity<Void> save(@Valid @RequestBody LocalExercise exercise) { ... }  // a blank title is a 400
 *
 * Set<ConstraintViolation<LocalExercise>> v = Validation.buildDefaultValidatorFactory().getValidator()
 *     .validate(exercise);   // plans[0].commitments[0].title: no debe estar en blanco
 * }</pre>
 *
 * <p>Messages follow the locale the validator resolves, as the provider's own messages do: English for an English
 * locale, Spanish (es-MX, the library's default) for any other; under Hibernate Validator that is its {@code
 * LocaleResolver} or default locale, under Spring the request's ({@code LocaleContextHolder}, from {@code
 * Accept-Language}; set {@code spring.web.locale=es_MX} for requests that name none). A Hibernate Validator
 * configured with no locale resolves its default, which is the JVM's default locale: Spanish messages on any JVM
 * whose default language is not English; configure {@code defaultLocale} (or a {@code LocaleResolver}) to decide.
 * {@code CocreaValidator} reports the same problems as {@code FLD-01} findings in the language of its options.
 *
 * <pre>{@code
 * Validator english = Validation.byProvider(HibernateValidator.class).configure()
 *     .defaultLocale(Locale.ENGLISH).buildValidatorFactory().getValidator();
 * english.validate(exercise);   // plans[0].commitments[0].title: must not be blank
 * }</pre>
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
public @interface ModelConstraints {

  /**
   * The message of the violation when the validator reports the object as a whole (it reports each field instead).
   *
   * @return the message template
   */
  String message() default "{org.cocrea.constraints.ModelConstraints.message}";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
