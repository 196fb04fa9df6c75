package org.cocrea.core;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A resolution (acuerdo) adopted in an STL session [P].
 *
 * <p>Spanish term: <i>Acuerdo</i>. Builders hold incomplete or wrong data on purpose (only the identifier, where there
 * is one, is mandatory): checks belong to the validator, which reports every problem at once.
 *
 * <pre>{@code
 * Resolution.builder().id("r-1").kind(ResolutionKind.PAL_APPROVAL).text("Se aprueba el PAL").build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Resolution extends Recorded {

  /**
   * Identifier of the resolution.
   *
   * @return never null
   */
  @NotBlank @Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String id();

  /**
   * What it decides.
   *
   * @return the value, or empty when not recorded
   */
  Optional<ResolutionKind> kind();

  /**
   * Its text.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> text();

  /**
   * How it was decided.
   *
   * @return the value, or empty when not recorded
   */
  Optional<DecisionRule> decisionRule();

  /**
   * Votes in favour.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@PositiveOrZero Integer> votesFor();

  /**
   * Votes against.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@PositiveOrZero Integer> votesAgainst();

  /**
   * Abstentions.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@PositiveOrZero Integer> abstentions();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Resolution} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableResolution.Builder {
    Builder() {}
  }
}
