package org.cocrea.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The sections of INAI's PAL format; only the first three are verified [S:F16].
 *
 * <p>Spanish term: <i>Apartados del PAL</i>. Builders hold incomplete or wrong data on purpose (only the identifier, where there
 * is one, is mandatory): checks belong to the validator, which reports every problem at once.
 *
 * <pre>{@code
 * PalSections.builder().introduction(introduction).addLegalContext("CPEUM art. 6").build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface PalSections extends Recorded, RecordedParts {

  /**
   * 1. Introduction.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Valid Introduction> introduction();

  /**
   * 2. Legal context: the instruments listed.
   *
   * @return the elements, never null, possibly empty
   */
  List<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> legalContext();

  /**
   * 3. Concept map (glossary).
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid ConceptEntry> conceptMap();

  /**
   * STL composition [P].
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> stlComposition();

  /**
   * Co-creation methodology [P].
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> coCreationMethodology();

  /**
   * Follow-up mechanism [P].
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> followUpMechanism();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PalSections} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutablePalSections.Builder {
    Builder() {}
  }
}
