package org.cocrea.validation;

import java.util.Objects;
import java.util.Optional;

/**
 * One judgement of an independent assessment set beside Cocrea's own verdict on the same question about the same
 * commitment (real-records.md §5): an inception or design assessment's "verifiable" and "relevant to open-government
 * values", an end-of-commitment or results assessment's completion. Cocrea's verdict is read from the rule that judges
 * the same question (verifiable: COM-07; relevance: COM-05, under the exercise's frameworks; completion: the
 * commitment's status from its milestones, {@link org.cocrea.core.analysis.Analyses#commitmentStatus}); when the
 * record cannot tell, Cocrea has no verdict and there is no disagreement. EVA-09 reports each disagreement as an INFO
 * finding; {@link CocreaValidator#compareAssessments} lists every judgement, agreeing or not.
 *
 * <pre>{@code
 * for (AssessmentComparison c : CocreaValidator.create().compareAssessments(exercise)) {
 *   System.out.println(c.commitmentId() + " " + c.dimension() + ": " + c.assessed() + " / "
 *       + c.cocrea().orElse("not judged") + " " + c.agreement());
 * }
 * }</pre>
 *
 * @param commitmentId the commitment the assessment names, never null
 * @param commitmentPointer the commitment's JSON Pointer, or empty when no commitment of the exercise has that id
 * @param assessmentPointer the JSON Pointer of the assessment's rating ({@code
 *     /plans/0/evaluations/1/commitmentAssessments/2/verifiable}), never null
 * @param dimension what is judged, never null
 * @param assessed the assessment's verdict: {@code yes} or {@code no} for verifiable and relevance, the completion
 *     level's constant ({@code LIMITED}) for completion; never null
 * @param cocrea Cocrea's verdict, in the same terms ({@code yes}/{@code no}; for completion the commitment's status
 *     constant, {@code COMPLETED}, {@code IN_PROGRESS}, {@code NOT_STARTED} or {@code LATE}), or empty when the record
 *     cannot tell (then {@link Agreement#NOT_JUDGED})
 * @param agreement whether the two agree, never null
 * @since 0.2.0
 */
public record AssessmentComparison(
    String commitmentId,
    Optional<String> commitmentPointer,
    String assessmentPointer,
    Dimension dimension,
    String assessed,
    Optional<String> cocrea,
    Agreement agreement) {

  /** The questions an assessment and a Cocrea rule both judge. */
  public enum Dimension {
    /** Is the commitment verifiable (milestones with a verifiable output)? COM-07. */
    VERIFIABLE,
    /** Is it relevant to open-government values (components or OGP values)? COM-05. */
    RELEVANCE,
    /** How far was it completed? Its milestones' statuses. */
    COMPLETION
  }

  /** How the two verdicts compare. */
  public enum Agreement {
    /** Both verdicts agree. */
    AGREE,
    /** They disagree: EVA-09 reports it. */
    DISAGREE,
    /** Cocrea has no verdict: the record does not hold the facts (or names no such commitment). */
    NOT_JUDGED
  }

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if Cocrea has a verdict and the agreement says it has none, or the reverse
   */
  public AssessmentComparison {
    Objects.requireNonNull(commitmentId, "commitmentId");
    Objects.requireNonNull(commitmentPointer, "commitmentPointer");
    Objects.requireNonNull(assessmentPointer, "assessmentPointer");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(assessed, "assessed");
    Objects.requireNonNull(cocrea, "cocrea");
    Objects.requireNonNull(agreement, "agreement");
    if (cocrea.isEmpty() != (agreement == Agreement.NOT_JUDGED)) {
      throw new IllegalArgumentException("NOT_JUDGED exactly when Cocrea has no verdict: " + cocrea + " " + agreement);
    }
  }
}
