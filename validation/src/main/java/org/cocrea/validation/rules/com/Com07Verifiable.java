package org.cocrea.validation.rules.com;

import static org.cocrea.validation.rules.com.ComSupport.forEachCommitment;
import static org.cocrea.validation.rules.com.ComSupport.label;
import static org.cocrea.validation.rules.com.ComSupport.present;

import org.cocrea.core.Framework;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Outputs;

/**
 * COM-07 · Verifiable: ≥1 milestone with an objectively verifiable deliverable. · E · milestones.deliverable ·
 * [S:OGP-GL verifiability][S:KIT5 Medible].
 *
 * <p>Content, not field presence (real-records.md §4): for an exercise under OGP Local, whose milestones state their
 * deliverable inside their description, a milestone whose description states a verifiable output ({@link
 * Outputs#statesOutput(String)}) counts as one with a deliverable.
 */
public final class Com07Verifiable {

  /** The rule COM-07, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("COM-07").anyFramework().error()
      .source("[S:OGP-GL verifiability][S:KIT5 Medible]")
      .needs("plans[].commitments[].milestones[].deliverable", "plans[].commitments[].milestones[].description")
      .whenAbsent(Absence.FAIL)
      .check(Com07Verifiable::check);

  private Com07Verifiable() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    boolean inTheDescription = ctx.follows(Framework.OGP_LOCAL);
    forEachCommitment(ctx.exercise(), subjects, (plan, c, ptr) -> {
      boolean verifiable = c.milestones().stream().anyMatch(m -> present(m.deliverable())
          || inTheDescription && Outputs.statesOutput(m.description()));
      if (verifiable) {
        subjects.pass(ptr + "/milestones");
      } else if (!ctx.complete(c, "milestones")) {
        // a partial record: the milestones (or their deliverables) that would decide are not recorded
        subjects.notRecorded(ptr, ptr + "/milestones");
      } else if (c.milestones().isEmpty()) {
        subjects.failWith(ptr, "noMilestones", label(ctx, c, ptr));
      } else {
        subjects.fail(ptr + "/milestones", label(ctx, c, ptr), c.milestones().size());
      }
    });
  }
}
