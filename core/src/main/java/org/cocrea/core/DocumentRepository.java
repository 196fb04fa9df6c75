package org.cocrea.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The exercise's public document repository (TRN-02) [S:OGP-STD MR 2].
 *
 * <p>Spanish term: <i>Repositorio documental</i>. Builders hold incomplete or wrong data on purpose (only the identifier, where there
 * is one, is mandatory): checks belong to the validator, which reports every problem at once.
 *
 * <pre>{@code
 * DocumentRepository.builder().url("https://…").addDocument(document).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface DocumentRepository extends Recorded, RecordedParts {

  /**
   * Where it is.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.URL_PATTERN) String> url();

  /**
   * Its documents.
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid RepositoryDocument> documents();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DocumentRepository} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableDocumentRepository.Builder {
    Builder() {}
  }
}
