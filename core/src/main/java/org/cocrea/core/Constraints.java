package org.cocrea.core;

/**
 * The field-level limits of the model, shared by the Jakarta constraints on the accessors and by the JSON Schema
 * (which states the same numbers). Business rules of the methodology are not here: they are rules of the validator.
 *
 * @since 0.1.0
 */
public final class Constraints {

  /** Longest identifier, in characters. */
  public static final int ID_MAX = 200;
  /** Identifiers: a letter or digit, then letters, digits and {@code . _ : -}. */
  public static final String ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._:-]*$";
  /** Longest short text (names, titles, places), in characters. */
  public static final int SHORT_MAX = 500;
  /** Longest long text (problems, objectives, narratives), in characters. */
  public static final int TEXT_MAX = 20_000;
  /** A text, when present, holds at least one non-blank character. */
  public static final String NOT_BLANK = "(?s).*\\S.*";
  /** Web addresses: absolute {@code http} or {@code https} with no white space. */
  public static final String URL_PATTERN = "^https?://\\S+$";
  /** Email addresses: a deliberately loose shape check. */
  public static final String EMAIL_PATTERN = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
  /** Sustainable Development Goal targets: goal 1–17, a dot, then a number or a letter ({@code 16.10}, {@code 5.a}). */
  public static final String SDG_TARGET_PATTERN = "^(1[0-7]|[1-9])\\.([1-9][0-9]?|[a-z])$";

  private Constraints() {}

  /** Pattern of a property name that format 1.1 cites ({@code partCompleteness} keys, {@code StatedCount.of}). */
  public static final String PROPERTY_NAME_PATTERN = "^[a-z][A-Za-z0-9]*$";

  /** Pattern of a BCP 47 language tag as format 1.1 accepts it ({@code es}, {@code es-MX}, {@code eu}). */
  public static final String LANGUAGE_TAG_PATTERN = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$";

  /** Pattern of an ISO 3166-1 alpha-2 country code ({@code MX}, {@code AR}). */
  public static final String COUNTRY_CODE_PATTERN = "^[A-Z]{2}$";

  /**
   * Whether a text is an identifier: it matches {@link #ID_PATTERN} as a whole, checked without a regular expression
   * (the length limit {@link #ID_MAX} is separate).
   *
   * <pre>{@code
   * Constraints.isIdentifier("org-idaip");   // true
   * Constraints.isIdentifier("-org");        // false: must start with a letter or digit
   * }</pre>
   *
   * @param text the text, must not be null
   * @return true when it is an identifier
   */
  public static boolean isIdentifier(String text) {
    int n = text.length();
    if (n == 0 || !isAsciiLetterOrDigit(text.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = text.charAt(i);
      if (!isAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
