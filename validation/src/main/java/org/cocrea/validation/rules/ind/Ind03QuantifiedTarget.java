package org.cocrea.validation.rules.ind;

import static org.cocrea.validation.rules.ind.IndSupport.present;
import static org.cocrea.validation.rules.support.Walk.forEachCommitment;

import org.cocrea.core.Indicator;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * IND-03 · Indicator targets state quantity and deadline. · W · target, period · [S:KIT8 step 4]
 *
 * <p>The quantity is the indicator's {@code target}; the deadline is its {@code targetDate} or, failing that, its
 * {@code period}.
 */
public final class Ind03QuantifiedTarget {

  /** The rule IND-03, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("IND-03").inaiLocal().warning()
      .source("[S:KIT8 step 4]")
      .needs("plans[].commitments[].indicators[].target", "plans[].commitments[].indicators[].targetDate",
          "plans[].commitments[].indicators[].period")
      .whenAbsent(Absence.FAIL)
      .check(Ind03QuantifiedTarget::check);

  private Ind03QuantifiedTarget() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    forEachCommitment(ctx, (plan, commitment, pointer) -> {
      for (int i = 0; i < commitment.indicators().size(); i++) {
        Indicator indicator = commitment.indicators().get(i);
        String at = pointer + "/indicators/" + i;
        boolean quantity = indicator.target().isPresent();
        boolean deadline = indicator.targetDate().isPresent() || present(indicator.period());
        if (quantity && deadline) {
          subjects.pass(at);
        } else if (!quantity && !deadline) {
          subjects.fail(at, indicator.id());
        } else if (!quantity) {
          subjects.failWith(at, "noQuantity", indicator.id());
        } else {
          subjects.failWith(at, "noDeadline", indicator.id());
        }
      }
    });
  }
}
