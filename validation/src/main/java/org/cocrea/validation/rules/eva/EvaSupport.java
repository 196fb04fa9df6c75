package org.cocrea.validation.rules.eva;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cocrea.core.CommitmentAssessment;
import org.cocrea.core.Evaluation;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.PartialDate;
import org.cocrea.core.Person;
import org.cocrea.core.StlMembership;
import org.cocrea.core.StlRole;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Dates;
import org.cocrea.validation.rules.support.Texts;

/** Helpers shared by several EVA rules of this package. */
final class EvaSupport {

  private EvaSupport() {}

  /**
   * Judges whether some dated item meets a deadline of {@code months} months after {@code from}: passes when one
   * certainly does; otherwise fails for an undated one, then for a late one, then (once the deadline is past) for
   * none at all; before the deadline a missing one is not applicable yet. When the dates' precision cannot decide
   * (a month-precision publication against a day-precision evaluation near the deadline, real-records §3), the
   * subject is NOT_RECORDED.
   */
  static void judgeTimeliness(Subjects subjects, List<Dated> items, LocalDate asOf, String pointer,
      String subjectId, PartialDate from, int months) {
    if (items.stream().anyMatch(d -> d.date().flatMap(x -> Dates.withinMonths(from, x, months)).orElse(false))) {
      subjects.pass(pointer);
      return;
    }
    LocalDate deadline = Dates.latestDeadline(from, months);
    Optional<Dated> undated = items.stream().filter(d -> d.date().isEmpty()).findFirst();
    if (undated.isPresent()) {
      subjects.failWith(undated.get().pointer(), "undated", subjectId, undated.get().id());
      return;
    }
    Optional<Dated> undetermined = items.stream()
        .filter(d -> Dates.withinMonths(from, d.date().orElseThrow(), months).isEmpty()).findFirst();
    if (undetermined.isPresent()) {
      subjects.notRecorded(pointer, undetermined.get().pointer());
      return;
    }
    Optional<Dated> late = items.stream().findFirst();
    if (late.isPresent()) {
      subjects.failWith(late.get().pointer(), "late", subjectId, late.get().id(), late.get().date().get(), from,
          months, deadline);
    } else if (Dates.deadlinePassed(from, months, asOf)) {
      subjects.fail(pointer, subjectId, from, months, deadline);
    } else if (!from.earliest().plusMonths(months).isBefore(asOf)) {
      subjects.notApplicable(pointer);
    } else {
      subjects.notRecorded(pointer);
    }
  }

  /**
   * Who sits in the forum: for each organisation and each person, the first membership (other than as observer) in
   * any STL of the exercise that it holds, directly or, for an organisation, through the person holding it. The one
   * reading of "part of the STL" of EVA-04 and EVA-08.
   */
  static ForumSeats forumSeats(RuleContext ctx) {
    Map<String, Seat> byOrganization = new HashMap<>();
    Map<String, Seat> byPerson = new HashMap<>();
    List<LocalTechnicalSecretariat> stls = ctx.exercise().stls();
    for (int i = 0; i < stls.size(); i++) {
      List<StlMembership> memberships = stls.get(i).memberships();
      for (int j = 0; j < memberships.size(); j++) {
        StlMembership m = memberships.get(j);
        if (m.role().orElse(null) == StlRole.OBSERVER) {
          continue;
        }
        Seat seat = new Seat(m, "/stls/" + i + "/memberships/" + j);
        m.organizationId().ifPresent(org -> byOrganization.putIfAbsent(org, seat));
        m.personId().ifPresent(person -> byPerson.putIfAbsent(person, seat));
        m.personId().flatMap(id -> ctx.index().person(id)).flatMap(Person::organizationId)
            .ifPresent(org -> byOrganization.putIfAbsent(org, seat));
      }
    }
    return new ForumSeats(byOrganization, byPerson);
  }

  /** A membership and its pointer. */
  record Seat(StlMembership membership, String pointer) {
    /** The seat as messages name it: «Asiento 3 (m-03)». */
    String name(RuleContext ctx) {
      return Texts.name(ctx, pointer, membership.id(), Optional.empty());
    }
  }

  /** The seats held by organisations and by persons ({@link #forumSeats}). */
  record ForumSeats(Map<String, Seat> byOrganization, Map<String, Seat> byPerson) {
    Optional<Seat> ofOrganization(String id) {
      return Optional.ofNullable(byOrganization.get(id));
    }

    Optional<Seat> ofPerson(String id) {
      return Optional.ofNullable(byPerson.get(id));
    }
  }

  static void forEachEvaluation(RuleContext ctx, EvaluationVisitor visitor) {
    List<LocalActionPlan> plans = ctx.exercise().plans();
    for (int p = 0; p < plans.size(); p++) {
      LocalActionPlan plan = plans.get(p);
      for (int e = 0; e < plan.evaluations().size(); e++) {
        visitor.visit(plan, plan.evaluations().get(e), "/plans/" + p + "/evaluations/" + e);
      }
    }
  }

  static void forEachAssessment(RuleContext ctx, AssessmentVisitor visitor) {
    forEachEvaluation(ctx, (plan, evaluation, at) -> {
      for (int k = 0; k < evaluation.commitmentAssessments().size(); k++) {
        visitor.visit(evaluation, evaluation.commitmentAssessments().get(k), at + "/commitmentAssessments/" + k);
      }
    });
  }

  /** Something dated that may meet a deadline: an evaluation or an assessment named for messages, with the pointer to blame. */
  record Dated(String id, Optional<PartialDate> date, String pointer) {}

  @FunctionalInterface
  interface EvaluationVisitor {
    void visit(LocalActionPlan plan, Evaluation evaluation, String pointer);
  }

  @FunctionalInterface
  interface AssessmentVisitor {
    void visit(Evaluation evaluation, CommitmentAssessment assessment, String pointer);
  }
}
