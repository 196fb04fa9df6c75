package org.cocrea.core;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The published reasoned response to a proposal [S:OGP-GL reasoned response].
 *
 * <p>Spanish term: <i>Respuesta razonada</i>. Builders hold incomplete or wrong data on purpose (only the identifier, where there
 * is one, is mandatory): checks belong to the validator, which reports every problem at once.
 *
 * <pre>{@code
 * ReasonedResponse.builder().text("…").publishedOn(LocalDate.of(2015, 8, 25)).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@ModelConstraints
@Value.Immutable
public interface ReasonedResponse extends Recorded {

  /**
   * The rationale.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> text();

  /**
   * When it was published.
   *
   * @return the date as precise as the source gives it (a year, a month or a day: the precision is kept,
   *     no day is invented), or empty when not recorded
   */
  Optional<PartialDate> publishedOn();

  /**
   * Where.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.URL_PATTERN) String> url();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReasonedResponse} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableReasonedResponse.Builder {
    Builder() {}

    /**
     * Sets {@link ReasonedResponse#publishedOn()} to a day-precision date ({@link PartialDate#of(LocalDate)}); a month or a year
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
