package org.cocrea.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The Local Technical Secretariat (STL): the permanent multi-actor body of government, civil society and the guarantor body that leads the exercise [S:SRC][S:KIT3].
 *
 * <p>Spanish term: <i>Secretariado Técnico Local (STL)</i>. Builders hold incomplete or wrong data on purpose (only the identifier, where there
 * is one, is mandatory): checks belong to the validator, which reports every problem at once.
 *
 * <pre>{@code
 * LocalTechnicalSecretariat.builder().id("stl-1").installedOn(LocalDate.of(2015, 4, 10)).addMembership(membership).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@ModelConstraints
@Value.Immutable
public interface LocalTechnicalSecretariat extends Recorded, RecordedParts {

  /**
   * Identifier of the STL.
   *
   * @return never null
   */
  @NotBlank @Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String id();

  /**
   * Date of installation.
   *
   * @return the date as precise as the source gives it (a year, a month or a day: the precision is kept,
   *     no day is invented), or empty when not recorded
   */
  Optional<PartialDate> installedOn();

  /**
   * The installation act (STL-02) [S:F16].
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Valid InstallationAct> installationAct();

  /**
   * Seats and their holders, titular and alternate; the facilitator has role FACILITATOR.
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid StlMembership> memberships();

  /**
   * How sectors are represented.
   *
   * @return the value, or empty when not recorded
   */
  Optional<RepresentationModel> representationModel();

  /**
   * Decision-making or consultative.
   *
   * @return the value, or empty when not recorded
   */
  Optional<ForumType> forumType();

  /**
   * Operating rules (STL-05).
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Valid OperatingRules> rules();

  /**
   * Sessions held.
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid StlSession> sessions();

  /**
   * Vision [S:KIT4].
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> vision();

  /**
   * Mission [S:KIT4].
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> mission();

  /**
   * Shared values [S:KIT4].
   *
   * @return the elements, never null, possibly empty
   */
  List<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> values();

  /**
   * Communication plan [S:KIT4][S:KIT5].
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.URL_PATTERN) String> communicationPlanUrl();

  /**
   * Status.
   *
   * @return the value, or empty when not recorded
   */
  Optional<StlStatus> status();

  /**
   * The forum's own name ("Mesa de Estado Abierto"). (format 1.1)
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> name();

  /**
   * STL, promoter group, coalition, multi-stakeholder forum or other. Absent in a 1.0 file: STL. (format 1.1)
   *
   * @return the value, or empty when not recorded
   */
  Optional<ForumKind> kind();

  /**
   * Other exercises the same forum serves (LocalExercise.id of other files). (format 1.1)
   *
   * @return the elements, never null, possibly empty
   */
  List<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> sharedWithExerciseIds();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LocalTechnicalSecretariat} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableLocalTechnicalSecretariat.Builder {
    Builder() {}

    /**
     * Sets {@link LocalTechnicalSecretariat#installedOn()} to a day-precision date ({@link PartialDate#of(LocalDate)}); a month or a year
     * is set with the {@code PartialDate} form, e.g. {@code installedOn(PartialDate.parse("2016-09"))}.
     *
     * @param installedOn the calendar day
     * @return this builder
     */
    public Builder installedOn(LocalDate installedOn) {
      installedOn(PartialDate.of(installedOn));
      return this;
    }
  }
}
