package org.cocrea.validation.regime;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cocrea.core.GovernmentBranch;
import org.cocrea.core.GuarantorLegalNature;
import org.cocrea.core.JointDeclaration;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Organization;
import org.cocrea.core.PartialDate;
import org.cocrea.core.Sector;
import org.cocrea.core.Seats;
import org.cocrea.core.StlMembership;

/**
 * Where an exercise stands across the 2025 reform: its state in the regime table, when it started, the regime in
 * force then, and who holds its guarantor seat. What research splits its figures by ({@code cocrea stats}).
 *
 * <pre>{@code
 * ExerciseRegime r = ExerciseRegime.of(exercise, StateRegimes.defaults());
 * r.regime();   // AUTONOMOUS_BODY for an exercise started before its state's guarantor body was extinguished
 * r.seat();     // VACANT, EXECUTIVE, HELD or NO_STL
 * }</pre>
 *
 * @param state the exercise's state in the table, when its jurisdiction names one the table holds
 * @param start when the exercise started ({@link #startOf(LocalExercise)}), when recorded
 * @param regime the regime in force in the state at the start, never null ({@link GuarantorRegime#UNKNOWN} without a
 *     start or when the table cannot place it)
 * @param seat who holds the guarantor seat of the exercise's last STL, never null
 * @since 0.1.0
 */
public record ExerciseRegime(Optional<StateRegime> state, Optional<PartialDate> start, GuarantorRegime regime,
    GuarantorSeat seat) {

  private static final List<GuarantorLegalNature> EXECUTIVE_NATURES = List.of(
      GuarantorLegalNature.DECONCENTRATED_EXECUTIVE_BODY, GuarantorLegalNature.EXECUTIVE_SECRETARIAT_OR_COMPTROLLER);

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public ExerciseRegime {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(seat, "seat");
  }

  /**
   * Where an exercise stands across the reform.
   *
   * @param exercise the exercise, must not be null
   * @param table the regime table, must not be null
   * @return the regime, never null
   */
  public static ExerciseRegime of(LocalExercise exercise, StateRegimes table) {
    Objects.requireNonNull(exercise, "exercise");
    Objects.requireNonNull(table, "table");
    Optional<StateRegime> state = exercise.jurisdiction().flatMap(table::stateOf);
    Optional<PartialDate> start = startOf(exercise);
    GuarantorRegime regime = start.map(d -> table.regimeOn(state, d)).orElse(GuarantorRegime.UNKNOWN);
    return new ExerciseRegime(state, start, regime, seat(exercise, state, table));
  }

  /**
   * When an exercise started: its first declaration's signature, else its first STL's installation, else its first
   * plan's start.
   *
   * @param exercise the exercise, must not be null
   * @return the date as recorded (the earliest of several, {@link PartialDate#SORT_ORDER}; a month or a year stays
   *     one), or empty when none is recorded
   */
  public static Optional<PartialDate> startOf(LocalExercise exercise) {
    return exercise.declarations().stream().map(JointDeclaration::signedOn).flatMap(Optional::stream)
        .min(PartialDate.SORT_ORDER)
        .or(() -> exercise.stls().stream().map(LocalTechnicalSecretariat::installedOn).flatMap(Optional::stream)
            .min(PartialDate.SORT_ORDER))
        .or(() -> exercise.plans().stream().map(LocalActionPlan::periodStart).flatMap(Optional::stream)
            .min(PartialDate.SORT_ORDER));
  }

  /**
   * When an exercise's record ends: the end of its last plan.
   *
   * @param exercise the exercise, must not be null
   * @return the date as recorded (the one whose last possible day is latest), or empty when no plan has an end
   */
  public static Optional<PartialDate> recordEndOf(LocalExercise exercise) {
    return exercise.plans().stream().map(LocalActionPlan::periodEnd).flatMap(Optional::stream)
        .max(java.util.Comparator.comparing(PartialDate::latest).thenComparing(PartialDate.SORT_ORDER));
  }

  /**
   * Whether a successor's legal nature is of the Executive (a deconcentrated body, a secretariat or comptroller).
   *
   * @param row a row of the table, must not be null
   * @return whether the successor is of the Executive
   */
  public static boolean successorIsExecutive(StateRegime row) {
    return row.successorLegalNature().map(n -> EXECUTIVE_NATURES.stream().anyMatch(e -> e.name().equals(n)))
        .orElse(false);
  }

  /**
   * Whether an organisation belongs to the Executive: its branch is recorded as the Executive, or its legal nature as
   * a deconcentrated body of the Executive or an Executive secretariat or comptroller (format 1.1).
   *
   * @param organization the organisation, must not be null
   * @return whether it is of the Executive
   */
  public static boolean isExecutive(Organization organization) {
    Objects.requireNonNull(organization, "organization");
    return organization.branch().orElse(null) == GovernmentBranch.EXECUTIVE
        || organization.legalNature().map(EXECUTIVE_NATURES::contains).orElse(false);
  }

  private static GuarantorSeat seat(LocalExercise x, Optional<StateRegime> state, StateRegimes table) {
    if (x.stls().isEmpty()) {
      return GuarantorSeat.NO_STL;
    }
    LocalTechnicalSecretariat stl = x.stls().get(x.stls().size() - 1);
    GuarantorSeat seat = GuarantorSeat.VACANT;
    for (StlMembership m : stl.memberships()) {
      if (!Seats.isTitularSeat(m) || Seats.seatSector(x, m).orElse(null) != Sector.GUARANTOR_BODY) {
        continue;
      }
      Optional<Organization> org = m.organizationId().flatMap(id -> x.index().organization(id));
      boolean executive = org.map(ExerciseRegime::isExecutive).orElse(false);
      boolean succeeded = org.isPresent() && state.filter(r -> r.isOldBody(org.get().acronym(), org.get().name()))
          .filter(ExerciseRegime::successorIsExecutive)
          .flatMap(r -> m.endDate().or(() -> recordEndOf(x))
              .map(end -> table.regimeOn(Optional.of(r), end) == GuarantorRegime.SUCCESSOR_AUTHORITY))
          .orElse(false);
      if (executive || succeeded) {
        return GuarantorSeat.EXECUTIVE;
      }
      seat = GuarantorSeat.HELD;
    }
    return seat;
  }
}
