package org.cocrea.validation.rules.pal;

import static org.cocrea.validation.rules.pal.PalSupport.forEachPlan;

import java.util.ArrayList;
import java.util.List;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * PAL-07 · ≥1 commitment links to an SDG target. · W · sdgTargets · [S:KIT8][S:F16 legal context lists Agenda
 * 2030][S:SRC PNUD alliance]. Not applicable to a plan without commitments.
 *
 * <p>When the commitments, or their SDG targets, are a PARTIAL part and none is linked, the plan is NOT_RECORDED.
 */
public final class Pal07SdgTarget {

  /** The rule PAL-07, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("PAL-07").inaiLocal().warning()
      .source("[S:KIT8][S:F16 legal context lists Agenda 2030][S:SRC PNUD alliance]")
      .needs("plans[].commitments[].sdgTargets")
      .whenAbsent(Absence.FAIL)
      .check(Pal07SdgTarget::check);

  private Pal07SdgTarget() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    forEachPlan(ctx.exercise(), subjects, (plan, ptr) -> {
      if (plan.commitments().isEmpty()) {
        subjects.notApplicable(ptr);
      } else {
        boolean linked = plan.commitments().stream().anyMatch(c -> !c.sdgTargets().isEmpty());
        List<String> undecided = new ArrayList<>();
        if (!ctx.complete(plan, "commitments")) {
          undecided.add(ptr + "/commitments");
        }
        for (int j = 0; j < plan.commitments().size(); j++) {
          if (!ctx.complete(plan.commitments().get(j), "sdgTargets")) {
            undecided.add(ptr + "/commitments/" + j + "/sdgTargets");
          }
        }
        if (!linked && !undecided.isEmpty()) {
          // the targets are not recorded
          subjects.notRecorded(ptr + "/commitments", undecided.toArray(String[]::new));
        } else {
          subjects.check(linked, ptr + "/commitments", plan.commitments().size(), plan.id());
        }
      }
    });
  }
}
