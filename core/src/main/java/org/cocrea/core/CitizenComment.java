package org.cocrea.core;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A citizen's comment on a progress report and the reply; the commenter's name is not kept [S:TAB].
 *
 * <p>Spanish term: <i>Comentario ciudadano</i>. Builders hold incomplete or wrong data on purpose (only the identifier, where there
 * is one, is mandatory): checks belong to the validator, which reports every problem at once.
 *
 * <pre>{@code
 * CitizenComment.builder().date(LocalDate.of(2016, 3, 20)).text("…").build();
 * }</pre>
 *
 * @since 0.1.0
 */
@ModelConstraints
@Value.Immutable
public interface CitizenComment extends Recorded {

  /**
   * When.
   *
   * @return the date as precise as the source gives it (a year, a month or a day: the precision is kept,
   *     no day is invented), or empty when not recorded
   */
  Optional<PartialDate> date();

  /**
   * The comment.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> text();

  /**
   * The responsibles' reply.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> reply();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CitizenComment} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableCitizenComment.Builder {
    Builder() {}

    /**
     * Sets {@link CitizenComment#date()} to a day-precision date ({@link PartialDate#of(LocalDate)}); a month or a year
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
