package org.cocrea.validation.rules.co;

import static org.cocrea.validation.rules.co.CoSupport.forEachTable;

import org.cocrea.core.Iap2Level;
import org.cocrea.core.Participation;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * CO-08 · Participation level of tables is at least IAP2 "Involve". · W (E in OGP_LOCAL) ·
 * tables.participationLevel · [S:OGP-ART IRM Involve guidance][S:KIT2]. The profile raises it to an error because
 * it is OGP-sourced.
 */
public final class Co08ParticipationLevel {

  /** The rule CO-08, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("CO-08").anyFramework().warning()
      .source("[S:OGP-ART IRM Involve guidance][S:KIT2]")
      .needs("plans[].coCreation.tables[].participationLevel")
      .whenAbsent(Absence.NOT_RECORDED)
      .check(Co08ParticipationLevel::check);

  private Co08ParticipationLevel() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    forEachTable(ctx, subjects, (t, ptr) -> {
      if (t.participationLevel().isEmpty()) {
        subjects.notApplicable(ptr);
      } else {
        Iap2Level level = t.participationLevel().get();
        subjects.check(level.compareTo(Iap2Level.INVOLVE) >= 0, ptr + "/participationLevel",
            level.label(ctx.options().locale()), Iap2Level.INVOLVE.label(ctx.options().locale()), t.id());
      }
    });
  }
}
