package org.cocrea.core;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One source of a value: by its identifier in {@link RecordDeclaration#sources()}, or described here, with the page or section (format 1.1, real-records.md §2).
 *
 * <p>Builders hold incomplete or wrong data on purpose: checks belong to the schema and the validator.
 *
 * <pre>{@code
 * SourceCitation.builder().sourceId("pal-2016").locator("p. 14, cuadro 3").build();
 * }</pre>
 *
 * @since 0.2.0
 */
@Value.Immutable
public interface SourceCitation {

  /**
   * The cited source, an identifier of {@link RecordDeclaration#sources()}; one that names no source there is a
   * dangling reference (REF-01), since the value's provenance could not be followed.
   *
   * @return the value, or empty when not recorded
   */
  @Ref(Source.class)
  Optional<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> sourceId();

  /**
   * The title of a source described here instead.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> title();

  /**
   * The address of a source described here instead.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.URL_PATTERN) String> url();

  /**
   * The date of the source described here, as precise as it gives it.
   *
   * @return the value, or empty when not recorded
   */
  Optional<PartialDate> date();

  /**
   * Where in the source: page, section, table ("p. 14", "anexo 2").
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> locator();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SourceCitation} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableSourceCitation.Builder {
    Builder() {}
  }
}
