package org.cocrea.core;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Whether a member attended a session, and as whom.
 *
 * <p>Spanish term: <i>Asistencia</i>. Builders hold incomplete or wrong data on purpose (only the identifier, where there
 * is one, is mandatory): checks belong to the validator, which reports every problem at once.
 *
 * <pre>{@code
 * Attendance.builder().membershipId("m-1").present(true).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Attendance extends Recorded {

  /**
   * The membership.
   *
   * @return the value, or empty when not recorded
   */
  @Ref(StlMembership.class)
  Optional<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> membershipId();

  /**
   * Whether present.
   *
   * @return the value, or empty when not recorded
   */
  Optional<Boolean> present();

  /**
   * Whether the seat was filled by its alternate.
   *
   * @return the value, or empty when not recorded
   */
  Optional<Boolean> asAlternate();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Attendance} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableAttendance.Builder {
    Builder() {}
  }
}
