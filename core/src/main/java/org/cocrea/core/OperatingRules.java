package org.cocrea.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The STL's operating rules: quorum, agenda notice, decision rule, continuity [S:KIT5][S:OGP-STD MR 1].
 *
 * <p>Spanish term: <i>Reglas / lineamientos de operación</i>. Builders hold incomplete or wrong data on purpose (only the identifier, where there
 * is one, is mandatory): checks belong to the validator, which reports every problem at once.
 *
 * <pre>{@code
 * OperatingRules.builder().approvedOn(LocalDate.of(2015, 5, 1)).decisionRule(DecisionRule.CONSENSUS).agendaNoticeDays(5).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@ModelConstraints
@Value.Immutable
public interface OperatingRules extends Recorded {

  /**
   * Date of approval.
   *
   * @return the date as precise as the source gives it (a year, a month or a day: the precision is kept,
   *     no day is invented), or empty when not recorded
   */
  Optional<PartialDate> approvedOn();

  /**
   * Where the rules are public (STL-05).
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.URL_PATTERN) String> publishedUrl();

  /**
   * Quorum rule.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Valid QuorumRule> quorum();

  /**
   * Days of notice for the agenda (SES-03).
   *
   * @return the value, or empty when not recorded
   */
  Optional<@PositiveOrZero Integer> agendaNoticeDays();

  /**
   * Decision rule.
   *
   * @return the value, or empty when not recorded
   */
  Optional<DecisionRule> decisionRule();

  /**
   * Months between ordinary sessions [S:OGP-STD ≤ 6].
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Positive Integer> meetingFrequencyMonths();

  /**
   * Whether the rules provide for alternates.
   *
   * @return the value, or empty when not recorded
   */
  Optional<Boolean> alternatesPolicy();

  /**
   * Whether the rules provide for rotation.
   *
   * @return the value, or empty when not recorded
   */
  Optional<Boolean> rotationPolicy();

  /**
   * Whether the rules provide a succession plan (STL-10).
   *
   * @return the value, or empty when not recorded
   */
  Optional<Boolean> successionPlan();

  /**
   * Whether the rules provide for continuity through crises or elections (STL-10).
   *
   * @return the value, or empty when not recorded
   */
  Optional<Boolean> crisisContinuityAgreement();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link OperatingRules} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableOperatingRules.Builder {
    Builder() {}

    /**
     * Sets {@link OperatingRules#approvedOn()} to a day-precision date ({@link PartialDate#of(LocalDate)}); a month or a year
     * is set with the {@code PartialDate} form, e.g. {@code approvedOn(PartialDate.parse("2016-09"))}.
     *
     * @param approvedOn the calendar day
     * @return this builder
     */
    public Builder approvedOn(LocalDate approvedOn) {
      approvedOn(PartialDate.of(approvedOn));
      return this;
    }
  }
}
