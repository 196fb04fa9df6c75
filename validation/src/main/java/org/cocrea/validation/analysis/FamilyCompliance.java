package org.cocrea.validation.analysis;

import java.util.Objects;
import org.cocrea.core.analysis.Rate;
import org.cocrea.validation.RuleFamily;

/**
 * How one family of rules fared across exercises. Two rates answer two questions: {@link #ruleRate()} is the share of
 * the family's applicable rule outcomes that passed (each rule in each exercise is one outcome);
 * {@link #exerciseRate()} is the share of exercises that passed every applicable rule of the family.
 *
 * <pre>{@code
 * for (FamilyCompliance f : Compliance.byFamily(corpus.reports())) {
 *   System.out.println(f.family() + " " + f.ruleRate() + " " + f.exerciseRate());
 * }
 * }</pre>
 *
 * @param family the family, never null
 * @param rulesPassed rule outcomes PASS, summed over exercises
 * @param rulesFailed rule outcomes FAIL, summed over exercises
 * @param rulesNotApplicable rule outcomes NOT_APPLICABLE, summed over exercises
 * @param exercisesPassed exercises where every applicable rule of the family passed (and at least one applied)
 * @param exercisesFailed exercises where some rule of the family failed
 * @param exercisesNotApplicable exercises where no rule of the family applied
 * @param rulesNotRecorded rule outcomes NOT_RECORDED, summed over exercises
 * @param exercisesNotRecorded exercises where no rule of the family failed but some could not be judged because
 *     facts are not recorded (counted in neither rate)
 * @since 0.1.0
 */
public record FamilyCompliance(RuleFamily family, long rulesPassed, long rulesFailed, long rulesNotApplicable,
    long exercisesPassed, long exercisesFailed, long exercisesNotApplicable, long rulesNotRecorded,
    long exercisesNotRecorded) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if the family is null
   */
  public FamilyCompliance {
    Objects.requireNonNull(family, "family");
  }

  /**
   * A family's compliance with nothing not recorded (results of tools that know no such outcome).
   *
   * <pre>{@code
   * FamilyCompliance f = new FamilyCompliance(RuleFamily.STL, 9, 2, 1, 3, 1, 0);
   * }</pre>
   *
   * @param family the family, must not be null
   * @param rulesPassed rule outcomes PASS
   * @param rulesFailed rule outcomes FAIL
   * @param rulesNotApplicable rule outcomes NOT_APPLICABLE
   * @param exercisesPassed exercises where every applicable rule of the family passed
   * @param exercisesFailed exercises where some rule of the family failed
   * @param exercisesNotApplicable exercises where no rule of the family applied
   * @throws NullPointerException if the family is null
   */
  public FamilyCompliance(RuleFamily family, long rulesPassed, long rulesFailed, long rulesNotApplicable,
      long exercisesPassed, long exercisesFailed, long exercisesNotApplicable) {
    this(family, rulesPassed, rulesFailed, rulesNotApplicable, exercisesPassed, exercisesFailed,
        exercisesNotApplicable, 0, 0);
  }

  /**
   * Rule outcomes passed out of rule outcomes that applied.
   *
   * @return the rate, undefined when no rule of the family applied anywhere
   */
  public Rate ruleRate() {
    return new Rate(rulesPassed, rulesPassed + rulesFailed);
  }

  /**
   * Exercises that passed the whole family out of those where it applied.
   *
   * @return the rate, undefined when the family applied nowhere
   */
  public Rate exerciseRate() {
    return new Rate(exercisesPassed, exercisesPassed + exercisesFailed);
  }
}
