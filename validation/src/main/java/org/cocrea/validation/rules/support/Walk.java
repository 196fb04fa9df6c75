package org.cocrea.validation.rules.support;

import java.util.List;
import org.cocrea.core.Commitment;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.PlanStatus;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * Subject iteration shared by the families: every STL, every commitment, public plans. One not-applicable semantics
 * for the STL walk: an exercise without STLs is not applicable at the exercise ({@code ""}).
 */
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

  /**
   * Visits every STL with its index and pointer ({@code /stls/i}); an exercise without STLs is not applicable.
   *
   * @param ctx the rule's context
   * @param subjects the rule's subjects
   * @param visitor what to do with each STL
   */
  public static void forEachStl(RuleContext ctx, Subjects subjects, StlVisitor visitor) {
    List<LocalTechnicalSecretariat> stls = ctx.exercise().stls();
    if (stls.isEmpty()) {
      subjects.notApplicable("");
    }
    for (int i = 0; i < stls.size(); i++) {
      visitor.visit(i, stls.get(i), "/stls/" + i);
    }
  }

  /** Receives an STL, its index and its pointer. */
  @FunctionalInterface
  public interface StlVisitor {
    void visit(int index, LocalTechnicalSecretariat stl, String pointer);
  }

  /** Receives a commitment, its plan and its pointer. */
  @FunctionalInterface
  public interface CommitmentVisitor {
    void visit(LocalActionPlan plan, Commitment commitment, String pointer);
  }
}
