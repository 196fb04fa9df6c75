package org.cocrea.validation.rules.com;

import static org.cocrea.validation.rules.com.ComSupport.forEachCommitment;
import static org.cocrea.validation.rules.com.ComSupport.label;
import static org.cocrea.validation.rules.com.ComSupport.present;

import org.cocrea.core.Milestone;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * COM-07 · Verifiable: ≥1 milestone with an objectively verifiable deliverable. · E · milestones.deliverable ·
 * [S:OGP-GL verifiability][S:KIT5 Medible].
 */
public final class Com07Verifiable {

  /** The rule COM-07, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("COM-07").anyFramework().error()
      .source("[S:OGP-GL verifiability][S:KIT5 Medible]")
      .needs("plans[].commitments[].milestones[].deliverable")
      .whenAbsent(Absence.FAIL)
      .check(Com07Verifiable::check);

  private Com07Verifiable() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    forEachCommitment(ctx.exercise(), subjects, (plan, c, ptr) -> {
      boolean verifiable = c.milestones().stream().map(Milestone::deliverable).anyMatch(ComSupport::present);
      if (verifiable) {
        subjects.pass(ptr + "/milestones");
      } else if (!ctx.complete(c, "milestones")) {
        // a partial record: the milestones (or their deliverables) that would decide are not recorded
        subjects.notRecorded(ptr, ptr + "/milestones");
      } else if (c.milestones().isEmpty()) {
        subjects.failWith(ptr, "noMilestones", label(c));
      } else {
        subjects.fail(ptr + "/milestones", label(c), c.milestones().size());
      }
    });
  }
}
