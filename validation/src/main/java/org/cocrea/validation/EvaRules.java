package org.cocrea.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cocrea.core.Commitment;
import org.cocrea.core.CommitmentAssessment;
import org.cocrea.core.Completion;
import org.cocrea.core.DocumentRepository;
import org.cocrea.core.Evaluation;
import org.cocrea.core.EvaluationType;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Milestone;
import org.cocrea.core.MilestoneStatus;
import org.cocrea.core.PotentialImpact;
import org.cocrea.core.ProgressReport;
import org.cocrea.core.RepositoryDocument;
import org.cocrea.core.Specificity;
import org.cocrea.core.StlMembership;
import org.cocrea.core.StlRole;

/**
 * The EVA rules of the catalogue (methodology.md section 4.7): results and design evaluations exist in time,
 * end-of-commitment assessments follow each completed commitment, evaluators are independent, completion uses the
 * IRM scale, starred commitments are derived, and evaluation reports are published.
 *
 * <p>Subjects are plans ({@code /plans/0}) for EVA-01/02, commitments for EVA-03, evaluations
 * ({@code /plans/0/evaluations/1}) for EVA-04/07 and commitment assessments
 * ({@code /plans/0/evaluations/1/commitmentAssessments/3}) for EVA-05/06.
 */
final class EvaRules {

  /**
   * EVA-01 · A results evaluation exists after the PAL period ends. · E · evaluations.type=RESULTS · [S:SRC
   * evaluations][S:KIT3 Veracruz][S:KIT8]
   *
   * <p>Time-aware: once the as-of date is past the plan's {@code periodEnd}, the plan must have a RESULTS evaluation;
   * as in the TRK rules, plans in {@code DRAFT} or {@code WITHDRAWN} status were never implemented and need none.
   * It also checks its piece of the date-precedence chain (methodology.md section 3): no RESULTS evaluation is dated
   * before the plan's first published progress report.
   */
  static final Rule EVA_01 = Rule.define("EVA-01").error()
      .source("[S:SRC evaluations][S:KIT3 Veracruz][S:KIT8]")
      .timeAware()
      .check(EvaRules::eva01);

  /**
   * EVA-02 · A design evaluation within 2 months after PAL publication. · W · type=DESIGN/INCEPTION date ·
   * [S:KIT3][S:OGP-LOC "within two (2) months"]
   *
   * <p>Time-aware: a published plan needs a DESIGN or INCEPTION evaluation dated no later than {@code months} after
   * its {@code publishedOn}; before that deadline a missing one is not yet a failure.
   */
  static final Rule EVA_02 = Rule.define("EVA-02").warning()
      .source("[S:KIT3][S:OGP-LOC \"within two (2) months\"]")
      .threshold("months", 2)
      .timeAware()
      .check(EvaRules::eva02);

  /**
   * EVA-03 · End-of-commitment assessment within 1 month after each commitment completes. · W · dates ·
   * [S:OGP-LOC end-of-commitment form]
   *
   * <p>Time-aware: a commitment completes when all its milestones are completed as of the as-of date; its completion
   * date is the latest milestone {@code completedOn}. An END_OF_COMMITMENT evaluation must then assess it (a
   * commitment assessment naming it) no later than {@code months} after that date. The assessment's date is its own
   * {@code date}, else its evaluation's.
   */
  static final Rule EVA_03 = Rule.define("EVA-03").warning()
      .source("[S:OGP-LOC end-of-commitment form]")
      .threshold("months", 1)
      .timeAware()
      .check(EvaRules::eva03);

  /**
   * EVA-04 · Evaluator is independent (not an STL member nor a responsible institution of the assessed commitment).
   * · W · evaluator vs memberships · [S:MISC IRM-in-a-Box §1.1 Independence]
   *
   * <p>An evaluator is an STL member when it holds a membership (other than as observer) in any STL of the exercise,
   * directly or through the person holding it; the assessed commitments are those its commitment assessments name,
   * or every commitment of the plan when it names none. An evaluation that declares {@code independentOfStl = false}
   * fails too.
   */
  static final Rule EVA_04 = Rule.define("EVA-04").warning()
      .source("[S:MISC IRM-in-a-Box §1.1 Independence]")
      .check(EvaRules::eva04);

