package org.cocrea.validation.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.cocrea.core.Completeness;
import org.cocrea.core.ExerciseIndex;
import org.cocrea.core.Framework;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.Recording;
import org.cocrea.validation.Rule;
import org.cocrea.validation.ValidatorOptions;

/**
 * What a rule sees: the exercise, its index, the as-of date and the options' thresholds. Rules never read the wall
 * clock: time-aware rules use {@link #asOf()}. Part of the internal rule-authoring API: not for applications.
 */
public final class RuleContext {

  private final LocalExercise exercise;
  private final ValidatorOptions options;
  private final Rule rule;
  private final Optional<LocalDate> asOf;
  private final Supplier<Recording> recording;
  private final Set<Framework> frameworks;

  /**
   * A context at the options' fixed as-of date, or none, judging the exercise under the frameworks it declares
   * (INAI_LOCAL when none) (engine tests).
   */
  public RuleContext(LocalExercise exercise, ValidatorOptions options, Rule rule) {
    this(exercise, options, rule, options.asOf(), recordingOf(exercise),
        exercise.frameworks().isEmpty() ? Set.of(Framework.INAI_LOCAL) : Set.copyOf(exercise.frameworks()));
  }

  /**
   * A context at the date the validator resolved for this check, judging the exercise under the frameworks it
   * declares (INAI_LOCAL when none).
   */
  public RuleContext(LocalExercise exercise, ValidatorOptions options, Rule rule, Optional<LocalDate> asOf,
      Supplier<Recording> recording) {
    this(exercise, options, rule, asOf, recording,
        exercise.frameworks().isEmpty() ? Set.of(Framework.INAI_LOCAL) : Set.copyOf(exercise.frameworks()));
  }

  /**
   * A context at the date the validator resolved for this check ({@link ValidatorOptions#resolveAsOf()}), whose
   * completeness questions go to a resolver shared by every rule of one validation, under the frameworks the
   * validator judges it by (its profile decides: {@code CocreaValidator}).
   */
  public RuleContext(LocalExercise exercise, ValidatorOptions options, Rule rule, Optional<LocalDate> asOf,
      Supplier<Recording> recording, Set<Framework> frameworks) {
    this.frameworks = frameworks.isEmpty() ? Set.of(Framework.INAI_LOCAL) : Set.copyOf(frameworks);
    this.exercise = exercise;
    this.options = options;
    this.rule = rule;
    this.asOf = asOf;
    this.recording = recording;
  }

  /** A resolver for an exercise, built on first use (one walk of the exercise) and kept. */
  public static Supplier<Recording> recordingOf(LocalExercise exercise) {
    return new Supplier<>() {
      private Recording value;

      @Override
      public synchronized Recording get() {
        if (value == null) {
          value = Recording.of(exercise);
        }
        return value;
      }
    };
  }

  /**
   * Whether what a list or field of an element does not hold is recorded as none (the part is COMPLETE, as in every
   * 1.0 file) rather than not recorded (a PARTIAL record or part): a rule may FAIL on the absence only in the first
   * case, and says NOT_RECORDED in the second (real-records.md §1).
   */
  public boolean complete(Object owner, String property) {
    return recording.get().completeness(owner, property) == Completeness.COMPLETE;
  }

  /**
   * Whether an element is recorded in full (its own declaration, else its list's, else its owner's: {@link
   * Recording#completeness(Object)}): what the element does not hold is recorded as none only then.
   */
  public boolean complete(Object element) {
    return recording.get().completeness(element) == Completeness.COMPLETE;
  }

  /**
   * The frameworks the exercise is judged under (real-records.md §4): a rule whose requirement the frameworks write
   * differently (COM-05: INAI's components or OGP's values) judges by them. Never empty.
   */
  public Set<Framework> frameworks() {
    return frameworks;
  }

  /** Whether the exercise is judged under the framework. */
  public boolean follows(Framework framework) {
    return frameworks.contains(framework);
  }

  public LocalExercise exercise() {
    return exercise;
  }

  /** The exercise's index, built on first use and memoised by the exercise itself ({@code @Value.Lazy}). */
  public ExerciseIndex index() {
    return exercise.index();
  }

  public ValidatorOptions options() {
    return options;
  }

  /** The as-of date of this check; empty when time-aware rules are off (they are then not applicable). */
  public Optional<LocalDate> asOf() {
    return asOf;
  }

  /** A threshold of the current rule: the option {@code "<id>.<name>"} when set, else the rule's default. */
  public BigDecimal threshold(String name) {
    Number def = rule.thresholds().get(name);
    if (def == null) {
      throw new IllegalStateException(rule.id() + " declares no threshold " + name);
    }
    Number n = options.thresholds().getOrDefault(rule.id() + "." + name, def);
    return new BigDecimal(n.toString());
  }

  /** An integer threshold of the current rule. */
  public int intThreshold(String name) {
    return threshold(name).intValueExact();
  }
}
