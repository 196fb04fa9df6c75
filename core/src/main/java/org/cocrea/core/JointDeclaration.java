package org.cocrea.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The joint declaration for open-government actions that starts an exercise (step 1), or its re-affirmation [S:APT][S:PAS].
 *
 * <p>Spanish term: <i>Declaración Conjunta para la Implementación de Acciones para un Gobierno Abierto</i>. Builders hold incomplete or wrong data on purpose (only the identifier, where there
 * is one, is mandatory): checks belong to the validator, which reports every problem at once.
 *
 * <pre>{@code
 * JointDeclaration.builder().id("decl-1").signedOn(LocalDate.of(2015, 3, 9)).kind(DeclarationKind.ORIGINAL).addSignatory(signatory).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@ModelConstraints
@Value.Immutable
public interface JointDeclaration extends Recorded, RecordedParts {

  /**
   * Identifier of the declaration.
   *
   * @return never null
   */
  @NotBlank @Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String id();

  /**
   * Date of signature.
   *
   * @return the date as precise as the source gives it (a year, a month or a day: the precision is kept,
   *     no day is invented), or empty when not recorded
   */
  Optional<PartialDate> signedOn();

  /**
   * Original or re-affirmation.
   *
   * @return the value, or empty when not recorded
   */
  Optional<DeclarationKind> kind();

  /**
   * Who signed, with the sector they signed for.
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid Signatory> signatories();

  /**
   * Witnesses, such as INAI [S:MISC].
   *
   * @return the elements, never null, possibly empty
   */
  @Ref(Organization.class)
  List<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> witnessIds();

  /**
   * The published document.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.URL_PATTERN) String> documentUrl();

  /**
   * Aims declared in the text.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> declaredAims();

  /**
   * Names, as text, of those without a record with an id; those with one go in witnessIds. (format 1.1)
   *
   * @return the elements, never null, possibly empty
   */
  List<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> witnessNames();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link JointDeclaration} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableJointDeclaration.Builder {
    Builder() {}

    /**
     * Sets {@link JointDeclaration#signedOn()} to a day-precision date ({@link PartialDate#of(LocalDate)}); a month or a year
     * is set with the {@code PartialDate} form, e.g. {@code signedOn(PartialDate.parse("2016-09"))}.
     *
     * @param signedOn the calendar day
     * @return this builder
     */
    public Builder signedOn(LocalDate signedOn) {
      signedOn(PartialDate.of(signedOn));
      return this;
    }
  }
}
