package org.cocrea.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An indicator of a commitment: variable, unit, target and period [S:KIT8].
 *
 * <p>Spanish term: <i>Indicador</i>. Builders hold incomplete or wrong data on purpose (only the identifier, where there
 * is one, is mandatory): checks belong to the validator, which reports every problem at once.
 *
 * <pre>{@code
 * Indicator.builder().id("i-1").variable("Escuelas atendidas").unitOfMeasure("escuelas").target(new BigDecimal("30")).period("2016").build();
 * }</pre>
 *
 * @since 0.1.0
 */
@ModelConstraints
@Value.Immutable
public interface Indicator extends Recorded, RecordedParts {

  /**
   * Identifier.
   *
   * @return never null
   */
  @NotBlank @Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String id();

  /**
   * Name.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> name();

  /**
   * What is measured.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> variable();

  /**
   * Unit of measure.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> unitOfMeasure();

  /**
   * Baseline value [P].
   *
   * @return the value, or empty when not recorded
   */
  Optional<BigDecimal> baseline();

  /**
   * Target value.
   *
   * @return the value, or empty when not recorded
   */
  Optional<BigDecimal> target();

  /**
   * When the target should be reached (IND-03).
   *
   * @return the date as precise as the source gives it (a year, a month or a day: the precision is kept,
   *     no day is invented), or empty when not recorded
   */
  Optional<PartialDate> targetDate();

  /**
   * Period in which the change is measured.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> period();

  /**
   * Measurement frequency.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> frequency();

  /**
   * Type; its category (management or effect) follows from it.
   *
   * @return the value, or empty when not recorded
   */
  Optional<IndicatorType> type();

  /**
   * Measurements.
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid Measurement> measurements();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Indicator} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableIndicator.Builder {
    Builder() {}

    /**
     * Sets {@link Indicator#targetDate()} to a day-precision date ({@link PartialDate#of(LocalDate)}); a month or a year
     * is set with the {@code PartialDate} form, e.g. {@code targetDate(PartialDate.parse("2016-09"))}.
     *
     * @param targetDate the calendar day
     * @return this builder
     */
    public Builder targetDate(LocalDate targetDate) {
      targetDate(PartialDate.of(targetDate));
      return this;
    }
  }
}
