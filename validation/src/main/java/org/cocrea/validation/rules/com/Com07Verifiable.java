package org.cocrea.validation.rules.com;

import static org.cocrea.validation.rules.com.ComSupport.forEachCommitment;
import static org.cocrea.validation.rules.com.ComSupport.label;
import static org.cocrea.validation.rules.com.ComSupport.present;

import java.util.Optional;
import org.cocrea.core.Commitment;
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
 *
 * <p>{@link #verifiable(RuleContext, Commitment)} is Cocrea's verdict on "is this commitment verifiable?", the one
 * definition this rule judges by and that EVA-09 and {@link org.cocrea.validation.CocreaValidator#compareAssessments}
 * compare with an independent assessment's.
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
    forEachCommitment(ctx.exercise(), subjects, (plan, c, ptr) -> {
      Optional<Boolean> verifiable = verifiable(ctx, c);
      if (verifiable.orElse(false)) {
        subjects.pass(ptr + "/milestones");
      } else if (verifiable.isEmpty()) {
        // a partial record: the milestones (or their deliverables) that would decide are not recorded
        subjects.notRecorded(ptr, ptr + "/milestones");
      } else if (c.milestones().isEmpty()) {
        subjects.failWith(ptr, "noMilestones", label(ctx, c, ptr));
      } else {
        subjects.fail(ptr + "/milestones", label(ctx, c, ptr), c.milestones().size());
      }
    });
  }

  /**
   * Whether a commitment is verifiable, as this rule judges it: true when a milestone has a deliverable (or, under
   * OGP Local, states a verifiable output in its description); false when none does and the milestones are recorded
   * in full (COMPLETE); empty when they are not (a PARTIAL record: the milestone that would decide may be missing).
   *
   * @param ctx the rule context (frameworks, completeness)
   * @param c the commitment
   * @return the verdict, or empty when the record cannot tell
   */
  public static Optional<Boolean> verifiable(RuleContext ctx, Commitment c) {
    boolean inTheDescription = ctx.follows(Framework.OGP_LOCAL);
    if (c.milestones().stream().anyMatch(m -> present(m.deliverable())
        || inTheDescription && Outputs.statesOutput(m.description()))) {
      return Optional.of(true);
    }
    return ctx.complete(c, "milestones") ? Optional.of(false) : Optional.empty();
  }
}
