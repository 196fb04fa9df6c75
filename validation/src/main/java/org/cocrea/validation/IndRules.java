package org.cocrea.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cocrea.core.Indicator;
import org.cocrea.core.IndicatorCategory;
import org.cocrea.core.IndicatorType;

/**
 * The IND rules of the catalogue (methodology.md section 4.6): each commitment has a complete indicator (Kit 8's
 * four elements: variable, unit of measure, target, period), at least one effect indicator, and indicator targets
 * state quantity and deadline.
 *
 * <p>Subjects are commitments ({@code /plans/0/commitments/2}) for IND-01/02 and indicators
 * ({@code /plans/0/commitments/2/indicators/0}) for IND-03.
 */
final class IndRules {

  /**
   * IND-01 · Each commitment has ≥1 indicator with variable, unit, target and period. · W · indicators · [S:KIT8]
   */
  static final Rule IND_01 = Rule.define("IND-01").warning()
      .source("[S:KIT8]")
      .check(IndRules::ind01);

  /**
   * IND-02 · ≥1 EFFECT indicator (intermediate result or impact) besides management indicators. · W ·
   * indicator.category · [S:KIT8]
   *
   * <p>Checked per commitment that has indicators (IND-01 reports commitments without any); an indicator without a
   * type is not an effect indicator.
   */
  static final Rule IND_02 = Rule.define("IND-02").warning()
      .source("[S:KIT8]")
      .check(IndRules::ind02);

  /**
   * IND-03 · Indicator targets state quantity and deadline. · W · target, period · [S:KIT8 step 4]
   *
   * <p>The quantity is the indicator's {@code target}; the deadline is its {@code targetDate} or, failing that, its
   * {@code period}.
   */
  static final Rule IND_03 = Rule.define("IND-03").warning()
      .source("[S:KIT8 step 4]")
      .check(IndRules::ind03);

  private IndRules() {}

  static List<Rule> all() {
    return List.of(IND_01, IND_02, IND_03);
  }

  private static void ind01(RuleContext ctx, Subjects subjects) {
    MilRules.forEachCommitment(ctx, (plan, commitment, pointer) -> {
      List<Indicator> indicators = commitment.indicators();
      if (indicators.isEmpty()) {
        subjects.failWith(pointer, "none", commitment.id());
        return;
      }
      if (indicators.stream().anyMatch(i -> missingElements(i).isEmpty())) {
        subjects.pass(pointer);
        return;
      }
      Indicator first = indicators.get(0);
      List<String> missing = missingElements(first).stream().map(e -> StlRules.part(ctx, "IND-01.part." + e)).toList();
      subjects.fail(pointer + "/indicators/0", commitment.id(), indicators.size(), first.id(),
          String.join(", ", missing));
    });
  }

  private static void ind02(RuleContext ctx, Subjects subjects) {
    MilRules.forEachCommitment(ctx, (plan, commitment, pointer) -> {
      List<Indicator> indicators = commitment.indicators();
      if (indicators.isEmpty()) {
        subjects.notApplicable(pointer);
        return;
      }
      boolean effect = indicators.stream().map(Indicator::type).flatMap(Optional::stream)
          .map(IndicatorType::category).anyMatch(c -> c == IndicatorCategory.EFFECT);
      subjects.check(effect, pointer, commitment.id(), indicators.size());
    });
  }

  private static void ind03(RuleContext ctx, Subjects subjects) {
    MilRules.forEachCommitment(ctx, (plan, commitment, pointer) -> {
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

  /** The JSON names of the Kit 8 elements an indicator lacks, in the kit's order (messages: {@code IND-01.part.*}). */
  private static List<String> missingElements(Indicator indicator) {
    List<String> missing = new ArrayList<>(4);
    if (!present(indicator.variable())) {
      missing.add("variable");
    }
    if (!present(indicator.unitOfMeasure())) {
      missing.add("unitOfMeasure");
    }
    if (indicator.target().isEmpty()) {
      missing.add("target");
    }
    if (!present(indicator.period())) {
      missing.add("period");
    }
    return missing;
  }

  private static boolean present(Optional<String> text) {
    return text.filter(s -> !s.isBlank()).isPresent();
  }
}
