package org.cocrea.validation.rules.mil;

import static org.cocrea.validation.rules.support.Walk.forEachCommitment;

import java.util.Optional;
import java.math.BigDecimal;
import java.util.List;
import org.cocrea.core.Milestone;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Texts;

/**
 * MIL-05 · Milestone weights (if used) sum to 100% per commitment. · W · weight · [S:TAB ponderador][P]
 *
 * <p>Applies to commitments where at least one milestone has a weight; then every milestone must have one and the
 * sum must be 100 within {@code tolerance} [P] percentage points (rounded thirds such as 33.33 add up to 99.99).
 */
public final class Mil05WeightsSum {

  /** The rule MIL-05, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("MIL-05").anyFramework().warning()
      .source("[S:TAB ponderador][P]")
      .threshold("tolerance", new BigDecimal("0.1"))
      .needs("plans[].commitments[].milestones[].weight")
      .whenAbsent(Absence.NOT_APPLICABLE)
      .check(Mil05WeightsSum::check);

  private Mil05WeightsSum() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    BigDecimal tolerance = ctx.threshold("tolerance");
    forEachCommitment(ctx, (plan, commitment, pointer) -> {
      List<Milestone> milestones = commitment.milestones();
      long weighted = milestones.stream().filter(m -> m.weight().isPresent()).count();
      if (weighted == 0) {
        subjects.notApplicable(pointer);
        return;
      }
      if (weighted < milestones.size()) {
        String missing = milestones.stream().filter(m -> m.weight().isEmpty()).map(Milestone::id)
            .reduce((a, b) -> a + ", " + b).orElse("");
        subjects.failWith(pointer, "unweighted", Texts.name(ctx, pointer, commitment.id(), commitment.title()), milestones.size() - weighted, missing);
        return;
      }
      BigDecimal sum = milestones.stream().map(m -> m.weight().get()).reduce(BigDecimal.ZERO, BigDecimal::add);
      boolean ok = sum.subtract(HUNDRED).abs().compareTo(tolerance) <= 0;
      if (ok) {
        subjects.pass(pointer);
      } else {   // the commitment named only on failure: a name costs a rendering
        subjects.fail(pointer, Texts.name(ctx, pointer, commitment.id(), commitment.title()),
            sum.stripTrailingZeros().toPlainString());
      }
    });
  }

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
}
