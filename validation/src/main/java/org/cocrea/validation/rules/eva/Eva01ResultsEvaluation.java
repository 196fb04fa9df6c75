package org.cocrea.validation.rules.eva;

import static org.cocrea.validation.rules.support.Walk.isPublicPlan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cocrea.core.Evaluation;
import org.cocrea.core.EvaluationType;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.PartialDate;
import org.cocrea.core.ProgressReport;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Dates;

/**
 * EVA-01 · A results evaluation exists after the PAL period ends. · E · evaluations.type=RESULTS · [S:SRC
 * evaluations][S:KIT3 Veracruz][S:KIT8]
 *
 * <p>Time-aware: once the as-of date is past the plan's {@code periodEnd}, the plan must have a results evaluation;
 * as in the TRK rules, plans in {@code DRAFT} or {@code WITHDRAWN} status were never implemented and need none.
 * A results evaluation is one whose type {@linkplain EvaluationType#isResultsEvaluation() is one}: a RESULTS
 * evaluation or an OGP Local END_OF_COMMITMENT assessment (real-records.md §5), so an OGP Local plan whose
 * commitments got their end-of-commitment reports meets the rule.
 *
 * <p>It also checks its piece of the date-precedence chain (methodology.md section 3): no RESULTS evaluation is
 * dated before the plan's first published progress report. That order is the plan's (design, progress reports, then
 * the plan's results evaluation) and stays on RESULTS evaluations: an end-of-commitment assessment follows its own
 * commitment, which may end before the plan's first progress report. A plan past its period whose evaluations are a
 * PARTIAL part and list no results evaluation is NOT_RECORDED.
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
      Optional<PartialDate> firstReport = Dates.first(plan.progressReports().stream()
          .map(ProgressReport::publishedOn).flatMap(Optional::stream));
      boolean hasResults = false;
      boolean outOfOrder = false;
      for (int e = 0; e < plan.evaluations().size() && !outOfOrder; e++) {
        Evaluation evaluation = plan.evaluations().get(e);
        if (evaluation.type().filter(EvaluationType::isResultsEvaluation).isEmpty()) {
          continue;
        }
        hasResults = true;
        // before the first report only when certain at the dates' common precision; the plan's own results only
        if (evaluation.type().get() == EvaluationType.RESULTS
            && firstReport.isPresent() && evaluation.date().isPresent()
            && evaluation.date().get().isCertainlyBefore(firstReport.get())) {
          subjects.failWith(pointer + "/evaluations/" + e + "/date", "beforeReport",
              evaluation.id(), evaluation.date().get(), firstReport.get());
          outOfOrder = true;
        }
      }
      if (outOfOrder) {
        continue;
      }
      Optional<PartialDate> end = plan.periodEnd();
      if (!isPublicPlan(plan) || end.isEmpty() || !end.get().earliest().isBefore(asOf)) {
        subjects.notApplicable(pointer);
      } else if (!hasResults && !end.get().latest().isBefore(asOf)) {
        subjects.notRecorded(pointer, pointer + "/periodEnd"); // the period may or may not have ended on asOf
      } else {
        if (hasResults) {
          subjects.pass(pointer);
        } else if (!ctx.complete(plan, "evaluations")) {
          subjects.notRecorded(pointer, pointer + "/evaluations");   // an evaluation may exist, unrecorded
        } else {
          subjects.fail(pointer, plan.id(), end.get(), asOf);
        }
      }
    }
  }
}
