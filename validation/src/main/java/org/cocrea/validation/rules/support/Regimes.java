package org.cocrea.validation.rules.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.OrderOfGovernment;
import org.cocrea.core.Organization;
import org.cocrea.core.PartialDate;
import org.cocrea.core.Sector;
import org.cocrea.core.StlMembership;
import org.cocrea.validation.regime.ExerciseRegime;
import org.cocrea.validation.regime.GuarantorRegime;
import org.cocrea.validation.regime.StateRegime;
import org.cocrea.validation.regime.StateRegimes;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * The 2025 reform as the rules read it (reform-2025.md §2): the regime in force in the exercise's state on an event's
 * date, from {@link org.cocrea.validation.ValidatorOptions#regimes()}. An event with no recorded date is judged by the
 * methodology as before (the reform's exceptions need a date to apply); a date the table cannot place is NOT_RECORDED.
 */
public final class Regimes {

  private Regimes() {}

  /** The regime table of the validation. */
  public static StateRegimes table(RuleContext ctx) {
    return ctx.options().regimes();
  }

  /** The exercise's state in the table, when its jurisdiction names one the table holds. */
  public static Optional<StateRegime> state(RuleContext ctx) {
    return ctx.exercise().jurisdiction().flatMap(j -> table(ctx).stateOf(j));
  }

  /** The regime in force in the exercise's state on a date (UNKNOWN when its precision cannot tell). */
  public static GuarantorRegime regimeOn(RuleContext ctx, PartialDate date) {
    return table(ctx).regimeOn(state(ctx), date);
  }

  /** The regime of an event with an optional date: the old one when the date is not recorded. */
  public static GuarantorRegime regimeOn(RuleContext ctx, Optional<PartialDate> date) {
    return date.map(d -> regimeOn(ctx, d)).orElse(GuarantorRegime.AUTONOMOUS_BODY);
  }

  /** The federal regime on a day: AUTONOMOUS_BODY while INAI stood. */
  public static GuarantorRegime federalOn(RuleContext ctx, PartialDate date) {
    return table(ctx).federalRegimeOn(date);
  }

  /** When the exercise started ({@link ExerciseRegime#startOf}). */
  public static Optional<PartialDate> exerciseStart(LocalExercise x) {
    return ExerciseRegime.startOf(x);
  }

  /**
   * How long the record says a membership ran: its end date, else the end of the exercise's last plan (the span the
   * record covers). Never the as-of date: a record that stops in 2016 does not say its STL sat in 2026.
   */
  public static Optional<PartialDate> recordedEnd(RuleContext ctx, StlMembership m) {
    return m.endDate().or(() -> ExerciseRegime.recordEndOf(ctx.exercise()));
  }

  /**
   * The row whose old body an organisation is: INAI (sector {@link Sector#NATIONAL_GUARANTOR}, acronym INAI) for the
   * federation, else the exercise's state when the organisation's acronym or name is its old body's.
   */
  public static Optional<StateRegime> extinctBodyRow(RuleContext ctx, Organization o) {
    StateRegime federal = table(ctx).federal();
    if (o.sector().orElse(null) == Sector.NATIONAL_GUARANTOR && isBodyOf(o, federal)) {
      return Optional.of(federal);
    }
    return state(ctx).filter(r -> isBodyOf(o, r));
  }

  private static boolean isBodyOf(Organization o, StateRegime r) {
    return r.isOldBody(o.acronym(), o.name());
  }

  /**
   * Whether, and since when, an organisation no longer exists, from the record and the regime table (reform-2025.md
   * §2.1). The record's own facts come first: an {@link Organization#extinguishedOn()} is the date, whatever the
   * table says, because it is this organisation's own fact, written by whoever keeps the record (the table is a
   * snapshot of press sources about a state's regime, meant to be corrected; a record that dates the extinction
   * otherwise is that correction). Without one, the table's row for INAI or the state's old body gives it ({@link
   * #extinctBodyRow}). The successor is the record's ({@link Organization#successorIds()}, named by their labels,
   * then {@link Organization#successorNames()}), else the table's.
   *
   * @return the extinction, or empty when neither the record nor the table says the organisation was extinguished
   */
  public static Optional<Extinction> extinction(RuleContext ctx, Organization o) {
    Optional<StateRegime> row = extinctBodyRow(ctx, o);
    List<String> successors = new ArrayList<>();
    for (String id : o.successorIds()) {
      successors.add(ctx.index().organization(id).map(Regimes::label).orElse(id));
    }
    successors.addAll(o.successorNames());
    Optional<String> successor = successors.isEmpty()
        ? row.flatMap(StateRegime::successorName)
        : Optional.of(String.join(", ", successors));
    if (o.extinguishedOn().isPresent()) {
      return Optional.of(new Extinction(o, o.extinguishedOn(), row, successor, true));
    }
    return row.map(r -> new Extinction(o, r.regimeChange(), Optional.of(r), successor, false));
  }

  /**
   * An organisation that ceased to exist: since when (the record's date, else its row's change of regime), the
   * regime table's row when it is INAI or the state's old body, its successor when known, and whether the date is
   * the record's.
   */
  public record Extinction(Organization organization, Optional<PartialDate> on, Optional<StateRegime> row,
      Optional<String> successor, boolean fromRecord) {

    /**
     * Whether the organisation still existed on a date: from the record's date ({@link Dates#before}), else from the
     * table ({@link #bodyOn}); empty when the precision or the table cannot tell.
     */
    public Optional<Boolean> existedOn(RuleContext ctx, PartialDate date) {
      if (fromRecord) {
        return Dates.before(date, on.orElseThrow());
      }
      return switch (bodyOn(ctx, row.orElseThrow(), date)) {
        case AUTONOMOUS_BODY -> Optional.of(true);
        case SUCCESSOR_AUTHORITY -> Optional.of(false);
        case UNKNOWN -> Optional.empty();
      };
    }

    /** The organisation as messages name it ({@link Regimes#label}). */
    public String label() {
      return Regimes.label(organization);
    }

    /** The date of the extinction as text, or a dash. */
    public String dateText() {
      return Dates.text(on);
    }
  }

  /** Whether the old body of a row still stood on a day (UNKNOWN when the table cannot tell). */
  public static GuarantorRegime bodyOn(RuleContext ctx, StateRegime row, PartialDate date) {
    return row == table(ctx).federal()
        ? federalOn(ctx, date)
        : table(ctx).regimeOn(Optional.of(row), date);
  }

  /** Whether an organisation belongs to the Executive ({@link ExerciseRegime#isExecutive}). */
  public static boolean isExecutive(Organization o) {
    return ExerciseRegime.isExecutive(o);
  }

  /** Whether a row's successor belongs to the Executive: its legal nature. */
  public static boolean successorIsExecutive(StateRegime row) {
    return ExerciseRegime.successorIsExecutive(row);
  }

  /**
   * A row's successor as messages name it: its name, else words saying the table does not name it (never a dash).
   */
  public static String successorName(RuleContext ctx, StateRegime row) {
    return row.successorName().orElseGet(() -> Texts.part(ctx, "regime.part.unnamedSuccessor"));
  }

  /** The date a row's regime changed, as text, or a dash. */
  public static String changeText(StateRegime row) {
    return row.regimeChange().map(PartialDate::toString).orElse("—");
  }

  /**
   * The rule cannot judge the subject: the regime table cannot place the event's date against the state's reform
   * (the state or its dates unknown, or a date too coarse), reform-2025.md §2.4. NOT_RECORDED, with the event's date
   * as the fact that would decide it together with the table.
   */
  public static void notRecorded(Subjects s, String pointer, String datePointer) {
    s.notRecorded(pointer, datePointer);
  }

  /** An organisation as messages name it: its acronym, else its name, else its id. */
  public static String label(Organization o) {
    return o.acronym().or(o::name).orElse(o.id());
  }

  /**
   * The organisation of the first titular government seat among memberships held by an Executive body of the given
   * order of government, or of an unrecorded one (any order when none is given).
   */
  public static Optional<Organization> governmentExecutive(RuleContext ctx, List<StlMembership> memberships,
      Optional<OrderOfGovernment> order) {
    for (StlMembership m : memberships) {
      if (!Seats.isTitularSeat(m)
          || !Seats.seatSector(ctx, m).map(sector -> Seats.isGovernment(ctx, sector)).orElse(false)) {
        continue;
      }
      Optional<Organization> o = m.organizationId().flatMap(id -> ctx.index().organization(id))
          .filter(Regimes::isExecutive)
          .filter(g -> order.isEmpty() || g.order().isEmpty() || g.order().equals(order));
      if (o.isPresent()) {
        return o;
      }
    }
    return Optional.empty();
  }
}
