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
 * One jurisdiction's local open-government exercise: the aggregate root of the model. It declares every actor once (organizations, people, public calls) and holds the declarations, awareness events, STLs and plans of the six-step cycle ({@link Step}).
 *
 * <p>Spanish term: <i>Ejercicio local de gobierno abierto</i>. Builders hold incomplete or wrong data on purpose (only the identifier, where there
 * is one, is mandatory): checks belong to the validator, which reports every problem at once.
 *
 * <pre>{@code
 * LocalExercise exercise = LocalExercise.builder().id("mx-dur-2015").title("Durango 2015-2016").addOrganization(idaip).guarantorBodyId(idaip.id()).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@ModelConstraints
@Value.Immutable
public interface LocalExercise extends RecordedParts, Sourced {

  /**
   * Stable identifier of the exercise, for example {@code mx-dur-2015}.
   *
   * @return never null
   */
  @NotBlank @Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String id();

  /**
   * Human title of the exercise.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> title();

  /**
   * Free description; example files say here which parts are illustrative.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> description();

  /**
   * The state, municipality or alcaldía that runs the exercise [S:SRC].
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Valid Jurisdiction> jurisdiction();

  /**
   * The local guarantor body (organismo garante) that leads the exercise [S:APT].
   *
   * @return the value, or empty when not recorded
   */
  @Ref(Organization.class)
  Optional<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> guarantorBodyId();

  /**
   * Registry of every organisation that takes part; referenced by id elsewhere.
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid Organization> organizations();

  /**
   * Registry of the people that take part; referenced by id elsewhere.
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid Person> people();

  /**
   * Public calls (convocatorias) for STL seats or tables [S:APT][S:YUC].
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid PublicCall> publicCalls();

  /**
   * Joint declarations, in order; more than one when re-affirmed [S:APT Tabasco].
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid JointDeclaration> declarations();

  /**
   * Promoter group that prepared the STL, where there was one [S:APT Chihuahua, NL].
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Valid PromoterGroup> promoterGroup();

  /**
   * Accompaniment by INAI and others (witness, advice, training) [S:SRC].
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid Accompaniment> accompaniments();

  /**
   * Awareness and socialisation events of step 2 [S:SRC][S:APT].
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid AwarenessEvent> awarenessEvents();

  /**
   * Local Technical Secretariats, at most one active [P].
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid LocalTechnicalSecretariat> stls();

  /**
   * Local action plans, by ordinal [S:APT "segundo plan de acción"].
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid LocalActionPlan> plans();

  /**
   * The step of the cycle the exercise declares it is in.
   *
   * @return the value, or empty when not recorded
   */
  Optional<Step> currentStep();

  /**
   * The declared status of the exercise [S:APT].
   *
   * @return the value, or empty when not recorded
   */
  Optional<ExerciseStatus> status();

  /**
   * Public website of the exercise [S:OGP-STD MR 2].
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.URL_PATTERN) String> websiteUrl();

  /**
   * When the website was last updated (TRN-01).
   *
   * @return the date as precise as the source gives it (a year, a month or a day: the precision is kept,
   *     no day is invented), or empty when not recorded
   */
  Optional<PartialDate> websiteLastUpdated();

  /**
   * The public document repository (TRN-02).
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Valid DocumentRepository> repository();

  /**
   * The index of this exercise's identifiers, computed once on first use.
   *
   * @return the index, never null
   */
  @Value.Lazy
  default ExerciseIndex index() {
    return ExerciseIndex.of(this);
  }

  /**
   * The furthest step of the cycle whose artefacts this exercise records.
   *
   * @return the step, never null
   * @see Step#reachedBy(LocalExercise)
   */
  default Step stepReached() {
    return Step.reachedBy(this);
  }

  /**
   * What kind of record this document is (complete or partial) and where it came from; written at the root as {@code "record"}. Absent: a complete record. (format 1.1)
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Valid RecordDeclaration> record();

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
   * Programme(s) the exercise follows (one or more). Absent: not recorded; 1.0 files follow INAI_LOCAL. (format 1.1)
   *
   * @return the elements, never null, possibly empty
   */
  List<Framework> frameworks();

  /**
   * Name of the programme when frameworks includes OTHER. (format 1.1)
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> otherFrameworkName();

  /**
   * Why the exercise has its status, above all SUSPENDED (for example "extinction of the guarantor body"). (format 1.1)
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> statusReason();

  /**
   * Since when it has that status. (format 1.1)
   *
   * @return the value, or empty when not recorded
   */
  Optional<PartialDate> statusSince();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LocalExercise} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableLocalExercise.Builder {
    Builder() {}

    /**
     * Sets {@link LocalExercise#websiteLastUpdated()} to a day-precision date ({@link PartialDate#of(LocalDate)}); a month or a year
     * is set with the {@code PartialDate} form, e.g. {@code websiteLastUpdated(PartialDate.parse("2016-09"))}.
     *
     * @param websiteLastUpdated the calendar day
     * @return this builder
     */
    public Builder websiteLastUpdated(LocalDate websiteLastUpdated) {
      websiteLastUpdated(PartialDate.of(websiteLastUpdated));
      return this;
    }
  }
}
