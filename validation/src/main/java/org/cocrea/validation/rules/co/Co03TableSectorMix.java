package org.cocrea.validation.rules.co;

import static org.cocrea.validation.rules.co.CoSupport.forEachTable;
import static org.cocrea.validation.rules.co.CoSupport.labels;
import static org.cocrea.validation.rules.co.CoSupport.sectorOf;
import static org.cocrea.validation.rules.co.CoSupport.societal;

import java.util.EnumSet;
import java.util.Set;
import org.cocrea.core.Participation;
import org.cocrea.core.Sector;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * CO-03 · Each table has participants from ≥2 sectors, at least one non-governmental. · W · participants.sector ·
 * [S:OGP-LOC multi-stakeholder tip][P per table].
 */
public final class Co03TableSectorMix {

  /** The rule CO-03, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("CO-03").ogpLocal().warning()
      .source("[S:OGP-LOC multi-stakeholder tip][P per table]")
      .needs("plans[].coCreation.tables[].participants[].sector")
      .whenAbsent(Absence.NOT_RECORDED)
      .check(Co03TableSectorMix::check);

  private Co03TableSectorMix() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    Set<Sector> societal = societal(ctx);
    forEachTable(ctx, subjects, (t, ptr) -> {
      Set<Sector> sectors = EnumSet.noneOf(Sector.class);
      for (Participation p : t.participants()) {
        sectorOf(p, ctx).ifPresent(sectors::add);
      }
      if (sectors.isEmpty()) {
        subjects.notApplicable(ptr);
      } else if (sectors.size() < 2) {
        subjects.failWith(ptr + "/participants", "oneSector", labels(sectors, ctx), t.id());
      } else if (sectors.stream().noneMatch(societal::contains)) {
        subjects.failWith(ptr + "/participants", "noSociety", labels(sectors, ctx), t.id());
      } else {
        subjects.pass(ptr);
      }
    });
  }
}
