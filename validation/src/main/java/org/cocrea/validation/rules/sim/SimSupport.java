package org.cocrea.validation.rules.sim;

import static org.cocrea.validation.rules.support.Seats.organizationSector;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cocrea.core.Commitment;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.Participation;
import org.cocrea.core.Person;
import org.cocrea.core.Sector;
import org.cocrea.core.StlMembership;
import org.cocrea.validation.Severity;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/** Helpers shared by several SIM rules of this package. */
final class SimSupport {

  private SimSupport() {}

  static final String GROUNDING = " — [S:SRC \"evitar la simulación\"][S:MOD]";

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Fails each plan where the share of commitments with the flag exceeds the rule's {@code sharePercent}. */
  static void judgePlanShare(RuleContext ctx, Subjects subjects, java.util.function.Predicate<Commitment> flag) {
    judgePlanShare(ctx, subjects, flag, c -> false, property -> List.of());
  }

  /**
   * Fails each plan where the share of commitments with the flag exceeds the rule's {@code sharePercent}, counting
   * only commitments flagged on recorded facts: a commitment flagged only because its facts are not recorded (a
   * PARTIAL record or part: {@code notRecorded}) is not counted. When the certain ones stay within the threshold but
   * the uncertain ones could take the share over it, the plan is NOT_RECORDED, with the facts {@code facts} names
   * (pointers relative to a commitment) for each uncertain commitment.
   */
  static void judgePlanShare(RuleContext ctx, Subjects subjects, java.util.function.Predicate<Commitment> flag,
      java.util.function.Predicate<Commitment> notRecorded,
      java.util.function.Function<String, List<String>> facts) {
    BigDecimal threshold = ctx.threshold("sharePercent");
    List<LocalActionPlan> plans = ctx.exercise().plans();
    for (int p = 0; p < plans.size(); p++) {
      LocalActionPlan plan = plans.get(p);
      String pointer = "/plans/" + p;
      int total = plan.commitments().size();
      if (total == 0) {
        subjects.notApplicable(pointer);
        continue;
      }
      int flagged = 0;
      int uncertain = 0;
      List<String> undecided = new ArrayList<>();
      for (int c = 0; c < total; c++) {
        Commitment commitment = plan.commitments().get(c);
        if (!flag.test(commitment)) {
          continue;
        }
        if (notRecorded.test(commitment)) {
          uncertain++;
          undecided.addAll(facts.apply(pointer + "/commitments/" + c));
        } else {
          flagged++;
        }
      }
      if (exceeds(flagged, total, threshold)) {
        subjects.failAs(Severity.WARNING, pointer, "message", plan.id(), flagged, total, percent(flagged, total),
            plain(threshold));
      } else if (uncertain > 0 && exceeds(flagged + uncertain, total, threshold)) {
        subjects.notRecorded(pointer, undecided.isEmpty() ? new String[] {pointer + "/commitments"}
            : undecided.toArray(String[]::new));
      } else {
        subjects.pass(pointer);
      }
    }
  }

  /** A participant's sector: as recorded, else its organisation's. */
  static Optional<Sector> participantSector(RuleContext ctx, Participation p) {
    return p.sector().or(() -> organizationOf(ctx, p).flatMap(id -> organizationSector(ctx, id)));
  }

  /** A participant's organisation: as recorded, else its person's. */
  static Optional<String> organizationOf(RuleContext ctx, Participation p) {
    return p.organizationId().or(() -> p.personId().flatMap(id -> ctx.index().person(id))
        .flatMap(Person::organizationId));
  }

  static boolean exceeds(int part, int total, BigDecimal thresholdPercent) {
    return BigDecimal.valueOf(part).multiply(HUNDRED).compareTo(thresholdPercent.multiply(BigDecimal.valueOf(total)))
        > 0;
  }

  static String percent(int part, int total) {
    return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP)
        .stripTrailingZeros().toPlainString();
  }

  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /** Visits each plan's participants of all its tables, with the pointer of its co-creation (or the plan). */
  static void forEachCoCreation(RuleContext ctx, CoCreationVisitor visitor) {
    List<LocalActionPlan> plans = ctx.exercise().plans();
    for (int p = 0; p < plans.size(); p++) {
      LocalActionPlan plan = plans.get(p);
      List<Participation> participants = new ArrayList<>();
      plan.coCreation().ifPresent(c -> c.tables().forEach(t -> participants.addAll(t.participants())));
      String pointer = "/plans/" + p + (participants.isEmpty() ? "" : "/coCreation");
      visitor.visit(plan, pointer, participants);
    }
  }

  @FunctionalInterface
  interface CoCreationVisitor {
    void visit(LocalActionPlan plan, String pointer, List<Participation> participants);
  }
}
