package org.cocrea.validation.rules.com;

import static org.cocrea.validation.rules.com.ComSupport.forEachCommitment;
import static org.cocrea.validation.rules.com.ComSupport.label;

import java.util.Optional;
import org.cocrea.core.Budget;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * COM-11 · Budget amount recorded or explicitly marked "no specific budget". · W · budget · [S:OGP-TPL optional
 * "commitment budget"].
 *
 * <p>A budget absent from a PARTIAL record or part is NOT_RECORDED.
 */
public final class Com11Budget {

  /** The rule COM-11, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("COM-11").ogpLocal().warning()
      .source("[S:OGP-TPL optional \"commitment budget\"]")
      .needs("plans[].commitments[].budget")
      .whenAbsent(Absence.FAIL)
      .check(Com11Budget::check);

  private Com11Budget() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    forEachCommitment(ctx.exercise(), subjects, (plan, c, ptr) -> {
      Optional<Budget> b = c.budget();
      boolean ok = b.map(v -> v.amount().isPresent() || v.noSpecificBudget().orElse(false)).orElse(false);
      boolean notRecorded = b.isEmpty() ? !ctx.complete(c, "budget") : !ctx.complete(b.get());
      if (!ok && notRecorded) {
        subjects.notRecorded(ptr, ptr + "/budget");   // a partial record: the budget is not recorded
      } else {
        subjects.check(ok, b.isPresent() ? ptr + "/budget" : ptr, label(ctx, c, ptr));
      }
    });
  }
}
