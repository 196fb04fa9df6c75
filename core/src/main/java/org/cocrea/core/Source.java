package org.cocrea.core;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document or page data was taken from, declared once in {@link RecordDeclaration#sources()} and cited by its identifier from elements' provenance (format 1.1).
 *
 * <p>Builders hold incomplete or wrong data on purpose: checks belong to the schema and the validator.
 *
 * <pre>{@code
 * Source.builder().id("pal").title("Plan de Acción Local 2016-2018").url("https://example.org/pal.pdf").publishedOn(PartialDate.parse("2016-09")).build();
 * }</pre>
 *
 * @since 0.2.0
 */
@Value.Immutable
public interface Source {

  /**
   * Identifier of the source, unique in the document; {@link SourceCitation#sourceId()} cites it.
   *
   * @return never null
   */
  @NotBlank @Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String id();

  /**
   * Title of the document or page.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> title();

  /**
   * Who published it.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> publisher();

  /**
   * Where it is (or was) published.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.URL_PATTERN) String> url();

  /**
   * When it was published, as precise as known.
   *
   * @return the value, or empty when not recorded
   */
  Optional<PartialDate> publishedOn();

  /**
   * When it was read.
   *
   * @return the value, or empty when not recorded
   */
  Optional<PartialDate> accessedOn();

  /**
   * Its language, a BCP 47 tag.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = 35) @Pattern(regexp = Constraints.LANGUAGE_TAG_PATTERN) String> language();

  /**
   * What part of it was read, when not all of it.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> partRead();

  /**
   * Notes about the source.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> notes();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Source} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }
}
