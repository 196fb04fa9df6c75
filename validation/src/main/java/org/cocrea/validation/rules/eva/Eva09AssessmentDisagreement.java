package org.cocrea.validation.rules.eva;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cocrea.core.Assessor;
import org.cocrea.core.Commitment;
import org.cocrea.core.CommitmentAssessment;
import org.cocrea.core.Completion;
import org.cocrea.core.Evaluation;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.Milestone;
import org.cocrea.core.MilestoneStatus;
import org.cocrea.core.PartialDate;
import org.cocrea.core.Person;
import org.cocrea.core.YesNoUnclear;
import org.cocrea.core.analysis.Analyses;
import org.cocrea.validation.Absence;
import org.cocrea.validation.AssessmentComparison;
import org.cocrea.validation.AssessmentComparison.Agreement;
import org.cocrea.validation.AssessmentComparison.Dimension;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.com.Com05OpenGovernmentValues;
import org.cocrea.validation.rules.com.Com07Verifiable;
import org.cocrea.validation.rules.support.Dates;
import org.cocrea.validation.rules.support.Regimes;
import org.cocrea.validation.rules.support.Texts;

/**
 * EVA-09 · An independent assessment and Cocrea's rule that judges the same question about a commitment agree;
 * each disagreement is reported with both verdicts. · I · commitmentAssessments vs COM-07, COM-05, milestone
 * statuses · [S:REAL §5][S:OGP-LOC inception and end-of-commitment forms]
 *
 * <p>Independent assessments are evidence (real-records.md §5): where an assessment of a commitment rates what a
 * Cocrea rule judges, the two are compared, and every disagreement is either a Cocrea rule to fix or an assessment
 * to question. The questions, each rating a subject of its own (the rating's pointer):
 *
 * <ul>
 *   <li><b>verifiable</b>: the assessment's {@code verifiable} against {@link Com07Verifiable#verifiable COM-07}
 *       (a milestone with a verifiable deliverable). MIL-01 is not compared: it asks every milestone for a
 *       deliverable and a means of verification, a finer question than whether the commitment can be verified;
 *   <li><b>relevance</b>: the OGP Local {@code relevantToOgpValues} (YES or NO; UNCLEAR is no verdict), else the
 *       IRM {@code openGovLens}, against {@link Com05OpenGovernmentValues#relevant COM-05} under the exercise's
 *       frameworks (components or OGP values). COM-06 (all five components, aspirational) is not relevance;
 *   <li><b>completion</b>: the {@code completion} level (NOT_STARTED, LIMITED, SUBSTANTIAL, COMPLETE; no evidence
 *       and withdrawn are no verdict) against the commitment's status from its milestones ({@link
 *       Analyses#commitmentStatus}) on the assessment's date (its last day, not after the as-of date; the as-of
 *       date when undated). COMPLETE agrees with COMPLETED only; NOT_STARTED with NOT_STARTED or LATE; LIMITED and
 *       SUBSTANTIAL with IN_PROGRESS or LATE (a late milestone may or may not have started).
 * </ul>
 *
 * <p>How Cocrea's verdict is read: this rule calls the per-commitment judgement of the rule that owns the question
 * ({@link Com07Verifiable#verifiable}, {@link Com05OpenGovernmentValues#relevant}, {@link Analyses#commitmentStatus}),
 * the same functions those rules judge by, instead of a stage after the rules that would read their findings: no
 * order between rules, and a passing subject (which reports do not list) counts as much as a failing one.
 * {@link #compare(RuleContext)} is the one definition of the comparison: this rule reports its disagreements, and
 * {@link org.cocrea.validation.CocreaValidator#compareAssessments} (which docs/precision.md's agreement figure uses)
 * lists every judgement.
 *
 * <p>Absence follows the rule that owns the question: milestones or tags recorded as none (a COMPLETE record) are
 * Cocrea's "no" (COM-07 and COM-05 fail), which disagrees with an assessment's "yes"; when Cocrea's verdict is not
 * recorded (milestones, tags or statuses absent from a PARTIAL record) there is no disagreement: the subject is
 * NOT_RECORDED, with the facts that would decide. An assessment that names no commitment
 * of the exercise, or rates nothing compared here, is not applicable. INFO (never an error nor a warning): a
 * disagreement is a question for the reader, not a failure of the exercise. The finding is at the assessment's
 * rating; its last argument is the commitment's pointer.
 */
