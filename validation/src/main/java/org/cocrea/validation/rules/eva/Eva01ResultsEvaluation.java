package org.cocrea.validation.rules.eva;

import static org.cocrea.validation.rules.support.Walk.isPublicPlan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cocrea.core.Evaluation;
import org.cocrea.core.EvaluationType;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.ProgressReport;
import org.cocrea.core.PartialDate;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * EVA-01 · A results evaluation exists after the PAL period ends. · E · evaluations.type=RESULTS · [S:SRC
 * evaluations][S:KIT3 Veracruz][S:KIT8]
 *
 * <p>Time-aware: once the as-of date is past the plan's {@code periodEnd}, the plan must have a RESULTS evaluation;
 * as in the TRK rules, plans in {@code DRAFT} or {@code WITHDRAWN} status were never implemented and need none.
 * It also checks its piece of the date-precedence chain (methodology.md section 3): no RESULTS evaluation is dated
 * before the plan's first published progress report.
 */
public final class Eva01ResultsEvaluation {

  /** The rule EVA-01, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("EVA-01").anyFramework().error()
      .source("[S:SRC evaluations][S:KIT3 Veracruz][S:KIT8]")
      .timeAware()
      .needs("plans[].evaluations[].type", "plans[].periodEnd")
      .whenAbsent(Absence.FAIL)
      .check(Eva01ResultsEvaluation::check);

  private Eva01ResultsEvaluation() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    LocalDate asOf = ctx.asOf().orElseThrow();
    List<LocalActionPlan> plans = ctx.exercise().plans();
    for (int p = 0; p < plans.size(); p++) {
      LocalActionPlan plan = plans.get(p);
      String pointer = "/plans/" + p;
      Optional<LocalDate> firstReport = plan.progressReports().stream()
          .map(ProgressReport::publishedOn).flatMap(d -> d.flatMap(PartialDate::toLocalDate).stream()).min(LocalDate::compareTo);
      boolean hasResults = false;
      boolean outOfOrder = false;
      for (int e = 0; e < plan.evaluations().size() && !outOfOrder; e++) {
        Evaluation evaluation = plan.evaluations().get(e);
        if (evaluation.type().orElse(null) != EvaluationType.RESULTS) {
          continue;
        }
        hasResults = true;
        if (firstReport.isPresent() && evaluation.date().flatMap(PartialDate::toLocalDate).isPresent()
            && evaluation.date().flatMap(PartialDate::toLocalDate).get().isBefore(firstReport.get())) {
          subjects.failWith(pointer + "/evaluations/" + e + "/date", "beforeReport",
              evaluation.id(), evaluation.date().flatMap(PartialDate::toLocalDate).get(), firstReport.get());
          outOfOrder = true;
        }
      }
      if (outOfOrder) {
        continue;
      }
      if (!isPublicPlan(plan) || plan.periodEnd().flatMap(PartialDate::toLocalDate).isEmpty() || !asOf.isAfter(plan.periodEnd().flatMap(PartialDate::toLocalDate).get())) {
        subjects.notApplicable(pointer);
      } else {
        subjects.check(hasResults, pointer, plan.id(), plan.periodEnd().flatMap(PartialDate::toLocalDate).get(), asOf);
      }
    }
  }
}
