package org.cocrea.validation.rules.mil;

import static org.cocrea.validation.rules.support.Walk.forEachCommitment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cocrea.core.Milestone;
import org.cocrea.core.PartialDate;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Texts;

/**
 * MIL-04 · Milestones are spread so that each 6-month window of the commitment has ≥1 due milestone. · W · due
 * dates · [S:TAB semestral goals]; generalisation [P]
 *
 * <p>Windows are consecutive spans of {@code windowMonths} [P] months from the commitment's start date; the last
 * one ends at the commitment's end date. Commitments without both dates, or without any dated milestone (MIL-02
 * and COM-07 report those), are not applicable.
 */
public final class Mil04SemesterSpread {

  /** The rule MIL-04, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("MIL-04").anyFramework().warning()
      .source("[S:TAB semestral goals]; generalisation [P]")
      .threshold("windowMonths", 6)
      .needs("plans[].commitments[].milestones[].dueDate", "plans[].commitments[].startDate",
          "plans[].commitments[].endDate")
      .whenAbsent(Absence.FAIL)
      .check(Mil04SemesterSpread::check);

  private Mil04SemesterSpread() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    int months = Math.max(1, ctx.intThreshold("windowMonths"));
    forEachCommitment(ctx, (plan, commitment, pointer) -> {
      List<PartialDate> dues = commitment.milestones().stream()
          .map(Milestone::dueDate).flatMap(Optional::stream).toList();
      if (commitment.startDate().isEmpty() || commitment.endDate().isEmpty() || dues.isEmpty()
          || commitment.endDate().get().isCertainlyBefore(commitment.startDate().get())) {
        subjects.notApplicable(pointer);
        return;
      }
      // the windows are counted from the start day to the end day: a month or year bound cannot place them
      Optional<LocalDate> startDay = commitment.startDate().get().toLocalDate();
      Optional<LocalDate> endDay = commitment.endDate().get().toLocalDate();
      if (startDay.isEmpty() || endDay.isEmpty()) {
        subjects.notRecorded(pointer, pointer + "/startDate", pointer + "/endDate");
        return;
      }
      LocalDate start = startDay.get();
      LocalDate end = endDay.get();
      int windows = 0;
      while (!start.plusMonths((long) windows * months).isAfter(end)) {
        windows++;
      }
      boolean[] covered = new boolean[windows];
      boolean[] maybe = new boolean[windows];
      for (PartialDate due : dues) {
        if (due.latest().isBefore(start) || due.earliest().isAfter(end)) {
          continue;
        }
        // a month or year due date covers a window only when all its days fall in it
        int first = window(start, months, windows, due.earliest().isBefore(start) ? start : due.earliest());
        int last = window(start, months, windows, due.latest().isAfter(end) ? end : due.latest());
        if (first == last && !due.earliest().isBefore(start) && !due.latest().isAfter(end)) {
          covered[first] = true;
        } else {
          for (int w = first; w <= last; w++) {
            maybe[w] = true;
          }
        }
      }
      List<Integer> empty = new ArrayList<>();
      for (int w = 0; w < windows; w++) {
        if (!covered[w]) {
          empty.add(w);
        }
      }
      if (empty.isEmpty()) {
        subjects.pass(pointer);
      } else if (empty.stream().anyMatch(w -> maybe[w])) {
        subjects.notRecorded(pointer, pointer + "/milestones");   // a month or year due date may fill the gap
      } else if (!ctx.complete(commitment, "milestones")) {
        subjects.notRecorded(pointer, pointer + "/milestones");   // the milestones not recorded may fill the gap
      } else {
        int first = empty.get(0);
        LocalDate from = start.plusMonths((long) first * months);
        LocalDate next = start.plusMonths((long) (first + 1) * months).minusDays(1);
        LocalDate to = next.isAfter(end) ? end : next;
        subjects.fail(pointer, Texts.name(ctx, pointer, commitment.id(), commitment.title()), empty.size(), windows, months, from, to);
      }
    });
  }

  /** The window (0 to windows - 1) a day of the commitment falls in. */
  private static int window(LocalDate start, int months, int windows, LocalDate day) {
    int w = (int) Math.min(windows - 1, ChronoUnit.MONTHS.between(start, day) / months);
    while (w > 0 && day.isBefore(start.plusMonths((long) w * months))) {
      w--;
    }
    while (w + 1 < windows && !day.isBefore(start.plusMonths((long) (w + 1) * months))) {
      w++;
    }
    return w;
  }
}
