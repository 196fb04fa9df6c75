package org.cocrea.core;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An identifier assigned outside Cocrea, for example an OGP commitment identifier (format 1.1).
 *
 * <p>Builders hold incomplete or wrong data on purpose: checks belong to the schema and the validator.
 *
 * <pre>{@code
 * ExternalId.builder().scheme(ExternalIdScheme.OGP).value("ARBA0001").build();
 * }</pre>
 *
 * @since 0.2.0
 */
@Value.Immutable
public interface ExternalId {

  /**
   * Who assigns it.
   *
   * @return the value, or empty when not recorded
   */
  Optional<ExternalIdScheme> scheme();

  /**
   * For {@link ExternalIdScheme#OTHER}, who assigns it.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> schemeName();

  /**
   * The identifier.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> value();

  /**
   * The page it identifies.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.URL_PATTERN) String> url();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ExternalId} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableExternalId.Builder {
    Builder() {}
  }
}
