package org.cocrea.core;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A name an organisation had, and when (format 1.1, reform-2025.md §2).
 *
 * <p>Builders hold incomplete or wrong data on purpose: checks belong to the schema and the validator.
 *
 * <pre>{@code
 * OrganizationName.builder().name("Instituto de Acceso a la Información").acronym("IAIP").until(PartialDate.ofYear(2016)).build();
 * }</pre>
 *
 * @since 0.2.0
 */
@Value.Immutable
public interface OrganizationName extends Sourced {

  /**
   * The name.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> name();

  /**
   * Its acronym.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> acronym();

  /**
   * Since when it had the name.
   *
   * @return the value, or empty when not recorded
   */
  Optional<PartialDate> from();

  /**
   * Until when it had the name.
   *
   * @return the value, or empty when not recorded
   */
  Optional<PartialDate> until();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link OrganizationName} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableOrganizationName.Builder {
    Builder() {}
  }
}
