package org.cocrea.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A proposal (demand, problem) raised in the tables, and what was done with it [P][S:OGP-GL].
 *
 * <p>Spanish term: <i>Propuesta</i>. Builders hold incomplete or wrong data on purpose (only the identifier, where there
 * is one, is mandatory): checks belong to the validator, which reports every problem at once.
 *
 * <pre>{@code
 * Proposal.builder().id("pr-1").tableId("t-1").problem("…").disposition(Disposition.ADOPTED).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Proposal extends Recorded {

  /**
   * Identifier.
   *
   * @return never null
   */
  @NotBlank @Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String id();

  /**
   * The table it came from.
   *
   * @return the value, or empty when not recorded
   */
  @Ref(ParticipatoryTable.class)
  Optional<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> tableId();

  /**
   * Who proposed it.
   *
   * @return the value, or empty when not recorded
   */
  @Ref(Organization.class)
  Optional<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> submittedById();

  /**
   * Sector of the proposer.
   *
   * @return the value, or empty when not recorded
   */
  Optional<Sector> sector();

  /**
   * The problem raised.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> problem();

  /**
   * The solution proposed.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> proposedSolution();

  /**
   * What was done with it (CO-06).
   *
   * @return the value, or empty when not recorded
   */
  Optional<Disposition> disposition();

  /**
   * The reasoned response, required unless adopted (CO-06).
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Valid ReasonedResponse> response();

  /**
   * The name, as text, when there is no record to refer to with submittedById. (format 1.1)
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> submittedByName();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Proposal} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableProposal.Builder {
    Builder() {}
  }
}
