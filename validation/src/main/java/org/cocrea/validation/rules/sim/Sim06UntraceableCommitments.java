package org.cocrea.validation.rules.sim;

import static org.cocrea.validation.rules.sim.SimSupport.GROUNDING;
import static org.cocrea.validation.rules.sim.SimSupport.judgePlanShare;

import java.util.List;
import org.cocrea.core.Proposal;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * SIM-06 · Share of commitments not traceable to any table proposal &gt; 50%. · originProposals · 50%
 *
 * <p>Subjects: each plan with commitments; as in COM-13, a commitment is traceable when one of its origin ids names
 * a recorded proposal. A commitment whose origin (or the proposals it names) is absent from a PARTIAL record or part
 * is not counted: it is not recorded, and the plan is NOT_RECORDED when such commitments could take the share over
 * the threshold.
 */
public final class Sim06UntraceableCommitments {

  /** The rule SIM-06, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("SIM-06").inaiLocal().warning()
      .source("[P] 50%" + GROUNDING)
      .threshold("sharePercent", 50)
      .needs("plans[].commitments[].originProposalIds", "plans[].coCreation.proposals[].id")
      .whenAbsent(Absence.FAIL)
      .check(Sim06UntraceableCommitments::check);

  private Sim06UntraceableCommitments() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    judgePlanShare(ctx, subjects,
        c -> c.originProposalIds().stream().noneMatch(id -> ctx.index().find(Proposal.class, id).isPresent()),
        c -> c.originProposalIds().isEmpty() ? !ctx.complete(c, "originProposalIds") : !proposalsComplete(ctx),
        at -> List.of(at + "/originProposalIds"));
  }

  /** Whether every plan's proposals are recorded in full (a named proposal may sit in any plan's list). */
  private static boolean proposalsComplete(RuleContext ctx) {
    return ctx.exercise().plans().stream().allMatch(plan -> plan.coCreation()
        .map(cc -> ctx.complete(cc, "proposals")).orElseGet(() -> ctx.complete(plan, "coCreation")));
  }
}
