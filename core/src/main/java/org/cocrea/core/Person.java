package org.cocrea.core;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person taking part in the exercise. Contact data (email, phone) is personal data: exports leave it out unless asked.
 *
 * <p>Spanish term: <i>Persona</i>. Builders hold incomplete or wrong data on purpose (only the identifier, where there
 * is one, is mandatory): checks belong to the validator, which reports every problem at once.
 *
 * <pre>{@code
 * Person.builder().id("p-cazarez").name("Lorena Cázarez").organizationId("org-cavg").publicServant(false).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Person extends Recorded {

  /**
   * Identifier, unique among the exercise's people.
   *
   * @return never null
   */
  @NotBlank @Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String id();

  /**
   * Full name.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> name();

  /**
   * The organisation the person belongs to.
   *
   * @return the value, or empty when not recorded
   */
  @Ref(Organization.class)
  Optional<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> organizationId();

  /**
   * Position or title (cargo).
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> position();

  /**
   * Whether the person is a public servant (STL-04, SIM-02) [S:CIMTRA].
   *
   * @return the value, or empty when not recorded
   */
  Optional<Boolean> publicServant();

  /**
   * Seniority of the position (EXE-05) [P].
   *
   * @return the value, or empty when not recorded
   */
  Optional<Seniority> seniority();

  /**
   * Government institution the person served in, if a civil-society member was a public servant there (SIM-02).
   *
   * @return the value, or empty when not recorded
   */
  @Ref(Organization.class)
  Optional<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> formerPublicServantOfId();

  /**
   * Signed statement of no conflict of interest [S:YUC].
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.URL_PATTERN) String> conflictOfInterestStatementUrl();

  /**
   * Email address (personal data).
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = 320) @Pattern(regexp = Constraints.EMAIL_PATTERN) String> email();

  /**
   * Phone number (personal data).
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = 40) @Pattern(regexp = Constraints.NOT_BLANK) String> phone();

  /**
   * Cohort of the "Agentes Locales de Cambio" programme the person belongs to [S:APT].
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> changeAgentCohort();

  /**
   * The name, as text, when there is no record to refer to with organizationId. (format 1.1)
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> organizationName();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Person} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }
}
