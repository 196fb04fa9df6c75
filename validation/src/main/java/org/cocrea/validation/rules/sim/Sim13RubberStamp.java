package org.cocrea.validation.rules.sim;

import static org.cocrea.validation.rules.sim.SimSupport.GROUNDING;

import java.util.List;
import java.util.Optional;
import org.cocrea.core.Disposition;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.Proposal;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * SIM-13 · All proposals ADOPTED with no rejections and no rationale recorded (rubber-stamp pattern). · proposals
 * · ≥5 proposals
 *
 * <p>Subjects: each plan's co-creation with at least {@code minProposals} proposals.
 */
public final class Sim13RubberStamp {

  /** The rule SIM-13, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("SIM-13").anyFramework().warning()
      .source("[P] ≥5 proposals" + GROUNDING)
      .threshold("minProposals", 5)
      .needs("plans[].coCreation.proposals[].disposition", "plans[].coCreation.proposals[].response")
      .whenAbsent(Absence.FAIL)
      .check(Sim13RubberStamp::check);

  private Sim13RubberStamp() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    int min = ctx.intThreshold("minProposals");
    List<LocalActionPlan> plans = ctx.exercise().plans();
    for (int p = 0; p < plans.size(); p++) {
      LocalActionPlan plan = plans.get(p);
      List<Proposal> proposals = plan.coCreation().map(c -> c.proposals()).orElse(List.of());
      String pointer = "/plans/" + p + (proposals.isEmpty() ? "" : "/coCreation/proposals");
      if (proposals.size() < min) {
        subjects.notApplicable(pointer);
        continue;
      }
      boolean allAdopted = proposals.stream().allMatch(x -> x.disposition().orElse(null) == Disposition.ADOPTED);
      boolean anyRationale = proposals.stream().map(Proposal::response).flatMap(Optional::stream)
          .anyMatch(r -> r.text().filter(t -> !t.isBlank()).isPresent() || r.url().isPresent());
      subjects.check(!(allAdopted && !anyRationale), pointer, plan.id(), proposals.size());
    }
  }
}
