package org.cocrea.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.cocrea.core.Budget;
import org.cocrea.core.Commitment;
import org.cocrea.core.CommitmentChange;
import org.cocrea.core.ExerciseIndex;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.Milestone;
import org.cocrea.core.OgpValue;
import org.cocrea.core.OpenGovComponent;
import org.cocrea.core.Proposal;
import org.cocrea.core.Resolution;
import org.cocrea.core.Sector;

/**
 * The COM rules of the catalogue (methodology.md section 4.6): the design of each commitment. The subject of every
 * rule is the commitment ({@code /plans/i/commitments/j}), except COM-14, whose subject is each recorded
 * modification. An exercise without plans, or a plan without commitments, is not applicable.
 *
 * <p>Text attributes count only when they are not blank. Public institutions (COM-03) are organisations in the
 * government seat sectors of the options or in the guarantor, autonomous or national-guarantor sectors; social
 * co-responsibles (COM-04) are organisations in the societal sectors (civil society, academia, private sector,
 * media, religious) not counted as government. An organisation whose sector is unknown is given the benefit of the
 * doubt (dangling ids are REF-01's business).
 */
final class ComRules {

  /** The three core OGP values; technology and innovation counts only in addition to one of them [S:OGP-GL]. */
  static final Set<OgpValue> CORE_VALUES = EnumSet.of(
      OgpValue.ACCESS_TO_INFORMATION, OgpValue.CIVIC_PARTICIPATION, OgpValue.PUBLIC_ACCOUNTABILITY);

  /** Sectors of public bodies besides the government seat sectors of the options. */
  static final Set<Sector> PUBLIC_BODIES = EnumSet.of(
      Sector.GOVERNMENT, Sector.GUARANTOR_BODY, Sector.AUTONOMOUS_BODY, Sector.NATIONAL_GUARANTOR);

  /**
   * COM-01 · Commitment states a public problem (non-empty; causes/effects recommended). · E · problem · [S:KIT5
   * Específicos][S:KIT3][S:OGP-TPL].
   */
  static final Rule COM_01 = Rule.define("COM-01").error()
      .source("[S:KIT5 Específicos][S:KIT3][S:OGP-TPL]")
      .check((ctx, s) -> requireText(ctx, s, Commitment::problem));

  /** COM-02 · Commitment states a clear objective. · E · objective · [S:KIT5][S:KIT3]. */
  static final Rule COM_02 = Rule.define("COM-02").error()
      .source("[S:KIT5][S:KIT3]")
      .check((ctx, s) -> requireText(ctx, s, Commitment::objective));

  /**
   * COM-03 · ≥1 responsible government institution (imputable). · E · responsibleInstitutions · [S:KIT5
   * Imputables][S:OGP-TPL lead agency].
   */
  static final Rule COM_03 = Rule.define("COM-03").error()
      .source("[S:KIT5 Imputables][S:OGP-TPL lead agency]")
      .check(ComRules::com03);

  /** COM-04 · ≥1 co-responsible CSO ("responsable social"). · W · coResponsibleCsos · [S:KIT3][S:TAB]. */
  static final Rule COM_04 = Rule.define("COM-04").warning()
      .source("[S:KIT3][S:TAB]")
      .check(ComRules::com04);

  /**
   * COM-05 · Commitment tagged with ≥1 INAI component AND ≥1 core OGP value (transparency, participation,
   * accountability); tech/innovation alone fails. · E · components, ogpValues · [S:KIT5 Relevantes][S:OGP-GL
   * relevance][S:IRM-STAR].
   */
  static final Rule COM_05 = Rule.define("COM-05").error()
      .source("[S:KIT5 Relevantes][S:OGP-GL relevance][S:IRM-STAR]")
      .check(ComRules::com05);

  /**
   * COM-06 · Commitment addresses all five INAI components simultaneously (aspirational). · W · components · [S:KIT5
   * "incorporando simultáneamente"].
   */
  static final Rule COM_06 = Rule.define("COM-06").warning()
      .source("[S:KIT5 \"incorporando simultáneamente\"]")
      .check(ComRules::com06);

