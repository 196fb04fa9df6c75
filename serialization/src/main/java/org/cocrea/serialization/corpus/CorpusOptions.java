package org.cocrea.serialization.corpus;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.cocrea.serialization.ReaderOptions;
import org.cocrea.validation.Profile;
import org.cocrea.validation.ValidatorOptions;

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
 * @since 0.1.0
 */
public final class CorpusOptions {

  /** The most files checked at a time. */
  public static final int MAX_THREADS = 64;

  private static final CorpusOptions DEFAULTS = builder().build();

  private final ValidatorOptions validatorOptions;
  private final ReaderOptions readerOptions;
  private final int threads;

  private CorpusOptions(Builder b) {
    this.validatorOptions = b.validatorOptions;
    this.readerOptions = b.readerOptions;
    this.threads = b.threads;
  }

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
  public ValidatorOptions validatorOptions() {
    return validatorOptions;
  }

  /**
   * The reader's options.
   *
   * @return the options, never null
   */
  public ReaderOptions readerOptions() {
    return readerOptions;
  }

  /**
   * How many files are read and checked at a time.
   *
   * @return between 1 and {@link #MAX_THREADS}
   */
  public int threads() {
    return threads;
  }

  /**
   * The as-of date of the validator's options, which the analyses of a corpus use too.
   *
   * @return the date, or empty when none was given
   */
  public Optional<LocalDate> asOf() {
    return validatorOptions.asOf();
  }

  /**
   * A builder holding these options.
   *
   * @return a builder, never null
   */
  public Builder toBuilder() {
    return new Builder().validatorOptions(validatorOptions).readerOptions(readerOptions).threads(threads);
  }

  @Override
  public String toString() {
    return "CorpusOptions[locale=" + validatorOptions.locale().toLanguageTag() + ", profile="
        + validatorOptions.profile() + ", asOf=" + validatorOptions.asOf().map(LocalDate::toString).orElse("-")
        + ", threads=" + threads + "]";
  }

  /** Builds {@link CorpusOptions}. Not thread-safe. */
  public static final class Builder {
    private ValidatorOptions validatorOptions = ValidatorOptions.defaults();
    private ReaderOptions readerOptions = ReaderOptions.defaults();
    private int threads = 1;

    private Builder() {}

    /**
     * Sets the validator's options.
     *
     * @param options the options, must not be null
     * @return this builder
     */
    public Builder validatorOptions(ValidatorOptions options) {
      this.validatorOptions = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * Sets the reader's options.
     *
     * @param options the options, must not be null
     * @return this builder
     */
    public Builder readerOptions(ReaderOptions options) {
      this.readerOptions = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * Sets the language of the validator's and the reader's messages.
     *
     * @param locale the locale: English for {@code en}, Spanish (es-MX) otherwise; must not be null
     * @return this builder
     */
    public Builder locale(Locale locale) {
      Objects.requireNonNull(locale, "locale");
      validatorOptions = validatorOptions.toBuilder().locale(locale).build();
      readerOptions = readerOptions.toBuilder().locale(locale).build();
      return this;
    }

    /**
     * Sets the as-of date of the validator, used by time-aware rules and by the corpus's analyses.
     *
     * @param asOf the date, must not be null
     * @return this builder
     */
    public Builder asOf(LocalDate asOf) {
      validatorOptions = validatorOptions.toBuilder().asOf(Objects.requireNonNull(asOf, "asOf")).build();
      return this;
    }

    /**
     * Sets the validator's profile.
     *
     * @param profile the profile, must not be null
     * @return this builder
     */
    public Builder profile(Profile profile) {
      validatorOptions = validatorOptions.toBuilder().profile(Objects.requireNonNull(profile, "profile")).build();
      return this;
    }

    /**
     * Sets how many files are read and checked at a time; results are still delivered in file order.
     *
     * @param threads between 1 and {@link #MAX_THREADS}
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder threads(int threads) {
      if (threads < 1 || threads > MAX_THREADS) {
        throw new IllegalArgumentException("threads must be between 1 and " + MAX_THREADS + ": " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options, never null
     */
    public CorpusOptions build() {
      return new CorpusOptions(this);
    }
  }
}
