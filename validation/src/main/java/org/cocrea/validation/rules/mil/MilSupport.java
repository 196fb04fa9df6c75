package org.cocrea.validation.rules.mil;

import static org.cocrea.validation.rules.support.Walk.forEachCommitment;

import org.cocrea.core.Commitment;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.Milestone;
import org.cocrea.validation.rules.RuleContext;

/** Helpers shared by several MIL rules of this package. */
final class MilSupport {

  private MilSupport() {}

  /** Visits every milestone of every commitment with its JSON Pointer. */
  static void forEachMilestone(RuleContext ctx, MilestoneVisitor visitor) {
    forEachCommitment(ctx, (plan, commitment, pointer) -> {
      for (int m = 0; m < commitment.milestones().size(); m++) {
        visitor.visit(plan, commitment, commitment.milestones().get(m), pointer + "/milestones/" + m);
      }
    });
  }

  /** Receives a milestone, its commitment and plan, and its pointer. */
  @FunctionalInterface
  interface MilestoneVisitor {
    void visit(LocalActionPlan plan, Commitment commitment, Milestone milestone, String pointer);
  }
}
