package org.cocrea.validation.rules.eva;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cocrea.core.CommitmentAssessment;
import org.cocrea.core.Evaluation;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.PartialDate;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Dates;

/** Helpers shared by several EVA rules of this package. */
final class EvaSupport {

  private EvaSupport() {}

  /**
   * Judges whether some dated item meets a deadline of {@code months} months after {@code from}: passes when one
   * certainly does; otherwise fails for an undated one, then for a late one, then (once the deadline is past) for
   * none at all; before the deadline a missing one is not applicable yet. When the dates' precision cannot decide
   * (a month-precision publication against a day-precision evaluation near the deadline, real-records §3), the
   * subject is NOT_RECORDED.
   */
  static void judgeTimeliness(Subjects subjects, List<Dated> items, LocalDate asOf, String pointer,
      String subjectId, PartialDate from, int months) {
    if (items.stream().anyMatch(d -> d.date().flatMap(x -> Dates.withinMonths(from, x, months)).orElse(false))) {
      subjects.pass(pointer);
      return;
    }
    LocalDate deadline = Dates.latestDeadline(from, months);
    Optional<Dated> undated = items.stream().filter(d -> d.date().isEmpty()).findFirst();
    if (undated.isPresent()) {
      subjects.failWith(undated.get().pointer(), "undated", subjectId, undated.get().id());
      return;
    }
    Optional<Dated> undetermined = items.stream()
        .filter(d -> Dates.withinMonths(from, d.date().orElseThrow(), months).isEmpty()).findFirst();
    if (undetermined.isPresent()) {
      subjects.notRecorded(pointer, undetermined.get().pointer());
      return;
    }
    Optional<Dated> late = items.stream().findFirst();
    if (late.isPresent()) {
      subjects.failWith(late.get().pointer(), "late", subjectId, late.get().id(), late.get().date().get(), from,
          months, deadline);
    } else if (Dates.deadlinePassed(from, months, asOf)) {
      subjects.fail(pointer, subjectId, from, months, deadline);
    } else if (!from.earliest().plusMonths(months).isBefore(asOf)) {
      subjects.notApplicable(pointer);
    } else {
      subjects.notRecorded(pointer);
    }
  }

  static void forEachEvaluation(RuleContext ctx, EvaluationVisitor visitor) {
    List<LocalActionPlan> plans = ctx.exercise().plans();
    for (int p = 0; p < plans.size(); p++) {
      LocalActionPlan plan = plans.get(p);
      for (int e = 0; e < plan.evaluations().size(); e++) {
        visitor.visit(plan, plan.evaluations().get(e), "/plans/" + p + "/evaluations/" + e);
      }
    }
  }

  static void forEachAssessment(RuleContext ctx, AssessmentVisitor visitor) {
    forEachEvaluation(ctx, (plan, evaluation, at) -> {
      for (int k = 0; k < evaluation.commitmentAssessments().size(); k++) {
        visitor.visit(evaluation, evaluation.commitmentAssessments().get(k), at + "/commitmentAssessments/" + k);
      }
    });
  }

  /** Something dated that may meet a deadline: an evaluation or an assessment, with the pointer to blame. */
  record Dated(String id, Optional<PartialDate> date, String pointer) {}

  @FunctionalInterface
  interface EvaluationVisitor {
    void visit(LocalActionPlan plan, Evaluation evaluation, String pointer);
  }

  @FunctionalInterface
  interface AssessmentVisitor {
    void visit(Evaluation evaluation, CommitmentAssessment assessment, String pointer);
  }
}
