package org.cocrea.validation.rules.sim;

import static org.cocrea.validation.rules.sim.SimSupport.GROUNDING;
import static org.cocrea.validation.rules.sim.SimSupport.judgePlanShare;
import static org.cocrea.validation.rules.support.Seats.SOCIETAL;
import static org.cocrea.validation.rules.support.Seats.organizationSector;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cocrea.core.Sector;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * SIM-04 · Share of commitments with no co-responsible CSO &gt; 50%. · coResponsibleCsos · 50% ([S:SRC] weak
 * appropriation)
 *
 * <p>Subjects: each plan with commitments. As in COM-04, a co-responsible organisation counts as a CSO when its
 * sector is a societal one (civil society, academia, private sector, media, religious) not counted as government,
 * or unknown; the guarantor body, INAI, autonomous bodies and government do not; an organisation named without a
 * record counts. A commitment whose co-responsibles are absent from a PARTIAL record or part is not counted: it is
 * not recorded, and the plan is NOT_RECORDED when such commitments could take the share over the threshold.
 */
public final class Sim04CommitmentsWithoutCso {

  /** The rule SIM-04, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("SIM-04").anyFramework().warning()
      .source("[P] 50% ([S:SRC] weak appropriation)" + GROUNDING)
      .threshold("sharePercent", 50)
      .needs("plans[].commitments[].coResponsibleCsoIds", "plans[].commitments[].coResponsibleCsoNames")
      .whenAbsent(Absence.FAIL)
      .check(Sim04CommitmentsWithoutCso::check);

  private Sim04CommitmentsWithoutCso() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    Set<Sector> societal = EnumSet.copyOf(SOCIETAL);
    societal.removeAll(ctx.options().governmentSeatSectors());
    judgePlanShare(ctx, subjects,
        c -> c.coResponsibleCsoNames().isEmpty() && c.coResponsibleCsoIds().stream()
            .noneMatch(id -> organizationSector(ctx, id).map(societal::contains).orElse(true)),
        c -> c.coResponsibleCsoIds().isEmpty()
            && !(ctx.complete(c, "coResponsibleCsoIds") && ctx.complete(c, "coResponsibleCsoNames")),
        at -> List.of(at + "/coResponsibleCsoIds", at + "/coResponsibleCsoNames"));
  }
}
