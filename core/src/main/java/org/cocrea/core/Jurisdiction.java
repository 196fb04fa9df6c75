package org.cocrea.core;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The state, municipality or alcaldía of an exercise [S:SRC].
 *
 * <p>Spanish term: <i>Entidad federativa / municipio / alcaldía</i>. Builders hold incomplete or wrong data on purpose (only the identifier, where there
 * is one, is mandatory): checks belong to the validator, which reports every problem at once.
 *
 * <pre>{@code
 * Jurisdiction.builder().name("Durango").level(JurisdictionLevel.STATE).code("MX-DUR").build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Jurisdiction extends Recorded {

  /**
   * A code, preferably ISO 3166-2 for states (for example {@code MX-DUR}).
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> code();

  /**
   * Name of the jurisdiction.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> name();

  /**
   * Level of government.
   *
   * @return the value, or empty when not recorded
   */
  Optional<JurisdictionLevel> level();

  /**
   * INEGI geostatistical code [P].
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = 12) @Pattern(regexp = "[0-9]+") String> inegiCode();

  /**
   * Name of the state a municipality belongs to.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> parentName();

  /**
   * Country of the jurisdiction; absent: Mexico. (format 1.1)
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Pattern(regexp = Constraints.COUNTRY_CODE_PATTERN) String> country();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Jurisdiction} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableJurisdiction.Builder {
    Builder() {}
  }
}
