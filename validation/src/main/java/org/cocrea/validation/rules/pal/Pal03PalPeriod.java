package org.cocrea.validation.rules.pal;

import org.cocrea.core.PartialDate;
import static org.cocrea.validation.rules.pal.PalSupport.forEachPlan;
import static org.cocrea.validation.rules.support.Texts.part;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.Severity;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * PAL-03 · periodStart &lt; periodEnd and duration ≤ 24 months. · E (order) / W (duration) · dates · [S:APT one
 * year][S:JAL 2016-18][S:OGP-GL] ; 24 months [P]. Threshold {@code maxMonths} (24). A missing or inverted period
 * is an error; a period longer than the threshold is a warning in every profile.
 */
public final class Pal03PalPeriod {

  /** The rule PAL-03, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("PAL-03").anyFramework().error()
      .source("[S:APT one year][S:JAL 2016-18][S:OGP-GL] ; 24 months [P]")
      .threshold("maxMonths", 24)
      .needs("plans[].periodStart", "plans[].periodEnd")
      .whenAbsent(Absence.FAIL)
      .check(Pal03PalPeriod::check);

  private Pal03PalPeriod() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    int maxMonths = ctx.intThreshold("maxMonths");
    forEachPlan(ctx.exercise(), subjects, (plan, ptr) -> {
      Optional<LocalDate> start = plan.periodStart().flatMap(PartialDate::toLocalDate);
      Optional<LocalDate> end = plan.periodEnd().flatMap(PartialDate::toLocalDate);
      if (start.isEmpty() || end.isEmpty()) {
        List<String> missing = new ArrayList<>();
        start.ifPresentOrElse(s -> { }, () -> missing.add(part(ctx, "PAL-03.part.periodStart")));
        end.ifPresentOrElse(e -> { }, () -> missing.add(part(ctx, "PAL-03.part.periodEnd")));
        subjects.failWith(ptr, "missing", String.join(", ", missing), plan.id());
      } else if (!start.get().isBefore(end.get())) {
        subjects.failWith(ptr + "/periodEnd", "order", start.get(), end.get(), plan.id());
      } else if (end.get().isAfter(start.get().plusMonths(maxMonths))) {
        subjects.failAs(Severity.WARNING, ptr + "/periodEnd", "duration", start.get(), end.get(), maxMonths,
            plan.id());
      } else {
        subjects.pass(ptr);
      }
    });
  }
}
