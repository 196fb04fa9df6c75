package org.cocrea.validation.rules.eva;

import static org.cocrea.validation.rules.eva.EvaSupport.forEachEvaluation;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cocrea.core.Commitment;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.StlMembership;
import org.cocrea.core.StlRole;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * EVA-04 · Evaluator is independent (not an STL member nor a responsible institution of the assessed commitment).
 * · W · evaluator vs memberships · [S:MISC IRM-in-a-Box §1.1 Independence]
 *
 * <p>An evaluator is an STL member when it holds a membership (other than as observer) in any STL of the exercise,
 * directly or through the person holding it; the assessed commitments are those its commitment assessments name,
 * or every commitment of the plan when it names none. An evaluation that declares {@code independentOfStl = false}
 * fails too.
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
    Map<String, String> memberOrgs = new HashMap<>();
    for (LocalTechnicalSecretariat stl : ctx.exercise().stls()) {
      for (StlMembership m : stl.memberships()) {
        if (m.role().orElse(null) == StlRole.OBSERVER) {
          continue;
        }
        m.organizationId().ifPresent(org -> memberOrgs.putIfAbsent(org, m.id()));
        m.personId().flatMap(id -> ctx.index().person(id)).flatMap(person -> person.organizationId())
            .ifPresent(org -> memberOrgs.putIfAbsent(org, m.id()));
      }
    }
    Map<LocalActionPlan, Map<String, String>> responsibleByPlan = new IdentityHashMap<>();
    forEachEvaluation(ctx, (plan, evaluation, at) -> {
      if (evaluation.evaluatorId().isEmpty()) {
        subjects.notApplicable(at);
        return;
      }
      String evaluator = evaluation.evaluatorId().get();
      String evaluatorAt = at + "/evaluatorId";
      if (!evaluation.independentOfStl().orElse(true)) {
        subjects.failWith(at + "/independentOfStl", "declared", evaluation.id(), evaluator);
        return;
      }
      String membership = memberOrgs.get(evaluator);
      if (membership != null) {
        subjects.failWith(evaluatorAt, "stlMember", evaluation.id(), evaluator, membership);
        return;
      }
      Set<String> assessed = new LinkedHashSet<>();
      evaluation.commitmentAssessments().forEach(ca -> ca.commitmentId().ifPresent(assessed::add));
      Optional<String> responsible;
      if (assessed.isEmpty()) {
        responsible = Optional.ofNullable(responsibleByPlan.computeIfAbsent(plan, Eva04IndependentEvaluator::firstCommitmentByResponsible)
            .get(evaluator));
      } else {
        responsible = assessed.stream().map(id -> ctx.index().find(Commitment.class, id)).flatMap(Optional::stream)
            .filter(c -> c.responsibleInstitutionIds().contains(evaluator)).map(Commitment::id).findFirst();
      }
      if (responsible.isPresent()) {
        subjects.failWith(evaluatorAt, "responsible", evaluation.id(), evaluator, responsible.get());
      } else {
        subjects.pass(at);
      }
    });
  }

  private static Map<String, String> firstCommitmentByResponsible(LocalActionPlan plan) {
    Map<String, String> map = new HashMap<>();
    for (Commitment c : plan.commitments()) {
      c.responsibleInstitutionIds().forEach(org -> map.putIfAbsent(org, c.id()));
    }
    return map;
  }
}
