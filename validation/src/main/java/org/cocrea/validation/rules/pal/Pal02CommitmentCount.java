package org.cocrea.validation.rules.pal;

import static org.cocrea.validation.rules.pal.PalSupport.commitmentsPointer;
import static org.cocrea.validation.rules.pal.PalSupport.forEachPlan;
import static org.cocrea.validation.rules.pal.PalSupport.regularCount;

import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * PAL-02 · Number of regular commitments within [3, 15]. · W · count · [P]; observed 5–8 [S:APT][S:JAL]; OGP older
 * guidance 5–15 [S:OGP-TPL]. Thresholds {@code minRegular} (3) and {@code maxRegular} (15). Fewer than the minimum
 * listed in a PARTIAL list of commitments is NOT_RECORDED (more than the maximum is a finding either way).
 */
public final class Pal02CommitmentCount {

  /** The rule PAL-02, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("PAL-02").inaiLocal().warning()
      .source("[P]; observed 5–8 [S:APT][S:JAL]; OGP older guidance 5–15 [S:OGP-TPL]")
      .threshold("minRegular", 3)
      .threshold("maxRegular", 15)
      .needs("plans[].commitments[].type")
      .whenAbsent(Absence.FAIL)
      .check(Pal02CommitmentCount::check);

  private Pal02CommitmentCount() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    int min = ctx.intThreshold("minRegular");
    int max = ctx.intThreshold("maxRegular");
    forEachPlan(ctx.exercise(), subjects, (plan, ptr) -> {
      long regular = regularCount(plan);
      if (regular >= min && regular <= max) {
        subjects.pass(commitmentsPointer(plan, ptr));
      } else if (regular < min && !ctx.complete(plan, "commitments")) {
        // too few listed in a partial list: the commitments not recorded may make up the count
        subjects.notRecorded(commitmentsPointer(plan, ptr), ptr + "/commitments");
      } else {
        subjects.fail(commitmentsPointer(plan, ptr), regular, min, max, plan.id());
      }
    });
  }
}
