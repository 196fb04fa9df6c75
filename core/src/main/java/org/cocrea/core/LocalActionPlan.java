package org.cocrea.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A Local Action Plan (PAL): the commitments co-created in the tables, with how they were co-created, tracked and evaluated [S:SRC][S:CHIH].
 *
 * <p>Spanish term: <i>Plan de Acción Local (PAL)</i>. Builders hold incomplete or wrong data on purpose (only the identifier, where there
 * is one, is mandatory): checks belong to the validator, which reports every problem at once.
 *
 * <pre>{@code
 * LocalActionPlan.builder().id("pal-1").ordinal(1).periodStart(LocalDate.of(2015, 9, 1)).periodEnd(LocalDate.of(2016, 8, 31)).addCommitment(commitment).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@ModelConstraints
@Value.Immutable
public interface LocalActionPlan extends Recorded, RecordedParts {

  /**
   * Identifier of the plan.
   *
   * @return never null
   */
  @NotBlank @Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String id();

  /**
   * 1 for the first plan, 2 for the second…
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Positive Integer> ordinal();

  /**
   * Title.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> title();

  /**
   * Start of the implementation period.
   *
   * @return the date as precise as the source gives it (a year, a month or a day: the precision is kept,
   *     no day is invented), or empty when not recorded
   */
  Optional<PartialDate> periodStart();

  /**
   * End of the implementation period.
   *
   * @return the date as precise as the source gives it (a year, a month or a day: the precision is kept,
   *     no day is invented), or empty when not recorded
   */
  Optional<PartialDate> periodEnd();

  /**
   * Date of approval by the STL (CO-07).
   *
   * @return the date as precise as the source gives it (a year, a month or a day: the precision is kept,
   *     no day is invented), or empty when not recorded
   */
  Optional<PartialDate> approvedOn();

  /**
   * The STL resolution that approved it (CO-07) [S:CHIH].
   *
   * @return the value, or empty when not recorded
   */
  @Ref(Resolution.class)
  Optional<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> approvedByResolutionId();

  /**
   * Publication date (TRN-03).
   *
   * @return the date as precise as the source gives it (a year, a month or a day: the precision is kept,
   *     no day is invented), or empty when not recorded
   */
  Optional<PartialDate> publishedOn();

  /**
   * Date of the launch event.
   *
   * @return the date as precise as the source gives it (a year, a month or a day: the precision is kept,
   *     no day is invented), or empty when not recorded
   */
  Optional<PartialDate> launchEventOn();

  /**
   * The published document (TRN-03).
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.URL_PATTERN) String> documentUrl();

  /**
   * Hash of the approved text (PAL-08) [P].
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = 200) @Pattern(regexp = Constraints.NOT_BLANK) String> approvedTextHash();

  /**
   * Hash of the published text (PAL-08) [P].
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = 200) @Pattern(regexp = Constraints.NOT_BLANK) String> publishedTextHash();

  /**
   * Status.
   *
   * @return the value, or empty when not recorded
   */
  Optional<PlanStatus> status();

  /**
   * The format's sections [S:F16].
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Valid PalSections> sections();

  /**
   * Cross-cutting themes the plan was reviewed against (PAL-06) [S:KIT8].
   *
   * @return the elements, never null, possibly empty
   */
  Set<CrossCuttingTheme> crossCuttingReview();

  /**
   * Public tracking dashboard [S:TAB].
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.URL_PATTERN) String> trackingDashboardUrl();

  /**
   * How the plan was co-created (step 4).
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Valid CoCreationProcess> coCreation();

  /**
   * The commitments.
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid Commitment> commitments();

  /**
   * Progress reports (step 6).
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid ProgressReport> progressReports();

  /**
   * Evaluations (step 6).
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid Evaluation> evaluations();

  /**
   * Short title, in the title's language. (format 1.1)
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> shortTitle();

  /**
   * Other titles, with their language. (format 1.1)
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid AlternativeTitle> alternativeTitles();

  /**
   * Identifiers assigned outside Cocrea. (format 1.1)
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid ExternalId> externalIds();

  /**
   * Every jurisdiction a joint plan covers (a state and municipalities; a coalition). Absent: the exercise's. (format 1.1)
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid Jurisdiction> jurisdictions();

  /**
   * When the plan was submitted (OGP Local: "submitted"). (format 1.1)
   *
   * @return the value, or empty when not recorded
   */
  Optional<PartialDate> submittedOn();

  /**
   * Institutions leading the plan. Refers to Organization.id. (format 1.1)
   *
   * @return the elements, never null, possibly empty
   */
  @Ref(Organization.class)
  List<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> leadInstitutionIds();

  /**
   * Names, as text, of those without a record with an id; those with one go in leadInstitutionIds. (format 1.1)
   *
   * @return the elements, never null, possibly empty
   */
  List<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> leadInstitutionNames();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LocalActionPlan} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableLocalActionPlan.Builder {
    Builder() {}

    /**
     * Sets {@link LocalActionPlan#periodStart()} to a day-precision date ({@link PartialDate#of(LocalDate)}); a month or a year
     * is set with the {@code PartialDate} form, e.g. {@code periodStart(PartialDate.parse("2016-09"))}.
     *
     * @param periodStart the calendar day
     * @return this builder
     */
    public Builder periodStart(LocalDate periodStart) {
      periodStart(PartialDate.of(periodStart));
      return this;
    }

    /**
     * Sets {@link LocalActionPlan#periodEnd()} to a day-precision date ({@link PartialDate#of(LocalDate)}); a month or a year
     * is set with the {@code PartialDate} form, e.g. {@code periodEnd(PartialDate.parse("2016-09"))}.
     *
     * @param periodEnd the calendar day
     * @return this builder
     */
    public Builder periodEnd(LocalDate periodEnd) {
      periodEnd(PartialDate.of(periodEnd));
      return this;
    }

    /**
     * Sets {@link LocalActionPlan#approvedOn()} to a day-precision date ({@link PartialDate#of(LocalDate)}); a month or a year
     * is set with the {@code PartialDate} form, e.g. {@code approvedOn(PartialDate.parse("2016-09"))}.
     *
     * @param approvedOn the calendar day
     * @return this builder
     */
    public Builder approvedOn(LocalDate approvedOn) {
      approvedOn(PartialDate.of(approvedOn));
      return this;
    }

    /**
     * Sets {@link LocalActionPlan#publishedOn()} to a day-precision date ({@link PartialDate#of(LocalDate)}); a month or a year
     * is set with the {@code PartialDate} form, e.g. {@code publishedOn(PartialDate.parse("2016-09"))}.
     *
     * @param publishedOn the calendar day
     * @return this builder
     */
    public Builder publishedOn(LocalDate publishedOn) {
      publishedOn(PartialDate.of(publishedOn));
      return this;
    }

    /**
     * Sets {@link LocalActionPlan#launchEventOn()} to a day-precision date ({@link PartialDate#of(LocalDate)}); a month or a year
     * is set with the {@code PartialDate} form, e.g. {@code launchEventOn(PartialDate.parse("2016-09"))}.
     *
     * @param launchEventOn the calendar day
     * @return this builder
     */
    public Builder launchEventOn(LocalDate launchEventOn) {
      launchEventOn(PartialDate.of(launchEventOn));
      return this;
    }
  }
}
