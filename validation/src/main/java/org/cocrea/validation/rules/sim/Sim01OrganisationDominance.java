package org.cocrea.validation.rules.sim;

import static org.cocrea.validation.rules.support.Seats.isTitularSeat;
import static org.cocrea.validation.rules.support.Seats.societal;
import static org.cocrea.validation.rules.support.Seats.seatSectorOrTitular;
import static org.cocrea.validation.rules.sim.SimSupport.GROUNDING;
import static org.cocrea.validation.rules.sim.SimSupport.exceeds;
import static org.cocrea.validation.rules.sim.SimSupport.forEachCoCreation;
import static org.cocrea.validation.rules.sim.SimSupport.organizationOf;
import static org.cocrea.validation.rules.sim.SimSupport.percent;
import static org.cocrea.validation.rules.sim.SimSupport.plain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Participation;
import org.cocrea.core.Sector;
import org.cocrea.core.StlMembership;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Texts;

/**
 * SIM-01 · One organisation holds &gt; 40% of non-government seats or &gt; 30% of table participants. ·
 * memberships, participants · 40% / 30%
 *
 * <p>Subjects: each STL (titular non-government seats) and each plan's co-creation (all participants of its
 * tables). The non-government seats are those of society ({@link
 * org.cocrea.validation.rules.support.Seats#societal}): the guarantor body's seat is a public body's, neither
 * government nor society (methodology.md §3 sectors; reform-2025.md §2: a role in the STL, not a sector implying
 * autonomy), and a guarantor holding its own seat is no capture of the society side. An organisation holding a
 * single seat or providing a single participant dominates nothing, whatever share that is of a small total (1 of 2
 * seats is 50 %): the share is judged only for an organisation with at least 2 [P].
 */
public final class Sim01OrganisationDominance {

  /** The rule SIM-01, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("SIM-01").anyFramework().warning()
      .source("[P] 40% / 30%" + GROUNDING)
      .threshold("seatSharePercent", 40)
      .threshold("participantSharePercent", 30)
      .needs("stls[].memberships[].organizationId", "plans[].coCreation.tables[].participants[].organizationId")
      .whenAbsent(Absence.NOT_APPLICABLE)
      .check(Sim01OrganisationDominance::check);

  private Sim01OrganisationDominance() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    BigDecimal seatShare = ctx.threshold("seatSharePercent");
    List<LocalTechnicalSecretariat> stls = ctx.exercise().stls();
    for (int s = 0; s < stls.size(); s++) {
      LocalTechnicalSecretariat stl = stls.get(s);
      Map<String, Integer> byOrg = new LinkedHashMap<>();
      int total = 0;
      Set<Sector> society = societal(ctx);
      for (StlMembership m : stl.memberships()) {
        Optional<Sector> sector = seatSectorOrTitular(ctx, m);
        if (isTitularSeat(m) && sector.isPresent() && society.contains(sector.get())) {
          total++;
          m.organizationId().ifPresent(org -> byOrg.merge(org, 1, Integer::sum));
        }
      }
      judgeDominance(subjects, "/stls/" + s, "message", Texts.name(ctx, "/stls/" + s, stl.id(), stl.name()), byOrg, total, seatShare);
    }
    BigDecimal participantShare = ctx.threshold("participantSharePercent");
    forEachCoCreation(ctx, (plan, pointer, participants) -> {
      Map<String, Integer> byOrg = new LinkedHashMap<>();
      for (Participation p : participants) {
        organizationOf(ctx, p).ifPresent(org -> byOrg.merge(org, 1, Integer::sum));
      }
      judgeDominance(subjects, pointer, "participants", plan.id(), byOrg, participants.size(), participantShare);
    });
  }

  private static void judgeDominance(Subjects subjects, String pointer, String variant, String subjectId,
      Map<String, Integer> byOrg, int total, BigDecimal threshold) {
    if (total == 0) {
      subjects.notApplicable(pointer);
      return;
    }
    Optional<Map.Entry<String, Integer>> top = byOrg.entrySet().stream()
        .max(Comparator.comparingInt(Map.Entry::getValue));
    if (top.isPresent() && top.get().getValue() >= 2 && exceeds(top.get().getValue(), total, threshold)) {
      subjects.failWith(pointer, variant, subjectId, top.get().getKey(), top.get().getValue(), total,
          percent(top.get().getValue(), total), plain(threshold));
    } else {
      subjects.pass(pointer);
    }
  }
}
