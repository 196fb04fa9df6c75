package org.cocrea.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cocrea.core.Framework;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.Set;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.Recording;
import org.cocrea.core.References;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.eva.Eva09AssessmentDisagreement;

/**
 * Checks local exercises against the methodology's minimum standards: the field-level Jakarta constraints, the
 * identifier references, and every rule of the catalogue that the profile selects. Build one validator and share it:
 * it is immutable and thread-safe, and each call is independent.
 *
 * <pre>{@code
 * CocreaValidator validator = CocreaValidator.create(ValidatorOptions.builder()
 *     .locale(Locale.ENGLISH).asOf(LocalDate.of(2016, 12, 31)).build());
 * ValidationReport report = validator.validate(exercise);
 * System.out.println(report.verdict() + " " + report.errors());
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
   * The frameworks an exercise follows, as the rules read them: those it declares ({@link
   * LocalExercise#frameworks()}), or {@link Framework#INAI_LOCAL} when it declares none, as every 1.0 file reads
   * (real-records.md §4).
   *
   * <pre>{@code
   * CocreaValidator.frameworksOf(exercise);   // [OGP_LOCAL] for an OGP Local plan; [INAI_LOCAL] for a 1.0 file
   * }</pre>
   *
   * @param exercise the exercise, must not be null
   * @return the frameworks in declaration order without repetitions, never null, never empty
   * @since 0.2.0
   */
  public static List<Framework> frameworksOf(LocalExercise exercise) {
    List<Framework> declared = Objects.requireNonNull(exercise, "exercise").frameworks();
    return declared.isEmpty() ? List.of(Framework.INAI_LOCAL) : declared.stream().distinct().toList();
  }

  /**
   * The frameworks the validator judges an exercise under: its own ({@link #frameworksOf(LocalExercise)}) by default;
   * in the fixed profiles ({@link Profile#INAI_CORE}, {@link Profile#OGP_LOCAL}) INAI's for every exercise, each rule
   * reading its catalogue line as in 1.0 (which rules run is then the profile's choice, {@link Rule#isIn(Profile)}).
   */
  private List<Framework> judgedFrameworks(LocalExercise exercise) {
    return options.profile() == Profile.BY_FRAMEWORK ? frameworksOf(exercise) : List.of(Framework.INAI_LOCAL);
  }

  /**
   * A validator with the default options: Spanish messages, {@link Profile#BY_FRAMEWORK}, time-aware rules judged at
   * today's date in Mexico City, read at each check ({@link ValidatorOptions#resolveAsOf()}).
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
   * Rules#engineRules()}) always run before them. In {@link Profile#BY_FRAMEWORK} every rule runs and those of none of
   * an exercise's frameworks are reported not applicable to it ({@link ValidationReport#outsideFrameworks()}).
   *
   * @return the rules, never null
   */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * Checks the field constraints of one model object and everything inside it (lengths, patterns, ranges: what
   * {@code FLD-01} reports), as Jakarta violations whose property paths use the model's attribute names ({@code
   * plans[0].commitments[1].title}) and whose messages are in this validator's language. It is what a standard
   * Jakarta validator runs for the model's class-level {@link org.cocrea.core.ModelConstraints} constraint (which
   * renders these messages in the language that validator resolves).
   *
   * <p>The result is Jakarta Validation's own type, by design: Jakarta Validation is part of Cocrea's API (the model's
   * constraints are its annotations, and {@code org.cocrea.core} requires {@code jakarta.validation} transitively), so
   * a caller reads a violation with no Cocrea type and can merge it with its own application's violations. Only the
   * Jakarta interfaces are promised. The objects are Hibernate Validator's, but no Hibernate Validator type is part
   * of Cocrea's API: this module requires Hibernate Validator without re-exporting it ({@code requires}, not {@code
   * requires transitive}), so a consumer compiles against Jakarta Validation alone, and {@code unwrap} to a
   * Hibernate Validator type is not supported (it may change with the provider). A violation's root bean is the
   * object given, and its property path uses the model's attribute names.
   *
   * <pre>{@code
   * Commitment blank = Commitment.builder().id("c-1").title(" ").build();
   * CocreaValidator.create().constraintViolations(blank);   // [title: no debe estar en blanco]
   * }</pre>
   *
   * @param modelObject an object of a type of {@code org.cocrea.core}, must not be null
   * @return the violations, never null, empty when every constraint holds
   * @since 0.1.0
   */
  public java.util.Set<jakarta.validation.ConstraintViolation<Object>> constraintViolations(Object modelObject) {
    return constraints.hibernate().validate(Objects.requireNonNull(modelObject, "modelObject"));
  }

  /**
   * Checks an exercise built in memory and reports every problem at once: first the engine's checks (dangling and
   * duplicate identifiers, field constraints), then every rule of the profile in catalogue order, each judged only
   * where it is a requirement of the exercise's framework(s) ({@link Rule#appliesTo(java.util.Collection)}). Never throws for bad
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
    Optional<LocalDate> asOf = options.resolveAsOf(); // once per check: a long-lived validator never freezes the date
    List<Finding> findings = new ArrayList<>();
    List<NotRecorded> notRecorded = new ArrayList<>();
    List<NotJudged> notJudged = new ArrayList<>();
    List<Framework> frameworks = judgedFrameworks(exercise);
    List<RuleResult> results = new ArrayList<>(rules.size() + Rules.engineRules().size());
    List<Finding> references = ReferenceCheck.findings(References.check(exercise), options.locale(), prior);
    engineResult(ReferenceCheck.DANGLING, references, findings, results);
    engineResult(ReferenceCheck.DUPLICATE, references, findings, results);
    engineResult(FieldConstraints.RULE_ID, constraints.check(exercise, prior), findings, results);
    Supplier<Recording> recording = RuleContext.recordingOf(exercise);
    for (Rule rule : rules) {
      Subjects subjects = new Subjects(rule, rule.severityIn(options.profile()), options.locale(),
          options.maxFindingsPerRule());
      boolean outside = options.profile() == Profile.BY_FRAMEWORK && !rule.appliesTo(frameworks);
      NotJudged.Reason notJudgedFor = outside ? NotJudged.Reason.FRAMEWORK
          : rule.isTimeAware() && asOf.isEmpty() ? NotJudged.Reason.NO_DATE : null;
      if (notJudgedFor != null) {
        subjects.notApplicable("");
        notJudged.add(new NotJudged(rule.id(), notJudgedFor));
      } else {
        try {
          rule.check().apply(new RuleContext(exercise, options, rule, asOf, recording, Set.copyOf(frameworks)),
              subjects);
        } catch (RuntimeException e) {
          throw new IllegalStateException("rule " + rule.id() + " failed on exercise " + exercise.id(), e);
        }
      }
      findings.addAll(subjects.findings());
      notRecorded.addAll(subjects.notRecordedSubjects());
      results.add(subjects.result());
    }
    return ValidationReport.of(exercise.id(), options, asOf, findings, results, notRecorded, notJudged, frameworks);
  }

  /**
   * Every rating of the exercise's independent assessments (inception, design, end-of-commitment, results) beside
   * Cocrea's verdict on the same question about the same commitment, under this validator's options (frameworks by
   * the profile, as-of date): verifiable against COM-07, relevance against COM-05, completion against the
   * commitment's status from its milestones (real-records.md §5). It is the one definition of that comparison: rule
   * EVA-09 reports its disagreements as INFO findings, and the agreement figure of {@code docs/precision.md} counts
   * it. Cocrea has no verdict (NOT_JUDGED, never a disagreement) where the record does not hold the facts.
   *
   * <pre>{@code
   * List<AssessmentComparison> all = CocreaValidator.create().compareAssessments(exercise);
   * long disagreements = all.stream()
   *     .filter(c -> c.agreement() == AssessmentComparison.Agreement.DISAGREE).count();
   * }</pre>
   *
   * @param exercise the exercise, must not be null
   * @return the comparisons in document order, never null, empty when no assessment rates a compared question
   * @since 0.2.0
   */
  public List<AssessmentComparison> compareAssessments(LocalExercise exercise) {
    Objects.requireNonNull(exercise, "exercise");
    RuleContext ctx = new RuleContext(exercise, options, Eva09AssessmentDisagreement.RULE, options.resolveAsOf(),
        RuleContext.recordingOf(exercise), Set.copyOf(judgedFrameworks(exercise)));
    return Eva09AssessmentDisagreement.compare(ctx);
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
      findings.add(Finding.omitted(ruleId, own.size() - max, max, options.locale()));
    } else {
      findings.addAll(own);
    }
    results.add(own.isEmpty()
        ? new RuleResult(ruleId, Severity.ERROR, Outcome.PASS, 1, 1, 0, 0)
        : new RuleResult(ruleId, Severity.ERROR, Outcome.FAIL, own.size(), 0, own.size(), 0));
  }
}