  /**
   * COM-07 · Verifiable: ≥1 milestone with an objectively verifiable deliverable. · E · milestones.deliverable ·
   * [S:OGP-GL verifiability][S:KIT5 Medible].
   */
  static final Rule COM_07 = Rule.define("COM-07").error()
      .source("[S:OGP-GL verifiability][S:KIT5 Medible]")
      .check(ComRules::com07);

  /**
   * COM-08 · Time-bound: start/end dates present and inside the PAL period. · E · dates · [S:KIT5 Acotados en el
   * tiempo][S:OGP-TPL]. Also start ≤ end; the period bounds that the plan does not record are not checked.
   */
  static final Rule COM_08 = Rule.define("COM-08").error()
      .source("[S:KIT5 Acotados en el tiempo][S:OGP-TPL]")
      .check(ComRules::com08);

  /** COM-09 · Explains how it contributes to solving the problem. · W · contributionToProblem · [S:OGP-TPL][S:OGP-MX]. */
  static final Rule COM_09 = Rule.define("COM-09").warning()
      .source("[S:OGP-TPL][S:OGP-MX]")
      .check((ctx, s) -> requireText(ctx, s, Commitment::contributionToProblem));

  /** COM-10 · Records baseline/status quo. · W · statusQuo · [S:OGP-TPL][S:OGP-MX]. */
  static final Rule COM_10 = Rule.define("COM-10").warning()
      .source("[S:OGP-TPL][S:OGP-MX]")
      .check((ctx, s) -> requireText(ctx, s, Commitment::statusQuo));

  /**
   * COM-11 · Budget amount recorded or explicitly marked "no specific budget". · W · budget · [S:OGP-TPL optional
   * "commitment budget"].
   */
  static final Rule COM_11 = Rule.define("COM-11").warning()
      .source("[S:OGP-TPL optional \"commitment budget\"]")
      .check(ComRules::com11);

  /**
   * COM-12 · Not a mere continuation of existing legal practice (else potential-for-results = UNCLEAR). · W ·
   * continuesExistingPractice · [S:OGP-GL ambition "Unclear"]. Not applicable when the flag is not recorded.
   */
  static final Rule COM_12 = Rule.define("COM-12").warning()
      .source("[S:OGP-GL ambition \"Unclear\"]")
      .check(ComRules::com12);

  /**
   * COM-13 · Traceable to ≥1 proposal from the tables. · W · originProposals · [S:KIT5 commitments must embody
   * citizen preferences][S:JAL Milenio "surgieron de parte de la sociedad"]. At least one origin id must name a
   * recorded proposal.
   */
  static final Rule COM_13 = Rule.define("COM-13").warning()
      .source("[S:KIT5 commitments must embody citizen preferences][S:JAL Milenio \"surgieron de parte de la "
          + "sociedad\"]")
      .check(ComRules::com13);

  /**
   * COM-14 · Changes to scope/dates are recorded with reason and STL approval. · W · modifications · [S:OGP-LOC
   * §3.2.1.3 heading][P]. Subject: each recorded modification; its approval must name a recorded STL resolution.
   * A commitment without modifications is not applicable.
   */
  static final Rule COM_14 = Rule.define("COM-14").warning()
      .source("[S:OGP-LOC §3.2.1.3 heading][P]")
      .check(ComRules::com14);

  private ComRules() {}

