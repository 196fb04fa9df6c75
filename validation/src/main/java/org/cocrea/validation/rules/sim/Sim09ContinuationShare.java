package org.cocrea.validation.rules.sim;

import static org.cocrea.validation.rules.sim.SimSupport.GROUNDING;
import static org.cocrea.validation.rules.sim.SimSupport.judgePlanShare;

import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * SIM-09 · &gt; 50% of commitments flagged as continuation of existing practice. · continuesExistingPractice · 50%
 * [S:OGP-GL]
 *
 * <p>Subjects: each plan with commitments. Its findings stay warnings in the OGP_LOCAL profile too, as every SIM
 * heuristic is a warning (methodology.md 4.8).
 */
public final class Sim09ContinuationShare {

  /** The rule SIM-09, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("SIM-09").anyFramework().warning()
      .source("[P] 50% [S:OGP-GL]" + GROUNDING)
      .threshold("sharePercent", 50)
      .needs("plans[].commitments[].continuesExistingPractice")
      .whenAbsent(Absence.NOT_APPLICABLE)
      .check(Sim09ContinuationShare::check);

  private Sim09ContinuationShare() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    judgePlanShare(ctx, subjects, c -> c.continuesExistingPractice().orElse(false));
  }
}
