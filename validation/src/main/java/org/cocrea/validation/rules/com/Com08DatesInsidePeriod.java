package org.cocrea.validation.rules.com;

import org.cocrea.core.PartialDate;
import static org.cocrea.validation.rules.com.ComSupport.forEachCommitment;
import static org.cocrea.validation.rules.com.ComSupport.label;
import static org.cocrea.validation.rules.com.ComSupport.text;
import static org.cocrea.validation.rules.support.Texts.part;

import java.time.LocalDate;
import java.util.Optional;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Missing;

/**
 * COM-08 · Time-bound: start/end dates present and inside the PAL period. · E · dates · [S:KIT5 Acotados en el
 * tiempo][S:OGP-TPL]. Also start ≤ end; the period bounds that the plan does not record are not checked.
 *
 * <p>A date absent from a PARTIAL record or part is not recorded, and a date recorded as a month or a year is too
 * coarse for the comparisons: the commitment is NOT_RECORDED, not failed.
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
        Missing missing = new Missing(ctx);
        if (c.startDate().isPresent() && start.isEmpty()) {
          missing.addTooCoarse(ptr + "/startDate");
        } else if (start.isEmpty()) {
          missing.add(c, "startDate", ptr + "/startDate", part(ctx, "COM-08.part.startDate"));
        }
        if (c.endDate().isPresent() && end.isEmpty()) {
          missing.addTooCoarse(ptr + "/endDate");
        } else if (end.isEmpty()) {
          missing.add(c, "endDate", ptr + "/endDate", part(ctx, "COM-08.part.endDate"));
        }
        missing.report(subjects, ptr, "missing", parts -> new Object[] {label(c), parts});
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
