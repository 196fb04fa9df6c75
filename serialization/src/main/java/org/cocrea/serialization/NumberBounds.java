package org.cocrea.serialization;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Where numbers are bounded: the one check, made on a number's text before any {@link BigDecimal} is built from it,
 * that keeps its exponent (and so its scale) within {@link ReaderOptions#maxNumberExponent()}. Its length is bounded
 * by the parser already ({@link ReaderOptions#maxNumberLength()}), so every number the reader accepts has at most a
 * few hundred digits in plain notation, a finite {@code double} value and an {@code int} scale: sums and comparisons
 * in the rules, the schema's checks and the exports stay cheap (issue 15: C1–C4, H1, O1).
 */
final class NumberBounds {

  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private NumberBounds() {}

  /**
   * The exponent of a JSON number written in scientific notation with one digit before the point ({@code 12.5E3} is
   * {@code 1.25E4}: 4; {@code 0.001}: -3; zero {@code 0.00}: -2, its scale negated), computed on the text, saturated
   * at ±{@code 1,000,000,000} so that no exponent overflows.
   *
   * @param text a number as JSON writes it: optional minus, digits, optional fraction, optional exponent
   * @return the exponent, saturated
   */
  static long exponent(CharSequence text) {
    int n = text.length();
    int e = n;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == 'e' || c == 'E') {
        e = i;
        break;
      }
    }
    long written = 0;
    if (e < n) {
      int i = e + 1;
      boolean negative = false;
      if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        negative = text.charAt(i) == '-';
        i++;
      }
      for (; i < n; i++) {
        written = Math.min(1_000_000_000L, written * 10 + (text.charAt(i) - '0'));
      }
      written = negative ? -written : written;
    }
    // the position of the first significant digit relative to the decimal point
    int point = -1;
    int firstNonZero = -1;
    int digits = 0; // digits seen before the first significant one, or the integer digits
    int position = 0; // index among digits
    int lastDigit = -1;
    for (int i = 0; i < e; i++) {
      char c = text.charAt(i);
      if (c == '.') {
        point = position;
      } else if (c >= '0' && c <= '9') {
        if (c != '0' && firstNonZero < 0) {
          firstNonZero = position;
        }
        lastDigit = position;
        position++;
      }
    }
    digits = point < 0 ? position : point; // digits before the point
    long adjusted;
    if (firstNonZero < 0) {
      // zero: its exponent is its scale negated
      int fraction = point < 0 ? 0 : lastDigit + 1 - point;
      adjusted = -(long) Math.max(fraction, 0);
    } else {
      adjusted = digits - firstNonZero - 1L;
    }
    long total = adjusted + written;
    return Math.max(-1_000_000_000L, Math.min(1_000_000_000L, total));
  }

  /** Whether a number's text is within the exponent bound. */
  static boolean within(CharSequence text, int maxExponent) {
    return Math.abs(exponent(text)) <= maxExponent;
  }

  /**
   * The value of a number text that is {@link #within} the bounds: a decimal, or an integer when the decimal is whole
   * and outside the {@code long} range (so that the schema's integer checks never ask a decimal for a {@code long}).
   *
   * @param decimal the number's exact value (built from text that is within the bounds)
   * @return the decimal, or a {@link BigInteger} when it is whole and outside the {@code long} range
   */
  /**
   * Whether a number has a fractional part and lies outside the {@code long} range: such a number is refused where it
   * is read (LIM-04), since the schema library compares it with integer bounds through {@code long} and no real plan
   * writes a fraction of more than 9.2×10^18 (found by fuzzing, issue 15).
   *
   * @param decimal the number's exact value
   * @return true when it has a fraction and is beyond {@code long}
   */
  static boolean fractionalBeyondLong(BigDecimal decimal) {
    return (decimal.compareTo(LONG_MIN) < 0 || decimal.compareTo(LONG_MAX) > 0)
        && decimal.stripTrailingZeros().scale() > 0;
  }

  static Number value(BigDecimal decimal) {
    if ((decimal.compareTo(LONG_MIN) < 0 || decimal.compareTo(LONG_MAX) > 0)
        && decimal.stripTrailingZeros().scale() <= 0) {
      return decimal.toBigIntegerExact();
    }
    return decimal;
  }

  /**
   * How a decimal is written in JSON so that the reader reads it back with its default limits: plain notation when it
   * fits in {@link ReaderOptions#DEFAULT_MAX_NUMBER_LENGTH} characters, scientific notation otherwise
   * ({@code 1E+300} rather than a 1 followed by 300 zeros).
   *
   * @param d the decimal
   * @return its JSON text
   */
  static String json(BigDecimal d) {
    if (d.precision() - d.scale() <= ReaderOptions.DEFAULT_MAX_NUMBER_LENGTH
        && d.scale() <= ReaderOptions.DEFAULT_MAX_NUMBER_LENGTH) {
      String plain = d.toPlainString();
      if (plain.length() <= ReaderOptions.DEFAULT_MAX_NUMBER_LENGTH) {
        return plain;
      }
    }
    return d.toString();
  }
}
