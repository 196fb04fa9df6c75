package org.cocrea.serialization;

import java.util.Locale;
import org.immutables.value.Value;

/**
 * The limits of the PAL file reader and the language of its messages. Immutable. Files that exceed a limit are not
 * read further and get a finding ({@code LIM-01} size, {@code LIM-02} depth, {@code LIM-03} string length,
 * {@code LIM-04} number length or exponent, {@code LIM-05} number of tokens), so that a hostile or broken file cannot exhaust memory or the stack.
 * Numbers are bounded where they are parsed: at most {@link #maxNumberLength()} characters and a decimal exponent
 * (of the number written in scientific notation, {@code d.ddd × 10^e}) between {@code -maxNumberExponent} and
 * {@code +maxNumberExponent}; so the schema, the binding, the rules and the exports only ever see numbers of at most
 * a few hundred digits, whose {@code double} value is finite.
 *
 * <pre>{@code
 * ReaderOptions options = ReaderOptions.builder()
 *     .locale(Locale.ENGLISH)
 *     .maxBytes(4 * 1024 * 1024)
 *     .build();
 * PalReader reader = PalReader.create(options);
 * }</pre>
 *
 * <p>The limits are checked when the options are built: an out-of-range value makes {@link Builder#build()} throw
 * {@link IllegalArgumentException} (a null locale is rejected at once, with {@link NullPointerException}). Two
 * options holding the same values are equal.
 *
 * @since 0.1.0
 */
@Value.Immutable
@Value.Style(
    jdkOnly = true,
    overshadowImplementation = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    defaults = @Value.Immutable(copy = false))
public abstract class ReaderOptions {

  /**
   * Default largest file: 16 MiB. Memory grows with the number of values, not only with the size, so the number of
   * tokens is bounded too ({@link #DEFAULT_MAX_TOKENS}): at {@code -Xmx256m} a 15.5 MB PAL file of 9,000 commitments
   * is checked (35 s), and a 16 MiB file that is one list of eight million zeros gets a {@code LIM-05} finding instead
   * of exhausting it.
   */
  public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;
  /**
   * Default largest number of JSON tokens: one million. A token is a value, a property name, or the start or end of
   * an object or list; the memory of the parsed tree, the model and its index grows with it. Measured at
   * {@code -Xmx256m}: a realistic 15.5 MB PAL file of 9,000 commitments has 765,558 tokens and is checked; files of
   * one million tokens in the costliest shapes (200,000 plans or 200,000 commitments that have only an id; a million
   * zeros) are checked in 12-33 s; 400,000 plans (two million tokens) exhaust the heap.
   */
  public static final long DEFAULT_MAX_TOKENS = 1_000_000;
  /** Default deepest nesting of objects and lists. */
  public static final int DEFAULT_MAX_DEPTH = 64;
  /** Default longest string or property name, in characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 100_000;
  /** Default longest number, in characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;
  /**
   * Default largest decimal exponent of a number, in either direction: {@code 1E300} and {@code 1E-300} are read,
   * {@code 1E301} and {@code 1E-301} are not (every accepted number has a finite {@code double} value).
   */
  public static final int DEFAULT_MAX_NUMBER_EXPONENT = 300;
  /** Largest exponent bound that can be configured (a {@code double} is finite up to about {@code 1.8E308}). */
  public static final int LARGEST_MAX_NUMBER_EXPONENT = 307;
  /** Largest nesting depth that can be configured; deeper documents are never legitimate PAL files. */
  public static final int LARGEST_MAX_DEPTH = 10_000;

  private static final ReaderOptions DEFAULTS = builder().build();

  ReaderOptions() {}

  /**
   * The defaults: Spanish (es-MX) messages, 16 MiB, 64 levels, 100,000-character strings, 100-character numbers with
   * an exponent between -300 and 300, one million tokens.
   *
   * @return the default options, never null
   */
  public static ReaderOptions defaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The language of messages: English for {@code en}, Spanish (es-MX) otherwise.
   *
   * @return the locale, never null
   */
  @Value.Default
  public Locale locale() {
    return Locale.forLanguageTag("es-MX");
  }

