package org.cocrea.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The written record that formalises the integration of the STL [S:F16].
 *
 * <p>Spanish term: <i>Acta de instalación</i>. Builders hold incomplete or wrong data on purpose (only the identifier, where there
 * is one, is mandatory): checks belong to the validator, which reports every problem at once.
 *
 * <pre>{@code
 * InstallationAct.builder().date(LocalDate.of(2015, 4, 10)).place("Durango, Dgo.").addSignatory(signatory).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@ModelConstraints
@Value.Immutable
public interface InstallationAct extends Recorded, RecordedParts {

  /**
   * Date of the act.
   *
   * @return the date as precise as the source gives it (a year, a month or a day: the precision is kept,
   *     no day is invented), or empty when not recorded
   */
  Optional<PartialDate> date();

  /**
   * Place.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> place();

  /**
   * Who signed, per sector (STL-02).
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid Signatory> signatories();

  /**
   * The published act.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.URL_PATTERN) String> documentUrl();

  /**
   * Whether the facilitator was designated in the same act [S:APT].
   *
   * @return the value, or empty when not recorded
   */
  Optional<Boolean> facilitatorDesignated();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link InstallationAct} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableInstallationAct.Builder {
    Builder() {}

    /**
     * Sets {@link InstallationAct#date()} to a day-precision date ({@link PartialDate#of(LocalDate)}); a month or a year
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
