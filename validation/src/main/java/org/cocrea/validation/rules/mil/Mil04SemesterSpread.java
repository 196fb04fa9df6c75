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
      List<LocalDate> dues = commitment.milestones().stream()
          .map(Milestone::dueDate).flatMap(d -> d.flatMap(PartialDate::toLocalDate).stream()).toList();
      if (commitment.startDate().flatMap(PartialDate::toLocalDate).isEmpty() || commitment.endDate().flatMap(PartialDate::toLocalDate).isEmpty() || dues.isEmpty()
          || commitment.endDate().flatMap(PartialDate::toLocalDate).get().isBefore(commitment.startDate().flatMap(PartialDate::toLocalDate).get())) {
        subjects.notApplicable(pointer);
        return;
      }
      LocalDate start = commitment.startDate().flatMap(PartialDate::toLocalDate).get();
      LocalDate end = commitment.endDate().flatMap(PartialDate::toLocalDate).get();
      int windows = 0;
      while (!start.plusMonths((long) windows * months).isAfter(end)) {
        windows++;
      }
      boolean[] covered = new boolean[windows];
      for (LocalDate due : dues) {
        if (!due.isBefore(start) && !due.isAfter(end)) {
          int w = (int) Math.min(windows - 1, ChronoUnit.MONTHS.between(start, due) / months);
          while (w > 0 && due.isBefore(start.plusMonths((long) w * months))) {
            w--;
          }
          while (w + 1 < windows && !due.isBefore(start.plusMonths((long) (w + 1) * months))) {
            w++;
          }
          covered[w] = true;
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
      } else if (!ctx.complete(commitment, "milestones")) {
        subjects.notRecorded(pointer, pointer + "/milestones");   // the milestones not recorded may fill the gap
      } else {
        int first = empty.get(0);
        LocalDate from = start.plusMonths((long) first * months);
        LocalDate next = start.plusMonths((long) (first + 1) * months).minusDays(1);
        LocalDate to = next.isAfter(end) ? end : next;
        subjects.fail(pointer, commitment.id(), empty.size(), windows, months, from, to);
      }
    });
  }
}
