package org.cocrea.validation.rules.support;

import java.util.List;
import org.cocrea.core.Commitment;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.PlanStatus;
import org.cocrea.validation.rules.RuleContext;

/** TODO */
public final class Walk {

  private Walk() {}

  /** Whether a plan is meant to be public: not a draft and not withdrawn. */
  public static boolean isPublicPlan(LocalActionPlan plan) {
    PlanStatus status = plan.status().orElse(null);
    return status != PlanStatus.DRAFT && status != PlanStatus.WITHDRAWN;
  }

  /** Visits every commitment of every plan with its JSON Pointer. */
  public static void forEachCommitment(RuleContext ctx, CommitmentVisitor visitor) {
    List<LocalActionPlan> plans = ctx.exercise().plans();
    for (int p = 0; p < plans.size(); p++) {
      LocalActionPlan plan = plans.get(p);
      for (int c = 0; c < plan.commitments().size(); c++) {
        visitor.visit(plan, plan.commitments().get(c), "/plans/" + p + "/commitments/" + c);
      }
    }
  }

  /** Receives a commitment, its plan and its pointer. */
  @FunctionalInterface
  public interface CommitmentVisitor {
    void visit(LocalActionPlan plan, Commitment commitment, String pointer);
  }
}
