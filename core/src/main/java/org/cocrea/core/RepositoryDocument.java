package org.cocrea.core;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document held in the public repository.
 *
 * <p>Spanish term: <i>Documento del repositorio</i>. Builders hold incomplete or wrong data on purpose (only the identifier, where there
 * is one, is mandatory): checks belong to the validator, which reports every problem at once.
 *
 * <pre>{@code
 * RepositoryDocument.builder().kind(DocumentKind.PAL).url("https://…").build();
 * }</pre>
 *
 * @since 0.1.0
 */
@ModelConstraints
@Value.Immutable
public interface RepositoryDocument extends Recorded {

  /**
   * Kind of document.
   *
   * @return the value, or empty when not recorded
   */
  Optional<DocumentKind> kind();

  /**
   * Title.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> title();

  /**
   * Where.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.URL_PATTERN) String> url();

  /**
   * When published.
   *
   * @return the date as precise as the source gives it (a year, a month or a day: the precision is kept,
   *     no day is invented), or empty when not recorded
   */
  Optional<PartialDate> publishedOn();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RepositoryDocument} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableRepositoryDocument.Builder {
    Builder() {}

    /**
     * Sets {@link RepositoryDocument#publishedOn()} to a day-precision date ({@link PartialDate#of(LocalDate)}); a month or a year
     * is set with the {@code PartialDate} form, e.g. {@code publishedOn(PartialDate.parse("2016-09"))}.
     *
     * @param publishedOn the calendar day
     * @return this builder
     */
    public Builder publishedOn(LocalDate publishedOn) {
      publishedOn(PartialDate.of(publishedOn));
      return this;
    }
  }
}
