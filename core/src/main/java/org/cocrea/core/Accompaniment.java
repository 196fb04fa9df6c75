package org.cocrea.core;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Accompaniment of the exercise by INAI or another body [S:SRC "el INAI acompaña"].
 *
 * <p>Spanish term: <i>Acompañamiento</i>. Builders hold incomplete or wrong data on purpose (only the identifier, where there
 * is one, is mandatory): checks belong to the validator, which reports every problem at once.
 *
 * <pre>{@code
 * Accompaniment.builder().organizationId("org-inai").kind(AccompanimentKind.WITNESS).date(LocalDate.of(2015, 3, 9)).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@ModelConstraints
@Value.Immutable
public interface Accompaniment extends Recorded {

  /**
   * Who accompanies.
   *
   * @return the value, or empty when not recorded
   */
  @Ref(Organization.class)
  Optional<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> organizationId();

  /**
   * How.
   *
   * @return the value, or empty when not recorded
   */
  Optional<AccompanimentKind> kind();

  /**
   * When.
   *
   * @return the date as precise as the source gives it (a year, a month or a day: the precision is kept,
   *     no day is invented), or empty when not recorded
   */
  Optional<PartialDate> date();

  /**
   * What was done.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> description();

  /**
   * The name, as text, when there is no record to refer to with organizationId. (format 1.1)
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> organizationName();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Accompaniment} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableAccompaniment.Builder {
    Builder() {}

    /**
     * Sets {@link Accompaniment#date()} to a day-precision date ({@link PartialDate#of(LocalDate)}); a month or a year
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
