package org.cocrea.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A PAL commitment: a public problem, an objective, responsible institutions and verifiable milestones in time [S:KIT5][S:OGP-GL].
 *
 * <p>Spanish term: <i>Compromiso</i>. Builders hold incomplete or wrong data on purpose (only the identifier, where there
 * is one, is mandatory): checks belong to the validator, which reports every problem at once.
 *
 * <pre>{@code
 * Commitment.builder().id("c-1").number(1).title("Sigue los recursos del programa Agua Limpia").problem("…").objective("…").addResponsibleInstitutionId("org-sec").build();
 * }</pre>
 *
 * @since 0.1.0
 */
@ModelConstraints
@Value.Immutable
public interface Commitment extends Recorded, RecordedParts {

  /**
   * Identifier, unique in the exercise, for example {@code DGO-2015-C1}.
   *
   * @return never null
   */
  @NotBlank @Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String id();

  /**
   * Number in the plan.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Positive Integer> number();

  /**
   * Title.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> title();

  /**
   * Regular or proactive.
   *
   * @return the value, or empty when not recorded
   */
  Optional<CommitmentType> type();

  /**
   * The public problem, with causes and effects (COM-01).
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> problem();

  /**
   * Baseline or status quo (COM-10).
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> statusQuo();

  /**
   * General objective (COM-02).
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> objective();

  /**
   * Specific objectives.
   *
   * @return the elements, never null, possibly empty
   */
  List<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> specificObjectives();

  /**
   * What the commitment is.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> description();

  /**
   * How it contributes to solving the problem (COM-09).
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> contributionToProblem();

  /**
   * Expected results.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> expectedResults();

  /**
   * INAI components (COM-05, COM-06).
   *
   * @return the elements, never null, possibly empty
   */
  Set<OpenGovComponent> components();

  /**
   * OGP values (COM-05).
   *
   * @return the elements, never null, possibly empty
   */
  Set<OgpValue> ogpValues();

  /**
   * Why it is relevant to the values.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> relevanceJustification();

  /**
   * Responsible government institutions (COM-03).
   *
   * @return the elements, never null, possibly empty
   */
  @Ref(Organization.class)
  List<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> responsibleInstitutionIds();

  /**
   * Co-responsible civil-society organisations (COM-04).
   *
   * @return the elements, never null, possibly empty
   */
  @Ref(Organization.class)
  List<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> coResponsibleCsoIds();

  /**
   * Other actors involved.
   *
   * @return the elements, never null, possibly empty
   */
  @Ref(Organization.class)
  List<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> otherActorIds();

  /**
   * Start date (COM-08).
   *
   * @return the date as precise as the source gives it (a year, a month or a day: the precision is kept,
   *     no day is invented), or empty when not recorded
   */
  Optional<PartialDate> startDate();

  /**
   * End date (COM-08).
   *
   * @return the date as precise as the source gives it (a year, a month or a day: the precision is kept,
   *     no day is invented), or empty when not recorded
   */
  Optional<PartialDate> endDate();

  /**
   * Milestones (COM-07).
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid Milestone> milestones();

  /**
   * Indicators (IND-01).
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid Indicator> indicators();

  /**
   * Budget (COM-11).
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Valid Budget> budget();

  /**
   * SDG targets such as {@code 16.10} (PAL-07).
   *
   * @return the elements, never null, possibly empty
   */
  List<@Pattern(regexp = Constraints.SDG_TARGET_PATTERN) String> sdgTargets();

  /**
   * Development plans or programmes it links to.
   *
   * @return the elements, never null, possibly empty
   */
  List<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> linkedPrograms();

  /**
   * Primary policy area.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> policyArea();

  /**
   * Cross-cutting themes.
   *
   * @return the elements, never null, possibly empty
   */
  Set<CrossCuttingTheme> crossCutting();

  /**
   * Table proposals it comes from (COM-13).
   *
   * @return the elements, never null, possibly empty
   */
  @Ref(Proposal.class)
  List<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> originProposalIds();

  /**
   * Whether it merely continues existing practice (COM-12).
   *
   * @return the value, or empty when not recorded
   */
  Optional<Boolean> continuesExistingPractice();

