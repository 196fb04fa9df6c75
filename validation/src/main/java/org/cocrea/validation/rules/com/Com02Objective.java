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
 * COM-02 · Commitment states a clear objective. · E · objective · [S:KIT5][S:KIT3].
 *
 * <p>Content, not field presence (real-records.md §4): OGP Local's template writes the objective inside the Action
 * text ({@code description}), so for an exercise under OGP Local an action text that states an aim or an output
 * ({@link Outputs#statesAim(String)}) is the objective. Otherwise the {@code objective} field decides: absent in a
 * complete record, FAIL; not recorded in a partial one, NOT_RECORDED.
 */
public final class Com02Objective {

  /** The rule COM-02, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("COM-02").anyFramework().error()
      .source("[S:KIT5][S:KIT3]")
      .needs("plans[].commitments[].objective", "plans[].commitments[].description")
      .whenAbsent(Absence.FAIL)
      .check(Com02Objective::check);

  private Com02Objective() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    boolean inTheAction = ctx.follows(Framework.OGP_LOCAL);
    forEachCommitment(ctx.exercise(), subjects, (plan, c, ptr) -> {
      if (present(c.objective())) {
        subjects.pass(ptr);
      } else if (inTheAction && Outputs.statesAim(c.description())) {
        subjects.pass(ptr + "/description");   // OGP Local: the objective inside the action text
      } else if (ctx.complete(c, "objective")) {
        subjects.fail(ptr, label(ctx, c, ptr));
      } else {
        subjects.notRecorded(ptr, ptr + "/objective");    // a partial record: not recorded, not "no tiene"
      }
    });
  }
}
