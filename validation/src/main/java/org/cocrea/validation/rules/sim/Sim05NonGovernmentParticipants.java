package org.cocrea.validation.rules.sim;

import static org.cocrea.validation.rules.support.Seats.isGovernment;
import static org.cocrea.validation.rules.sim.SimSupport.participantSector;
import static org.cocrea.validation.rules.sim.SimSupport.GROUNDING;
import static org.cocrea.validation.rules.sim.SimSupport.HUNDRED;
import static org.cocrea.validation.rules.sim.SimSupport.forEachCoCreation;
import static org.cocrea.validation.rules.sim.SimSupport.percent;
import static org.cocrea.validation.rules.sim.SimSupport.plain;

import java.math.BigDecimal;
import java.util.Optional;
import org.cocrea.core.Participation;
import org.cocrea.core.Sector;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * SIM-05 · Non-government share of table participants &lt; 50%. · participants.sector · 50%
 *
 * <p>Subjects: each plan's co-creation, over the participants of all its tables whose sector is known.
 */
public final class Sim05NonGovernmentParticipants {

  /** The rule SIM-05, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("SIM-05").anyFramework().warning()
      .source("[P] 50%" + GROUNDING)
      .threshold("minSharePercent", 50)
      .needs("plans[].coCreation.tables[].participants[].sector")
      .whenAbsent(Absence.NOT_APPLICABLE)
      .check(Sim05NonGovernmentParticipants::check);

  private Sim05NonGovernmentParticipants() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    BigDecimal threshold = ctx.threshold("minSharePercent");
    forEachCoCreation(ctx, (plan, pointer, participants) -> {
      int known = 0;
      int nonGovernment = 0;
      for (Participation p : participants) {
        Optional<Sector> sector = participantSector(ctx, p);
        if (sector.isPresent()) {
          known++;
          if (!isGovernment(ctx, sector.get())) {
            nonGovernment++;
          }
        }
      }
      if (known == 0) {
        subjects.notApplicable(pointer);
        return;
      }
      boolean below = BigDecimal.valueOf(nonGovernment).multiply(HUNDRED)
          .compareTo(threshold.multiply(BigDecimal.valueOf(known))) < 0;
      subjects.check(!below, pointer, plan.id(), nonGovernment, known, percent(nonGovernment, known),
          plain(threshold));
    });
  }
}
