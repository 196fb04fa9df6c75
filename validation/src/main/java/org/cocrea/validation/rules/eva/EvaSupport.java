package org.cocrea.validation.rules.eva;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cocrea.core.CommitmentAssessment;
import org.cocrea.core.Evaluation;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/** Helpers shared by several EVA rules of this package. */
final class EvaSupport {

  private EvaSupport() {}

  /**
   * Judges whether some dated item meets a deadline: passes when one does; otherwise fails for an undated one, then
   * for a late one, then (once the deadline is past) for none at all; before the deadline a missing one is not
   * applicable yet.
   */
  static void judgeTimeliness(Subjects subjects, List<Dated> items, LocalDate deadline, LocalDate asOf,
      String pointer, String subjectId, LocalDate from, int months) {
    if (items.stream().anyMatch(d -> d.date().isPresent() && !d.date().get().isAfter(deadline))) {
      subjects.pass(pointer);
      return;
    }
    Optional<Dated> undated = items.stream().filter(d -> d.date().isEmpty()).findFirst();
    if (undated.isPresent()) {
      subjects.failWith(undated.get().pointer(), "undated", subjectId, undated.get().id());
      return;
    }
    Optional<Dated> late = items.stream().findFirst();
    if (late.isPresent()) {
      subjects.failWith(late.get().pointer(), "late", subjectId, late.get().id(), late.get().date().get(), from,
          months, deadline);
    } else if (asOf.isAfter(deadline)) {
      subjects.fail(pointer, subjectId, from, months, deadline);
    } else {
      subjects.notApplicable(pointer);
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
  record Dated(String id, Optional<LocalDate> date, String pointer) {}

  @FunctionalInterface
  interface EvaluationVisitor {
    void visit(LocalActionPlan plan, Evaluation evaluation, String pointer);
  }

  @FunctionalInterface
  interface AssessmentVisitor {
    void visit(Evaluation evaluation, CommitmentAssessment assessment, String pointer);
  }
}
