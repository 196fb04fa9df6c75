package org.cocrea.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cocrea.core.Sector;
import org.cocrea.validation.regime.StateRegimes;
import org.immutables.value.Value;

/**
 * How a validator checks: the language of messages, the profile, the as-of date for time-aware rules, threshold
 * overrides and the sector mapping used by the composition rules. Immutable.
 *
 * <p><b>The as-of date.</b> Time-aware rules (TRK-01, TRK-06, EVA-01 and the others whose {@link Rule#isTimeAware()}
 * is true) judge an exercise at a date. By default that date is <em>today in Mexico City</em> ({@link
 * #DEFAULT_ZONE}), the same as the command line's, and it is read from {@link #clock()} at the start of every check:
 * a validator kept for months in a server judges each exercise at the day it is checked, never at the day it was
 * built. Give {@link #asOf()} to judge at a fixed date (reproducible reports), a {@link #clock()} to test, or turn the
 * time-aware rules off with {@code timeAwareRules(false)}: they are then not applicable and every report lists them
 * ({@link ValidationReport#notJudged()}).
 *
 * <pre>{@code
 * ValidatorOptions.defaults().resolveAsOf();                     // Optional[today in America/Mexico_City]
 * ValidatorOptions.builder().asOf(LocalDate.of(2016, 12, 31)).build().resolveAsOf(); // Optional[2016-12-31]
 * ValidatorOptions.builder().timeAwareRules(false).build().resolveAsOf();             // Optional.empty
 * }</pre>
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
 * <p>An unknown threshold is rejected at once by {@link Builder#threshold(String, Number)}, and by {@link
 * Builder#build()} when it came through the builder's other map methods; an empty set of government seat sectors is
 * rejected by {@link Builder#build()} (both with {@link IllegalArgumentException}). A null argument is rejected at once
 * with {@link NullPointerException}. Two options holding the same values are equal.
 *
 * @since 0.1.0
 */
@Value.Immutable
@Value.Style(
    jdkOnly = true,
    depluralize = true,
    overshadowImplementation = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    defaults = @Value.Immutable(copy = false))
public abstract class ValidatorOptions {

  /** The time zone of the default as-of date: {@code America/Mexico_City}, the same as the command line's. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("America/Mexico_City");

  /** Default most findings kept per rule and exercise (see {@link #maxFindingsPerRule()}). */
  public static final int DEFAULT_MAX_FINDINGS_PER_RULE = 1_000;

  private static final ValidatorOptions DEFAULTS = builder().build();

  ValidatorOptions() {}

  /**
   * The defaults: Spanish (es-MX), {@link Profile#BY_FRAMEWORK} (each exercise judged by its declared frameworks),
   * time-aware rules judged at today's date in Mexico City
   * (read at each check), default thresholds, only {@link Sector#GOVERNMENT} seats counted as government, and at most
   * 1,000 findings kept per rule.
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
   * The language of messages: English for {@code en}, Spanish (es-MX) otherwise.
   *
   * @return the locale, never null
   */
  @Value.Default
  public Locale locale() {
    return Locale.forLanguageTag("es-MX");
  }

  /**
   * The profile: {@link Profile#BY_FRAMEWORK} by default, the rule set and severities following each exercise's
   * declared framework(s); {@link Profile#INAI_CORE} or {@link Profile#OGP_LOCAL} for a fixed policy.
   *
   * @return the profile, never null
   */
  @Value.Default
  public Profile profile() {
    return Profile.BY_FRAMEWORK;
  }

  /**
   * A fixed date the exercise is assessed at; when empty, the date of each check is today on {@link #clock()}
   * (see {@link #resolveAsOf()}).
   *
   * @return the fixed date, or empty for today's
   */
  public abstract Optional<LocalDate> asOf();

  /**
   * The clock that gives today's date when no {@link #asOf()} is fixed: by default the system clock in {@link
   * #DEFAULT_ZONE}. A fixed clock makes tests reproducible.
   *
   * <pre>{@code
   * Clock clock = Clock.fixed(Instant.parse("2017-01-01T05:00:00Z"), ValidatorOptions.DEFAULT_ZONE);
   * ValidatorOptions options = ValidatorOptions.builder().clock(clock).build();  // 2016-12-31 (23:00 in Mexico City)
   * }</pre>
   *
   * @return the clock, never null
   */
  @Value.Default
  public Clock clock() {
    return Clock.system(DEFAULT_ZONE);
  }

  /**
   * Whether the time-aware rules are judged. When false, no date is used: those rules are not applicable and the
   * report lists them in {@link ValidationReport#notJudged()}. It cannot be false with a fixed {@link #asOf()}.
   *
   * @return true (the default) to judge the time-aware rules
   */
  @Value.Default
  public boolean timeAwareRules() {
    return true;
  }

