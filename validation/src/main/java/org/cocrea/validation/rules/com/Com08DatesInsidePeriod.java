package org.cocrea.validation.rules.com;

import org.cocrea.core.PartialDate;
import static org.cocrea.validation.rules.com.ComSupport.forEachCommitment;
import static org.cocrea.validation.rules.com.ComSupport.label;
import static org.cocrea.validation.rules.com.ComSupport.text;
import static org.cocrea.validation.rules.support.Texts.part;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * COM-08 · Time-bound: start/end dates present and inside the PAL period. · E · dates · [S:KIT5 Acotados en el
 * tiempo][S:OGP-TPL]. Also start ≤ end; the period bounds that the plan does not record are not checked.
 */
public final class Com08DatesInsidePeriod {

  /** The rule COM-08, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("COM-08").anyFramework().error()
      .source("[S:KIT5 Acotados en el tiempo][S:OGP-TPL]")
      .needs("plans[].commitments[].startDate", "plans[].commitments[].endDate", "plans[].periodStart",
          "plans[].periodEnd")
      .whenAbsent(Absence.FAIL)
      .check(Com08DatesInsidePeriod::check);

  private Com08DatesInsidePeriod() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    forEachCommitment(ctx.exercise(), subjects, (plan, c, ptr) -> {
      Optional<LocalDate> start = c.startDate().flatMap(PartialDate::toLocalDate);
      Optional<LocalDate> end = c.endDate().flatMap(PartialDate::toLocalDate);
      Optional<LocalDate> periodStart = plan.periodStart().flatMap(PartialDate::toLocalDate);
      Optional<LocalDate> periodEnd = plan.periodEnd().flatMap(PartialDate::toLocalDate);
      if (start.isEmpty() || end.isEmpty()) {
        List<String> parts = new ArrayList<>();
        start.ifPresentOrElse(d -> { }, () -> parts.add(part(ctx, "COM-08.part.startDate")));
        end.ifPresentOrElse(d -> { }, () -> parts.add(part(ctx, "COM-08.part.endDate")));
        String missing = String.join(", ", parts);
        subjects.failWith(ptr, "missing", label(c), missing);
      } else if (end.get().isBefore(start.get())) {
        subjects.failWith(ptr + "/endDate", "order", label(c), start.get(), end.get());
      } else if (periodStart.isPresent() && start.get().isBefore(periodStart.get())) {
        subjects.fail(ptr + "/startDate", label(c), start.get(), end.get(), text(periodStart), text(periodEnd));
      } else if (periodEnd.isPresent() && end.get().isAfter(periodEnd.get())) {
        subjects.fail(ptr + "/endDate", label(c), start.get(), end.get(), text(periodStart), text(periodEnd));
      } else {
        subjects.pass(ptr);
      }
    });
  }
}
