package org.cocrea.validation.rules.mil;

import static org.cocrea.validation.rules.mil.MilSupport.forEachMilestone;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cocrea.core.Framework;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Outputs;
import org.cocrea.validation.rules.support.Texts;

/**
 * MIL-01 · Every milestone has a deliverable and a means of verification. · E · deliverable, verificationMeans ·
 * [S:TAB][S:OGP-GL]
 *
 * <p>Content, not field presence (real-records.md §4): for an exercise under OGP Local, whose milestones state their
 * deliverable inside their description, a description that states a verifiable output ({@link
 * Outputs#statesOutput(String)}) is the deliverable.
 *
 * <p>Absence (real-records.md §1): a deliverable or means of verification absent from a COMPLETE milestone (every 1.0
 * file) is recorded as none and fails; absent from a PARTIAL one (the record, its commitment's milestones or the
 * milestone declared partial) it is not recorded, and the milestone is NOT_RECORDED with the missing facts. A milestone
 * that lacks one fact as none and the other as not recorded fails on the one recorded as none.
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
      // absent facts: recorded as none in a COMPLETE part (FAIL), not recorded in a PARTIAL one (NOT_RECORDED)
      boolean noDeliverable = !deliverable && ctx.complete(milestone, "deliverable");
      boolean noMeans = !means && ctx.complete(milestone, "verificationMeans");
      if (deliverable && means) {
        subjects.pass(pointer);
      } else if (noDeliverable || noMeans) {   // the milestone named only on failure: most pass
        String variant = noDeliverable && noMeans ? "message" : noDeliverable ? "noDeliverable" : "noVerificationMeans";
        subjects.failWith(pointer, variant, Texts.name(ctx, pointer, milestone.id(), Optional.empty()));
      } else {
        List<String> facts = new ArrayList<>();
        if (!deliverable) {
          facts.add(pointer + "/deliverable");
        }
        if (!means) {
          facts.add(pointer + "/verificationMeans");
        }
        subjects.notRecorded(pointer, facts.toArray(String[]::new));
      }
    });
  }

  private static boolean present(Optional<String> text) {
    return text.filter(s -> !s.isBlank()).isPresent();
  }
}
