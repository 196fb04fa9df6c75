package org.cocrea.validation.rules.mil;

import org.cocrea.core.PartialDate;
import static org.cocrea.validation.rules.mil.MilSupport.forEachMilestone;

import java.time.LocalDate;
import java.util.Optional;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * MIL-02 · Every milestone has a due date inside its commitment's period (start ≤ due). · E · dates ·
 * [S:TAB step "ends"][S:OGP-TPL]
 *
 * <p>The period is the commitment's start and end dates; a bound the commitment does not state is taken from its
 * plan's period (methodology.md section 3: all milestone dates lie within the PAL period). A milestone's own start
 * date, when given, must not come after its due date.
 */
public final class Mil02DueDateInsidePeriod {

  /** The rule MIL-02, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("MIL-02").anyFramework().error()
      .source("[S:TAB step \"ends\"][S:OGP-TPL]")
      .needs("plans[].commitments[].milestones[].dueDate", "plans[].commitments[].startDate",
          "plans[].commitments[].endDate", "plans[].periodStart", "plans[].periodEnd")
      .whenAbsent(Absence.FAIL)
      .check(Mil02DueDateInsidePeriod::check);

  private Mil02DueDateInsidePeriod() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    forEachMilestone(ctx, (plan, commitment, milestone, pointer) -> {
      if (milestone.dueDate().flatMap(PartialDate::toLocalDate).isEmpty()) {
        subjects.fail(pointer, milestone.id());
        return;
      }
      LocalDate due = milestone.dueDate().flatMap(PartialDate::toLocalDate).get();
      Optional<LocalDate> start = commitment.startDate().flatMap(PartialDate::toLocalDate).or(() -> plan.periodStart().flatMap(PartialDate::toLocalDate));
      Optional<LocalDate> end = commitment.endDate().flatMap(PartialDate::toLocalDate).or(() -> plan.periodEnd().flatMap(PartialDate::toLocalDate));
      if (start.isPresent() && due.isBefore(start.get())) {
        subjects.failWith(pointer + "/dueDate", "beforeStart", milestone.id(), due, start.get());
      } else if (end.isPresent() && due.isAfter(end.get())) {
        subjects.failWith(pointer + "/dueDate", "afterEnd", milestone.id(), due, end.get());
      } else if (milestone.startDate().flatMap(PartialDate::toLocalDate).isPresent() && milestone.startDate().flatMap(PartialDate::toLocalDate).get().isAfter(due)) {
        subjects.failWith(pointer + "/startDate", "startAfterDue", milestone.id(), milestone.startDate().flatMap(PartialDate::toLocalDate).get(), due);
      } else {
        subjects.pass(pointer);
      }
    });
  }
}
