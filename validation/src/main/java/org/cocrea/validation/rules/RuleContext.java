package org.cocrea.validation.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.cocrea.core.ExerciseIndex;
import org.cocrea.core.LocalExercise;
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
  private final SharedIndex index;

  public RuleContext(LocalExercise exercise, ValidatorOptions options, Rule rule) {
    this(exercise, options, rule, new SharedIndex(exercise));
  }

  /** A context whose index is shared with the other rules of the same validation. */
  public RuleContext(LocalExercise exercise, ValidatorOptions options, Rule rule, SharedIndex index) {
    this.exercise = exercise;
    this.options = options;
    this.rule = rule;
    this.index = index;
  }

  public LocalExercise exercise() {
    return exercise;
  }

  /** The exercise's index, built once per validation (rules look it up per element, so it must not be rebuilt). */
  public ExerciseIndex index() {
    return index.get();
  }

  public ValidatorOptions options() {
    return options;
  }

  /** The as-of date; empty when the caller gave none (time-aware rules are then not applicable). */
  public Optional<LocalDate> asOf() {
    return options.asOf();
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

  /**
   * The index of one exercise, built on first use and then shared by every rule of one validation call (one
   * thread); building it walks the whole exercise.
   */
  public static final class SharedIndex {
    private final LocalExercise exercise;
    private ExerciseIndex index;

    public SharedIndex(LocalExercise exercise) {
      this.exercise = exercise;
    }

    public ExerciseIndex get() {
      if (index == null) {
        index = exercise.index();
      }
      return index;
    }
  }
}