  /**
   * The largest file accepted, in bytes.
   *
   * @return the limit, positive
   */
  @Value.Default
  public long maxBytes() {
    return DEFAULT_MAX_BYTES;
  }

  /**
   * The deepest nesting of objects and lists accepted (the root object is level 1).
   *
   * @return the limit, between 1 and {@link #LARGEST_MAX_DEPTH}
   */
  @Value.Default
  public int maxDepth() {
    return DEFAULT_MAX_DEPTH;
  }

  /**
   * The longest string or property name accepted, in characters.
   *
   * @return the limit, positive
   */
  @Value.Default
  public int maxStringLength() {
    return DEFAULT_MAX_STRING_LENGTH;
  }

  /**
   * The longest number accepted, in characters.
   *
   * @return the limit, positive
   */
  @Value.Default
  public int maxNumberLength() {
    return DEFAULT_MAX_NUMBER_LENGTH;
  }

  /**
   * The largest decimal exponent accepted in either direction: a number {@code d.ddd × 10^e} (zero included, as
   * {@code 0 × 10^-scale}) is read only when {@code |e| <= maxNumberExponent}; otherwise the document gets a
   * {@code LIM-04} finding at the number.
   *
   * @return the limit, between 1 and {@link #LARGEST_MAX_NUMBER_EXPONENT}
   */
  @Value.Default
  public int maxNumberExponent() {
    return DEFAULT_MAX_NUMBER_EXPONENT;
  }

  /**
   * The largest number of JSON tokens accepted (values, property names, and the starts and ends of objects and
   * lists); a document with more gets a {@code LIM-05} finding and is not read further. This bounds the memory of the
   * parsed tree, which the byte limit alone does not: sixteen mebibytes of {@code 0,} are eight million values.
   *
   * @return the limit, positive
   */
  @Value.Default
  public long maxTokens() {
    return DEFAULT_MAX_TOKENS;
  }

  /**
   * A builder holding these options.
   *
   * @return a builder, never null
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Checks the limits when the options are built. */
  @Value.Check
  void check() {
    if (maxBytes() <= 0 || maxBytes() > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("maxBytes must be between 1 and " + (Integer.MAX_VALUE - 8) + ": "
          + maxBytes());
    }
    if (maxDepth() <= 0 || maxDepth() > LARGEST_MAX_DEPTH) {
      throw new IllegalArgumentException("maxDepth must be between 1 and " + LARGEST_MAX_DEPTH + ": " + maxDepth());
    }
    if (maxStringLength() <= 0) {
      throw new IllegalArgumentException("maxStringLength must be positive: " + maxStringLength());
    }
    if (maxNumberLength() <= 0) {
      throw new IllegalArgumentException("maxNumberLength must be positive: " + maxNumberLength());
    }
    if (maxTokens() <= 0) {
      throw new IllegalArgumentException("maxTokens must be positive: " + maxTokens());
    }
    if (maxNumberExponent() <= 0 || maxNumberExponent() > LARGEST_MAX_NUMBER_EXPONENT) {
      throw new IllegalArgumentException("maxNumberExponent must be between 1 and " + LARGEST_MAX_NUMBER_EXPONENT
          + ": " + maxNumberExponent());
    }
  }

  /**
   * Builds {@link ReaderOptions}: {@code locale}, {@code maxBytes}, {@code maxDepth}, {@code maxStringLength},
   * {@code maxNumberLength}, {@code maxNumberExponent} and {@code maxTokens} set the attributes of the same name (a null locale throws
   * {@link NullPointerException}); {@link #build()} checks the limits and throws {@link IllegalArgumentException} when
   * one is out of range. Not thread-safe.
   */
  public static final class Builder extends ImmutableReaderOptions.Builder {
    /** A builder starting from the defaults, as {@link ReaderOptions#builder()}. */
    public Builder() {}
  }
}
