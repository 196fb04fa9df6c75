package org.cocrea.core;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The four suggested items of a PAL's introduction [S:F16].
 *
 * <p>Spanish term: <i>Introducción</i>. Builders hold incomplete or wrong data on purpose (only the identifier, where there
 * is one, is mandatory): checks belong to the validator, which reports every problem at once.
 *
 * <pre>{@code
 * Introduction.builder().context("…").importance("…").actors("…").expectedOutcomes("…").build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Introduction extends Recorded, RecordedParts {

  /**
   * (I) Context and challenges of the jurisdiction.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> context();

  /**
   * (II) Why the exercise matters.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> importance();

  /**
   * (III) Actors involved and why their collaboration matters.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> actors();

  /**
   * (III) The actors named, by id (PAL-05).
   *
   * @return the elements, never null, possibly empty
   */
  @Ref(Organization.class)
  List<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> actorIds();

  /**
   * (IV) What open government should translate into.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> expectedOutcomes();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Introduction} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableIntroduction.Builder {
    Builder() {}
  }
}