  /**
   * EVA-05 · Completion uses the 5-level IRM scale; "high completion" = SUBSTANTIAL or COMPLETE. · E (enum validity)
   * · completion · [S:OGP-GL completion]
   *
   * <p>The five levels are NO_EVIDENCE_AVAILABLE, NOT_STARTED, LIMITED, SUBSTANTIAL and COMPLETE; WITHDRAWN, known
   * from IRM practice [U], is outside the scale. "High completion" is
   * {@link CommitmentAssessment#highCompletion()}.
   */
  static final Rule EVA_05 = Rule.define("EVA-05").error()
      .source("[S:OGP-GL completion]")
      .check(EvaRules::eva05);

  /**
   * EVA-06 · Starred = verifiable (specificity MEDIUM/HIGH) ∧ relevant to ≥1 core value ∧ potential impact
   * TRANSFORMATIVE (or MODERATE under pre-raise rules) ∧ completion SUBSTANTIAL/COMPLETE. · derived · assessment
   * fields · [S:IRM-STAR]
   *
   * <p>Derived (INFO): a starred assessment passes; an assessed but not starred one gets an INFO finding naming the
   * first criterion it misses (always INFO, in every profile). Assessments without completion or potential impact
   * (not yet assessed for results, or on the newer scale without stars) are not applicable. The threshold
   * {@code preRaiseRules} (0 = current rules, 1 = before IRM raised the bar) lets MODERATE impact count.
   */
  static final Rule EVA_06 = Rule.define("EVA-06").info()
      .source("[S:IRM-STAR]")
      .threshold("preRaiseRules", 0)
      .check(EvaRules::eva06);

  /**
   * EVA-07 · Evaluation reports are published in the repository. · W · reportUrl · [S:OGP-STD MR 2][P]
   *
   * <p>Each evaluation needs a {@code reportUrl}; when the exercise records a document repository, the report must
   * be in it (its URL under the repository's URL, or listed among its documents).
   */
  static final Rule EVA_07 = Rule.define("EVA-07").warning()
      .source("[S:OGP-STD MR 2][P]")
      .check(EvaRules::eva07);

  private static final Set<Completion> IRM_SCALE = Set.of(Completion.NO_EVIDENCE_AVAILABLE, Completion.NOT_STARTED,
      Completion.LIMITED, Completion.SUBSTANTIAL, Completion.COMPLETE);

  private EvaRules() {}

  static List<Rule> all() {
    return List.of(EVA_01, EVA_02, EVA_03, EVA_04, EVA_05, EVA_06, EVA_07);
  }

  private static void eva01(RuleContext ctx, Subjects subjects) {
    LocalDate asOf = ctx.asOf().orElseThrow();
    List<LocalActionPlan> plans = ctx.exercise().plans();
    for (int p = 0; p < plans.size(); p++) {
      LocalActionPlan plan = plans.get(p);
      String pointer = "/plans/" + p;
      Optional<LocalDate> firstReport = plan.progressReports().stream()
          .map(ProgressReport::publishedOn).flatMap(Optional::stream).min(LocalDate::compareTo);
      boolean hasResults = false;
      boolean outOfOrder = false;
      for (int e = 0; e < plan.evaluations().size() && !outOfOrder; e++) {
        Evaluation evaluation = plan.evaluations().get(e);
        if (evaluation.type().orElse(null) != EvaluationType.RESULTS) {
          continue;
        }
        hasResults = true;
        if (firstReport.isPresent() && evaluation.date().isPresent()
            && evaluation.date().get().isBefore(firstReport.get())) {
          subjects.failWith(pointer + "/evaluations/" + e + "/date", "beforeReport",
              evaluation.id(), evaluation.date().get(), firstReport.get());
          outOfOrder = true;
        }
      }
      if (outOfOrder) {
        continue;
      }
      if (!TrnRules.isPublicPlan(plan) || plan.periodEnd().isEmpty() || !asOf.isAfter(plan.periodEnd().get())) {
        subjects.notApplicable(pointer);
      } else {
        subjects.check(hasResults, pointer, plan.id(), plan.periodEnd().get(), asOf);
      }
    }
  }

