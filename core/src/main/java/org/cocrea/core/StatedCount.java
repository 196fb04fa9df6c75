package org.cocrea.core;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How many items of one of an element's lists a source says there are ("12 compromisos"), listed or not; with more stated than listed, the list is partial (format 1.1, real-records.md §2, §7).
 *
 * <p>Builders hold incomplete or wrong data on purpose: checks belong to the schema and the validator.
 *
 * <pre>{@code
 * StatedCount.builder().of("commitments").count(12).text("12 compromisos").build();
 * }</pre>
 *
 * @since 0.2.0
 */
@Value.Immutable
public interface StatedCount extends Sourced {

  /**
   * The list property counted, for example {@code commitments}.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = 100) @Pattern(regexp = Constraints.PROPERTY_NAME_PATTERN) String> of();

  /**
   * The number stated.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@PositiveOrZero Integer> count();

  /**
   * The count as the source words it, when it is not a plain number.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> text();

  /**
   * What the count covers when the source limits it (a year, a part of the plan).
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> scope();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StatedCount} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableStatedCount.Builder {
    Builder() {}
  }
}
