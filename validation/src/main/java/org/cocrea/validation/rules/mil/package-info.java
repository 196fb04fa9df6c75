/**
 * <strong>Internal, not API</strong> (see {@link org.cocrea.validation.rules}): one file per rule, named after its
 * id. The MIL rules of the catalogue (methodology.md section 4.6): every milestone of every commitment is verifiable
 * (deliverable and means of verification), dated inside its commitment's period, has a responsible, milestones are
 * spread over the commitment's semesters and their weights add up to 100%.
 *
 * <p>Subjects are milestones ({@code /plans/0/commitments/2/milestones/1}) for MIL-01..03 and commitments for
 * MIL-04/05; an exercise without plans, commitments or milestones leaves every MIL rule NOT_APPLICABLE.
 */
package org.cocrea.validation.rules.mil;
