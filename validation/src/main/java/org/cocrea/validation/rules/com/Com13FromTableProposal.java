package org.cocrea.validation.rules.com;

import static org.cocrea.validation.rules.com.ComSupport.forEachCommitment;
import static org.cocrea.validation.rules.com.ComSupport.label;

import java.util.List;
import org.cocrea.core.ExerciseIndex;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.Proposal;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * COM-13 · Traceable to ≥1 proposal from the tables. · W · originProposals · [S:KIT5 commitments must embody
 * citizen preferences][S:JAL Milenio "surgieron de parte de la sociedad"]. At least one origin id must name a
 * recorded proposal. A commitment whose origin (or the proposals it names) is absent from a PARTIAL record or part
 * is NOT_RECORDED.
 */
public final class Com13FromTableProposal {

  /** The rule COM-13, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("COM-13").inaiLocal().warning()
      .source("[S:KIT5 commitments must embody citizen preferences][S:JAL Milenio \"surgieron de parte de la "
          + "sociedad\"]")
      .needs("plans[].commitments[].originProposalIds", "plans[].coCreation.proposals[].id")
      .whenAbsent(Absence.FAIL)
      .check(Com13FromTableProposal::check);

  private Com13FromTableProposal() {}

  /** Whether the plan's proposals are recorded in full (its co-creation's list, or its co-creation itself). */
  private static boolean proposalsComplete(RuleContext ctx, LocalActionPlan plan) {
    return plan.coCreation().map(cc -> ctx.complete(cc, "proposals")).orElseGet(() -> ctx.complete(plan, "coCreation"));
  }

  private static void check(RuleContext ctx, Subjects subjects) {
    ExerciseIndex index = ctx.index();
    forEachCommitment(ctx.exercise(), subjects, (plan, c, ptr) -> {
      List<String> ids = c.originProposalIds();
      if (ids.isEmpty() && !ctx.complete(c, "originProposalIds")) {
        subjects.notRecorded(ptr, ptr + "/originProposalIds");   // a partial record: the origin is not recorded
      } else if (ids.isEmpty()) {
        subjects.fail(ptr, label(ctx, c, ptr));
      } else if (ids.stream().anyMatch(id -> index.find(Proposal.class, id).isPresent())) {
        subjects.pass(ptr);
      } else if (!proposalsComplete(ctx, plan)) {
        subjects.notRecorded(ptr, ptr + "/originProposalIds");   // the proposals named may be among those not recorded
      } else {
        subjects.failWith(ptr + "/originProposalIds", "unresolved", label(ctx, c, ptr), String.join(", ", ids));
      }
    });
  }
}