  private static void eva02(RuleContext ctx, Subjects subjects) {
    LocalDate asOf = ctx.asOf().orElseThrow();
    int months = ctx.intThreshold("months");
    List<LocalActionPlan> plans = ctx.exercise().plans();
    for (int p = 0; p < plans.size(); p++) {
      LocalActionPlan plan = plans.get(p);
      String pointer = "/plans/" + p;
      if (plan.publishedOn().isEmpty()) {
        subjects.notApplicable(pointer);
        continue;
      }
      LocalDate published = plan.publishedOn().get();
      LocalDate deadline = published.plusMonths(months);
      List<Dated> designs = new ArrayList<>();
      for (int e = 0; e < plan.evaluations().size(); e++) {
        Evaluation evaluation = plan.evaluations().get(e);
        EvaluationType type = evaluation.type().orElse(null);
        if (type == EvaluationType.DESIGN || type == EvaluationType.INCEPTION) {
          String at = pointer + "/evaluations/" + e;
          designs.add(new Dated(evaluation.id(), evaluation.date(),
              evaluation.date().isPresent() ? at + "/date" : at));
        }
      }
      judgeTimeliness(subjects, designs, deadline, asOf, pointer, plan.id(), published, months);
    }
  }

  private static void eva03(RuleContext ctx, Subjects subjects) {
    LocalDate asOf = ctx.asOf().orElseThrow();
    int months = ctx.intThreshold("months");
    Map<String, List<Dated>> assessments = new HashMap<>();
    forEachEvaluation(ctx, (plan, evaluation, at) -> {
      if (evaluation.type().orElse(null) != EvaluationType.END_OF_COMMITMENT) {
        return;
      }
      for (int k = 0; k < evaluation.commitmentAssessments().size(); k++) {
        CommitmentAssessment ca = evaluation.commitmentAssessments().get(k);
        if (ca.commitmentId().isEmpty()) {
          continue;
        }
        String caAt = at + "/commitmentAssessments/" + k;
        Optional<LocalDate> date = ca.date().or(evaluation::date);
        String dateAt = ca.date().isPresent() ? caAt + "/date" : evaluation.date().isPresent() ? at + "/date" : caAt;
        assessments.computeIfAbsent(ca.commitmentId().get(), id -> new ArrayList<>())
            .add(new Dated(evaluation.id(), date, dateAt));
      }
    });
    MilRules.forEachCommitment(ctx, (plan, commitment, pointer) -> {
      List<Milestone> milestones = commitment.milestones();
      boolean completed = !milestones.isEmpty()
          && milestones.stream().allMatch(m -> m.statusAsOf(asOf) == MilestoneStatus.COMPLETED);
      if (!completed) {
        subjects.notApplicable(pointer);
        return;
      }
      List<Dated> found = assessments.getOrDefault(commitment.id(), List.of());
      boolean allDated = milestones.stream().allMatch(m -> m.completedOn().isPresent());
      if (!allDated) {
        // completed, but when is unknown: only the existence of an assessment can be judged
        if (found.isEmpty()) {
          subjects.notApplicable(pointer);
        } else {
          subjects.pass(pointer);
        }
        return;
      }
      LocalDate completedOn = milestones.stream().map(m -> m.completedOn().get()).max(LocalDate::compareTo).get();
      judgeTimeliness(subjects, found, completedOn.plusMonths(months), asOf, pointer, commitment.id(), completedOn,
          months);
    });
  }

  /**
   * Judges whether some dated item meets a deadline: passes when one does; otherwise fails for an undated one, then
   * for a late one, then (once the deadline is past) for none at all; before the deadline a missing one is not
   * applicable yet.
   */
  private static void judgeTimeliness(Subjects subjects, List<Dated> items, LocalDate deadline, LocalDate asOf,
      String pointer, String subjectId, LocalDate from, int months) {
    if (items.stream().anyMatch(d -> d.date().isPresent() && !d.date().get().isAfter(deadline))) {
      subjects.pass(pointer);
      return;
    }
    Optional<Dated> undated = items.stream().filter(d -> d.date().isEmpty()).findFirst();
    if (undated.isPresent()) {
      subjects.failWith(undated.get().pointer(), "undated", subjectId, undated.get().id());
      return;
    }
    Optional<Dated> late = items.stream().findFirst();
    if (late.isPresent()) {
      subjects.failWith(late.get().pointer(), "late", subjectId, late.get().id(), late.get().date().get(), from,
          months, deadline);
    } else if (asOf.isAfter(deadline)) {
      subjects.fail(pointer, subjectId, from, months, deadline);
    } else {
      subjects.notApplicable(pointer);
    }
  }

