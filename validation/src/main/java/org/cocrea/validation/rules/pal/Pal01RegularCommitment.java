package org.cocrea.validation.rules.pal;

import static org.cocrea.validation.rules.pal.PalSupport.commitmentsPointer;
import static org.cocrea.validation.rules.pal.PalSupport.forEachPlan;
import static org.cocrea.validation.rules.pal.PalSupport.regularCount;

import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * PAL-01 · PAL has ≥1 regular (non-proactive) commitment. · E · commitments.type · [S:KIT5 PAL holds
 * commitments][S:APT]. A plan whose commitments are a PARTIAL part (not transcribed, or fewer listed than the source
 * states) and lists no regular one is NOT_RECORDED.
 */
public final class Pal01RegularCommitment {

  /** The rule PAL-01, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("PAL-01").anyFramework().error()
      .source("[S:KIT5 PAL holds commitments][S:APT]")
      .needs("plans[].commitments[].type")
      .whenAbsent(Absence.FAIL)
      .check(Pal01RegularCommitment::check);

  private Pal01RegularCommitment() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    forEachPlan(ctx.exercise(), subjects, (plan, ptr) -> {
      long regular = regularCount(plan);
      if (regular >= 1) {
        subjects.pass(commitmentsPointer(plan, ptr));
      } else if (!ctx.complete(plan, "commitments")) {
        subjects.notRecorded(ptr, ptr + "/commitments");   // the commitments may exist, unrecorded (or only counted)
      } else {
        subjects.fail(commitmentsPointer(plan, ptr), plan.commitments().size(), plan.id());
      }
    });
  }
}
