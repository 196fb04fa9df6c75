package org.cocrea.core;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation or person who assesses or evaluates, with a record ({@code organizationId}, {@code personId}) or only named, and whether it is independent of the forum and of the implementing government (format 1.1, real-records.md §5).
 *
 * <p>Builders hold incomplete or wrong data on purpose: checks belong to the schema and the validator.
 *
 * <pre>{@code
 * Assessor.builder().name("Universidad Autónoma de Durango").kind(AgentKind.ORGANIZATION).independentOfForum(YesNoUnknown.YES).build();
 * }</pre>
 *
 * @since 0.2.0
 */
@Value.Immutable
public interface Assessor extends Sourced {

  /**
   * The assessing organisation, when it has a record.
   *
   * @return the value, or empty when not recorded
   */
  @Ref(Organization.class)
  Optional<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> organizationId();

  /**
   * The assessing person, when they have a record.
   *
   * @return the value, or empty when not recorded
   */
  @Ref(Person.class)
  Optional<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> personId();

  /**
   * The name, when there is no record (or as the source gives it).
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> name();

  /**
   * Whether an organisation or a person.
   *
   * @return the value, or empty when not recorded
   */
  Optional<AgentKind> kind();

  /**
   * Affiliation of a person, as text.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> affiliation();

  /**
   * Whether it is independent of the forum (the STL or its like).
   *
   * @return the value, or empty when not recorded
   */
  Optional<YesNoUnknown> independentOfForum();

  /**
   * Whether it is independent of the implementing government.
   *
   * @return the value, or empty when not recorded
   */
  Optional<YesNoUnknown> independentOfGovernment();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Assessor} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableAssessor.Builder {
    Builder() {}
  }
}
