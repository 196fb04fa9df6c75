package org.cocrea.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.cocrea.core.LocalExercise;
import org.cocrea.validation.internal.ConformsToValidator;

/**
 * Runs the rule engine from Jakarta Validation: the annotated exercise (a parameter, a field, a return value) or the
 * annotated type's exercise ({@link Subject#exercise()}) must conform to a profile's minimum standards; every rule
 * finding of the chosen severities becomes a constraint violation at the path of the element it is about ({@code
 * plans[0].commitments[2].milestones}) with the message {@code "<rule id>: <finding>"}. The check is {@link
 * CocreaValidator}'s: references, field constraints and every rule of the profile.
 *
 * <pre>{@code
 * @PostMapping("/exercises")
 * ResponseEntity<Void> publish(@RequestBody @ConformsTo(profile = Profile.INAI_CORE) LocalExercise exercise) { ... }
 *
 * @ConformsTo(asOf = "2016-12-31", lang = "en")
 * record Submission(String state, LocalExercise exercise) implements ConformsTo.Subject { }
 * }</pre>
 *
 * <p>The as-of date of the time-aware rules: {@code ""} (the default) is today in Mexico City at each check, as the
 * library's and the command line's defaults; an ISO date ({@code "2016-12-31"}) fixes it; {@code "none"} leaves the
 * time-aware rules unjudged. A null value is valid (add {@code @NotNull} to require one); a value that is neither an
 * exercise nor a {@link Subject} is invalid.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = ConformsToValidator.class)
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface ConformsTo {

  /**
   * The message when the value is not an exercise (rule findings carry their own).
   *
   * @return the message template
   */
  String message() default "not a local exercise / no es un ejercicio local";

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

  /**
   * The profile of rules.
   *
   * @return the profile
   */
  Profile profile() default Profile.BY_FRAMEWORK;

  /**
   * The as-of date: {@code ""} for today in Mexico City, an ISO date, or {@code "none"}.
   *
   * @return the date source
   */
  String asOf() default "";

  /**
   * The language of the messages: {@code "es"} (es-MX) or {@code "en"}.
   *
   * @return the language tag
   */
  String lang() default "es";

  /**
   * The severities reported as violations: errors only by default (an exercise with only warnings conforms).
   *
   * @return the severities
   */
  Severity[] severities() default {Severity.ERROR};

  /**
   * A type of an embedder's that carries an exercise, for {@link ConformsTo} on the type.
   *
   * <pre>{@code
   * @ConformsTo record Submission(String state, LocalExercise exercise) implements ConformsTo.Subject { }
   * }</pre>
   */
  interface Subject {

    /**
     * The exercise to check.
     *
     * @return the exercise, or null when there is none (valid)
     */
    LocalExercise exercise();
  }
}
