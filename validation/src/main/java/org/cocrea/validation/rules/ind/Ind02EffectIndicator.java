package org.cocrea.validation.rules.ind;

import static org.cocrea.validation.rules.support.Walk.forEachCommitment;

import java.util.List;
import java.util.Optional;
import org.cocrea.core.Indicator;
import org.cocrea.core.IndicatorCategory;
import org.cocrea.core.IndicatorType;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Texts;

/**
 * IND-02 · ≥1 EFFECT indicator (intermediate result or impact) besides management indicators. · W ·
 * indicator.category · [S:KIT8]
 *
 * <p>Checked per commitment that has indicators (IND-01 reports commitments without any); an indicator without a
 * type is not an effect indicator.
 */
public final class Ind02EffectIndicator {

  /** The rule IND-02, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("IND-02").inaiLocal().warning()
      .source("[S:KIT8]")
      .needs("plans[].commitments[].indicators[].type")
      .whenAbsent(Absence.FAIL)
      .check(Ind02EffectIndicator::check);

  private Ind02EffectIndicator() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    forEachCommitment(ctx, (plan, commitment, pointer) -> {
      List<Indicator> indicators = commitment.indicators();
      if (indicators.isEmpty()) {
        subjects.notApplicable(pointer);
        return;
      }
      boolean effect = indicators.stream().map(Indicator::type).flatMap(Optional::stream)
          .map(IndicatorType::category).anyMatch(c -> c == IndicatorCategory.EFFECT);
      if (effect) {
        subjects.pass(pointer);
      } else {   // the commitment named only on failure: a name costs a rendering
        subjects.fail(pointer, Texts.name(ctx, pointer, commitment.id(), commitment.title()), indicators.size());
      }
    });
  }
}
