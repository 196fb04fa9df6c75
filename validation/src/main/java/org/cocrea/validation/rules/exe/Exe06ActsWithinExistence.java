package org.cocrea.validation.rules.exe;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cocrea.core.Assessor;
import org.cocrea.core.Commitment;
import org.cocrea.core.CommitmentAssessment;
import org.cocrea.core.Evaluation;
import org.cocrea.core.JointDeclaration;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.PartialDate;
import org.cocrea.core.Signatory;
import org.cocrea.core.StlMembership;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.Severity;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Regimes;
import org.cocrea.validation.rules.support.Regimes.Extinction;
import org.cocrea.validation.rules.support.Texts;

/**
 * EXE-06 · An organisation acts in the exercise only while it exists: no STL membership, signature, responsibility or
 * assessment by an organisation already extinguished, as its record says or, for INAI and the state's guarantor
 * body, as the 2025 reform's regime table says. · E · memberships, signatories, responsible institutions, evaluators
 * and assessors vs the organisations' extinction · [S:REFORM §2.1][S:DOF 2024-12-20][S:LGTAIP 2025-03-21]
 *
 * <p>An organisation is extinguished from its own {@link org.cocrea.core.Organization#extinguishedOn()} (format 1.1),
 * else, for INAI and the exercise's state's old guarantor body, from the regime table ({@link
 * org.cocrea.validation.ValidatorOptions#regimes()}). Where both give a date and they differ, the record's stands
 * ({@link Regimes#extinction}: the record is this organisation's own fact, the table a state-wide snapshot meant to be
 * corrected). The successor named is the record's ({@code successorIds}, {@code successorNames}), else the table's.
 *
 * <p>An act dated on or after the extinction is an ERROR that names the successor; a membership that began before and
 * runs past it (its end date, else the end of the exercise's last plan) is a WARNING (variant {@code continues})
 * naming the successor; an act whose date cannot be placed against the extinction (partial dates compared through
 * {@link org.cocrea.validation.rules.support.Dates#before}, or a state the table cannot place) is NOT_RECORDED. The
 * date of a membership is its start, else its STL's installation; of a responsibility, its commitment's start; of an
 * assessment, its own date, else its evaluation's; an act without a date is not judged.
 */
public final class Exe06ActsWithinExistence {

