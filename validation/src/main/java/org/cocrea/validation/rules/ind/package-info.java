/**
 * <strong>Internal, not API</strong> (see {@link org.cocrea.validation.rules}): one file per rule, named after its
 * id. The IND rules of the catalogue (methodology.md section 4.6): each commitment has a complete indicator (Kit 8's
 * four elements: variable, unit of measure, target, period), at least one effect indicator, and indicator targets
 * state quantity and deadline.
 *
 * <p>Subjects are commitments ({@code /plans/0/commitments/2}) for IND-01/02 and indicators
 * ({@code /plans/0/commitments/2/indicators/0}) for IND-03.
 */
package org.cocrea.validation.rules.ind;