  private static void eva04(RuleContext ctx, Subjects subjects) {
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
        // the whole plan is assessed: the first commitment of the plan each institution answers for
        responsible = Optional.ofNullable(responsibleByPlan.computeIfAbsent(plan, EvaRules::firstCommitmentByResponsible)
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

  private static void eva05(RuleContext ctx, Subjects subjects) {
    forEachAssessment(ctx, (evaluation, ca, at) -> {
      if (ca.completion().isEmpty()) {
        subjects.notApplicable(at);
      } else {
        subjects.check(IRM_SCALE.contains(ca.completion().get()), at + "/completion",
            ca.commitmentId().orElse("?"), ca.completion().get().label(ctx.options().locale()));
      }
    });
  }

  private static void eva06(RuleContext ctx, Subjects subjects) {
    boolean preRaise = ctx.intThreshold("preRaiseRules") != 0;
    forEachAssessment(ctx, (evaluation, ca, at) -> {
      if (ca.completion().isEmpty() || ca.potentialImpact().isEmpty()) {
        subjects.notApplicable(at);
        return;
      }
      if (ca.isStarred(preRaise)) {
        subjects.pass(at);
        return;
      }
      String commitment = ca.commitmentId().orElse("?");
      Locale locale = ctx.options().locale();
      boolean verifiable = ca.specificity().map(s -> s == Specificity.MEDIUM || s == Specificity.HIGH)
          .orElse(ca.verifiable().orElse(false));
      PotentialImpact impact = ca.potentialImpact().get();
      boolean impactOk = impact == PotentialImpact.TRANSFORMATIVE || (preRaise && impact == PotentialImpact.MODERATE);
      if (!verifiable) {
        subjects.failAs(Severity.INFO, at, "notVerifiable", commitment,
            ca.specificity().map(s -> s.label(locale)).orElseGet(() -> StlRules.part(ctx, "EVA-06.part.unrecorded")));
      } else if (!ca.openGovLens().orElse(false)) {
        subjects.failAs(Severity.INFO, at, "notRelevant", commitment);
      } else if (!impactOk) {
        subjects.failAs(Severity.INFO, at + "/potentialImpact", "lowImpact", commitment, impact.label(locale));
      } else {
        subjects.failAs(Severity.INFO, at + "/completion", "lowCompletion", commitment,
            ca.completion().get().label(locale));
      }
    });
  }

  private static void eva07(RuleContext ctx, Subjects subjects) {
    Optional<DocumentRepository> repository = ctx.exercise().repository()
        .filter(r -> r.url().isPresent() || !r.documents().isEmpty());
    Set<String> documents = new HashSet<>();
    repository.ifPresent(r -> r.documents().stream().map(RepositoryDocument::url).flatMap(Optional::stream)
        .forEach(documents::add));
    Optional<String> base = repository.flatMap(DocumentRepository::url);
    forEachEvaluation(ctx, (plan, evaluation, at) -> {
      if (evaluation.reportUrl().isEmpty()) {
        subjects.fail(at, evaluation.id());
        return;
      }
      String url = evaluation.reportUrl().get();
      boolean inRepository = repository.isEmpty() || documents.contains(url)
          || base.map(b -> url.startsWith(b)).orElse(false);
      if (inRepository) {
        subjects.pass(at);
      } else {
        subjects.failWith(at + "/reportUrl", "notInRepository", evaluation.id(), url);
      }
    });
  }

  private static void forEachEvaluation(RuleContext ctx, EvaluationVisitor visitor) {
    List<LocalActionPlan> plans = ctx.exercise().plans();
    for (int p = 0; p < plans.size(); p++) {
      LocalActionPlan plan = plans.get(p);
      for (int e = 0; e < plan.evaluations().size(); e++) {
        visitor.visit(plan, plan.evaluations().get(e), "/plans/" + p + "/evaluations/" + e);
      }
    }
  }

  private static void forEachAssessment(RuleContext ctx, AssessmentVisitor visitor) {
    forEachEvaluation(ctx, (plan, evaluation, at) -> {
      for (int k = 0; k < evaluation.commitmentAssessments().size(); k++) {
        visitor.visit(evaluation, evaluation.commitmentAssessments().get(k), at + "/commitmentAssessments/" + k);
      }
    });
  }

  /** Something dated that may meet a deadline: an evaluation or an assessment, with the pointer to blame. */
  private record Dated(String id, Optional<LocalDate> date, String pointer) {}

  @FunctionalInterface
  private interface EvaluationVisitor {
    void visit(LocalActionPlan plan, Evaluation evaluation, String pointer);
  }

  @FunctionalInterface
  private interface AssessmentVisitor {
    void visit(Evaluation evaluation, CommitmentAssessment assessment, String pointer);
  }
}
