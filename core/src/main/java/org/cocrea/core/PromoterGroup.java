package org.cocrea.core;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The group that prepared an exercise before its STL existed [S:APT Chihuahua, NL].
 *
 * <p>Spanish term: <i>Grupo promotor</i>. Builders hold incomplete or wrong data on purpose (only the identifier, where there
 * is one, is mandatory): checks belong to the validator, which reports every problem at once.
 *
 * <pre>{@code
 * PromoterGroup.builder().formedOn(LocalDate.of(2016, 7, 1)).addMemberId("org-ichitaip").build();
 * }</pre>
 *
 * @since 0.1.0
 */
@ModelConstraints
@Value.Immutable
public interface PromoterGroup extends Recorded, RecordedParts {

  /**
   * When the group was formed.
   *
   * @return the date as precise as the source gives it (a year, a month or a day: the precision is kept,
   *     no day is invented), or empty when not recorded
   */
  Optional<PartialDate> formedOn();

  /**
   * Member organisations.
   *
   * @return the elements, never null, possibly empty
   */
  @Ref(Organization.class)
  List<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> memberIds();

  /**
   * The group's work plan.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.URL_PATTERN) String> workPlanUrl();

  /**
   * Names, as text, of those without a record with an id; those with one go in memberIds. (format 1.1)
   *
   * @return the elements, never null, possibly empty
   */
  List<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> memberNames();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PromoterGroup} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutablePromoterGroup.Builder {
    Builder() {}

    /**
     * Sets {@link PromoterGroup#formedOn()} to a day-precision date ({@link PartialDate#of(LocalDate)}); a month or a year
     * is set with the {@code PartialDate} form, e.g. {@code formedOn(PartialDate.parse("2016-09"))}.
     *
     * @param formedOn the calendar day
     * @return this builder
     */
    public Builder formedOn(LocalDate formedOn) {
      formedOn(PartialDate.of(formedOn));
      return this;
    }
  }
}
