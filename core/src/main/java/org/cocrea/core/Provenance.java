package org.cocrea.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where the data of a transcribed element came from: sources (with page or section), notes, whether text was cut short, and detail per property (format 1.1, real-records.md §2).
 *
 * <p>Builders hold incomplete or wrong data on purpose: checks belong to the schema and the validator.
 *
 * <pre>{@code
 * Provenance.builder().addSources(SourceCitation.builder().sourceId("pal").locator("p. 3").build()).notes("Fechas del acta").build();
 * }</pre>
 *
 * @since 0.2.0
 */
@Value.Immutable
public interface Provenance {

  /**
   * The sources it was taken from.
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid SourceCitation> sources();

  /**
   * Notes of whoever transcribed it.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> notes();

  /**
   * Whether some text of the element was cut short.
   *
   * @return the value, or empty when not recorded
   */
  Optional<Boolean> truncated();

  /**
   * Provenance of single properties, by property name (the names are checked by the schema).
   *
   * @return the entries, never null, possibly empty
   */
  Map<String, @Valid FieldProvenance> fields();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Provenance} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableProvenance.Builder {
    Builder() {}
  }
}
