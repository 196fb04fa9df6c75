package org.cocrea.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An evaluation of the plan: design at the start, results at the close, or OGP Local assessments [S:KIT3][S:KIT8][S:OGP-LOC].
 *
 * <p>Spanish term: <i>Evaluación</i>. Builders hold incomplete or wrong data on purpose (only the identifier, where there
 * is one, is mandatory): checks belong to the validator, which reports every problem at once.
 *
 * <pre>{@code
 * Evaluation.builder().id("ev-r").type(EvaluationType.RESULTS).evaluatorId("org-inai").date(LocalDate.of(2016, 11, 30)).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@ModelConstraints
@Value.Immutable
public interface Evaluation extends Recorded, RecordedParts {

  /**
   * Identifier.
   *
   * @return never null
   */
  @NotBlank @Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String id();

  /**
   * Type.
   *
   * @return the value, or empty when not recorded
   */
  Optional<EvaluationType> type();

  /**
   * Evaluator (EVA-04).
   *
   * @return the value, or empty when not recorded
   */
  @Ref(Organization.class)
  Optional<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> evaluatorId();

  /**
   * Whether the evaluator declares independence from the STL [S:MISC].
   *
   * @return the value, or empty when not recorded
   */
  Optional<Boolean> independentOfStl();

  /**
   * Date.
   *
   * @return the date as precise as the source gives it (a year, a month or a day: the precision is kept,
   *     no day is invented), or empty when not recorded
   */
  Optional<PartialDate> date();

  /**
   * Published report (EVA-07).
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.URL_PATTERN) String> reportUrl();

  /**
   * Summary of findings.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> summary();

  /**
   * Assessment of the process.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Valid ProcessAssessment> processAssessment();

  /**
   * Assessments of commitments.
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid CommitmentAssessment> commitmentAssessments();

  /**
   * Title of the report. (format 1.1)
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> title();

  /**
   * One or more organisations or persons who assess, with their independence of the forum and of the government. evaluatorId and independentOfStl still hold. (format 1.1)
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid Assessor> assessors();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Evaluation} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableEvaluation.Builder {
    Builder() {}

    /**
     * Sets {@link Evaluation#date()} to a day-precision date ({@link PartialDate#of(LocalDate)}); a month or a year
     * is set with the {@code PartialDate} form, e.g. {@code date(PartialDate.parse("2016-09"))}.
     *
     * @param date the calendar day
     * @return this builder
     */
    public Builder date(LocalDate date) {
      date(PartialDate.of(date));
      return this;
    }
  }
}
