package org.cocrea.core;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A consultation, survey or expert forum feeding the tables [S:APT][S:SIN].
 *
 * <p>Spanish term: <i>Insumo de diagnóstico</i>. Builders hold incomplete or wrong data on purpose (only the identifier, where there
 * is one, is mandatory): checks belong to the validator, which reports every problem at once.
 *
 * <pre>{@code
 * DiagnosticInput.builder().id("d-1").kind(DiagnosticKind.CITIZEN_CONSULTATION).date(LocalDate.of(2015, 7, 1)).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@ModelConstraints
@Value.Immutable
public interface DiagnosticInput extends Recorded {

  /**
   * Identifier.
   *
   * @return never null
   */
  @NotBlank @Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String id();

  /**
   * Kind.
   *
   * @return the value, or empty when not recorded
   */
  Optional<DiagnosticKind> kind();

  /**
   * Technique used [S:KIT3].
   *
   * @return the value, or empty when not recorded
   */
  Optional<Technique> technique();

  /**
   * Date.
   *
   * @return the date as precise as the source gives it (a year, a month or a day: the precision is kept,
   *     no day is invented), or empty when not recorded
   */
  Optional<PartialDate> date();

  /**
   * Description.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> description();

  /**
   * Number of participants.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@PositiveOrZero Integer> participants();

  /**
   * Report.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.URL_PATTERN) String> reportUrl();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DiagnosticInput} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableDiagnosticInput.Builder {
    Builder() {}

    /**
     * Sets {@link DiagnosticInput#date()} to a day-precision date ({@link PartialDate#of(LocalDate)}); a month or a year
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
