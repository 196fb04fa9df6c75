package org.cocrea.validation.rules.eva;

import static org.cocrea.validation.rules.eva.EvaSupport.Dated;
import static org.cocrea.validation.rules.eva.EvaSupport.forEachEvaluation;
import static org.cocrea.validation.rules.eva.EvaSupport.judgeTimeliness;
import static org.cocrea.validation.rules.support.Walk.forEachCommitment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cocrea.core.CommitmentAssessment;
import org.cocrea.core.EvaluationType;
import org.cocrea.core.Milestone;
import org.cocrea.core.MilestoneStatus;
import org.cocrea.core.PartialDate;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.support.Dates;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Texts;

/**
 * EVA-03 · End-of-commitment assessment within 1 month after each commitment completes. · W · dates ·
 * [S:OGP-LOC end-of-commitment form]
 *
 * <p>Time-aware: a commitment completes when all its milestones are completed as of the as-of date; its completion
 * date is the latest milestone {@code completedOn}. An END_OF_COMMITMENT evaluation must then assess it (a
 * commitment assessment naming it) no later than {@code months} after that date. The assessment's date is its own
 * {@code date}, else its evaluation's.
 */
public final class Eva03EndOfCommitmentAssessment {

  /** The rule EVA-03, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("EVA-03").ogpLocal().warning()
      .source("[S:OGP-LOC end-of-commitment form]")
      .threshold("months", 1)
      .timeAware()
      .needs("plans[].evaluations[].commitmentAssessments[].date", "plans[].commitments[].milestones[].completedOn",
          "plans[].commitments[].milestones[].status")
      .whenAbsent(Absence.FAIL)
      .check(Eva03EndOfCommitmentAssessment::check);

  private Eva03EndOfCommitmentAssessment() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    LocalDate asOf = ctx.asOf().orElseThrow();
    int months = ctx.intThreshold("months");
    Map<String, List<Dated>> assessments = new HashMap<>();
    forEachEvaluation(ctx, (plan, evaluation, at) -> {
      if (evaluation.type().orElse(null) != EvaluationType.END_OF_COMMITMENT) {
        return;
      }
      for (int k = 0; k < evaluation.commitmentAssessments().size(); k++) {
        CommitmentAssessment ca = evaluation.commitmentAssessments().get(k);
        if (ca.commitmentId().isEmpty()) {
          continue;
        }
        String caAt = at + "/commitmentAssessments/" + k;
        Optional<PartialDate> date = ca.date().or(evaluation::date);
        String dateAt = ca.date().isPresent() ? caAt + "/date" : evaluation.date().isPresent() ? at + "/date" : caAt;
        assessments.computeIfAbsent(ca.commitmentId().get(), id -> new ArrayList<>())
            .add(new Dated(Texts.name(ctx, at, evaluation.id(), evaluation.title()), date, dateAt));
      }
    });
    forEachCommitment(ctx, (plan, commitment, pointer) -> {
      List<Milestone> milestones = commitment.milestones();
      boolean completed = !milestones.isEmpty()
          && milestones.stream().allMatch(m -> m.statusAsOf(asOf) == MilestoneStatus.COMPLETED);
      if (!completed) {
        subjects.notApplicable(pointer);
        return;
      }
      List<Dated> found = assessments.getOrDefault(commitment.id(), List.of());
      boolean allDated = milestones.stream().allMatch(m -> m.completedOn().isPresent());
      if (!allDated) {
        if (found.isEmpty()) {
          subjects.notApplicable(pointer);
        } else {
          subjects.pass(pointer);
        }
        return;
      }
      PartialDate completedOn = Dates.last(milestones.stream().map(m -> m.completedOn().get())).get();
      judgeTimeliness(subjects, found, asOf, pointer, Texts.name(ctx, pointer, commitment.id(), commitment.title()),
          completedOn, months);
    });
  }
}
