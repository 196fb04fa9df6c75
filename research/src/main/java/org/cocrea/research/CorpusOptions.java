package org.cocrea.research;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.cocrea.serialization.ReaderOptions;
import org.cocrea.validation.Profile;
import org.cocrea.validation.ValidatorOptions;
import org.cocrea.validation.regime.StateRegimes;
import org.immutables.value.Value;

/**
 * How a corpus is read: the validator's options (language, profile, as-of date, thresholds), the reader's limits, and
 * how many files are checked at a time. Immutable.
 *
 * <pre>{@code
 * CorpusOptions options = CorpusOptions.builder()
 *     .asOf(LocalDate.of(2018, 12, 31))
 *     .locale(Locale.ENGLISH)
 *     .threads(2)
 *     .build();
 * Corpus corpus = Corpus.load(Path.of("examples/pal"), options);
 * }</pre>
 *
 * <p>The number of threads is checked when the options are built: out of range, {@link Builder#build()} throws {@link
 * IllegalArgumentException}; a null argument is rejected at once with {@link NullPointerException}. Two options holding
 * the same values are equal.
 *
 * @since 0.1.0
 */
@Value.Immutable
@Value.Style(
    jdkOnly = true,
    overshadowImplementation = true,
    attributeBuilderDetection = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    defaults = @Value.Immutable(copy = false))
public abstract class CorpusOptions {

  /** The most files checked at a time. */
  public static final int MAX_THREADS = 64;

  private static final CorpusOptions DEFAULTS = builder().build();

  CorpusOptions() {}

  /**
   * The defaults: the validator's and the reader's defaults (Spanish, INAI core profile, no as-of date) and one file
   * at a time.
   *
   * @return the default options, never null
   */
  public static CorpusOptions defaults() {
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
   * The validator's options.
   *
   * @return the options, never null
   */
  @Value.Default
  public ValidatorOptions validatorOptions() {
    return ValidatorOptions.defaults();
  }

  /**
   * The reader's options.
   *
   * @return the options, never null
   */
  @Value.Default
  public ReaderOptions readerOptions() {
    return ReaderOptions.defaults();
  }

  /**
   * How many files are read and checked at a time.
   *
   * @return between 1 and {@link #MAX_THREADS}
   */
  @Value.Default
  public int threads() {
    return 1;
  }

  /**
   * The as-of date of the validator's options, which the analyses of a corpus use too.
   *
   * @return the date, or empty when none was given
   */
  public Optional<LocalDate> asOf() {
    return validatorOptions().asOf();
  }

  /**
   * A builder holding these options.
   *
   * @return a builder, never null
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Checks the number of threads when the options are built. */
  @Value.Check
  void check() {
    if (threads() < 1 || threads() > MAX_THREADS) {
      throw new IllegalArgumentException("threads must be between 1 and " + MAX_THREADS + ": " + threads());
    }
  }

  /**
   * Builds {@link CorpusOptions}, starting from the defaults. {@code validatorOptions}, {@code readerOptions} and
   * {@code threads} set the attributes of the same name; {@link #locale}, {@link #asOf}, {@link #profile} and {@link #regimes} change
   * the validator's (and, for the locale, the reader's) options held so far, through {@code validatorOptionsBuilder()}
   * and {@code readerOptionsBuilder()}, so a later {@code validatorOptions(...)} replaces them. A null argument throws
   * {@link NullPointerException} at once; {@link #build()} throws {@link IllegalArgumentException} when the number of
   * threads is out of range. Not thread-safe.
   */
  public static final class Builder extends ImmutableCorpusOptions.Builder {

    /** A builder starting from the defaults, as {@link CorpusOptions#builder()}. */
    public Builder() {}

    /**
     * Sets the language of the validator's and the reader's messages.
     *
     * @param locale the locale: English for {@code en}, Spanish (es-MX) otherwise; must not be null
     * @return this builder
     */
    public Builder locale(Locale locale) {
      validatorOptionsBuilder().locale(locale);
      readerOptionsBuilder().locale(locale);
      return this;
    }

    /**
     * Sets the as-of date of the validator, used by time-aware rules and by the corpus's analyses.
     *
     * @param asOf the date, must not be null
     * @return this builder
     */
    public Builder asOf(LocalDate asOf) {
      validatorOptionsBuilder().asOf(asOf);
      return this;
    }

    /**
     * Sets the validator's profile.
     *
     * @param profile the profile, must not be null
     * @return this builder
     */
    public Builder profile(Profile profile) {
      validatorOptionsBuilder().profile(profile);
      return this;
    }

    /**
     * Sets the validator's regime table (the guarantor regime of each state across the 2025 reform), which the
     * corpus's before/after figures use too.
     *
     * <pre>{@code
     * CorpusOptions.builder().regimes(StateRegimes.read(Path.of("my-regimes.csv"))).build();
     * }</pre>
     *
     * @param regimes the table, must not be null
     * @return this builder
     */
    public Builder regimes(StateRegimes regimes) {
      validatorOptionsBuilder().regimes(regimes);
      return this;
    }
  }
}
