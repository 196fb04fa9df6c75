/**
 * <strong>Internal, not API</strong> (see {@link org.cocrea.validation.rules}): one file per rule, named after its
 * id. The SIM rules of the catalogue (methodology.md section 4.8): anti-simulation heuristics, all warnings with
 * configurable [P] thresholds, grounded in INAI's "evitar la simulación" lesson [S:SRC] (authorities convening
 * non-representative sectors or sectors close to their interests; weak social appropriation of commitments) and the
 * Modelo's warning that simulation is a negative effect of conceptual vagueness [S:MOD].
 *
 * <p>Shared conventions: a member's sector is its seat sector, else its organisation's; a participant's sector is
 * the one recorded, else its organisation's (or its person's organisation's). "Government" means the options'
 * {@link org.cocrea.validation.ValidatorOptions#governmentSeatSectors()}. Seats, titular seats and seat sectors are read as in
 * {@link org.cocrea.core.Seats}: seats are memberships other than facilitator and observer; a titular seat is one neither marked
 * {@code titular=false} nor naming the titular it stands in for; an alternate without a sector sits for its titular's.
 * An attendance entry without {@code present} counts as present. Percent thresholds are compared exactly, in whole-number percent.
 */
package org.cocrea.validation.rules.sim;
