package org.cocrea.core;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A signature on a declaration or installation act, with the sector it was given for.
 *
 * <p>Spanish term: <i>Firmante</i>. Builders hold incomplete or wrong data on purpose (only the identifier, where there
 * is one, is mandatory): checks belong to the validator, which reports every problem at once.
 *
 * <pre>{@code
 * Signatory.builder().organizationId("org-idaip").sector(Sector.GUARANTOR_BODY).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Signatory extends Recorded {

  /**
   * The organisation that signed.
   *
   * @return the value, or empty when not recorded
   */
  @Ref(Organization.class)
  Optional<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> organizationId();

  /**
   * The person who signed, if recorded.
   *
   * @return the value, or empty when not recorded
   */
  @Ref(Person.class)
  Optional<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> personId();

  /**
   * The sector the signature stands for; the organisation's sector when absent.
   *
   * @return the value, or empty when not recorded
   */
  Optional<Sector> sector();

  /**
   * The signer's position.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> position();

  /**
   * The name, as text, when there is no record to refer to with organizationId. (format 1.1)
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> organizationName();

  /**
   * The name, as text, when there is no record to refer to with personId. (format 1.1)
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> personName();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Signatory} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableSignatory.Builder {
    Builder() {}
  }
}
