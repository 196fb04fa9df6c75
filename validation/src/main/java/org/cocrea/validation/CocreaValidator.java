package org.cocrea.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cocrea.core.LocalExercise;

/**
 * Checks local exercises against the methodology's minimum standards: the field-level Jakarta constraints, the
 * identifier references, and every rule of the catalogue that the profile selects. Build one validator and share it:
 * it is immutable and thread-safe, and each call is independent.
 *
 * <pre>{@code
 * CocreaValidator validator = CocreaValidator.create(ValidatorOptions.builder()
 *     .locale(Locale.ENGLISH).asOf(LocalDate.of(2016, 12, 31)).build());
 * ValidationReport report = validator.validate(exercise);
 * System.out.println(report.conforms() ? "conforms" : report.errors());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CocreaValidator {

  private final ValidatorOptions options;
  private final List<Rule> rules;
  private final FieldConstraints constraints;

  private CocreaValidator(ValidatorOptions options) {
    this.options = options;
    this.rules = Rules.catalogue().stream().filter(r -> r.isIn(options.profile())).toList();
    this.constraints = FieldConstraints.create(options.locale());
  }

  /**
   * A validator with the default options: Spanish messages, {@link Profile#INAI_CORE}, no as-of date.
   *
   * @return a validator, never null
   */
  public static CocreaValidator create() {
    return create(ValidatorOptions.defaults());
  }

  /**
   * A validator with the given options.
   *
   * @param options the options, must not be null
   * @return a validator, never null
   */
  public static CocreaValidator create(ValidatorOptions options) {
    return new CocreaValidator(Objects.requireNonNull(options, "options"));
  }

  /**
   * The options of this validator.
   *
   * @return the options, never null
   */
  public ValidatorOptions options() {
    return options;
  }

  /**
   * The rules this validator runs, in catalogue order.
   *
   * @return the rules, never null
   */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * Checks an exercise and reports every problem at once. Never throws for bad data: findings are data.
   *
   * @param exercise the exercise, must not be null
   * @return the report, never null
   */
  public ValidationReport validate(LocalExercise exercise) {
    Objects.requireNonNull(exercise, "exercise");
    List<Finding> findings = new ArrayList<>(constraints.check(exercise));
    findings.addAll(ReferenceCheck.check(exercise, options.locale()));
    List<RuleResult> results = new ArrayList<>(rules.size());
    for (Rule rule : rules) {
      Subjects subjects = new Subjects(rule, rule.severityIn(options.profile()), options.locale());
      if (rule.isTimeAware() && options.asOf().isEmpty()) {
        subjects.notApplicable("");
      } else {
        rule.check().apply(new RuleContext(exercise, options, rule), subjects);
      }
      findings.addAll(subjects.findings());
      results.add(subjects.result());
    }
    return ValidationReport.of(exercise.id(), options, findings, results);
  }
}
