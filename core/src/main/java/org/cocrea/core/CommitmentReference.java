package org.cocrea.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Another record of the same commitment: in this document ({@code commitmentId}), in another exercise ({@code exerciseId} and {@code commitmentId}) or by external identifier (format 1.1, real-records.md §7).
 *
 * <p>Builders hold incomplete or wrong data on purpose: checks belong to the schema and the validator.
 *
 * <pre>{@code
 * CommitmentReference.builder().exerciseId("es-pv-2018").commitmentId("c-3").notes("Mismo texto").build();
 * }</pre>
 *
 * @since 0.2.0
 */
@Value.Immutable
public interface CommitmentReference {

  /**
   * The exercise holding the other record; absent means this one.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> exerciseId();

  /**
   * The commitment's identifier in that exercise.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> commitmentId();

  /**
   * Its external identifier, instead.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Valid ExternalId> externalId();

  /**
   * Why they are the same, and how sure.
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

  /** Builds {@link CommitmentReference} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableCommitmentReference.Builder {
    Builder() {}
  }
}
