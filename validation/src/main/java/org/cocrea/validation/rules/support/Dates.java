package org.cocrea.validation.rules.support;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.stream.Stream;
import org.cocrea.core.PartialDate;

/**
 * Date comparisons as the rules make them, over {@link PartialDate#order(PartialDate)} (real-records §3): every rule
 * that compares two recorded dates, or a recorded date with the as-of day, asks here, so "cannot tell" means the same
 * in every rule.
 *
 * <p>Each question answers {@code Optional.of(true)}, {@code Optional.of(false)} or {@code Optional.empty()} when the
 * recorded precision cannot decide ({@code 2021-09} against {@code 2021-09-14}); the rule then says NOT_RECORDED for
 * that subject, never FAIL. Two dates recorded at the same precision with the same fields ({@code 2016-09} and
 * {@code 2016-09}: {@link PartialDate.Order#SAME}) name the same period as the source gives it: "on or before" and
 * "on or after" hold. A deadline of months or days after a date is judged from the days the dates may stand for:
 * met when every possible day meets it, missed when none does, undetermined otherwise.
 */
public final class Dates {

  private Dates() {}

  /** Whether {@code a} is on or before {@code b}: BEFORE or SAME hold, AFTER does not, UNDETERMINED cannot tell. */
  public static Optional<Boolean> onOrBefore(PartialDate a, PartialDate b) {
    return switch (a.order(b)) {
      case BEFORE, SAME -> Optional.of(true);
      case AFTER -> Optional.of(false);
      case UNDETERMINED -> Optional.empty();
    };
  }

  /** Whether {@code a} is on or after {@code b} ({@link #onOrBefore} the other way round). */
  public static Optional<Boolean> onOrAfter(PartialDate a, PartialDate b) {
    return onOrBefore(b, a);
  }

  /**
   * Whether {@code date} falls before {@code from}, the first day of a new state of things (an organisation's
   * extinction): true when it certainly does, false when every day it may stand for is on or after every day {@code
   * from} may stand for ({@code 2025-07} against {@code 2025-07-01}; the same day), empty otherwise ({@code 2025-07}
   * against {@code 2025-07-15} or against {@code 2025-07}). The regime table reads its dates the same way ({@link
   * org.cocrea.validation.regime.StateRegime#on}).
   */
  public static Optional<Boolean> before(PartialDate date, PartialDate from) {
    if (date.isCertainlyBefore(from)) {
      return Optional.of(true);
    }
    return date.earliest().isBefore(from.latest()) ? Optional.empty() : Optional.of(false);
  }

  /** Whether a recorded date is on or before a day (the as-of day): certain when all its days are, or none is. */
  public static Optional<Boolean> onOrBefore(PartialDate a, LocalDate day) {
    return onOrBefore(a, PartialDate.of(day));
  }

  /** Whether a recorded date is certainly after a day (the as-of day): false also when the precision cannot tell. */
  public static boolean certainlyAfter(PartialDate a, LocalDate day) {
    return a.earliest().isAfter(day);
  }

  /** Whether a recorded date is certainly on or before a day: every day it may stand for is. */
  public static boolean certainlyOnOrBefore(PartialDate a, LocalDate day) {
    return !a.latest().isAfter(day);
  }

  /**
   * Whether {@code date} falls no later than {@code months} months after {@code from}: true when even its last
   * possible day is on or before the earliest possible deadline, false when even its first possible day is after the
   * latest possible deadline, empty otherwise.
   */
  public static Optional<Boolean> withinMonths(PartialDate from, PartialDate date, long months) {
    if (!date.latest().isAfter(from.earliest().plusMonths(months))) {
      return Optional.of(true);
    }
    if (date.earliest().isAfter(from.latest().plusMonths(months))) {
      return Optional.of(false);
    }
    return Optional.empty();
  }

  /**
   * Whether a deadline of {@code months} months after {@code from} has certainly passed on {@code day} (its latest
   * possible day is before it).
   */
  public static boolean deadlinePassed(PartialDate from, long months, LocalDate day) {
    return from.latest().plusMonths(months).isBefore(day);
  }

  /** The deadline of {@code months} months after a recorded date, as text: exact for a day, else the latest day. */
  public static LocalDate latestDeadline(PartialDate from, long months) {
    return from.latest().plusMonths(months);
  }

  /** The days from {@code a} to {@code b} when both are recorded to the day; empty when either is a month or year. */
  public static Optional<Long> daysBetween(PartialDate a, PartialDate b) {
    return a.toLocalDate().flatMap(x -> b.toLocalDate().map(y -> ChronoUnit.DAYS.between(x, y)));
  }

  /**
   * Whether two dates are at most {@code days} days apart ({@code b} after {@code a}): true when even their farthest
   * possible days are, false when even their nearest possible days are not, empty otherwise.
   */
  public static Optional<Boolean> atMostDaysApart(PartialDate a, PartialDate b, long days) {
    if (ChronoUnit.DAYS.between(a.earliest(), b.latest()) <= days) {
      return Optional.of(true);
    }
    if (leastDaysBetween(a, b) > days) {
      return Optional.of(false);
    }
    return Optional.empty();
  }

  /** The fewest days from {@code a} to {@code b} their precision allows (exact when both are days). */
  public static long leastDaysBetween(PartialDate a, PartialDate b) {
    return ChronoUnit.DAYS.between(a.latest(), b.earliest());
  }

  /** The earliest of some dates for listing ({@link PartialDate#SORT_ORDER}): a month sorts before its days. */
  public static Optional<PartialDate> first(Stream<PartialDate> dates) {
    return dates.min(PartialDate.SORT_ORDER);
  }

  /** The latest of some dates: the one whose last possible day is latest (then the finer one). */
  public static Optional<PartialDate> last(Stream<PartialDate> dates) {
    return dates.max(java.util.Comparator.comparing(PartialDate::latest).thenComparing(PartialDate.SORT_ORDER));
  }

  /** A date as the record gives it ({@code 2016}, {@code 2016-09} or {@code 2016-09-14}), or a dash. */
  public static String text(Optional<PartialDate> date) {
    return date.map(PartialDate::toString).orElse("—");
  }
}
