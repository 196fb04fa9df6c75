package org.cocrea.validation.rules.eva;

import static org.cocrea.validation.rules.eva.EvaSupport.forEachEvaluation;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cocrea.core.Assessor;
import org.cocrea.core.Commitment;
import org.cocrea.core.CommitmentAssessment;
import org.cocrea.core.Evaluation;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Organization;
import org.cocrea.core.Person;
import org.cocrea.core.StlMembership;
import org.cocrea.core.YesNoUnknown;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Regimes;
import org.cocrea.validation.rules.support.Texts;

/**
 * EVA-08 · An evaluator or assessor presented as independent is not part of the forum nor of the implementing
 * government. · W · evaluation.independentOfStl, assessors' independence vs memberships, the Executive of the
 * government seats and the assessed commitments' responsible institutions · [S:REFORM §2.3][S:MISC IRM-in-a-Box §1.1
 * Independence]; the assessors of real-records.md §5 and §7
 *
 * <p>After the 2025 reform the bodies that guaranteed transparency became, in most states, part of the same Executive
 * that sits in the STL as government; an assessment they make is not independent of the government (reform-2025.md
 * §2.3). More generally (real-records.md §7), an assessor presented as independent who sits in the forum, or belongs
 * to the government that implements, contradicts what the record says of it. Subjects:
 * <ul>
 *   <li>each evaluation recorded {@code independentOfStl = true} with an evaluator: it fails (variant {@code message})
 *       when its evaluator belongs to the Executive ({@link Regimes#isExecutive}) and an Executive body of the same
 *       order of government (or of an unrecorded one) holds a titular government seat in an STL of the exercise
 *       ({@link Regimes#governmentExecutive}). Whether that evaluator sits in the STL or is responsible for what it
 *       evaluates is EVA-04's, whatever it claims;</li>
 *   <li>each assessor (format 1.1, {@code assessors} of an evaluation or of a commitment assessment) presented as
 *       independent of the forum ({@code independentOfForum = YES}, or not said otherwise in an evaluation recorded
 *       {@code independentOfStl = true}) that holds a seat in an STL of the exercise ({@link EvaSupport#forumSeats}:
 *       the organisation directly or through a person; the person directly), variant {@code forum}; or presented as
 *       independent of the government (likewise with {@code independentOfGovernment}) whose organisation (its own,
 *       or a person's) belongs to that Executive (variant {@code executive}) or is a responsible institution of the
 *       assessed commitment ({@link Eva04IndependentEvaluator#responsibleFor}; variant {@code responsible}). An
 *       assessor that is the evaluation's evaluator is judged as the evaluator. An assessor presented as
 *       independent with neither an organisation nor a person on record cannot be placed: NOT_RECORDED.</li>
 * </ul>
 * One definition each: "belongs to the Executive" and "holds a government seat" are {@link Regimes}' and {@link
 * org.cocrea.validation.rules.support.Seats}', "part of the STL" and "responsible" are EVA-04's.
 */
public final class Eva08IndependentOfExecutive {

  /** The rule EVA-08, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("EVA-08").anyFramework().warning()
      .source("[S:REFORM §2.3][S:MISC IRM-in-a-Box §1.1 Independence]")
      .needs("plans[].evaluations[].evaluatorId", "plans[].evaluations[].independentOfStl",
          "plans[].evaluations[].assessors[].independentOfForum",
          "plans[].evaluations[].assessors[].independentOfGovernment",
          "plans[].evaluations[].assessors[].organizationId")
      .whenAbsent(Absence.NOT_APPLICABLE)
      .check(Eva08IndependentOfExecutive::check);

  private Eva08IndependentOfExecutive() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    List<StlMembership> memberships = ctx.exercise().stls().stream()
        .map(LocalTechnicalSecretariat::memberships).flatMap(List::stream).toList();
    EvaSupport.ForumSeats seats = EvaSupport.forumSeats(ctx);
    Map<LocalActionPlan, Map<String, String>> responsibleByPlan = new IdentityHashMap<>();
    forEachEvaluation(ctx, (plan, evaluation, at) -> {
      String name = Texts.name(ctx, at, evaluation.id(), evaluation.title());
      boolean stlClaim = evaluation.independentOfStl().orElse(false);
      Optional<Organization> evaluator = evaluation.evaluatorId().flatMap(id -> ctx.index().organization(id));
      if (!stlClaim || evaluator.isEmpty()) {
        subjects.notApplicable(at);
      } else {
        Optional<Organization> government = executiveWithSeats(ctx, memberships, evaluator.get());
        if (government.isPresent()) {
          subjects.fail(at + "/evaluatorId", name, Regimes.label(evaluator.get()), Regimes.label(government.get()));
        } else {
          subjects.pass(at);
        }
      }
      Judge judge = new Judge(ctx, subjects, memberships, seats, plan, evaluation, name, responsibleByPlan);
      for (int a = 0; a < evaluation.assessors().size(); a++) {
        judge.assessor(evaluation.assessors().get(a), at + "/assessors/" + a, Optional.empty());
      }
      for (int k = 0; k < evaluation.commitmentAssessments().size(); k++) {
        CommitmentAssessment ca = evaluation.commitmentAssessments().get(k);
        for (int a = 0; a < ca.assessors().size(); a++) {
          judge.assessor(ca.assessors().get(a), at + "/commitmentAssessments/" + k + "/assessors/" + a,
              ca.commitmentId());
        }
      }
    });
  }

  /** The government seat's Executive body when an organisation belongs to the Executive that holds it. */
  private static Optional<Organization> executiveWithSeats(RuleContext ctx, List<StlMembership> memberships,
      Organization o) {
    return Regimes.isExecutive(o) ? Regimes.governmentExecutive(ctx, memberships, o.order()) : Optional.empty();
  }