  /**
   * The date a check starting now uses: {@link #asOf()} when fixed; none when {@link #timeAwareRules()} is false;
   * otherwise today on {@link #clock()}. The validator calls it once at the start of each check.
   *
   * <pre>{@code
   * LocalDate today = ValidatorOptions.defaults().resolveAsOf().orElseThrow();   // today in Mexico City
   * }</pre>
   *
   * @return the date, or empty when the time-aware rules are off
   */
  public Optional<LocalDate> resolveAsOf() {
    if (asOf().isPresent()) {
      return asOf();
    }
    return timeAwareRules() ? Optional.of(LocalDate.now(clock())) : Optional.empty();
  }

  /**
   * Threshold overrides, keyed {@code "<rule id>.<threshold>"}.
   *
   * @return the overrides, never null
   */
  public abstract Map<String, Number> thresholds();

  /**
   * Seat sectors counted as government by the composition rules (STL-03, SIM rules). Sinaloa passes STL-03 only if
   * autonomous bodies are not counted as government (methodology.md 5.2), so this is configurable.
   *
   * @return the sectors, never null, never empty
   */
  @Value.Default
  public Set<Sector> governmentSeatSectors() {
    return EnumSet.of(Sector.GOVERNMENT);
  }

  /**
   * The most findings a report keeps per rule and exercise; further failures are still counted in the rule's result
   * and summed up in one INFO finding of the rule ({@code findings.omitted}). Bounds the memory a report needs for an
   * exercise with hundreds of thousands of failing elements (issue 15, M1); real plans have tens.
   *
   * @return the limit, positive; 1,000 by default
   */
  @Value.Default
  public int maxFindingsPerRule() {
    return DEFAULT_MAX_FINDINGS_PER_RULE;
  }

  /**
   * The guarantor regime of each state across the 2025 reform, which the guarantor rules judge each event under
   * (reform-2025.md §2): the table shipped with Cocrea unless the user gives their own ({@link
   * StateRegimes#read(java.nio.file.Path)}), because it is a snapshot and will change.
   *
   * <pre>{@code
   * ValidatorOptions.builder().regimes(StateRegimes.read(Path.of("my-regimes.csv"))).build();
   * }</pre>
   *
   * @return the table, never null
   */
  @Value.Default
  public StateRegimes regimes() {
    return StateRegimes.defaults();
  }

  /**
   * A builder holding these options.
   *
   * @return a builder, never null
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Checks the thresholds and the sectors when the options are built. */
  @Value.Check
  void check() {
    thresholds().keySet().forEach(ValidatorOptions::requireKnownThreshold);
    if (asOf().isPresent() && !timeAwareRules()) {
      throw new IllegalArgumentException("asOf is given but timeAwareRules is false");
    }
    if (maxFindingsPerRule() <= 0) {
      throw new IllegalArgumentException("maxFindingsPerRule must be positive: " + maxFindingsPerRule());
    }
    if (governmentSeatSectors().isEmpty()) {
      throw new IllegalArgumentException("governmentSeatSectors must not be empty");
    }
  }

  private static void requireKnownThreshold(String key) {
    int dot = key.indexOf('.');
    boolean known = dot > 0 && Rules.byId(key.substring(0, dot))
        .map(r -> r.thresholds().containsKey(key.substring(dot + 1))).orElse(false);
    if (!known) {
      throw new IllegalArgumentException("unknown threshold: " + key);
    }
  }

  /**
   * Builds {@link ValidatorOptions}, starting from the defaults. {@code locale}, {@code profile}, {@code asOf},
   * {@code clock}, {@code timeAwareRules}, {@code maxFindingsPerRule}, {@code governmentSeatSectors} and
   * {@code regimes} set the attributes of the same name; {@link #threshold(String, Number)} overrides a threshold. A
   * null argument throws {@link NullPointerException} at once; {@link #build()} throws {@link
   * IllegalArgumentException} for an empty set of government seat sectors, an unknown threshold, a maximum of findings
   * below 1, or a fixed {@code asOf} with {@code timeAwareRules(false)}. Not thread-safe.
   */
  public static final class Builder extends ImmutableValidatorOptions.Builder {

    /** A builder starting from the defaults, as {@link ValidatorOptions#builder()}. */
    public Builder() {}

    /**
     * Overrides a threshold.
     *
     * @param key {@code "<rule id>.<threshold>"}, for example {@code "STL-06.maxGapDays"}, must not be null
     * @param value the value, must not be null
     * @return this builder
     * @throws IllegalArgumentException if no rule declares the threshold
     */
    public Builder threshold(String key, Number value) {
      requireKnownThreshold(Objects.requireNonNull(key, "key"));
      return putThreshold(key, Objects.requireNonNull(value, "value"));
    }
  }
}
