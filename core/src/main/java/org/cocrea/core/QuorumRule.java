package org.cocrea.core;

import jakarta.validation.constraints.Positive;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The STL's quorum: a minimum of members, and a minimum per sector to balance government and society [S:KIT5].
 *
 * <p>Spanish term: <i>Quórum</i>. Builders hold incomplete or wrong data on purpose (only the identifier, where there
 * is one, is mandatory): checks belong to the validator, which reports every problem at once.
 *
 * <pre>{@code
 * QuorumRule.builder().minMembers(4).putMinPerSector(Sector.CIVIL_SOCIETY, 1).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface QuorumRule extends Recorded {

  /**
   * Minimum members present.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Positive Integer> minMembers();

  /**
   * Minimum members present per seat sector.
   *
   * @return the elements, never null, possibly empty
   */
  Map<Sector, Integer> minPerSector();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link QuorumRule} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableQuorumRule.Builder {
    Builder() {}
  }
}
