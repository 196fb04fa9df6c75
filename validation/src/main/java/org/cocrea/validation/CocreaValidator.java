package org.cocrea.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.References;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

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

  private CocreaValidator(ValidatorOptions options, List<Rule> catalogue) {
    this.options = options;
    this.rules = catalogue.stream().filter(r -> r.isIn(options.profile())).toList();
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
    return new CocreaValidator(Objects.requireNonNull(options, "options"), Rules.catalogue());
  }

  /** A validator that runs other rules than the catalogue's (engine tests). */
  static CocreaValidator create(ValidatorOptions options, List<Rule> rules) {
    return new CocreaValidator(options, List.copyOf(rules));
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
   * The catalogue rules this validator runs in its profile, in catalogue order; the engine's rules ({@link
   * Rules#engineRules()}) always run before them.
   *
   * @return the rules, never null
   */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * Checks an exercise built in memory and reports every problem at once: first the engine's checks (dangling and
   * duplicate identifiers, field constraints), then every rule of the profile in catalogue order. Never throws for bad
   * or incomplete data: findings are data.
   *
   * @param exercise the exercise, must not be null
   * @return the report, never null
   * @throws IllegalStateException if a rule fails with an exception (a bug in that rule, named in the message)
   */
  public ValidationReport validate(LocalExercise exercise) {
    return validate(exercise, PriorStages.none());
  }

  /**
   * Checks an exercise that earlier stages (a file reader) already checked in part: the stages run in order
   * (references, field constraints, then the rules), each writing to the one report, and a problem that an earlier
   * stage reported is not reported again, nor counted in its rule's result: findings and results always agree.
   *
   * <pre>{@code
   * ValidationReport report = validator.validate(exercise, PriorStages.of(schemaPlaces, pointers::toDocument));
   * }</pre>
   *
   * @param exercise the exercise, must not be null
   * @param prior what the earlier stages established, must not be null ({@link PriorStages#none()} for none)
   * @return the report, never null
   * @throws IllegalStateException if a rule fails with an exception (a bug in that rule, named in the message)
   * @since 0.1.0
   */
  public ValidationReport validate(LocalExercise exercise, PriorStages prior) {
    Objects.requireNonNull(exercise, "exercise");
    Objects.requireNonNull(prior, "prior");
    List<Finding> findings = new ArrayList<>();
    List<RuleResult> results = new ArrayList<>(rules.size() + Rules.engineRules().size());
    List<Finding> references = ReferenceCheck.findings(References.check(exercise), options.locale(), prior);
    engineResult(ReferenceCheck.DANGLING, references, findings, results);
    engineResult(ReferenceCheck.DUPLICATE, references, findings, results);
    engineResult(FieldConstraints.RULE_ID, constraints.check(exercise, prior), findings, results);
    for (Rule rule : rules) {
      Subjects subjects = new Subjects(rule, rule.severityIn(options.profile()), options.locale(),
          options.maxFindingsPerRule());
      if (rule.isTimeAware() && options.asOf().isEmpty()) {
        subjects.notApplicable("");
      } else {
        try {
          rule.check().apply(new RuleContext(exercise, options, rule), subjects);
        } catch (RuntimeException e) {
          throw new IllegalStateException("rule " + rule.id() + " failed on exercise " + exercise.id(), e);
        }
      }
      findings.addAll(subjects.findings());
      results.add(subjects.result());
    }
    return ValidationReport.of(exercise.id(), options, findings, results);
  }

  /**
   * The result of an engine rule: the exercise passes when the rule found nothing; otherwise each finding is a
   * failed subject.
   */
  private void engineResult(String ruleId, List<Finding> candidates, List<Finding> findings,
      List<RuleResult> results) {
    List<Finding> own = candidates.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    int max = options.maxFindingsPerRule();
    if (own.size() > max) {
      findings.addAll(own.subList(0, max));
      findings.add(Subjects.omitted(ruleId, own.size() - max, max, options.locale()));
    } else {
      findings.addAll(own);
    }
    results.add(own.isEmpty()
        ? new RuleResult(ruleId, Severity.ERROR, Outcome.PASS, 1, 1, 0, 0)
        : new RuleResult(ruleId, Severity.ERROR, Outcome.FAIL, own.size(), 0, own.size(), 0));
  }
}
