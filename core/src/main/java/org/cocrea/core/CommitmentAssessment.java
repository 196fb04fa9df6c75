package org.cocrea.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import java.util.List;
import org.immutables.value.Value;

/**
 * An IRM-style assessment of one commitment [S:OGP-GL][S:IRM-STAR].
 *
 * <p>Spanish term: <i>Valoración de compromiso</i>. Builders hold incomplete or wrong data on purpose (only the identifier, where there
 * is one, is mandatory): checks belong to the validator, which reports every problem at once.
 *
 * <pre>{@code
 * CommitmentAssessment.builder().commitmentId("c-1").verifiable(true).completion(Completion.SUBSTANTIAL).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@ModelConstraints
@Value.Immutable
public interface CommitmentAssessment extends Recorded, RecordedParts {

  /**
   * The commitment assessed.
   *
   * @return the value, or empty when not recorded
   */
  @Ref(Commitment.class)
  Optional<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> commitmentId();

  /**
   * When.
   *
   * @return the date as precise as the source gives it (a year, a month or a day: the precision is kept,
   *     no day is invented), or empty when not recorded
   */
  Optional<PartialDate> date();

  /**
   * Verifiable.
   *
   * @return the value, or empty when not recorded
   */
  Optional<Boolean> verifiable();

  /**
   * Has an open-government lens (relevant to a core value).
   *
   * @return the value, or empty when not recorded
   */
  Optional<Boolean> openGovLens();

  /**
   * Potential for results.
   *
   * @return the value, or empty when not recorded
   */
  Optional<PotentialForResults> potentialForResults();

  /**
   * Legacy specificity.
   *
   * @return the value, or empty when not recorded
   */
  Optional<Specificity> specificity();

  /**
   * Legacy potential impact.
   *
   * @return the value, or empty when not recorded
   */
  Optional<PotentialImpact> potentialImpact();

  /**
   * Completion (EVA-05).
   *
   * @return the value, or empty when not recorded
   */
  Optional<Completion> completion();

  /**
   * Early results.
   *
   * @return the value, or empty when not recorded
   */
  Optional<DidItOpenGovernment> didItOpenGovernment();

  /**
   * Selected as promising.
   *
   * @return the value, or empty when not recorded
   */
  Optional<Boolean> promising();

  /**
   * Whether completion is "high": {@link Completion#SUBSTANTIAL} or {@link Completion#COMPLETE} [S:OGP-GL completion].
   *
   * @return true for high completion
   */
  default boolean highCompletion() {
    return completion().map(c -> c == Completion.SUBSTANTIAL || c == Completion.COMPLETE).orElse(false);
  }

  /**
   * Whether the IRM would star the commitment (EVA-06) [S:IRM-STAR]: verifiable (specificity MEDIUM or HIGH, or
   * recorded as verifiable), relevant to a core value (open-government lens), potential impact TRANSFORMATIVE (or
   * MODERATE under the rules before the bar was raised) and high completion.
   *
   * @param preRaiseRules true to accept MODERATE potential impact, as the IRM did before raising the bar
   * @return true when starred
   */
  default boolean isStarred(boolean preRaiseRules) {
    boolean verifiable = specificity().map(s -> s == Specificity.MEDIUM || s == Specificity.HIGH)
        .orElse(verifiable().orElse(false));
    boolean relevant = openGovLens().orElse(false);
    boolean impact = potentialImpact().map(p -> p == PotentialImpact.TRANSFORMATIVE
        || (preRaiseRules && p == PotentialImpact.MODERATE)).orElse(false);
    return verifiable && relevant && impact && highCompletion();
  }

  /**
   * OGP Local inception assessment: is it relevant to OGP values? (format 1.1)
   *
   * @return the value, or empty when not recorded
   */
  Optional<YesNoUnclear> relevantToOgpValues();

  /**
   * OGP Local inception assessment. (format 1.1)
   *
   * @return the value, or empty when not recorded
   */
  Optional<OgpLocalPotentialForResults> ogpLocalPotentialForResults();

  /**
   * OGP Local inception assessment: true = continuation of ongoing practice; false = new. (format 1.1)
   *
   * @return the value, or empty when not recorded
   */
  Optional<Boolean> continuesExistingPractice();

  /**
   * The assessor's own words ("from limited to substantial"), beside the coded level in completion. (format 1.1)
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> completionText();

  /**
   * The OGP Local end-of-commitment answer; didItOpenGovernment is IRM's scale. (format 1.1)
   *
   * @return the value, or empty when not recorded
   */
  Optional<YesNoUnclear> openedGovernment();

  /**
   * The assessor's explanation. (format 1.1)
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> explanation();

  /**
   * Who assessed this commitment, when they differ from the evaluation's. (format 1.1)
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid Assessor> assessors();

  /**
   * This commitment's report (OGP Local publishes one per commitment). (format 1.1)
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.URL_PATTERN) String> reportUrl();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CommitmentAssessment} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableCommitmentAssessment.Builder {
    Builder() {}

    /**
     * Sets {@link CommitmentAssessment#date()} to a day-precision date ({@link PartialDate#of(LocalDate)}); a month or a year
     * is set with the {@code PartialDate} form, e.g. {@code date(PartialDate.parse("2016-09"))}.
     *
     * @param date the calendar day
     * @return this builder
     */
    public Builder date(LocalDate date) {
      date(PartialDate.of(date));
      return this;
    }
  }
}
