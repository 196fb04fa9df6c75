package org.cocrea.core;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A change to a commitment's scope or dates, with reason and STL approval (COM-14).
 *
 * <p>Spanish term: <i>Modificación de compromiso</i>. Builders hold incomplete or wrong data on purpose (only the identifier, where there
 * is one, is mandatory): checks belong to the validator, which reports every problem at once.
 *
 * <pre>{@code
 * CommitmentChange.builder().date(LocalDate.of(2016, 3, 1)).reason("…").approvedByResolutionId("r-7").build();
 * }</pre>
 *
 * @since 0.1.0
 */
@ModelConstraints
@Value.Immutable
public interface CommitmentChange extends Recorded {

  /**
   * When.
   *
   * @return the date as precise as the source gives it (a year, a month or a day: the precision is kept,
   *     no day is invented), or empty when not recorded
   */
  Optional<PartialDate> date();

  /**
   * What changed.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> description();

  /**
   * Why.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> reason();

  /**
   * The STL resolution that approved it.
   *
   * @return the value, or empty when not recorded
   */
  @Ref(Resolution.class)
  Optional<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> approvedByResolutionId();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CommitmentChange} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableCommitmentChange.Builder {
    Builder() {}

    /**
     * Sets {@link CommitmentChange#date()} to a day-precision date ({@link PartialDate#of(LocalDate)}); a month or a year
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
