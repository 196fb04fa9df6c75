package org.cocrea.validation.rules.pal;

import static org.cocrea.validation.rules.pal.PalSupport.forEachPlan;

import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * PAL-08 · Published PAL text equals the STL-approved version (hash/version match). · W · versions · [P]. Not
 * applicable unless both hashes are recorded.
 */
public final class Pal08PublishedAsApproved {

  /** The rule PAL-08, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("PAL-08").anyFramework().warning()
      .source("[P]")
      .needs("plans[].approvedTextHash", "plans[].publishedTextHash")
      .whenAbsent(Absence.NOT_APPLICABLE)
      .check(Pal08PublishedAsApproved::check);

  private Pal08PublishedAsApproved() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    forEachPlan(ctx.exercise(), subjects, (plan, ptr) -> {
      if (plan.approvedTextHash().isEmpty() || plan.publishedTextHash().isEmpty()) {
        subjects.notApplicable(ptr);
      } else {
        String approved = plan.approvedTextHash().get().strip();
        String published = plan.publishedTextHash().get().strip();
        subjects.check(approved.equalsIgnoreCase(published), ptr + "/publishedTextHash", published, approved,
            plan.id());
      }
    });
  }
}
