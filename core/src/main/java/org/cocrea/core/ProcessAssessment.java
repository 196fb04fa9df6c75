package org.cocrea.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * OGP Local inception questions on the process [S:OGP-LOC].
 *
 * <p>Spanish term: <i>Valoración del proceso</i>. Builders hold incomplete or wrong data on purpose (only the identifier, where there
 * is one, is mandatory): checks belong to the validator, which reports every problem at once.
 *
 * <pre>{@code
 * ProcessAssessment.builder().forumExists(true).forumMultiStakeholder(true).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface ProcessAssessment extends Recorded {

  /**
   * A forum exists.
   *
   * @return the value, or empty when not recorded
   */
  Optional<Boolean> forumExists();

  /**
   * The forum is multi-stakeholder.
   *
   * @return the value, or empty when not recorded
   */
  Optional<Boolean> forumMultiStakeholder();

  /**
   * Non-government members endorsed the plan.
   *
   * @return the value, or empty when not recorded
   */
  Optional<Boolean> nonGovEndorsedPlan();

  /**
   * The website is updated at least every four months.
   *
   * @return the value, or empty when not recorded
   */
  Optional<Boolean> websiteUpdatedEvery4Months();

  /**
   * Information was shared before meetings.
   *
   * @return the value, or empty when not recorded
   */
  Optional<Boolean> infoSharedBeforeMeetings();

  /**
   * A reasoned response was given [U].
   *
   * @return the value, or empty when not recorded
   */
  Optional<Boolean> reasonedResponseGiven();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ProcessAssessment} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableProcessAssessment.Builder {
    Builder() {}
  }
}
