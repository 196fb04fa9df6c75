package org.cocrea.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A session of the STL with its attendance, agenda and resolutions [S:SIN].
 *
 * <p>Spanish term: <i>Sesión del STL</i>. Builders hold incomplete or wrong data on purpose (only the identifier, where there
 * is one, is mandatory): checks belong to the validator, which reports every problem at once.
 *
 * <pre>{@code
 * StlSession.builder().id("s-1").number(1).type(SessionType.ORDINARY).date(LocalDate.of(2015, 5, 4)).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@ModelConstraints
@Value.Immutable
public interface StlSession extends Recorded, RecordedParts {

  /**
   * Identifier of the session.
   *
   * @return never null
   */
  @NotBlank @Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String id();

  /**
   * Number of the session.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Positive Integer> number();

  /**
   * Type of session.
   *
   * @return the value, or empty when not recorded
   */
  Optional<SessionType> type();

  /**
   * Date held.
   *
   * @return the date as precise as the source gives it (a year, a month or a day: the precision is kept,
   *     no day is invented), or empty when not recorded
   */
  Optional<PartialDate> date();

  /**
   * When the agenda and documents were sent (SES-03).
   *
   * @return the date as precise as the source gives it (a year, a month or a day: the precision is kept,
   *     no day is invented), or empty when not recorded
   */
  Optional<PartialDate> agendaSentOn();

  /**
   * Who chaired it.
   *
   * @return the value, or empty when not recorded
   */
  @Ref(StlMembership.class)
  Optional<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> chairMembershipId();

  /**
   * Who attended.
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid Attendance> attendance();

  /**
   * Agenda items (orden del día).
   *
   * @return the elements, never null, possibly empty
   */
  List<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> agenda();

  /**
   * Resolutions adopted (acuerdos).
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid Resolution> resolutions();

  /**
   * Published minutes.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.URL_PATTERN) String> minutesUrl();

  /**
   * Published video [S:SIN].
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.URL_PATTERN) String> videoUrl();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StlSession} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableStlSession.Builder {
    Builder() {}

    /**
     * Sets {@link StlSession#date()} to a day-precision date ({@link PartialDate#of(LocalDate)}); a month or a year
     * is set with the {@code PartialDate} form, e.g. {@code date(PartialDate.parse("2016-09"))}.
     *
     * @param date the calendar day
     * @return this builder
     */
    public Builder date(LocalDate date) {
      date(PartialDate.of(date));
      return this;
    }

    /**
     * Sets {@link StlSession#agendaSentOn()} to a day-precision date ({@link PartialDate#of(LocalDate)}); a month or a year
     * is set with the {@code PartialDate} form, e.g. {@code agendaSentOn(PartialDate.parse("2016-09"))}.
     *
     * @param agendaSentOn the calendar day
     * @return this builder
     */
    public Builder agendaSentOn(LocalDate agendaSentOn) {
      agendaSentOn(PartialDate.of(agendaSentOn));
      return this;
    }
  }
}
