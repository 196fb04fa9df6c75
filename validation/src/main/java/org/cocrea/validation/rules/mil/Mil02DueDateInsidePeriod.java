package org.cocrea.validation.rules.mil;

import static org.cocrea.validation.rules.mil.MilSupport.forEachMilestone;

import java.util.Optional;
import org.cocrea.core.PartialDate;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Texts;
import org.cocrea.validation.rules.support.Dates;

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
      if (milestone.dueDate().isEmpty()) {
        subjects.fail(pointer, Texts.name(ctx, pointer, milestone.id(), Optional.empty()));
        return;
      }
      PartialDate due = milestone.dueDate().get();
      Optional<PartialDate> start = commitment.startDate().or(plan::periodStart);
      Optional<PartialDate> end = commitment.endDate().or(plan::periodEnd);
      Optional<PartialDate> begins = milestone.startDate();
      // each comparison at the dates' common precision; one that cannot tell makes the milestone not recorded
      Optional<Boolean> afterStart = start.map(d -> Dates.onOrAfter(due, d)).orElse(Optional.of(true));
      Optional<Boolean> beforeEnd = end.map(d -> Dates.onOrBefore(due, d)).orElse(Optional.of(true));
      Optional<Boolean> startsFirst = begins.map(d -> Dates.onOrBefore(d, due)).orElse(Optional.of(true));
      if (!afterStart.orElse(true)) {
        subjects.failWith(pointer + "/dueDate", "beforeStart", Texts.name(ctx, pointer, milestone.id(), Optional.empty()), due, start.get());
      } else if (!beforeEnd.orElse(true)) {
        subjects.failWith(pointer + "/dueDate", "afterEnd", Texts.name(ctx, pointer, milestone.id(), Optional.empty()), due, end.get());
      } else if (!startsFirst.orElse(true)) {
        subjects.failWith(pointer + "/startDate", "startAfterDue", Texts.name(ctx, pointer, milestone.id(), Optional.empty()), begins.get(), due);
      } else if (afterStart.isEmpty() || beforeEnd.isEmpty() || startsFirst.isEmpty()) {
        subjects.notRecorded(pointer, pointer + "/dueDate");
      } else {
        subjects.pass(pointer);
      }
    });
  }
}
