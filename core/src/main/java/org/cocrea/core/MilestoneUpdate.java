package org.cocrea.core;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A status change of a milestone reported in a progress report (TRK-03) [S:TAB].
 *
 * <p>Spanish term: <i>Actualización de hito</i>. Builders hold incomplete or wrong data on purpose (only the identifier, where there
 * is one, is mandatory): checks belong to the validator, which reports every problem at once.
 *
 * <pre>{@code
 * MilestoneUpdate.builder().milestoneId("c-1-m1").status(MilestoneStatus.COMPLETED).narrative("…").addEvidenceUrl("https://…").build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface MilestoneUpdate extends Recorded, RecordedParts {

  /**
   * The milestone.
   *
   * @return the value, or empty when not recorded
   */
  @Ref(Milestone.class)
  Optional<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> milestoneId();

  /**
   * Its new status.
   *
   * @return the value, or empty when not recorded
   */
  Optional<MilestoneStatus> status();

  /**
   * Reasons for compliance, non-compliance or delay.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> narrative();

  /**
   * Evidence.
   *
   * @return the elements, never null, possibly empty
   */
  List<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.URL_PATTERN) String> evidenceUrls();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link MilestoneUpdate} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableMilestoneUpdate.Builder {
    Builder() {}
  }
}
