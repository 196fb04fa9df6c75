package org.cocrea.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cocrea.core.Commitment;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.Milestone;
import org.cocrea.core.Responsible;

/**
 * The MIL rules of the catalogue (methodology.md section 4.6): every milestone of every commitment is verifiable
 * (deliverable and means of verification), dated inside its commitment's period, has a responsible, milestones are
 * spread over the commitment's semesters and their weights add up to 100%.
 *
 * <p>Subjects are milestones ({@code /plans/0/commitments/2/milestones/1}) for MIL-01..03 and commitments for
 * MIL-04/05; an exercise without plans, commitments or milestones leaves every MIL rule NOT_APPLICABLE.
 */
final class MilRules {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * MIL-01 · Every milestone has a deliverable and a means of verification. · E · deliverable, verificationMeans ·
   * [S:TAB][S:OGP-GL]
   */
  static final Rule MIL_01 = Rule.define("MIL-01").error()
      .source("[S:TAB][S:OGP-GL]")
      .check(MilRules::mil01);

  /**
   * MIL-02 · Every milestone has a due date inside its commitment's period (start ≤ due). · E · dates ·
   * [S:TAB step "ends"][S:OGP-TPL]
   *
   * <p>The period is the commitment's start and end dates; a bound the commitment does not state is taken from its
   * plan's period (methodology.md section 3: all milestone dates lie within the PAL period). A milestone's own start
   * date, when given, must not come after its due date.
   */
  static final Rule MIL_02 = Rule.define("MIL-02").error()
      .source("[S:TAB step \"ends\"][S:OGP-TPL]")
      .check(MilRules::mil02);

  /**
   * MIL-03 · Every milestone names ≥1 responsible (government and/or CSO side). · W · responsibles · [S:TAB]
   *
   * <p>A responsible counts when it names an organisation.
   */
  static final Rule MIL_03 = Rule.define("MIL-03").warning()
      .source("[S:TAB]")
      .check(MilRules::mil03);

  /**
   * MIL-04 · Milestones are spread so that each 6-month window of the commitment has ≥1 due milestone. · W · due
   * dates · [S:TAB semestral goals]; generalisation [P]
   *
   * <p>Windows are consecutive spans of {@code windowMonths} [P] months from the commitment's start date; the last
   * one ends at the commitment's end date. Commitments without both dates, or without any dated milestone (MIL-02
   * and COM-07 report those), are not applicable.
   */
  static final Rule MIL_04 = Rule.define("MIL-04").warning()
      .source("[S:TAB semestral goals]; generalisation [P]")
      .threshold("windowMonths", 6)
      .check(MilRules::mil04);

  /**
   * MIL-05 · Milestone weights (if used) sum to 100% per commitment. · W · weight · [S:TAB ponderador][P]
   *
   * <p>Applies to commitments where at least one milestone has a weight; then every milestone must have one and the
   * sum must be 100 within {@code tolerance} [P] percentage points (rounded thirds such as 33.33 add up to 99.99).
   */
  static final Rule MIL_05 = Rule.define("MIL-05").warning()
      .source("[S:TAB ponderador][P]")
      .threshold("tolerance", new BigDecimal("0.1"))
      .check(MilRules::mil05);

  private MilRules() {}

  static List<Rule> all() {
    return List.of(MIL_01, MIL_02, MIL_03, MIL_04, MIL_05);
  }

  private static void mil01(RuleContext ctx, Subjects subjects) {
    forEachMilestone(ctx, (plan, commitment, milestone, pointer) -> {
      boolean deliverable = present(milestone.deliverable());
      boolean means = present(milestone.verificationMeans());
      if (deliverable && means) {
        subjects.pass(pointer);
      } else if (!deliverable && !means) {
        subjects.fail(pointer, milestone.id());
      } else if (!deliverable) {
        subjects.failWith(pointer, "noDeliverable", milestone.id());
      } else {
        subjects.failWith(pointer, "noVerificationMeans", milestone.id());
      }
    });
  }

  private static void mil02(RuleContext ctx, Subjects subjects) {
    forEachMilestone(ctx, (plan, commitment, milestone, pointer) -> {
      if (milestone.dueDate().isEmpty()) {
        subjects.fail(pointer, milestone.id());
        return;
      }
      LocalDate due = milestone.dueDate().get();
      Optional<LocalDate> start = commitment.startDate().or(plan::periodStart);
      Optional<LocalDate> end = commitment.endDate().or(plan::periodEnd);
      if (start.isPresent() && due.isBefore(start.get())) {
        subjects.failWith(pointer + "/dueDate", "beforeStart", milestone.id(), due, start.get());
      } else if (end.isPresent() && due.isAfter(end.get())) {
        subjects.failWith(pointer + "/dueDate", "afterEnd", milestone.id(), due, end.get());
      } else if (milestone.startDate().isPresent() && milestone.startDate().get().isAfter(due)) {
        subjects.failWith(pointer + "/startDate", "startAfterDue", milestone.id(), milestone.startDate().get(), due);
      } else {
        subjects.pass(pointer);
      }
    });
  }

