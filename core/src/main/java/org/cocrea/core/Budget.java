package org.cocrea.core;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A commitment's budget, or the explicit statement that it has none [S:OGP-TPL].
 *
 * <p>Spanish term: <i>Presupuesto</i>. Builders hold incomplete or wrong data on purpose (only the identifier, where there
 * is one, is mandatory): checks belong to the validator, which reports every problem at once.
 *
 * <pre>{@code
 * Budget.builder().amount(new BigDecimal("250000")).currency("MXN").source("Recursos estatales").build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Budget extends Recorded {

  /**
   * Amount.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@DecimalMin("0") BigDecimal> amount();

  /**
   * ISO 4217 currency, normally {@code MXN}.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Pattern(regexp = "[A-Z]{3}") String> currency();

  /**
   * Source of the funds.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> source();

  /**
   * True when the commitment explicitly has no specific budget (COM-11).
   *
   * @return the value, or empty when not recorded
   */
  Optional<Boolean> noSpecificBudget();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Budget} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableBudget.Builder {
    Builder() {}
  }
}