public final class Eva09AssessmentDisagreement {

  /** The rule EVA-09, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("EVA-09").anyFramework().info()
      .source("[S:REAL §5][S:OGP-LOC inception and end-of-commitment forms]")
      .needs("plans[].evaluations[].commitmentAssessments[].verifiable",
          "plans[].evaluations[].commitmentAssessments[].relevantToOgpValues",
          "plans[].evaluations[].commitmentAssessments[].completion",
          "plans[].commitments[].milestones[].deliverable", "plans[].commitments[].milestones[].status",
          "plans[].commitments[].ogpValues",
          "plans[].commitments[].components")
      .whenAbsent(Absence.FAIL)
      .check(Eva09AssessmentDisagreement::check);

  private Eva09AssessmentDisagreement() {}

  /** One comparison and what its message needs. */
  private record Judged(AssessmentComparison comparison, Evaluation evaluation, CommitmentAssessment assessment,
      Optional<String> unrecorded, Optional<Day> on) {}

  /** The day statuses are read on, and how messages write it (the assessment's date as recorded, when it is that). */
  private record Day(LocalDate day, String text) {}

  /** A commitment of the exercise and its pointer. */
  private record Located(Commitment commitment, String pointer) {}

  /**
   * Every judgement of the exercise's commitment assessments compared with Cocrea's verdict on the same question, in
   * document order (plan, evaluation, assessment; verifiable, relevance, completion).
   *
   * @param ctx the context: exercise, frameworks, completeness, as-of date
   * @return the comparisons, never null
   */
  public static List<AssessmentComparison> compare(RuleContext ctx) {
    return judge(ctx).stream().map(Judged::comparison).toList();
  }

  private static void check(RuleContext ctx, Subjects subjects) {
    List<Judged> all = judge(ctx);
    if (all.isEmpty()) {
      subjects.notApplicable("");
      return;
    }
    for (Judged j : all) {
      AssessmentComparison c = j.comparison();
      String at = c.assessmentPointer();
      switch (c.agreement()) {
        case AGREE -> subjects.pass(at);
        case NOT_JUDGED -> {
          if (j.unrecorded().isPresent()) {
            subjects.notRecorded(at, j.unrecorded().get());
          } else {
            subjects.notApplicable(at);   // no such commitment, no milestones at all, or no date to read them on
          }
        }
        case DISAGREE -> report(ctx, subjects, j);
      }
    }
  }

  private static void report(RuleContext ctx, Subjects subjects, Judged j) {
    AssessmentComparison c = j.comparison();
    String who = describe(ctx, j.evaluation(), j.assessment());
    String commitment = Texts.commitment(ctx, c.commitmentId());   // «Compromiso 3: Título (c3)»
    String pointer = c.commitmentPointer().orElse("");
    Locale locale = Texts.locale(ctx);
    switch (c.dimension()) {
      case VERIFIABLE, RELEVANCE -> {
        String variant = (c.dimension() == Dimension.VERIFIABLE ? "verifiable" : "relevant")
            + (c.assessed().equals(YES) ? "" : "Not");
        subjects.failWith(c.assessmentPointer(), variant, who, commitment, pointer);
      }
      case COMPLETION -> subjects.failWith(c.assessmentPointer(), "completion", who, commitment,
          Completion.valueOf(c.assessed()).label(locale), j.on().map(Day::text).orElse(""),
          MilestoneStatus.valueOf(c.cocrea().orElseThrow()).label(locale), pointer);
    }
  }

  private static final String YES = "yes";
  private static final String NO = "no";

