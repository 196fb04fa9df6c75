package org.cocrea.validation.rules.ind;

import static org.cocrea.validation.rules.ind.IndSupport.present;
import static org.cocrea.validation.rules.support.Walk.forEachCommitment;
import static org.cocrea.validation.rules.support.Texts.part;

import java.util.ArrayList;
import java.util.List;
import org.cocrea.core.Indicator;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Texts;

/**
 * IND-01 · Each commitment has ≥1 indicator with variable, unit, target and period. · W · indicators · [S:KIT8].
 * Indicators, or their elements, absent from a PARTIAL record or part are not recorded: the commitment is
 * NOT_RECORDED, not failed.
 */
public final class Ind01CompleteIndicator {

  /** The rule IND-01, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("IND-01").inaiLocal().warning()
      .source("[S:KIT8]")
      .needs("plans[].commitments[].indicators[].variable", "plans[].commitments[].indicators[].unitOfMeasure",
          "plans[].commitments[].indicators[].target", "plans[].commitments[].indicators[].period")
      .whenAbsent(Absence.FAIL)
      .check(Ind01CompleteIndicator::check);

  private Ind01CompleteIndicator() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    forEachCommitment(ctx, (plan, commitment, pointer) -> {
      List<Indicator> indicators = commitment.indicators();
      if (indicators.isEmpty()) {
        if (ctx.complete(commitment, "indicators")) {
          subjects.failWith(pointer, "none", Texts.name(ctx, pointer, commitment.id(), commitment.title()));
        } else {
          subjects.notRecorded(pointer, pointer + "/indicators");   // a partial record: not "no registra"
        }
        return;
      }
      if (indicators.stream().anyMatch(i -> missingElements(i).isEmpty())) {
        subjects.pass(pointer);
        return;
      }
      if (!ctx.complete(commitment, "indicators") || indicators.stream().anyMatch(i -> !ctx.complete(i))) {
        // an indicator not recorded, or an element not recorded of a recorded one, may be complete
        subjects.notRecorded(pointer, pointer + "/indicators");
        return;
      }
      Indicator first = indicators.get(0);
      List<String> missing = missingElements(first).stream().map(e -> part(ctx, "IND-01.part." + e)).toList();
      subjects.fail(pointer + "/indicators/0", Texts.name(ctx, pointer, commitment.id(), commitment.title()), indicators.size(), first.id(),
          String.join(", ", missing));
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
}
