package org.cocrea.core;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Someone taking part in a table, with the sector they took part for.
 *
 * <p>Spanish term: <i>Participante</i>. Builders hold incomplete or wrong data on purpose (only the identifier, where there
 * is one, is mandatory): checks belong to the validator, which reports every problem at once.
 *
 * <pre>{@code
 * Participation.builder().organizationId("org-cca").sector(Sector.CIVIL_SOCIETY).stlMember(false).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Participation extends Recorded {

  /**
   * The organisation.
   *
   * @return the value, or empty when not recorded
   */
  @Ref(Organization.class)
  Optional<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> organizationId();

  /**
   * The person.
   *
   * @return the value, or empty when not recorded
   */
  @Ref(Person.class)
  Optional<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> personId();

  /**
   * Sector represented; the organisation's when absent.
   *
   * @return the value, or empty when not recorded
   */
  Optional<Sector> sector();

  /**
   * Whether the participant holds an STL seat (CO-04).
   *
   * @return the value, or empty when not recorded
   */
  Optional<Boolean> stlMember();

  /**
   * The name, as text, when there is no record to refer to with organizationId. (format 1.1)
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> organizationName();

  /**
   * The name, as text, when there is no record to refer to with personId. (format 1.1)
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

  /** Builds {@link Participation} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableParticipation.Builder {
    Builder() {}
  }
}
