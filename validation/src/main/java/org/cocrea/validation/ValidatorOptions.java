package org.cocrea.validation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cocrea.core.Sector;

/**
 * How a validator checks: the language of messages, the profile, the as-of date for time-aware rules, threshold
 * overrides and the sector mapping used by the composition rules. Immutable.
 *
 * <pre>{@code
 * ValidatorOptions options = ValidatorOptions.builder()
 *     .locale(Locale.ENGLISH)
 *     .profile(Profile.OGP_LOCAL)
 *     .asOf(LocalDate.of(2016, 12, 31))
 *     .threshold("STL-06.maxGapDays", 200)
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ValidatorOptions {

  private static final ValidatorOptions DEFAULTS = builder().build();

  private final Locale locale;
  private final Profile profile;
  private final LocalDate asOf;
  private final Map<String, Number> thresholds;
  private final Set<Sector> governmentSeatSectors;

  private ValidatorOptions(Builder b) {
    this.locale = b.locale;
    this.profile = b.profile;
    this.asOf = b.asOf;
    this.thresholds = Map.copyOf(b.thresholds);
    this.governmentSeatSectors = Set.copyOf(b.governmentSeatSectors);
  }

  /**
   * The defaults: Spanish (es-MX), {@link Profile#INAI_CORE}, no as-of date, default thresholds, and only
   * {@link Sector#GOVERNMENT} seats counted as government.
   *
   * @return the default options, never null
   */
  public static ValidatorOptions defaults() {
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
   * The language of messages.
   *
   * @return the locale, never null
   */
  public Locale locale() {
    return locale;
  }

  /**
   * The profile.
   *
   * @return the profile, never null
   */
  public Profile profile() {
    return profile;
  }

  /**
   * The date the exercise is assessed at; time-aware rules are not applicable without it.
   *
   * @return the date, or empty
   */
  public Optional<LocalDate> asOf() {
    return Optional.ofNullable(asOf);
  }

  /**
   * Threshold overrides, keyed {@code "<rule id>.<threshold>"}.
   *
   * @return the overrides, never null
   */
  public Map<String, Number> thresholds() {
    return thresholds;
  }

  /**
   * Seat sectors counted as government by the composition rules (STL-03, SIM rules). Sinaloa passes STL-03 only if
   * autonomous bodies are not counted as government (methodology.md 5.2), so this is configurable.
   *
   * @return the sectors, never null, never empty
   */
  public Set<Sector> governmentSeatSectors() {
    return governmentSeatSectors;
  }

  /**
   * A builder holding these options.
   *
   * @return a builder, never null
   */
  public Builder toBuilder() {
    Builder b = new Builder().locale(locale).profile(profile).governmentSeatSectors(governmentSeatSectors);
    b.asOf = asOf;
    b.thresholds.putAll(thresholds);
    return b;
  }

  /** Builds {@link ValidatorOptions}. Not thread-safe. */
  public static final class Builder {
    private Locale locale = Locale.forLanguageTag("es-MX");
    private Profile profile = Profile.INAI_CORE;
    private LocalDate asOf;
    private final Map<String, Number> thresholds = new LinkedHashMap<>();
    private Set<Sector> governmentSeatSectors = EnumSet.of(Sector.GOVERNMENT);

    private Builder() {}

    /**
     * Sets the language of messages: English for {@code en}, Spanish (es-MX) otherwise.
     *
     * @param locale the locale, must not be null
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Sets the profile.
     *
     * @param profile the profile, must not be null
     * @return this builder
     */
    public Builder profile(Profile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /**
     * Sets the as-of date for time-aware rules.
     *
     * @param asOf the date, must not be null
     * @return this builder
     */
    public Builder asOf(LocalDate asOf) {
      this.asOf = Objects.requireNonNull(asOf, "asOf");
      return this;
    }

    /**
     * Overrides a threshold.
     *
     * @param key {@code "<rule id>.<threshold>"}, for example {@code "STL-06.maxGapDays"}, must not be null
     * @param value the value, must not be null
     * @return this builder
     * @throws IllegalArgumentException if no rule declares the threshold
     */
    public Builder threshold(String key, Number value) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
      int dot = key.indexOf('.');
      boolean known = dot > 0 && Rules.byId(key.substring(0, dot))
          .map(r -> r.thresholds().containsKey(key.substring(dot + 1))).orElse(false);
      if (!known) {
        throw new IllegalArgumentException("unknown threshold: " + key);
      }
      thresholds.put(key, value);
      return this;
    }

    /**
     * Sets the seat sectors counted as government by the composition rules.
     *
     * @param sectors the sectors, must not be null or empty
     * @return this builder
     * @throws IllegalArgumentException if the set is empty
     */
    public Builder governmentSeatSectors(Set<Sector> sectors) {
      if (sectors.isEmpty()) {
        throw new IllegalArgumentException("governmentSeatSectors must not be empty");
      }
      this.governmentSeatSectors = EnumSet.copyOf(sectors);
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options, never null
     */
    public ValidatorOptions build() {
      return new ValidatorOptions(this);
    }
  }
}
