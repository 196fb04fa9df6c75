/**
 * The PAL rules of the catalogue (methodology.md section 4.5): what each Local Action Plan holds as a whole. The
 * subject of every rule is the plan ({@code /plans/i}); an exercise without plans is not applicable.
 *
 * <p>A commitment whose type is not recorded counts as regular: proactive commitments are the explicitly marked
 * extra ones [S:APT].
 */
package org.cocrea.validation.rules.pal;
