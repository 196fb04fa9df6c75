/**
 * <strong>Internal, not API</strong> (see {@link org.cocrea.validation.rules}): one file per rule, named after its
 * id. The PAL rules of the catalogue (methodology.md section 4.5): what each Local Action Plan holds as a whole. The
 * subject of every rule is the plan ({@code /plans/i}); an exercise without plans is not applicable.
 *
 * <p>A commitment whose type is not recorded counts as regular: proactive commitments are the explicitly marked
 * extra ones [S:APT].
 */
package org.cocrea.validation.rules.pal;
