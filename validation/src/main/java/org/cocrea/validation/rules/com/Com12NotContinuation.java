package org.cocrea.validation.rules.com;

import static org.cocrea.validation.rules.com.ComSupport.forEachCommitment;
import static org.cocrea.validation.rules.com.ComSupport.label;

import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * COM-12 · Not a mere continuation of existing legal practice (else potential-for-results = UNCLEAR). · W ·
 * continuesExistingPractice · [S:OGP-GL ambition "Unclear"]. Not applicable when the flag is not recorded.
 */
public final class Com12NotContinuation {

  /** The rule COM-12, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("COM-12").ogpLocal().warning()
      .source("[S:OGP-GL ambition \"Unclear\"]")
      .needs("plans[].commitments[].continuesExistingPractice")
      .whenAbsent(Absence.NOT_APPLICABLE)
      .check(Com12NotContinuation::check);

  private Com12NotContinuation() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    forEachCommitment(ctx.exercise(), subjects, (plan, c, ptr) -> {
      if (c.continuesExistingPractice().isEmpty()) {
        subjects.notApplicable(ptr);
      } else {
        subjects.check(!c.continuesExistingPractice().get(), ptr + "/continuesExistingPractice", label(ctx, c, ptr));
      }
    });
  }
}
