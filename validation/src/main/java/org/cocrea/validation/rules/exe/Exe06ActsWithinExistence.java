package org.cocrea.validation.rules.exe;

import java.util.List;
import java.util.Optional;
import org.cocrea.core.Commitment;
import org.cocrea.core.Evaluation;
import org.cocrea.core.JointDeclaration;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Organization;
import org.cocrea.core.Signatory;
import org.cocrea.core.StlMembership;
import org.cocrea.core.PartialDate;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.Severity;
import org.cocrea.validation.regime.GuarantorRegime;
import org.cocrea.validation.regime.StateRegime;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Regimes;

/**
 * EXE-06 · An organisation acts in the exercise only while it exists: no STL membership, signature, responsibility or
 * assessment by a guarantor body the 2025 reform had extinguished. · E · memberships, signatories, responsible
 * institutions, evaluators vs the regime table · [S:REFORM §2.1][S:DOF 2024-12-20][S:LGTAIP 2025-03-21]
 *
 * <p>The extinct bodies are INAI and the exercise's state's old guarantor body, as the regime table names them
 * ({@link org.cocrea.validation.ValidatorOptions#regimes()}): an act dated on or after the body's extinction is an
 * ERROR that names the successor; a membership that began before and runs past it (its end date, else the end of
 * the exercise's last plan) is a WARNING (variant {@code continues}) naming the successor; an act the table cannot place is NOT_RECORDED.
 * The date of a membership is its start, else its STL's installation; of a responsibility, its commitment's start;
 * an act without a date is not judged.
 */
public final class Exe06ActsWithinExistence {

  /** The rule EXE-06, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("EXE-06").inaiLocal().error()
      .source("[S:REFORM §2.1][S:DOF 2024-12-20][S:LGTAIP 2025-03-21]")
      .needs("stls[].memberships[].startDate", "declarations[].signedOn", "plans[].evaluations[].date")
      .whenAbsent(Absence.NOT_RECORDED)
      .check(Exe06ActsWithinExistence::check);

  private Exe06ActsWithinExistence() {}

  private static void check(RuleContext ctx, Subjects s) {
    LocalExercise x = ctx.exercise();
    boolean any = false;
    for (int i = 0; i < x.stls().size(); i++) {
      LocalTechnicalSecretariat stl = x.stls().get(i);
      for (int j = 0; j < stl.memberships().size(); j++) {
        StlMembership m = stl.memberships().get(j);
        Optional<Extinct> body = extinct(ctx, m.organizationId());
        if (body.isEmpty()) {
          continue;
        }
        any = true;
        String at = "/stls/" + i + "/memberships/" + j;
        Optional<PartialDate> start = m.startDate().or(stl::installedOn);
        if (judge(ctx, s, body.get(), start, at, at + "/startDate", "message", m.id())) {
          Optional<PartialDate> end = Regimes.recordedEnd(ctx, m);
          GuarantorRegime then = end.map(d -> Regimes.bodyOn(ctx, body.get().row(), d))
              .orElse(GuarantorRegime.AUTONOMOUS_BODY);
          if (then == GuarantorRegime.SUCCESSOR_AUTHORITY) {
            s.failAs(Severity.WARNING, at, "continues", m.id(), body.get().label(), end.get(),
                Regimes.changeText(body.get().row()), body.get().row().successorOrDash());
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
        Optional<Extinct> body = extinct(ctx, sig.organizationId());
        if (body.isPresent()) {
          any = true;
          String at = "/declarations/" + i + "/signatories/" + j;
          if (judge(ctx, s, body.get(), d.signedOn(), at, "/declarations/" + i + "/signedOn", "signature", d.id())) {
            s.pass(at);
          }
        }
      }
    }
    for (int i = 0; i < x.plans().size(); i++) {
      LocalActionPlan plan = x.plans().get(i);
      for (int j = 0; j < plan.evaluations().size(); j++) {
        Evaluation e = plan.evaluations().get(j);
        Optional<Extinct> body = extinct(ctx, e.evaluatorId());
        if (body.isPresent()) {
          any = true;
          String at = "/plans/" + i + "/evaluations/" + j;
          if (judge(ctx, s, body.get(), e.date(), at, at + "/date", "assessment", e.id())) {
            s.pass(at);
          }
        }
      }
      for (int k = 0; k < plan.commitments().size(); k++) {
        Commitment c = plan.commitments().get(k);
        List<String> responsible = c.responsibleInstitutionIds();
        for (int r = 0; r < responsible.size(); r++) {
          Optional<Extinct> body = extinct(ctx, Optional.of(responsible.get(r)));
          if (body.isPresent()) {
            any = true;
            String at = "/plans/" + i + "/commitments/" + k + "/responsibleInstitutionIds/" + r;
            if (judge(ctx, s, body.get(), c.startDate(), at,
                "/plans/" + i + "/commitments/" + k + "/startDate", "responsibility", c.id())) {
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

  /**
   * Judges an act on a date: fails it (ERROR) when the body no longer existed, says NOT_RECORDED when the table cannot
   * tell; returns whether the act fell within the body's existence (or has no date), for the caller to go on.
   */
  private static boolean judge(RuleContext ctx, Subjects s, Extinct body, Optional<PartialDate> date, String at,
      String datePointer, String variant, String subject) {
    if (date.isEmpty()) {
      return true;
    }
    GuarantorRegime regime = Regimes.bodyOn(ctx, body.row(), date.get());
    if (regime == GuarantorRegime.SUCCESSOR_AUTHORITY) {
      s.failWith(at, variant, subject, body.label(), date.get(), Regimes.changeText(body.row()),
          body.row().successorOrDash());
      return false;
    }
    if (regime == GuarantorRegime.UNKNOWN) {
      Regimes.notRecorded(s, at, datePointer);
      return false;
    }
    return true;
  }

  private static Optional<Extinct> extinct(RuleContext ctx, Optional<String> organizationId) {
    return organizationId.flatMap(id -> ctx.index().organization(id))
        .flatMap(o -> Regimes.extinctBodyRow(ctx, o).map(row -> new Extinct(o, row)));
  }

  /** An organisation that the regime table says was extinguished, with its row. */
  private record Extinct(Organization organization, StateRegime row) {
    String label() {
      return Regimes.label(organization);
    }
  }
}
