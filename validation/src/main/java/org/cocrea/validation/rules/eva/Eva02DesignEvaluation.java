package org.cocrea.validation.rules.eva;

import static org.cocrea.validation.rules.eva.EvaSupport.Dated;
import static org.cocrea.validation.rules.eva.EvaSupport.judgeTimeliness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.core.Evaluation;
import org.cocrea.core.EvaluationType;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.PartialDate;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Texts;
import org.cocrea.validation.rules.support.Dates;

/**
 * EVA-02 · A design evaluation within 2 months after PAL publication. · W · type=DESIGN/INCEPTION date ·
 * [S:KIT3][S:OGP-LOC "within two (2) months"]
 *
 * <p>Time-aware: a published plan needs a DESIGN or INCEPTION evaluation dated no later than {@code months} after
 * its {@code publishedOn}; before that deadline a missing one is not yet a failure. Past it, a plan without a recorded
 * design evaluation whose evaluations are a PARTIAL part is NOT_RECORDED.
 */
public final class Eva02DesignEvaluation {

  /** The rule EVA-02, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("EVA-02").anyFramework().warning()
      .source("[S:KIT3][S:OGP-LOC \"within two (2) months\"]")
      .threshold("months", 2)
      .timeAware()
      .needs("plans[].evaluations[].type", "plans[].evaluations[].date", "plans[].publishedOn")
      .whenAbsent(Absence.FAIL)
      .check(Eva02DesignEvaluation::check);

  private Eva02DesignEvaluation() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    LocalDate asOf = ctx.asOf().orElseThrow();
    int months = ctx.intThreshold("months");
    List<LocalActionPlan> plans = ctx.exercise().plans();
    for (int p = 0; p < plans.size(); p++) {
      LocalActionPlan plan = plans.get(p);
      String pointer = "/plans/" + p;
      if (plan.publishedOn().isEmpty()) {
        subjects.notApplicable(pointer);
        continue;
      }
      PartialDate published = plan.publishedOn().get();
      List<Dated> designs = new ArrayList<>();
      for (int e = 0; e < plan.evaluations().size(); e++) {
        Evaluation evaluation = plan.evaluations().get(e);
        EvaluationType type = evaluation.type().orElse(null);
        if (type == EvaluationType.DESIGN || type == EvaluationType.INCEPTION) {
          String at = pointer + "/evaluations/" + e;
          designs.add(new Dated(Texts.name(ctx, at, evaluation.id(), evaluation.title()), evaluation.date(), evaluation.date().isPresent() ? at + "/date" : at));
        }
      }
      if (designs.isEmpty() && Dates.deadlinePassed(published, months, asOf) && !ctx.complete(plan, "evaluations")) {
        subjects.notRecorded(pointer, pointer + "/evaluations");   // an evaluation may exist, unrecorded
        continue;
      }
      judgeTimeliness(subjects, designs, asOf, pointer, plan.id(), published, months);
    }
  }
}