  /**
   * Contact person.
   *
   * @return the value, or empty when not recorded
   */
  @Ref(Person.class)
  Optional<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> contactPersonId();

  /**
   * Recorded changes (COM-14).
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid CommitmentChange> modifications();

  /**
   * The commitment's progress in percent: the weighted share of completed milestones. Milestones carry weights in
   * percent [S:TAB "ponderador"]; when no milestone has a weight, each counts equally; a milestone without a weight
   * among weighted ones counts zero. Progress is a derived value and needs no rule.
   *
   * @return progress from 0 to 100 with one decimal, or empty when the commitment has no milestones or zero total weight
   */
  default java.util.Optional<BigDecimal> progress() {
    if (milestones().isEmpty()) {
      return java.util.Optional.empty();
    }
    boolean weighted = milestones().stream().anyMatch(m -> m.weight().isPresent());
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal done = BigDecimal.ZERO;
    for (Milestone m : milestones()) {
      BigDecimal w = weighted ? m.weight().orElse(BigDecimal.ZERO) : BigDecimal.ONE;
      total = total.add(w);
      if (m.status().orElse(null) == MilestoneStatus.COMPLETED || m.completedOn().isPresent()) {
        done = done.add(w);
      }
    }
    if (total.signum() == 0) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        done.multiply(BigDecimal.valueOf(100)).divide(total, 1, java.math.RoundingMode.HALF_UP));
  }

  /**
   * Short title, in the title's language. (format 1.1)
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> shortTitle();

  /**
   * Other titles, with their language. (format 1.1)
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid AlternativeTitle> alternativeTitles();

  /**
   * Identifiers assigned outside Cocrea. (format 1.1)
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid ExternalId> externalIds();

  /**
   * Other records of the same commitment (another member of a joint plan, a national plan). (format 1.1)
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid CommitmentReference> sameCommitmentAs();

  /**
   * Every policy area, in the source's order; policyArea remains the primary one. (format 1.1)
   *
   * @return the elements, never null, possibly empty
   */
  List<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> policyAreas();

  /**
   * Names, as text, of those without a record with an id; those with one go in responsibleInstitutionIds. (format 1.1)
   *
   * @return the elements, never null, possibly empty
   */
  List<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> responsibleInstitutionNames();

  /**
   * Names, as text, of those without a record with an id; those with one go in coResponsibleCsoIds. (format 1.1)
   *
   * @return the elements, never null, possibly empty
   */
  List<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> coResponsibleCsoNames();

  /**
   * Names, as text, of those without a record with an id; those with one go in otherActorIds. (format 1.1)
   *
   * @return the elements, never null, possibly empty
   */
  List<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> otherActorNames();

  /**
   * Institutions involved with no lead/support distinction (OGP Local pages). Refers to Organization.id. (format 1.1)
   *
   * @return the elements, never null, possibly empty
   */
  @Ref(Organization.class)
  List<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> involvedInstitutionIds();

  /**
   * Names, as text, of those without a record with an id; those with one go in involvedInstitutionIds. (format 1.1)
   *
   * @return the elements, never null, possibly empty
   */
  List<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> involvedInstitutionNames();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Commitment} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableCommitment.Builder {
    Builder() {}

    /**
     * Sets {@link Commitment#startDate()} to a day-precision date ({@link PartialDate#of(LocalDate)}); a month or a year
     * is set with the {@code PartialDate} form, e.g. {@code startDate(PartialDate.parse("2016-09"))}.
     *
     * @param startDate the calendar day
     * @return this builder
     */
    public Builder startDate(LocalDate startDate) {
      startDate(PartialDate.of(startDate));
      return this;
    }

    /**
     * Sets {@link Commitment#endDate()} to a day-precision date ({@link PartialDate#of(LocalDate)}); a month or a year
     * is set with the {@code PartialDate} form, e.g. {@code endDate(PartialDate.parse("2016-09"))}.
     *
     * @param endDate the calendar day
     * @return this builder
     */
    public Builder endDate(LocalDate endDate) {
      endDate(PartialDate.of(endDate));
      return this;
    }
  }
}
