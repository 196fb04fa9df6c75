package org.cocrea.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where the value of one property of an element came from, when it differs from the element's provenance (format 1.1).
 *
 * <p>Builders hold incomplete or wrong data on purpose: checks belong to the schema and the validator.
 *
 * <pre>{@code
 * FieldProvenance.builder().notes("Resumido del anexo").truncated(true).build();
 * }</pre>
 *
 * @since 0.2.0
 */
@Value.Immutable
public interface FieldProvenance {

  /**
   * The sources it was taken from.
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid SourceCitation> sources();

  /**
   * Notes of whoever transcribed it (what was summarised, what was kept as printed).
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> notes();

  /**
   * Whether the text was cut short (in the source or in the transcription).
   *
   * @return the value, or empty when not recorded
   */
  Optional<Boolean> truncated();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FieldProvenance} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableFieldProvenance.Builder {
    Builder() {}
  }
}
