package org.cocrea.validation.rules.eva;

import static org.cocrea.validation.rules.eva.EvaSupport.forEachEvaluation;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cocrea.core.Commitment;
import org.cocrea.core.Evaluation;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Regimes;
import org.cocrea.validation.rules.support.Texts;

/**
 * EVA-04 · Evaluator is independent (not an STL member nor a responsible institution of the assessed commitment).
 * · W · evaluator vs memberships · [S:MISC IRM-in-a-Box §1.1 Independence]
 *
 * <p>An evaluator is an STL member when it holds a membership (other than as observer) in any STL of the exercise,
 * directly or through the person holding it; the assessed commitments are those its commitment assessments name,
 * or every commitment of the plan when it names none. An evaluation that declares {@code independentOfStl = false}
 * fails too. EVA-08 judges the other assessors of an evaluation ({@code assessors}) presented as independent, with the
 * same readings of "part of the STL" ({@link EvaSupport#forumSeats}) and of "responsible" ({@link #responsibleFor}).
 */
public final class Eva04IndependentEvaluator {

  /** The rule EVA-04, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("EVA-04").anyFramework().warning()
      .source("[S:MISC IRM-in-a-Box §1.1 Independence]")
      .needs("plans[].evaluations[].evaluatorId", "stls[].memberships[].organizationId",
          "plans[].commitments[].responsibleInstitutionIds")
      .whenAbsent(Absence.NOT_RECORDED)
      .check(Eva04IndependentEvaluator::check);

  private Eva04IndependentEvaluator() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    EvaSupport.ForumSeats seats = EvaSupport.forumSeats(ctx);
    Map<LocalActionPlan, Map<String, String>> responsibleByPlan = new IdentityHashMap<>();
    forEachEvaluation(ctx, (plan, evaluation, at) -> {
      if (evaluation.evaluatorId().isEmpty()) {
        subjects.notApplicable(at);
        return;
      }
      String evaluator = evaluation.evaluatorId().get();
      String evaluatorName = ctx.index().organization(evaluator).map(Regimes::label).orElse(evaluator);
      String name = Texts.name(ctx, at, evaluation.id(), evaluation.title());
      String evaluatorAt = at + "/evaluatorId";
      if (!evaluation.independentOfStl().orElse(true)) {
        subjects.failWith(at + "/independentOfStl", "declared", name, evaluatorName);
        return;
      }
      Optional<EvaSupport.Seat> seat = seats.ofOrganization(evaluator);
      if (seat.isPresent()) {
        subjects.failWith(evaluatorAt, "stlMember", name, evaluatorName, seat.get().name(ctx));
        return;
      }
      Optional<String> responsible = responsibleFor(ctx, plan, evaluation, evaluator, responsibleByPlan);
      if (responsible.isPresent()) {
        subjects.failWith(evaluatorAt, "responsible", name, evaluatorName, responsible.get());
      } else {
        subjects.pass(at);
      }
    });
  }

  /**
   * The commitment, named for messages, for which an organisation is a responsible institution among those an
   * evaluation assesses (those its commitment assessments name, or every commitment of its plan when it names none).
   * EVA-08 asks the same question of assessors presented as independent.
   */
  static Optional<String> responsibleFor(RuleContext ctx, LocalActionPlan plan, Evaluation evaluation,
      String organization, Map<LocalActionPlan, Map<String, String>> cache) {
    Set<String> assessed = new LinkedHashSet<>();
    evaluation.commitmentAssessments().forEach(ca -> ca.commitmentId().ifPresent(assessed::add));
    Optional<String> id;
    if (assessed.isEmpty()) {
      id = Optional.ofNullable(cache.computeIfAbsent(plan, Eva04IndependentEvaluator::firstCommitmentByResponsible)
          .get(organization));
    } else {
      id = assessed.stream().map(c -> ctx.index().find(Commitment.class, c)).flatMap(Optional::stream)
          .filter(c -> c.responsibleInstitutionIds().contains(organization)).map(Commitment::id).findFirst();
    }
    return id.map(c -> Texts.commitment(ctx, c));
  }

  private static Map<String, String> firstCommitmentByResponsible(LocalActionPlan plan) {
    Map<String, String> map = new HashMap<>();
    for (Commitment c : plan.commitments()) {
      c.responsibleInstitutionIds().forEach(org -> map.putIfAbsent(org, c.id()));
    }
    return map;
  }
}