  private static void mil03(RuleContext ctx, Subjects subjects) {
    forEachMilestone(ctx, (plan, commitment, milestone, pointer) -> {
      boolean named = milestone.responsibles().stream().map(Responsible::organizationId).anyMatch(Optional::isPresent);
      subjects.check(named, pointer, milestone.id());
    });
  }

  private static void mil04(RuleContext ctx, Subjects subjects) {
    int months = Math.max(1, ctx.intThreshold("windowMonths"));
    forEachCommitment(ctx, (plan, commitment, pointer) -> {
      List<LocalDate> dues = commitment.milestones().stream()
          .map(Milestone::dueDate).flatMap(Optional::stream).toList();
      if (commitment.startDate().isEmpty() || commitment.endDate().isEmpty() || dues.isEmpty()
          || commitment.endDate().get().isBefore(commitment.startDate().get())) {
        subjects.notApplicable(pointer);
        return;
      }
      LocalDate start = commitment.startDate().get();
      LocalDate end = commitment.endDate().get();
      int windows = 0;
      while (!start.plusMonths((long) windows * months).isAfter(end)) {
        windows++;
      }
      boolean[] covered = new boolean[windows];
      for (LocalDate due : dues) {
        if (!due.isBefore(start) && !due.isAfter(end)) {
          int w = (int) Math.min(windows - 1, ChronoUnit.MONTHS.between(start, due) / months);
          while (w > 0 && due.isBefore(start.plusMonths((long) w * months))) {
            w--;
          }
          while (w + 1 < windows && !due.isBefore(start.plusMonths((long) (w + 1) * months))) {
            w++;
          }
          covered[w] = true;
        }
      }
      List<Integer> empty = new ArrayList<>();
      for (int w = 0; w < windows; w++) {
        if (!covered[w]) {
          empty.add(w);
        }
      }
      if (empty.isEmpty()) {
        subjects.pass(pointer);
      } else {
        int first = empty.get(0);
        LocalDate from = start.plusMonths((long) first * months);
        LocalDate next = start.plusMonths((long) (first + 1) * months).minusDays(1);
        LocalDate to = next.isAfter(end) ? end : next;
        subjects.fail(pointer, commitment.id(), empty.size(), windows, months, from, to);
      }
    });
  }

  private static void mil05(RuleContext ctx, Subjects subjects) {
    BigDecimal tolerance = ctx.threshold("tolerance");
    forEachCommitment(ctx, (plan, commitment, pointer) -> {
      List<Milestone> milestones = commitment.milestones();
      long weighted = milestones.stream().filter(m -> m.weight().isPresent()).count();
      if (weighted == 0) {
        subjects.notApplicable(pointer);
        return;
      }
      if (weighted < milestones.size()) {
        String missing = milestones.stream().filter(m -> m.weight().isEmpty()).map(Milestone::id)
            .reduce((a, b) -> a + ", " + b).orElse("");
        subjects.failWith(pointer, "unweighted", commitment.id(), milestones.size() - weighted, missing);
        return;
      }
      BigDecimal sum = milestones.stream().map(m -> m.weight().get()).reduce(BigDecimal.ZERO, BigDecimal::add);
      boolean ok = sum.subtract(HUNDRED).abs().compareTo(tolerance) <= 0;
      subjects.check(ok, pointer, commitment.id(), sum.stripTrailingZeros().toPlainString());
    });
  }

  private static boolean present(Optional<String> text) {
    return text.filter(s -> !s.isBlank()).isPresent();
  }

  /** Visits every commitment of every plan with its JSON Pointer. */
  static void forEachCommitment(RuleContext ctx, CommitmentVisitor visitor) {
    List<LocalActionPlan> plans = ctx.exercise().plans();
    for (int p = 0; p < plans.size(); p++) {
      LocalActionPlan plan = plans.get(p);
      for (int c = 0; c < plan.commitments().size(); c++) {
        visitor.visit(plan, plan.commitments().get(c), "/plans/" + p + "/commitments/" + c);
      }
    }
  }

  /** Visits every milestone of every commitment with its JSON Pointer. */
  static void forEachMilestone(RuleContext ctx, MilestoneVisitor visitor) {
    forEachCommitment(ctx, (plan, commitment, pointer) -> {
      for (int m = 0; m < commitment.milestones().size(); m++) {
        visitor.visit(plan, commitment, commitment.milestones().get(m), pointer + "/milestones/" + m);
      }
    });
  }

  /** Receives a commitment, its plan and its pointer. */
  @FunctionalInterface
  interface CommitmentVisitor {
    void visit(LocalActionPlan plan, Commitment commitment, String pointer);
  }

  /** Receives a milestone, its commitment and plan, and its pointer. */
  @FunctionalInterface
  interface MilestoneVisitor {
    void visit(LocalActionPlan plan, Commitment commitment, Milestone milestone, String pointer);
  }
}
