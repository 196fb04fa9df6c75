package org.cocrea.core;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An entry of the PAL's concept map (glossary) [S:F16].
 *
 * <p>Spanish term: <i>Entrada del mapa conceptual</i>. Builders hold incomplete or wrong data on purpose (only the identifier, where there
 * is one, is mandatory): checks belong to the validator, which reports every problem at once.
 *
 * <pre>{@code
 * ConceptEntry.builder().term("Acta de instalación").definition("…").build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface ConceptEntry extends Recorded {

  /**
   * The term.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> term();

  /**
   * Its definition.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> definition();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ConceptEntry} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableConceptEntry.Builder {
    Builder() {}
  }
}
