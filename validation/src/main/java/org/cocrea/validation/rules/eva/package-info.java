/**
 * <strong>Internal, not API</strong> (see {@link org.cocrea.validation.rules}): one file per rule, named after its
 * id. The EVA rules of the catalogue (methodology.md section 4.7): results and design evaluations exist in time,
 * end-of-commitment assessments follow each completed commitment, evaluators are independent, completion uses the
 * IRM scale, starred commitments are derived, and evaluation reports are published.
 *
 * <p>Subjects are plans ({@code /plans/0}) for EVA-01/02, commitments for EVA-03, evaluations
 * ({@code /plans/0/evaluations/1}) for EVA-04/07 and commitment assessments
 * ({@code /plans/0/evaluations/1/commitmentAssessments/3}) for EVA-05/06.
 */
package org.cocrea.validation.rules.eva;