  /** The rule EXE-06, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("EXE-06").inaiLocal().error()
      .source("[S:REFORM §2.1][S:DOF 2024-12-20][S:LGTAIP 2025-03-21]")
      .needs("organizations[].extinguishedOn", "stls[].memberships[].startDate", "declarations[].signedOn",
          "plans[].evaluations[].date")
      .whenAbsent(Absence.NOT_RECORDED)
      .check(Exe06ActsWithinExistence::check);

  private Exe06ActsWithinExistence() {}

  private static void check(RuleContext ctx, Subjects s) {
    LocalExercise x = ctx.exercise();
    Map<String, Optional<Extinction>> known = new HashMap<>();
    boolean any = false;
    for (int i = 0; i < x.stls().size(); i++) {
      LocalTechnicalSecretariat stl = x.stls().get(i);
      for (int j = 0; j < stl.memberships().size(); j++) {
        StlMembership m = stl.memberships().get(j);
        Optional<Extinction> body = extinct(ctx, known, m.organizationId());
        if (body.isEmpty()) {
          continue;
        }
        any = true;
        String at = "/stls/" + i + "/memberships/" + j;
        String name = Texts.name(ctx, at, m.id(), Optional.empty());
        Optional<PartialDate> start = m.startDate().or(stl::installedOn);
        if (judge(ctx, s, body.get(), start, at, at + "/startDate", "message", name)) {
          Optional<PartialDate> end = Regimes.recordedEnd(ctx, m);
          boolean past = end.flatMap(d -> body.get().existedOn(ctx, d)).map(existed -> !existed).orElse(false);
          if (past) {
            s.failAs(Severity.WARNING, at, "continues", name, body.get().label(), end.get(),
                body.get().dateText(), successor(ctx, body.get(), "continuesSuccessor"), reform(ctx, body.get()));
          } else {
            s.pass(at);
          }
        }
      }
    }
    for (int i = 0; i < x.declarations().size(); i++) {
      JointDeclaration d = x.declarations().get(i);
      for (int j = 0; j < d.signatories().size(); j++) {
        Signatory sig = d.signatories().get(j);
        Optional<Extinction> body = extinct(ctx, known, sig.organizationId());
        if (body.isPresent()) {
          any = true;
          String at = "/declarations/" + i + "/signatories/" + j;
          String name = Texts.name(ctx, "/declarations/" + i, d.id(), Optional.empty());
          if (judge(ctx, s, body.get(), d.signedOn(), at, "/declarations/" + i + "/signedOn", "signature", name)) {
            s.pass(at);
          }
        }
      }
    }
    for (int i = 0; i < x.plans().size(); i++) {
      LocalActionPlan plan = x.plans().get(i);
      for (int j = 0; j < plan.evaluations().size(); j++) {
        Evaluation e = plan.evaluations().get(j);
        String at = "/plans/" + i + "/evaluations/" + j;
        String name = Texts.name(ctx, at, e.id(), e.title());
        Optional<Extinction> body = extinct(ctx, known, e.evaluatorId());
        if (body.isPresent()) {
          any = true;
          if (judge(ctx, s, body.get(), e.date(), at, at + "/date", "assessment", name)) {
            s.pass(at);
          }
        }
        any |= assessors(ctx, known, s, e.assessors(), e.evaluatorId(), e.date(), at, at + "/date", name);
        for (int k = 0; k < e.commitmentAssessments().size(); k++) {
          CommitmentAssessment ca = e.commitmentAssessments().get(k);
          String caAt = at + "/commitmentAssessments/" + k;
          String datePointer = ca.date().isPresent() ? caAt + "/date" : at + "/date";
          any |= assessors(ctx, known, s, ca.assessors(), e.evaluatorId(), ca.date().or(e::date), caAt, datePointer,
              name);
        }
      }
      for (int k = 0; k < plan.commitments().size(); k++) {
        Commitment c = plan.commitments().get(k);
        List<String> responsible = c.responsibleInstitutionIds();
        for (int r = 0; r < responsible.size(); r++) {
          Optional<Extinction> body = extinct(ctx, known, Optional.of(responsible.get(r)));
          if (body.isPresent()) {
            any = true;
            String cAt = "/plans/" + i + "/commitments/" + k;
            String at = cAt + "/responsibleInstitutionIds/" + r;
            if (judge(ctx, s, body.get(), c.startDate(), at, cAt + "/startDate", "responsibility",
                Texts.name(ctx, cAt, c.id(), c.title()))) {
              s.pass(at);
            }
          }
        }
      }
    }
    if (!any) {
      s.notApplicable("");
    }
  }

  /** Judges the assessors with a record of an evaluation or a commitment assessment; whether any was extinct. */
  private static boolean assessors(RuleContext ctx, Map<String, Optional<Extinction>> known, Subjects s,
      List<Assessor> assessors, Optional<String> evaluatorId, Optional<PartialDate> date, String at,
      String datePointer, String evaluation) {
    boolean any = false;
    for (int a = 0; a < assessors.size(); a++) {
      Optional<String> org = assessors.get(a).organizationId();
      if (org.isEmpty() || org.equals(evaluatorId)) {
        continue;   // the evaluator is judged once, as the evaluation's
      }
      Optional<Extinction> body = extinct(ctx, known, org);
      if (body.isPresent()) {
        any = true;
        String assessorAt = at + "/assessors/" + a;
        if (judge(ctx, s, body.get(), date, assessorAt, datePointer, "assessment", evaluation)) {
          s.pass(assessorAt);
        }
      }
    }
    return any;
  }

  /**
   * Judges an act on a date: fails it (ERROR) when the organisation no longer existed, says NOT_RECORDED when its
   * date cannot be placed; returns whether the act fell within the organisation's existence (or has no date), for
   * the caller to go on.
   */
  private static boolean judge(RuleContext ctx, Subjects s, Extinction body, Optional<PartialDate> date, String at,
      String datePointer, String variant, String subject) {
    if (date.isEmpty()) {
      return true;
    }
    Optional<Boolean> existed = body.existedOn(ctx, date.get());
    if (existed.isEmpty()) {
      Regimes.notRecorded(s, at, datePointer);
      return false;
    }
    if (!existed.get()) {
      s.failWith(at, variant, subject, body.label(), date.get(), body.dateText(), successor(ctx, body, "successor"),
          reform(ctx, body));
      return false;
    }
    return true;
  }

  /** The clause that names the successor, or says it is not recorded. */
  private static String successor(RuleContext ctx, Extinction body, String part) {
    return body.successor().map(name -> Texts.part(ctx, "EXE-06.part." + part, name))
        .orElseGet(() -> Texts.part(ctx, "EXE-06.part.noSuccessor"));
  }

  /** The clause that says the 2025 reform extinguished it (INAI, the state's old body), else nothing. */
  private static String reform(RuleContext ctx, Extinction body) {
    return body.row().isPresent() ? Texts.part(ctx, "EXE-06.part.reform") : "";
  }

  /**
   * The extinction of the organisation an act names, if any: worked out once per organisation of the check and kept
   * in {@code known}, since one organisation acts many times (each commitment it is responsible for, each assessment).
   */
  private static Optional<Extinction> extinct(RuleContext ctx, Map<String, Optional<Extinction>> known,
      Optional<String> organizationId) {
    return organizationId.flatMap(id -> known.computeIfAbsent(id,
        k -> ctx.index().organization(k).flatMap(o -> Regimes.extinction(ctx, o))));
  }
}
