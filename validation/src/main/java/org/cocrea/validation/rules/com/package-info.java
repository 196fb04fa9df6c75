/**
 * <strong>Internal, not API</strong> (see {@link org.cocrea.validation.rules}): one file per rule, named after its
 * id. The COM rules of the catalogue (methodology.md section 4.6): the design of each commitment. The subject of every
 * rule is the commitment ({@code /plans/i/commitments/j}), except COM-14, whose subject is each recorded
 * modification. An exercise without plans, or a plan without commitments, is not applicable.
 *
 * <p>Text attributes count only when they are not blank. Public institutions (COM-03) are organisations in the
 * government seat sectors of the options or in the guarantor, autonomous or national-guarantor sectors; social
 * co-responsibles (COM-04) are organisations in the societal sectors (civil society, academia, private sector,
 * media, religious) not counted as government. An organisation whose sector is unknown is given the benefit of the
 * doubt (dangling ids are REF-01's business).
 */
package org.cocrea.validation.rules.com;