  /** The assessors of one evaluation. */
  private record Judge(RuleContext ctx, Subjects subjects, List<StlMembership> memberships,
      EvaSupport.ForumSeats seats, LocalActionPlan plan, Evaluation evaluation, String name,
      Map<LocalActionPlan, Map<String, String>> responsibleByPlan) {

    void assessor(Assessor assessor, String at, Optional<String> commitmentId) {
      boolean stlClaim = evaluation.independentOfStl().orElse(false);
      boolean ofForum = claims(assessor.independentOfForum(), stlClaim);
      boolean ofGovernment = claims(assessor.independentOfGovernment(), stlClaim);
      if (!ofForum && !ofGovernment
          || assessor.organizationId().isPresent() && assessor.organizationId().equals(evaluation.evaluatorId())) {
        subjects.notApplicable(at);
        return;
      }
      Optional<Person> person = assessor.personId().flatMap(id -> ctx.index().person(id));
      Optional<String> organizationId = assessor.organizationId().or(() -> person.flatMap(Person::organizationId));
      Optional<Organization> organization = organizationId.flatMap(id -> ctx.index().organization(id));
      if (assessor.organizationId().isEmpty() && assessor.personId().isEmpty()) {
        subjects.notRecorded(at, at + "/organizationId", at + "/personId");
        return;
      }
      String who = organization.map(Regimes::label).or(() -> person.flatMap(Person::name)).or(assessor::name)
          .orElseGet(() -> Texts.name(ctx, at, "", Optional.empty()));
      if (ofForum) {
        Optional<EvaSupport.Seat> seat = assessor.organizationId().flatMap(seats::ofOrganization)
            .or(() -> assessor.personId().flatMap(seats::ofPerson));
        if (seat.isPresent()) {
          subjects.failWith(at, "forum", who, name, seat.get().name(ctx));
          return;
        }
      }
      if (ofGovernment && organization.isPresent()) {
        Optional<Organization> government = executiveWithSeats(ctx, memberships, organization.get());
        if (government.isPresent()) {
          subjects.failWith(at, "executive", who, name, Regimes.label(government.get()));
          return;
        }
        Optional<String> responsible = commitmentId.isPresent()
            ? commitmentId.flatMap(id -> ctx.index().find(Commitment.class, id))
                .filter(c -> c.responsibleInstitutionIds().contains(organization.get().id()))
                .map(c -> Texts.commitment(ctx, c.id()))
            : Eva04IndependentEvaluator.responsibleFor(ctx, plan, evaluation, organization.get().id(),
                responsibleByPlan);
        if (responsible.isPresent()) {
          subjects.failWith(at, "responsible", who, name, responsible.get());
          return;
        }
      }
      subjects.pass(at);
    }

    /** Whether an assessor is presented as independent: its own YES, or, when it says nothing, the evaluation's. */
    private static boolean claims(Optional<YesNoUnknown> own, boolean evaluationClaims) {
      YesNoUnknown said = own.orElse(YesNoUnknown.UNKNOWN);
      return said == YesNoUnknown.YES || said == YesNoUnknown.UNKNOWN && evaluationClaims;
    }
  }
}