  private static List<Judged> judge(RuleContext ctx) {
    Map<String, Located> commitments = new HashMap<>();
    List<LocalActionPlan> plans = ctx.exercise().plans();
    for (int p = 0; p < plans.size(); p++) {
      List<Commitment> cs = plans.get(p).commitments();
      for (int i = 0; i < cs.size(); i++) {
        commitments.putIfAbsent(cs.get(i).id(), new Located(cs.get(i), "/plans/" + p + "/commitments/" + i));
      }
    }
    List<Judged> out = new ArrayList<>();
    for (int p = 0; p < plans.size(); p++) {
      List<Evaluation> evaluations = plans.get(p).evaluations();
      for (int e = 0; e < evaluations.size(); e++) {
        Evaluation ev = evaluations.get(e);
        for (int k = 0; k < ev.commitmentAssessments().size(); k++) {
          CommitmentAssessment ca = ev.commitmentAssessments().get(k);
          if (ca.commitmentId().isEmpty()) {
            continue;
          }
          String at = "/plans/" + p + "/evaluations/" + e + "/commitmentAssessments/" + k;
          Located c = commitments.get(ca.commitmentId().get());
          judge(ctx, ev, ca, at, c, out);
        }
      }
    }
    return out;
  }

  private static void judge(RuleContext ctx, Evaluation ev, CommitmentAssessment ca, String at, Located c,
      List<Judged> out) {
    String id = ca.commitmentId().orElseThrow();
    Optional<String> cp = Optional.ofNullable(c).map(Located::pointer);
    if (ca.verifiable().isPresent()) {
      Optional<Boolean> ours = c == null ? Optional.empty() : Com07Verifiable.verifiable(ctx, c.commitment());
      out.add(yesNo(ev, ca, id, cp, at + "/verifiable", Dimension.VERIFIABLE, ca.verifiable().get(), ours,
          cp.map(x -> x + "/milestones")));
    }
    Optional<Boolean> relevance = ca.relevantToOgpValues()
        .flatMap(v -> v == YesNoUnclear.UNCLEAR ? Optional.<Boolean>empty() : Optional.of(v == YesNoUnclear.YES));
    String relevanceAt = at + "/relevantToOgpValues";
    if (relevance.isEmpty() && ca.relevantToOgpValues().isEmpty()) {
      relevance = ca.openGovLens();
      relevanceAt = at + "/openGovLens";
    }
    if (relevance.isPresent()) {
      Optional<Boolean> ours = c == null ? Optional.empty() : Com05OpenGovernmentValues.relevant(ctx, c.commitment());
      out.add(yesNo(ev, ca, id, cp, relevanceAt, Dimension.RELEVANCE, relevance.get(), ours,
          cp.map(x -> x + "/ogpValues")));
    }
    Optional<Completion> level = ca.completion()
        .filter(x -> x != Completion.NO_EVIDENCE_AVAILABLE && x != Completion.WITHDRAWN);
    if (level.isPresent()) {
      Optional<Day> on = statusDate(ctx, ev, ca);
      boolean recorded = c == null || statusesRecorded(ctx, c.commitment());
      Optional<MilestoneStatus> ours = c == null || on.isEmpty() || !recorded ? Optional.empty()
          : Analyses.commitmentStatus(c.commitment(), on.get().day());
      Agreement agreement = ours.map(s -> compatible(level.get(), s) ? Agreement.AGREE : Agreement.DISAGREE)
          .orElse(Agreement.NOT_JUDGED);
      out.add(new Judged(new AssessmentComparison(id, cp, at + "/completion", Dimension.COMPLETION,
          level.get().name(), ours.map(Enum::name), agreement), ev, ca,
          recorded ? Optional.empty() : cp.map(x -> x + "/milestones"), on));
    }
  }

