package org.cocrea.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A progress report on the plan's implementation (step 6) [S:SRC][S:TAB].
 *
 * <p>Spanish term: <i>Reporte de avance</i>. Builders hold incomplete or wrong data on purpose (only the identifier, where there
 * is one, is mandatory): checks belong to the validator, which reports every problem at once.
 *
 * <pre>{@code
 * ProgressReport.builder().id("rep-1").periodFrom(LocalDate.of(2015, 9, 1)).periodTo(LocalDate.of(2016, 2, 29)).publishedOn(LocalDate.of(2016, 3, 15)).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@ModelConstraints
@Value.Immutable
public interface ProgressReport extends Recorded, RecordedParts {

  /**
   * Identifier.
   *
   * @return never null
   */
  @NotBlank @Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String id();

  /**
   * Start of the period covered.
   *
   * @return the date as precise as the source gives it (a year, a month or a day: the precision is kept,
   *     no day is invented), or empty when not recorded
   */
  Optional<PartialDate> periodFrom();

  /**
   * End of the period covered.
   *
   * @return the date as precise as the source gives it (a year, a month or a day: the precision is kept,
   *     no day is invented), or empty when not recorded
   */
  Optional<PartialDate> periodTo();

  /**
   * Publication date (TRK-01, TRK-02).
   *
   * @return the date as precise as the source gives it (a year, a month or a day: the precision is kept,
   *     no day is invented), or empty when not recorded
   */
  Optional<PartialDate> publishedOn();

  /**
   * Author.
   *
   * @return the value, or empty when not recorded
   */
  @Ref(Organization.class)
  Optional<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> authorId();

  /**
   * Role of the author.
   *
   * @return the value, or empty when not recorded
   */
  Optional<ReportAuthorRole> authorRole();

  /**
   * Where it is published.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.URL_PATTERN) String> url();

  /**
   * Updates to milestones (TRK-03).
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid MilestoneUpdate> milestoneUpdates();

  /**
   * Citizens' comments and the responsibles' replies [S:TAB].
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid CitizenComment> citizenComments();

  /**
   * The name, as text, when there is no record to refer to with authorId. (format 1.1)
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> authorName();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ProgressReport} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableProgressReport.Builder {
    Builder() {}

    /**
     * Sets {@link ProgressReport#periodFrom()} to a day-precision date ({@link PartialDate#of(LocalDate)}); a month or a year
     * is set with the {@code PartialDate} form, e.g. {@code periodFrom(PartialDate.parse("2016-09"))}.
     *
     * @param periodFrom the calendar day
     * @return this builder
     */
    public Builder periodFrom(LocalDate periodFrom) {
      periodFrom(PartialDate.of(periodFrom));
      return this;
    }

    /**
     * Sets {@link ProgressReport#periodTo()} to a day-precision date ({@link PartialDate#of(LocalDate)}); a month or a year
     * is set with the {@code PartialDate} form, e.g. {@code periodTo(PartialDate.parse("2016-09"))}.
     *
     * @param periodTo the calendar day
     * @return this builder
     */
    public Builder periodTo(LocalDate periodTo) {
      periodTo(PartialDate.of(periodTo));
      return this;
    }

    /**
     * Sets {@link ProgressReport#publishedOn()} to a day-precision date ({@link PartialDate#of(LocalDate)}); a month or a year
     * is set with the {@code PartialDate} form, e.g. {@code publishedOn(PartialDate.parse("2016-09"))}.
     *
     * @param publishedOn the calendar day
     * @return this builder
     */
    public Builder publishedOn(LocalDate publishedOn) {
      publishedOn(PartialDate.of(publishedOn));
      return this;
    }
  }
}
