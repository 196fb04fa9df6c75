package org.cocrea.core.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A proportion: how many observations out of a total have some property (rules passed out of rules applicable,
 * seats of a sector out of all seats). A rate with a total of zero is undefined, never zero: an exercise without
 * milestones has no lateness rate.
 *
 * <pre>{@code
 * Rate r = new Rate(3, 4);
 * r.percent();          // Optional[75.0]
 * r.toString();         // "3/4 (75.0 %)"
 * }</pre>
 *
 * @param count the observations with the property, between 0 and {@code total}
 * @param total all observations, zero or more
 * @since 0.1.0
 */
public record Rate(long count, long total) {

  /** The undefined rate 0/0. */
  public static final Rate NONE = new Rate(0, 0);

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if a number is negative or the count exceeds the total
   */
  public Rate {
    if (count < 0 || total < 0 || count > total) {
      throw new IllegalArgumentException("rate must satisfy 0 <= count <= total: " + count + "/" + total);
    }
  }

  /**
   * Whether the rate is defined: the total is not zero.
   *
   * @return true when there is at least one observation
   */
  public boolean defined() {
    return total > 0;
  }

  /**
   * The rate as a fraction between 0 and 1.
   *
   * @return the fraction, or {@link Double#NaN} when undefined
   */
  public double ratio() {
    return total == 0 ? Double.NaN : (double) count / total;
  }

  /**
   * The rate in percent, rounded half-up to one decimal.
   *
   * @return the percentage, or empty when undefined
   */
  public Optional<BigDecimal> percent() {
    if (total == 0) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP));
  }

  /**
   * This rate plus another: counts and totals added, so that rates of parts give the rate of the whole.
   *
   * @param other the other rate, must not be null
   * @return the sum, never null
   */
  public Rate plus(Rate other) {
    return new Rate(count + other.count, total + other.total);
  }

  /**
   * The rate as {@code count/total (p %)}, or {@code 0/0} when undefined.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return count + "/" + total + percent().map(p -> " (" + p.toPlainString() + " %)").orElse("");
  }
}
