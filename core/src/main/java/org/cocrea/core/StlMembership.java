package org.cocrea.core;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A seat in the STL and who holds it [S:APT][S:KIT4].
 *
 * <p>Spanish term: <i>Integrante del STL (titular o suplente)</i>. Builders hold incomplete or wrong data on purpose (only the identifier, where there
 * is one, is mandatory): checks belong to the validator, which reports every problem at once.
 *
 * <pre>{@code
 * StlMembership.builder().id("m-1").organizationId("org-idaip").seatSector(Sector.GUARANTOR_BODY).role(StlRole.MEMBER).titular(true).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@ModelConstraints
@Value.Immutable
public interface StlMembership extends Recorded {

  /**
   * Identifier of the membership.
   *
   * @return never null
   */
  @NotBlank @Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String id();

  /**
   * The organisation holding the seat.
   *
   * @return the value, or empty when not recorded
   */
  @Ref(Organization.class)
  Optional<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> organizationId();

  /**
   * The person holding the seat.
   *
   * @return the value, or empty when not recorded
   */
  @Ref(Person.class)
  Optional<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> personId();

  /**
   * The sector of the seat, as recorded (data, not code: see STL-03).
   *
   * @return the value, or empty when not recorded
   */
  Optional<Sector> seatSector();

  /**
   * Role in the STL.
   *
   * @return the value, or empty when not recorded
   */
  Optional<StlRole> role();

  /**
   * True for a titular seat, false for an alternate.
   *
   * @return the value, or empty when not recorded
   */
  Optional<Boolean> titular();

  /**
   * For an alternate, the titular membership it stands in for (STL-07).
   *
   * @return the value, or empty when not recorded
   */
  @Ref(StlMembership.class)
  Optional<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> alternateOfId();

  /**
   * Start of the membership.
   *
   * @return the date as precise as the source gives it (a year, a month or a day: the precision is kept,
   *     no day is invented), or empty when not recorded
   */
  Optional<PartialDate> startDate();

  /**
   * End of the membership.
   *
   * @return the date as precise as the source gives it (a year, a month or a day: the precision is kept,
   *     no day is invented), or empty when not recorded
   */
  Optional<PartialDate> endDate();

  /**
   * How the seat was filled (STL-09, SIM-03).
   *
   * @return the value, or empty when not recorded
   */
  Optional<SelectionMethod> selection();

  /**
   * The public call that filled the seat.
   *
   * @return the value, or empty when not recorded
   */
  @Ref(PublicCall.class)
  Optional<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> publicCallId();

  /**
   * Region represented.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> region();

  /**
   * The name, as text, when there is no record to refer to with organizationId. (format 1.1)
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> organizationName();

  /**
   * The person's name when there is no record; a person without an organisation with seatSector CIVIL_SOCIETY is an individual member. (format 1.1)
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> personName();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StlMembership} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableStlMembership.Builder {
    Builder() {}

    /**
     * Sets {@link StlMembership#startDate()} to a day-precision date ({@link PartialDate#of(LocalDate)}); a month or a year
     * is set with the {@code PartialDate} form, e.g. {@code startDate(PartialDate.parse("2016-09"))}.
     *
     * @param startDate the calendar day
     * @return this builder
     */
    public Builder startDate(LocalDate startDate) {
      startDate(PartialDate.of(startDate));
      return this;
    }

    /**
     * Sets {@link StlMembership#endDate()} to a day-precision date ({@link PartialDate#of(LocalDate)}); a month or a year
     * is set with the {@code PartialDate} form, e.g. {@code endDate(PartialDate.parse("2016-09"))}.
     *
     * @param endDate the calendar day
     * @return this builder
     */
    public Builder endDate(LocalDate endDate) {
      endDate(PartialDate.of(endDate));
      return this;
    }
  }
}
