/**
 * The guarantor regime in force, state by state, across the 2025 transparency reform: which body a rule may demand
 * as the guarantor of an exercise on a given date ({@code shared/domain/reform-2025.md}).
 *
 * <p>Entry point: {@link org.cocrea.validation.regime.StateRegimes#defaults()}, the table shipped with Cocrea (a
 * snapshot of early 2026, {@code docs/reform-2025.md}), or {@link org.cocrea.validation.regime.StateRegimes#read}
 * for a user's own file in the same CSV format; pass it to the validator with
 * {@code ValidatorOptions.builder().regimes(...)}. A malformed file is a
 * {@link org.cocrea.validation.regime.RegimeTableException} that names its line and column.
 *
 * <pre>{@code
 * StateRegimes table = StateRegimes.defaults();
 * table.regimeOn("MX-VER", PartialDate.parse("2025-06-30")); // AUTONOMOUS_BODY
 * table.regimeOn("MX-VER", PartialDate.parse("2025-07-01")); // SUCCESSOR_AUTHORITY
 * table.regimeOn("MX-MOR", PartialDate.parse("2026-03"));    // UNKNOWN: the table has no date for Morelos
 * }</pre>
 *
 * @since 0.1.0
 */
package org.cocrea.validation.regime;
