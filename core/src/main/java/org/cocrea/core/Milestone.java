package org.cocrea.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A verifiable step of a commitment, with deliverable, means of verification, responsibles and due date [S:TAB][S:OGP-TPL].
 *
 * <p>Spanish term: <i>Hito / actividad / meta</i>. Builders hold incomplete or wrong data on purpose (only the identifier, where there
 * is one, is mandatory): checks belong to the validator, which reports every problem at once.
 *
 * <pre>{@code
 * Milestone.builder().id("c-1-m1").number(1).description("…").deliverable("Informe publicado").verificationMeans("Portal").dueDate(LocalDate.of(2016, 2, 29)).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@ModelConstraints
@Value.Immutable
public interface Milestone extends Recorded, RecordedParts {

  /**
   * Identifier, unique in the exercise.
   *
   * @return never null
   */
  @NotBlank @Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String id();

  /**
   * Number in the commitment.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Positive Integer> number();

  /**
   * Description; the reference dashboard limited it to 500 characters [S:TAB].
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = 2000) @Pattern(regexp = Constraints.NOT_BLANK) String> description();

  /**
   * The deliverable (MIL-01, COM-07).
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> deliverable();

  /**
   * The means of verification (MIL-01).
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> verificationMeans();

  /**
   * Indicator as free text [S:TAB].
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> indicatorText();

  /**
   * Who answers for it (MIL-03, TRK-05).
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid Responsible> responsibles();

  /**
   * Start date.
   *
   * @return the date as precise as the source gives it (a year, a month or a day: the precision is kept,
   *     no day is invented), or empty when not recorded
   */
  Optional<PartialDate> startDate();

  /**
   * Due date (MIL-02).
   *
   * @return the date as precise as the source gives it (a year, a month or a day: the precision is kept,
   *     no day is invented), or empty when not recorded
   */
  Optional<PartialDate> dueDate();

  /**
   * Semester goal [S:TAB].
   *
   * @return the value, or empty when not recorded
   */
  Optional<MilestonePeriod> period();

  /**
   * Weight in percent of the commitment (MIL-05) [S:TAB].
   *
   * @return the value, or empty when not recorded
   */
  Optional<@DecimalMin("0") @DecimalMax("100") BigDecimal> weight();

  /**
   * Recorded status.
   *
   * @return the value, or empty when not recorded
   */
  Optional<MilestoneStatus> status();

  /**
   * When it was completed.
   *
   * @return the date as precise as the source gives it (a year, a month or a day: the precision is kept,
   *     no day is invented), or empty when not recorded
   */
  Optional<PartialDate> completedOn();

  /**
   * Progress narrative.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> progressNarrative();

  /**
   * Completion narrative.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> completionNarrative();

  /**
   * Evidence.
   *
   * @return the elements, never null, possibly empty
   */
  List<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.URL_PATTERN) String> evidenceUrls();

  /**
   * Whether the milestone is late as of a date: its due date has passed and it is not completed (completion after
   * the due date but on or before {@code asOf} no longer counts as late) [S:TAB legend "Tarde"].
   *
   * <p>A month or year due date ({@code 2016-09}) has passed only after its last day; a month or year completion
   * date counts only when its last day is on or before {@code asOf}: the answer is "late" only when the record
   * makes it certain.
   *
   * @param asOf the date of the assessment, must not be null
   * @return true when late; false when on time, completed or without a due date
   */
  default boolean isLate(LocalDate asOf) {
    java.util.Objects.requireNonNull(asOf, "asOf");
    // a month or year due date has passed only once its last day has; a completion counts once certainly done
    if (dueDate().isEmpty() || !dueDate().get().latest().isBefore(asOf)) {
      return false;
    }
    boolean completed = status().orElse(null) == MilestoneStatus.COMPLETED
        || completedOn().map(d -> !d.latest().isAfter(asOf)).orElse(false);
    return !completed;
  }

  /**
   * The status as of a date: {@link MilestoneStatus#LATE} when {@link #isLate(LocalDate)}, otherwise the recorded
   * status ({@link MilestoneStatus#COMPLETED} when a completion date on or before {@code asOf} is recorded,
   * {@link MilestoneStatus#NOT_STARTED} when nothing is recorded).
   *
   * @param asOf the date of the assessment, must not be null
   * @return the status, never null
   */
  default MilestoneStatus statusAsOf(LocalDate asOf) {
    if (isLate(asOf)) {
      return MilestoneStatus.LATE;
    }
    if (completedOn().map(d -> !d.latest().isAfter(asOf)).orElse(false)) {
      return MilestoneStatus.COMPLETED;
    }
    MilestoneStatus recorded = status().orElse(MilestoneStatus.NOT_STARTED);
    return recorded == MilestoneStatus.LATE ? MilestoneStatus.IN_PROGRESS : recorded;
  }

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Milestone} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableMilestone.Builder {
    Builder() {}

    /**
     * Sets {@link Milestone#startDate()} to a day-precision date ({@link PartialDate#of(LocalDate)}); a month or a year
     * is set with the {@code PartialDate} form, e.g. {@code startDate(PartialDate.parse("2016-09"))}.
     *
     * @param startDate the calendar day
     * @return this builder
     */
    public Builder startDate(LocalDate startDate) {
      startDate(PartialDate.of(startDate));
      return this;
    }

    /**
     * Sets {@link Milestone#dueDate()} to a day-precision date ({@link PartialDate#of(LocalDate)}); a month or a year
     * is set with the {@code PartialDate} form, e.g. {@code dueDate(PartialDate.parse("2016-09"))}.
     *
     * @param dueDate the calendar day
     * @return this builder
     */
    public Builder dueDate(LocalDate dueDate) {
      dueDate(PartialDate.of(dueDate));
      return this;
    }

    /**
     * Sets {@link Milestone#completedOn()} to a day-precision date ({@link PartialDate#of(LocalDate)}); a month or a year
     * is set with the {@code PartialDate} form, e.g. {@code completedOn(PartialDate.parse("2016-09"))}.
     *
     * @param completedOn the calendar day
     * @return this builder
     */
    public Builder completedOn(LocalDate completedOn) {
      completedOn(PartialDate.of(completedOn));
      return this;
    }
  }
}
