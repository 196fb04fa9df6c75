package org.cocrea.core;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A calendar date known only as precisely as its source: a year ({@code 2016}), a month ({@code 2016-09}) or a day
 * ({@code 2016-09-14}). Real plans give month-only and year-only dates (an OGP Local commitment starts in "Aug 2021";
 * a plan covers "2015-2016"); this value keeps that precision instead of inventing a day
 * ({@code shared/domain/real-records.md} §3). A period such as "2016-2018" is two year-precision dates.
 *
 * <p>The text form is the one of the 1.1 JSON format ({@code $defs/PartialDate}): {@link #parse(String)} accepts
 * exactly {@code YYYY}, {@code YYYY-MM} and {@code YYYY-MM-DD} with a month from 01 to 12 and a day that exists in
 * that month (leap years included), and {@link #toString()} gives the same text back.
 *
 * <p>Two partial dates are compared with {@link #order(PartialDate)} at their <em>common</em> precision (the
 * coarser of the two):
 * <ul>
 *   <li>{@link Order#BEFORE} / {@link Order#AFTER} when they differ at that precision: every day the first may
 *       stand for is before (after) every day the second may stand for ({@code 2021-09} is before
 *       {@code 2022-01}; {@code 2016} is before {@code 2017-01-01});</li>
 *   <li>{@link Order#SAME} when both have the same precision and the same fields: they name the same year, month
 *       or day as recorded ({@code 2016} and {@code 2016}; {@code 2021-09} and {@code 2021-09}). For year or month
 *       precision this says "the same period", not "the same day": a rule that needs equal days must also ask for
 *       {@link Precision#DAY};</li>
 *   <li>{@link Order#UNDETERMINED} when they agree at the common precision but one is more precise
 *       ({@code 2021-09} against {@code 2021-09-14}; {@code 2016} against {@code 2016-09}): the record cannot
 *       tell, and a rule that needs the order says NOT_RECORDED, never FAIL.</li>
 * </ul>
 * The order agrees with the day bounds: {@code a.order(b) == BEFORE} exactly when
 * {@code a.latest().isBefore(b.earliest())}, {@code AFTER} exactly when {@code a.earliest().isAfter(b.latest())},
 * and {@code SAME} exactly when {@code a.equals(b)}. It is a partial order, so this class is deliberately not
 * {@link Comparable}; {@link #SORT_ORDER} gives a total order for listing (earliest day first, then the coarser
 * precision first).
 *
 * <p>Example:
 * <pre>{@code
 * PartialDate start = PartialDate.parse("2021-08");          // OGP Local: "Aug 2021"
 * PartialDate end = PartialDate.parse("2022-07");
 * start.precision();                                         // Precision.MONTH
 * start.earliest();                                          // 2021-08-01
 * start.latest();                                            // 2021-08-31
 * start.order(end);                                          // Order.BEFORE
 * start.order(PartialDate.parse("2021-08-15"));              // Order.UNDETERMINED
 * PartialDate.of(LocalDate.of(2016, 9, 14)).toString();      // "2016-09-14"
 * PartialDate.parse("2016-02-30");                           // IllegalArgumentException
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; {@link #equals(Object)} compares year, month and day, so
 * {@code 2016-09} and {@code 2016-09-01} are different values.
 *
 * @since 1.1.0
 */
public final class PartialDate {

  /** How precise a {@link PartialDate} is. */
  public enum Precision {
    /** Only the year is known ({@code 2016}). */
    YEAR,
    /** The year and the month are known ({@code 2016-09}). */
    MONTH,
    /** The full calendar day is known ({@code 2016-09-14}). */
    DAY
  }

  /** The outcome of comparing two partial dates at their common precision ({@link #order(PartialDate)}). */
  public enum Order {
    /** Certainly before: every day the first may stand for precedes every day of the second. */
    BEFORE,
    /** Certainly after: every day the first may stand for follows every day of the second. */
    AFTER,
    /** The same year, month or day, recorded at the same precision. */
    SAME,
    /** Equal at the common precision but of different precisions: the record cannot tell. */
    UNDETERMINED
  }

  /**
   * A total order for sorting and listing (not for judging): by {@link #earliest()}, then the coarser precision
   * first, so {@code 2016}, {@code 2016-01}, {@code 2016-01-01}, {@code 2016-01-02}, {@code 2016-02}.
   */
  public static final Comparator<PartialDate> SORT_ORDER =
      Comparator.comparing(PartialDate::earliest).thenComparing(PartialDate::precision);

  private final int year;
  private final int month; // 0 when not known
  private final int day; // 0 when not known

  private PartialDate(int year, int month, int day) {
    this.year = year;
    this.month = month;
    this.day = day;
  }

  /**
   * Reads the text form {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   *
   * <p>Example: {@code PartialDate.parse("2016-09").precision()} is {@link Precision#MONTH}.
   *
   * @param text the date as written in a record
   * @return the partial date, with the precision of the text
   * @throws IllegalArgumentException when the text has another form, a month outside 01–12 or a day that does not
   *     exist in its month (the message says which, in Spanish and in English)
   * @throws NullPointerException when {@code text} is null
   */
  public static PartialDate parse(String text) {
    Objects.requireNonNull(text, "text");
    // the form (YYYY, YYYY-MM or YYYY-MM-DD, ASCII digits) is read by hand: this runs for every date of every file
    int n = text.length();
    int year = n == 4 || n == 7 || n == 10 ? number(text, 0, 4) : -1;
    int month = n >= 7 && text.charAt(4) == '-' ? number(text, 5, 7) : -1;
    int day = n == 10 && text.charAt(7) == '-' ? number(text, 8, 10) : -1;
    if (year < 0 || (n >= 7 && month < 0) || (n == 10 && day < 0)) {
      throw invalid(text, "se espera AAAA, AAAA-MM o AAAA-MM-DD", "expected YYYY, YYYY-MM or YYYY-MM-DD");
    }
    if (n == 4) {
      return new PartialDate(year, 0, 0);
    }
    if (month < 1 || month > 12) {
      throw invalid(text, "el mes debe estar entre 01 y 12", "the month must be from 01 to 12");
    }
    if (n == 7) {
      return new PartialDate(year, month, 0);
    }
    if (day < 1 || !YearMonth.of(year, month).isValidDay(day)) {
      throw invalid(text, "ese día no existe en ese mes", "that day does not exist in that month");
    }
    return new PartialDate(year, month, day);
  }

  /** The number the characters from {@code from} to {@code to} write when they are all ASCII digits, else -1. */
  private static int number(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * A day-precision date.
   *
   * <p>Example: {@code PartialDate.of(LocalDate.of(2015, 3, 9))} is {@code 2015-03-09}.
   *
   * @param date a calendar day from year 0000 to 9999
   * @return the partial date of precision {@link Precision#DAY}
   * @throws IllegalArgumentException when the year is outside 0000–9999 (the text form has four digits)
   */
  public static PartialDate of(LocalDate date) {
    Objects.requireNonNull(date, "date");
    checkYear(date.getYear());
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * A month-precision date.
   *
   * <p>Example: {@code PartialDate.of(YearMonth.of(2021, 8))} is {@code 2021-08}.
   *
   * @param month a month from year 0000 to 9999
   * @return the partial date of precision {@link Precision#MONTH}
   * @throws IllegalArgumentException when the year is outside 0000–9999
   */
  public static PartialDate of(YearMonth month) {
    Objects.requireNonNull(month, "month");
    checkYear(month.getYear());
    return new PartialDate(month.getYear(), month.getMonthValue(), 0);
  }

  /**
   * A year-precision date.
   *
   * <p>Example: {@code PartialDate.ofYear(2016)} is {@code 2016}.
   *
   * @param year a year from 0000 to 9999
   * @return the partial date of precision {@link Precision#YEAR}
   * @throws IllegalArgumentException when the year is outside 0000–9999
   */
  public static PartialDate ofYear(int year) {
    checkYear(year);
    return new PartialDate(year, 0, 0);
  }

  /**
   * The year.
   *
   * @return the year, 0000–9999
   */
  public int year() {
    return year;
  }

  /**
   * The month, when known.
   *
   * @return the month 1–12, or empty for a year-precision date
   */
  public OptionalInt month() {
    return month == 0 ? OptionalInt.empty() : OptionalInt.of(month);
  }

  /**
   * The day of the month, when known.
   *
   * @return the day 1–31, or empty for a year- or month-precision date
   */
  public OptionalInt day() {
    return day == 0 ? OptionalInt.empty() : OptionalInt.of(day);
  }

  /**
   * How precise this date is.
   *
   * @return {@link Precision#YEAR}, {@link Precision#MONTH} or {@link Precision#DAY}
   */
  public Precision precision() {
    return month == 0 ? Precision.YEAR : day == 0 ? Precision.MONTH : Precision.DAY;
  }

  /**
   * The first day this date may stand for: {@code 2016} gives 2016-01-01, {@code 2016-02} gives 2016-02-01.
   *
   * @return the earliest possible day
   */
  public LocalDate earliest() {
    return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
  }

  /**
   * The last day this date may stand for: {@code 2016} gives 2016-12-31, {@code 2016-02} gives 2016-02-29.
   *
   * @return the latest possible day
   */
  public LocalDate latest() {
    if (month == 0) {
      return LocalDate.of(year, 12, 31);
    }
    return day == 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
  }

  /**
   * The day itself, when this date has day precision.
   *
   * @return the calendar day, or empty for a year- or month-precision date
   */
  public Optional<LocalDate> toLocalDate() {
    return day == 0 ? Optional.empty() : Optional.of(earliest());
  }

  /**
   * Compares this date with another at their common precision (see the class description).
   *
   * <p>Example: {@code parse("2021-09").order(parse("2022-01"))} is {@link Order#BEFORE};
   * {@code parse("2021-09").order(parse("2021-09-14"))} is {@link Order#UNDETERMINED}.
   *
   * @param other the date to compare with
   * @return BEFORE, AFTER, SAME or UNDETERMINED
   */
  public Order order(PartialDate other) {
    Objects.requireNonNull(other, "other");
    int c = Integer.compare(year, other.year);
    if (c == 0 && month != 0 && other.month != 0) {
      c = Integer.compare(month, other.month);
      if (c == 0 && day != 0 && other.day != 0) {
        c = Integer.compare(day, other.day);
      }
    }
    if (c < 0) {
      return Order.BEFORE;
    }
    if (c > 0) {
      return Order.AFTER;
    }
    return precision() == other.precision() ? Order.SAME : Order.UNDETERMINED;
  }

  /**
   * Whether this date is certainly before the other ({@link #order(PartialDate)} is {@link Order#BEFORE}).
   *
   * @param other the date to compare with
   * @return true only when the order is certain
   */
  public boolean isCertainlyBefore(PartialDate other) {
    return order(other) == Order.BEFORE;
  }

  /**
   * Whether this date is certainly after the other ({@link #order(PartialDate)} is {@link Order#AFTER}).
   *
   * @param other the date to compare with
   * @return true only when the order is certain
   */
  public boolean isCertainlyAfter(PartialDate other) {
    return order(other) == Order.AFTER;
  }

  /**
   * The text form, the same one {@link #parse(String)} reads: {@code 2016}, {@code 2016-09} or {@code 2016-09-14}.
   *
   * @return the date as {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(10);
    pad(s, year, 4);
    if (month != 0) {
      pad(s.append('-'), month, 2);
      if (day != 0) {
        pad(s.append('-'), day, 2);
      }
    }
    return s.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PartialDate p && p.year == year && p.month == month && p.day == day;
  }

  @Override
  public int hashCode() {
    return (year * 13 + month) * 32 + day;
  }

  private static void pad(StringBuilder s, int value, int width) {
    String digits = Integer.toString(value);
    s.append("0".repeat(width - digits.length())).append(digits);
  }

  private static void checkYear(int year) {
    if (year < 0 || year > 9999) {
      throw new IllegalArgumentException("Año fuera de 0000–9999: " + year + " / Year outside 0000–9999: " + year);
    }
  }

  private static IllegalArgumentException invalid(String text, String es, String en) {
    String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
    return new IllegalArgumentException("Fecha no válida «" + shown + "»: " + es + " / Invalid date \"" + shown
        + "\": " + en);
  }
}