  private static Judged yesNo(Evaluation ev, CommitmentAssessment ca, String id, Optional<String> cp, String at,
      Dimension dimension, boolean theirs, Optional<Boolean> ours, Optional<String> facts) {
    Agreement agreement = ours.map(o -> o == theirs ? Agreement.AGREE : Agreement.DISAGREE)
        .orElse(Agreement.NOT_JUDGED);
    return new Judged(new AssessmentComparison(id, cp, at, dimension, theirs ? YES : NO,
        ours.map(o -> o ? YES : NO), agreement), ev, ca, ours.isEmpty() ? facts : Optional.empty(),
        Optional.empty());
  }

  /**
   * Whether the record holds the commitment's status: its milestones recorded in full, each with a status or a
   * completion date (or its status recorded as none in a COMPLETE record, which reads as not started). No milestones
   * in a COMPLETE record is recorded too: the commitment then has no status and the rating is not compared.
   */
  private static boolean statusesRecorded(RuleContext ctx, Commitment c) {
    if (!ctx.complete(c, "milestones")) {
      return false;
    }
    for (Milestone m : c.milestones()) {
      if (m.status().isEmpty() && m.completedOn().isEmpty() && !ctx.complete(m, "status")) {
        return false;
      }
    }
    return true;
  }

  /** The day the statuses are read on: the assessment's (else its evaluation's) last day, not after the as-of date. */
  private static Optional<Day> statusDate(RuleContext ctx, Evaluation ev, CommitmentAssessment ca) {
    Optional<PartialDate> dated = ca.date().or(ev::date);
    Optional<LocalDate> asOf = ctx.asOf();
    if (dated.isPresent() && (asOf.isEmpty() || !dated.get().latest().isAfter(asOf.get()))) {
      return Optional.of(new Day(dated.get().latest(), Dates.text(dated)));
    }
    return asOf.map(d -> new Day(d, d.toString()));
  }

  /** Whether a completion level and a commitment's status say the same (a late milestone may not have started). */
  private static boolean compatible(Completion level, MilestoneStatus status) {
    return switch (level) {
      case COMPLETE -> status == MilestoneStatus.COMPLETED;
      case NOT_STARTED -> status == MilestoneStatus.NOT_STARTED || status == MilestoneStatus.LATE;
      default -> status == MilestoneStatus.IN_PROGRESS || status == MilestoneStatus.LATE;
    };
  }

  /**
   * The assessment as messages name it: its kind, its report's title (else the evaluation's id), who assessed and
   * when, e.g. «La evaluación inicial «Inception Report» de Rolando Muzzin (2023)».
   */
  private static String describe(RuleContext ctx, Evaluation ev, CommitmentAssessment ca) {
    Locale locale = Texts.locale(ctx);
    String kind = ev.type().map(t -> t.label(locale)).orElseGet(() -> Texts.part(ctx, "EVA-09.part.evaluation"));
    kind = kind.substring(0, 1).toLowerCase(locale) + kind.substring(1);
    StringBuilder s = new StringBuilder(Texts.part(ctx, "EVA-09.part.assessment", kind, ev.title().orElse(ev.id())));
    List<String> names = new ArrayList<>();
    for (Assessor a : ca.assessors().isEmpty() ? ev.assessors() : ca.assessors()) {
      a.name().or(() -> a.organizationId().flatMap(o -> ctx.index().organization(o)).map(Regimes::label))
          .or(() -> a.personId().flatMap(o -> ctx.index().person(o)).flatMap(Person::name))
          .or(() -> a.organizationId().or(a::personId)).ifPresent(names::add);
    }
    if (names.isEmpty()) {
      ev.evaluatorId().map(o -> ctx.index().organization(o).map(Regimes::label).orElse(o)).ifPresent(names::add);
    }
    if (!names.isEmpty()) {
      s.append(Texts.part(ctx, "EVA-09.part.by", String.join(", ", names)));
    }
    Optional<PartialDate> date = ca.date().or(ev::date);
    if (date.isPresent()) {
      s.append(Texts.part(ctx, "EVA-09.part.on", Dates.text(date)));
    }
    return s.toString();
  }
}
