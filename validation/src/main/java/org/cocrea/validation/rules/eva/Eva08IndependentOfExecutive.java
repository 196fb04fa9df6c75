package org.cocrea.validation.rules.eva;

import static org.cocrea.validation.rules.eva.EvaSupport.forEachEvaluation;

import java.util.List;
import java.util.Optional;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Organization;
import org.cocrea.core.StlMembership;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Regimes;

/**
 * EVA-08 · An evaluator presented as independent does not belong to the Executive that holds government seats. · W ·
 * evaluation.independentOfStl, evaluator's branch vs government seats · [S:REFORM §2.3][S:MISC IRM-in-a-Box
 * §1.1 Independence]
 *
 * <p>After the 2025 reform the bodies that guaranteed transparency became, in most states, part of the same Executive
 * that sits in the STL as government; an assessment they make is not independent of the government (reform-2025.md
 * §2.3). An evaluation recorded {@code independentOfStl = true} fails when its evaluator is recorded as of the
 * Executive branch and an Executive body of the same order of government (or of an unrecorded one) holds a titular
 * government seat in an STL of the exercise. Evaluations not presented as independent are EVA-04's concern.
 */
public final class Eva08IndependentOfExecutive {

  /** The rule EVA-08, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("EVA-08").anyFramework().warning()
      .source("[S:REFORM §2.3][S:MISC IRM-in-a-Box §1.1 Independence]")
      .needs("plans[].evaluations[].evaluatorId", "plans[].evaluations[].independentOfStl")
      .whenAbsent(Absence.NOT_APPLICABLE)
      .check(Eva08IndependentOfExecutive::check);

  private Eva08IndependentOfExecutive() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    List<StlMembership> seats = ctx.exercise().stls().stream()
        .map(LocalTechnicalSecretariat::memberships).flatMap(List::stream).toList();
    forEachEvaluation(ctx, (plan, evaluation, at) -> {
      Optional<Organization> evaluator = evaluation.evaluatorId().flatMap(id -> ctx.index().organization(id));
      if (!evaluation.independentOfStl().orElse(false) || evaluator.isEmpty()) {
        subjects.notApplicable(at);
        return;
      }
      Organization o = evaluator.get();
      Optional<Organization> government = Regimes.isExecutive(o)
          ? Regimes.governmentExecutive(ctx, seats, o.order())
          : Optional.empty();
      if (government.isPresent()) {
        subjects.fail(at + "/evaluatorId", evaluation.id(), Regimes.label(o), Regimes.label(government.get()));
      } else {
        subjects.pass(at);
      }
    });
  }
}
