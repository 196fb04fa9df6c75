package org.cocrea.core;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Another title of an element: short, in another language, former (format 1.1).
 *
 * <p>Builders hold incomplete or wrong data on purpose: checks belong to the schema and the validator.
 *
 * <pre>{@code
 * AlternativeTitle.builder().title("Open contracting").language("en").kind(TitleKind.TRANSLATION).build();
 * }</pre>
 *
 * @since 0.2.0
 */
@Value.Immutable
public interface AlternativeTitle extends Sourced {

  /**
   * The title.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> title();

  /**
   * Its language, a BCP 47 tag.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = 35) @Pattern(regexp = Constraints.LANGUAGE_TAG_PATTERN) String> language();

  /**
   * What kind of title it is.
   *
   * @return the value, or empty when not recorded
   */
  Optional<TitleKind> kind();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AlternativeTitle} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableAlternativeTitle.Builder {
    Builder() {}
  }
}
