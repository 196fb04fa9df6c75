package org.cocrea.core;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An awareness or socialisation event of step 2: forum, workshop, training [S:SRC][S:APT].
 *
 * <p>Spanish term: <i>Evento de sensibilización y socialización</i>. Builders hold incomplete or wrong data on purpose (only the identifier, where there
 * is one, is mandatory): checks belong to the validator, which reports every problem at once.
 *
 * <pre>{@code
 * AwarenessEvent.builder().id("ev-1").date(LocalDate.of(2015, 3, 20)).format(EventFormat.FORUM).addAudience(Audience.CSO).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@ModelConstraints
@Value.Immutable
public interface AwarenessEvent extends Recorded, RecordedParts {

  /**
   * Identifier of the event.
   *
   * @return never null
   */
  @NotBlank @Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String id();

  /**
   * Title.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> title();

  /**
   * Date held.
   *
   * @return the date as precise as the source gives it (a year, a month or a day: the precision is kept,
   *     no day is invented), or empty when not recorded
   */
  Optional<PartialDate> date();

  /**
   * City.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> city();

  /**
   * Format.
   *
   * @return the value, or empty when not recorded
   */
  Optional<EventFormat> format();

  /**
   * Audiences addressed (EXE-04).
   *
   * @return the elements, never null, possibly empty
   */
  Set<Audience> audiences();

  /**
   * Number of attendees.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@PositiveOrZero Integer> attendees();

  /**
   * Organisers.
   *
   * @return the elements, never null, possibly empty
   */
  @Ref(Organization.class)
  List<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> organizerIds();

  /**
   * Names, as text, of those without a record with an id; those with one go in organizerIds. (format 1.1)
   *
   * @return the elements, never null, possibly empty
   */
  List<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> organizerNames();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AwarenessEvent} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableAwarenessEvent.Builder {
    Builder() {}

    /**
     * Sets {@link AwarenessEvent#date()} to a day-precision date ({@link PartialDate#of(LocalDate)}); a month or a year
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
