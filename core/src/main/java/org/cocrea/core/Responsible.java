package org.cocrea.core;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation answering for a milestone, and its side [S:TAB].
 *
 * <p>Spanish term: <i>Responsable</i>. Builders hold incomplete or wrong data on purpose (only the identifier, where there
 * is one, is mandatory): checks belong to the validator, which reports every problem at once.
 *
 * <pre>{@code
 * Responsible.builder().organizationId("org-sec").side(ResponsibleSide.GOVERNMENT).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Responsible extends Recorded {

  /**
   * The organisation.
   *
   * @return the value, or empty when not recorded
   */
  @Ref(Organization.class)
  Optional<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> organizationId();

  /**
   * Government or civil society.
   *
   * @return the value, or empty when not recorded
   */
  Optional<ResponsibleSide> side();

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

  /** Builds {@link Responsible} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableResponsible.Builder {
    Builder() {}
  }
}
