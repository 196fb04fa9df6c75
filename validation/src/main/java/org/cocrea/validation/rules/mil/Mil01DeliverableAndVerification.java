package org.cocrea.validation.rules.mil;

import static org.cocrea.validation.rules.mil.MilSupport.forEachMilestone;

import java.util.Optional;
import org.cocrea.core.Framework;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Outputs;

/**
 * MIL-01 · Every milestone has a deliverable and a means of verification. · E · deliverable, verificationMeans ·
 * [S:TAB][S:OGP-GL]
 *
 * <p>Content, not field presence (real-records.md §4): for an exercise under OGP Local, whose milestones state their
 * deliverable inside their description, a description that states a verifiable output ({@link
 * Outputs#statesOutput(String)}) is the deliverable.
 */
public final class Mil01DeliverableAndVerification {

  /** The rule MIL-01, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("MIL-01").anyFramework().error()
      .source("[S:TAB][S:OGP-GL]")
      .needs("plans[].commitments[].milestones[].deliverable", "plans[].commitments[].milestones[].verificationMeans",
          "plans[].commitments[].milestones[].description")
      .whenAbsent(Absence.FAIL)
      .check(Mil01DeliverableAndVerification::check);

  private Mil01DeliverableAndVerification() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    boolean inTheDescription = ctx.follows(Framework.OGP_LOCAL);
    forEachMilestone(ctx, (plan, commitment, milestone, pointer) -> {
      boolean deliverable = present(milestone.deliverable())
          || inTheDescription && Outputs.statesOutput(milestone.description());
      boolean means = present(milestone.verificationMeans());
      if (deliverable && means) {
        subjects.pass(pointer);
      } else if (!deliverable && !means) {
        subjects.fail(pointer, milestone.id());
      } else if (!deliverable) {
        subjects.failWith(pointer, "noDeliverable", milestone.id());
      } else {
        subjects.failWith(pointer, "noVerificationMeans", milestone.id());
      }
    });
  }

  private static boolean present(Optional<String> text) {
    return text.filter(s -> !s.isBlank()).isPresent();
  }
}
