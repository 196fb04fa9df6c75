package org.cocrea.validation.rules.com;

import static org.cocrea.validation.rules.com.ComSupport.forEachCommitment;
import static org.cocrea.validation.rules.com.ComSupport.label;
import static org.cocrea.validation.rules.com.ComSupport.text;
import static org.cocrea.validation.rules.support.Texts.part;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cocrea.core.PartialDate;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Dates;
import org.cocrea.validation.rules.support.Missing;

/**
 * COM-08 · Time-bound: start/end dates present and inside the PAL period. · E · dates · [S:KIT5 Acotados en el
 * tiempo][S:OGP-TPL]. Also start ≤ end, and the commitment does not end before the plan was published (real-records
 * §7); the period bounds that the plan does not record are not checked. Dates are compared at their common precision
 * ({@link Dates}): a comparison the recorded precision cannot decide ({@code 2021-09} against {@code 2021-09-14})
 * makes the commitment NOT_RECORDED, never a failure.
 *
 * <p>A date absent from a PARTIAL record or part is not recorded: the commitment is NOT_RECORDED, not failed
 * ({@link Missing}).
 */
public final class Com08DatesInsidePeriod {

  /** The rule COM-08, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("COM-08").anyFramework().error()
      .source("[S:KIT5 Acotados en el tiempo][S:OGP-TPL]")
      .needs("plans[].commitments[].startDate", "plans[].commitments[].endDate", "plans[].periodStart",
          "plans[].periodEnd", "plans[].publishedOn")
      .whenAbsent(Absence.FAIL)
      .check(Com08DatesInsidePeriod::check);

  private Com08DatesInsidePeriod() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    forEachCommitment(ctx.exercise(), subjects, (plan, c, ptr) -> {
      Optional<PartialDate> start = c.startDate();
      Optional<PartialDate> end = c.endDate();
      Optional<PartialDate> periodStart = plan.periodStart();
      Optional<PartialDate> periodEnd = plan.periodEnd();
      Optional<PartialDate> published = plan.publishedOn();
      if (start.isEmpty() || end.isEmpty()) {
        Missing missing = new Missing(ctx);
        if (start.isEmpty()) {
          missing.add(c, "startDate", ptr + "/startDate", part(ctx, "COM-08.part.startDate"));
        }
        if (end.isEmpty()) {
          missing.add(c, "endDate", ptr + "/endDate", part(ctx, "COM-08.part.endDate"));
        }
        missing.report(subjects, ptr, "missing", parts -> new Object[] {label(ctx, c, ptr), parts});
        return;
      }
      // each comparison at the dates' common precision (real-records §3, §7); one that cannot tell is not a failure
      String planPtr = ptr.substring(0, ptr.indexOf("/commitments/"));
      List<String> undetermined = new ArrayList<>();
      Optional<Boolean> ordered = Dates.onOrBefore(start.get(), end.get());
      Optional<Boolean> startsInside = periodStart.flatMap(p -> Dates.onOrAfter(start.get(), p))
          .or(() -> periodStart.isPresent() ? Optional.empty() : Optional.of(true));
      Optional<Boolean> endsInside = periodEnd.flatMap(p -> Dates.onOrBefore(end.get(), p))
          .or(() -> periodEnd.isPresent() ? Optional.empty() : Optional.of(true));
      // a commitment that starts after the period ends is outside it too (its start against the period's end)
      Optional<Boolean> startsBeforeEnd = periodEnd.flatMap(p -> Dates.onOrBefore(start.get(), p))
          .or(() -> periodEnd.isPresent() ? Optional.empty() : Optional.of(true));
      Optional<Boolean> endsAfterPublication = published.flatMap(p -> Dates.onOrAfter(end.get(), p))
          .or(() -> published.isPresent() ? Optional.empty() : Optional.of(true));
      if (ordered.isPresent() && !ordered.get()) {
        subjects.failWith(ptr + "/endDate", "order", label(ctx, c, ptr), start.get(), end.get());
      } else if (startsInside.isPresent() && !startsInside.get()) {
        subjects.fail(ptr + "/startDate", label(ctx, c, ptr), start.get(), end.get(), text(periodStart), text(periodEnd));
      } else if (startsBeforeEnd.isPresent() && !startsBeforeEnd.get()) {
        subjects.fail(ptr + "/startDate", label(ctx, c, ptr), start.get(), end.get(), text(periodStart), text(periodEnd));
      } else if (endsInside.isPresent() && !endsInside.get()) {
        subjects.fail(ptr + "/endDate", label(ctx, c, ptr), start.get(), end.get(), text(periodStart), text(periodEnd));
      } else if (endsAfterPublication.isPresent() && !endsAfterPublication.get()) {
        subjects.failWith(ptr + "/endDate", "beforePublication", label(ctx, c, ptr), end.get(), published.get());
      } else {
        if (ordered.isEmpty()) {
          undetermined.add(ptr + "/startDate");
          undetermined.add(ptr + "/endDate");
        }
        if (startsInside.isEmpty() || startsBeforeEnd.isEmpty()) {
          undetermined.add(ptr + "/startDate");
          undetermined.add(planPtr + (startsInside.isEmpty() ? "/periodStart" : "/periodEnd"));
        }
        if (endsInside.isEmpty()) {
          undetermined.add(ptr + "/endDate");
          undetermined.add(planPtr + "/periodEnd");
        }
        if (endsAfterPublication.isEmpty()) {
          undetermined.add(ptr + "/endDate");
          undetermined.add(planPtr + "/publishedOn");
        }
        if (undetermined.isEmpty()) {
          subjects.pass(ptr);
        } else {
          subjects.notRecorded(ptr, undetermined.stream().distinct().toArray(String[]::new));
        }
      }
    });
  }
}