  static List<Rule> all() {
    return List.of(COM_01, COM_02, COM_03, COM_04, COM_05, COM_06, COM_07, COM_08, COM_09, COM_10, COM_11, COM_12,
        COM_13, COM_14);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Checks

  private static void requireText(RuleContext ctx, Subjects subjects,
      Function<Commitment, Optional<String>> text) {
    forEachCommitment(ctx.exercise(), subjects, (plan, c, ptr) ->
        subjects.check(present(text.apply(c)), ptr, label(c)));
  }

  private static void com03(RuleContext ctx, Subjects subjects) {
    Set<Sector> publicSectors = EnumSet.copyOf(PUBLIC_BODIES);
    publicSectors.addAll(ctx.options().governmentSeatSectors());
    forEachCommitment(ctx.exercise(), subjects, (plan, c, ptr) -> {
      List<String> ids = c.responsibleInstitutionIds();
      if (ids.isEmpty()) {
        subjects.failWith(ptr, "none", label(c));
      } else if (ids.stream().anyMatch(id -> StlRules.organizationSector(ctx, id).map(publicSectors::contains)
          .orElse(true))) {
        subjects.pass(ptr);
      } else {
        subjects.failWith(ptr + "/responsibleInstitutionIds", "notPublic", label(c), String.join(", ", ids));
      }
    });
  }

  private static void com04(RuleContext ctx, Subjects subjects) {
    Set<Sector> societal = EnumSet.copyOf(CoRules.SOCIETAL);
    societal.removeAll(ctx.options().governmentSeatSectors());
    forEachCommitment(ctx.exercise(), subjects, (plan, c, ptr) -> {
      List<String> ids = c.coResponsibleCsoIds();
      if (ids.isEmpty()) {
        subjects.failWith(ptr, "none", label(c));
      } else if (ids.stream().anyMatch(id -> StlRules.organizationSector(ctx, id).map(societal::contains)
          .orElse(true))) {
        subjects.pass(ptr);
      } else {
        subjects.failWith(ptr + "/coResponsibleCsoIds", "notSocietal", label(c), String.join(", ", ids));
      }
    });
  }

  private static void com05(RuleContext ctx, Subjects subjects) {
    forEachCommitment(ctx.exercise(), subjects, (plan, c, ptr) -> {
      boolean component = !c.components().isEmpty();
      boolean core = c.ogpValues().stream().anyMatch(CORE_VALUES::contains);
      if (component && core) {
        subjects.pass(ptr);
      } else if (!component && !core) {
        subjects.failWith(ptr, "neither", label(c));
      } else if (!component) {
        subjects.failWith(ptr, "noComponent", label(c));
      } else if (c.ogpValues().isEmpty()) {
        subjects.failWith(ptr, "noValue", label(c));
      } else {
        subjects.failWith(ptr + "/ogpValues", "techOnly", label(c));
      }
    });
  }

  private static void com06(RuleContext ctx, Subjects subjects) {
    Locale locale = ctx.options().locale();
    forEachCommitment(ctx.exercise(), subjects, (plan, c, ptr) -> {
      Set<OpenGovComponent> missing = EnumSet.allOf(OpenGovComponent.class);
      missing.removeAll(c.components());
      String at = c.components().isEmpty() ? ptr : ptr + "/components";
      subjects.check(missing.isEmpty(), at, label(c),
          String.join(", ", missing.stream().map(m -> m.label(locale)).toList()));
    });
  }

  private static void com07(RuleContext ctx, Subjects subjects) {
    forEachCommitment(ctx.exercise(), subjects, (plan, c, ptr) -> {
      if (c.milestones().isEmpty()) {
        subjects.failWith(ptr, "noMilestones", label(c));
      } else {
        boolean verifiable = c.milestones().stream().map(Milestone::deliverable).anyMatch(ComRules::present);
        subjects.check(verifiable, ptr + "/milestones", label(c), c.milestones().size());
      }
    });
  }

  private static void com08(RuleContext ctx, Subjects subjects) {
    forEachCommitment(ctx.exercise(), subjects, (plan, c, ptr) -> {
      Optional<LocalDate> start = c.startDate();
      Optional<LocalDate> end = c.endDate();
      Optional<LocalDate> periodStart = plan.periodStart();
      Optional<LocalDate> periodEnd = plan.periodEnd();
      if (start.isEmpty() || end.isEmpty()) {
        List<String> parts = new ArrayList<>();
        start.ifPresentOrElse(d -> { }, () -> parts.add(StlRules.part(ctx, "COM-08.part.startDate")));
        end.ifPresentOrElse(d -> { }, () -> parts.add(StlRules.part(ctx, "COM-08.part.endDate")));
        String missing = String.join(", ", parts);
        subjects.failWith(ptr, "missing", label(c), missing);
      } else if (end.get().isBefore(start.get())) {
        subjects.failWith(ptr + "/endDate", "order", label(c), start.get(), end.get());
      } else if (periodStart.isPresent() && start.get().isBefore(periodStart.get())) {
        subjects.fail(ptr + "/startDate", label(c), start.get(), end.get(), text(periodStart), text(periodEnd));
      } else if (periodEnd.isPresent() && end.get().isAfter(periodEnd.get())) {
        subjects.fail(ptr + "/endDate", label(c), start.get(), end.get(), text(periodStart), text(periodEnd));
      } else {
        subjects.pass(ptr);
      }
    });
  }

  private static void com11(RuleContext ctx, Subjects subjects) {
    forEachCommitment(ctx.exercise(), subjects, (plan, c, ptr) -> {
      Optional<Budget> b = c.budget();
      boolean ok = b.map(v -> v.amount().isPresent() || v.noSpecificBudget().orElse(false)).orElse(false);
      subjects.check(ok, b.isPresent() ? ptr + "/budget" : ptr, label(c));
    });
  }

  private static void com12(RuleContext ctx, Subjects subjects) {
    forEachCommitment(ctx.exercise(), subjects, (plan, c, ptr) -> {
      if (c.continuesExistingPractice().isEmpty()) {
        subjects.notApplicable(ptr);
      } else {
        subjects.check(!c.continuesExistingPractice().get(), ptr + "/continuesExistingPractice", label(c));
      }
    });
  }

  private static void com13(RuleContext ctx, Subjects subjects) {
    ExerciseIndex index = ctx.index();
    forEachCommitment(ctx.exercise(), subjects, (plan, c, ptr) -> {
      List<String> ids = c.originProposalIds();
      if (ids.isEmpty()) {
        subjects.fail(ptr, label(c));
      } else if (ids.stream().anyMatch(id -> index.find(Proposal.class, id).isPresent())) {
        subjects.pass(ptr);
      } else {
        subjects.failWith(ptr + "/originProposalIds", "unresolved", label(c), String.join(", ", ids));
      }
    });
  }

  private static void com14(RuleContext ctx, Subjects subjects) {
    ExerciseIndex index = ctx.index();
    forEachCommitment(ctx.exercise(), subjects, (plan, c, ptr) -> {
      List<CommitmentChange> changes = c.modifications();
      if (changes.isEmpty()) {
        subjects.notApplicable(ptr);
        return;
      }
      for (int k = 0; k < changes.size(); k++) {
        CommitmentChange change = changes.get(k);
        String at = ptr + "/modifications/" + k;
        String date = text(change.date());
        boolean reason = present(change.reason());
        boolean approved = change.approvedByResolutionId()
            .flatMap(id -> index.find(Resolution.class, id)).isPresent();
        if (reason && approved) {
          subjects.pass(at);
        } else if (!reason && !approved) {
          subjects.failWith(at, "neither", label(c), date);
        } else if (!reason) {
          subjects.failWith(at, "noReason", label(c), date);
        } else {
          subjects.failWith(at, "noApproval", label(c), date);
        }
      }
    });
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Helpers

  /** A commitment, its plan and its pointer. */
  @FunctionalInterface
  private interface CommitmentCheck {
    void apply(LocalActionPlan plan, Commitment commitment, String pointer);
  }

  /** Runs a check on every commitment; no plans, or a plan without commitments, is not applicable. */
  private static void forEachCommitment(LocalExercise x, Subjects subjects, CommitmentCheck check) {
    if (x.plans().isEmpty()) {
      subjects.notApplicable("");
      return;
    }
    for (int i = 0; i < x.plans().size(); i++) {
      LocalActionPlan plan = x.plans().get(i);
      if (plan.commitments().isEmpty()) {
        subjects.notApplicable("/plans/" + i);
      }
      for (int j = 0; j < plan.commitments().size(); j++) {
        check.apply(plan, plan.commitments().get(j), "/plans/" + i + "/commitments/" + j);
      }
    }
  }

  /** How a message names a commitment: its id. */
  private static String label(Commitment c) {
    return c.id();
  }

  private static boolean present(Optional<String> s) {
    return s.filter(v -> !v.isBlank()).isPresent();
  }

  private static String text(Optional<LocalDate> date) {
    return date.map(String::valueOf).orElse("—");
  }
}
