package org.cocrea.validation.rules.co;

import static org.cocrea.validation.rules.co.CoSupport.eachPlanWithTables;
import static org.cocrea.validation.rules.co.CoSupport.labels;
import static org.cocrea.validation.rules.co.CoSupport.planPointer;
import static org.cocrea.validation.rules.co.CoSupport.present;
import static org.cocrea.validation.rules.co.CoSupport.sectorOf;
import static org.cocrea.validation.rules.co.CoSupport.tables;
import static org.cocrea.validation.rules.co.CoSupport.tablesComplete;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.Participation;
import org.cocrea.core.ParticipatoryTable;
import org.cocrea.core.Sector;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * CO-02 · Across all tables, participants include GOVERNMENT, CIVIL_SOCIETY and GUARANTOR_BODY. · E ·
 * participants.sector · [S:APT "intervinieron… sociedad civil, autoridades y el propio Organismo Garante"].
 *
 * <p>In a PARTIAL record or part, a sector not seen among the recorded participants may be among those not recorded:
 * the plan is NOT_RECORDED, and so is a plan without recorded tables (were tables held?); recorded as none (a COMPLETE
 * part), a plan without tables is not applicable (CO-01 reports it) and a missing sector fails.
 */
public final class Co02ThreeSectorParticipation {

  /** The rule CO-02, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("CO-02").inaiLocal().error()
      .source("[S:APT \"intervinieron… sociedad civil, autoridades y el propio Organismo Garante\"]")
      .needs("plans[].coCreation.tables[].participants[].sector")
      .whenAbsent(Absence.FAIL)
      .check(Co02ThreeSectorParticipation::check);

  private Co02ThreeSectorParticipation() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    LocalExercise x = ctx.exercise();
    if (!eachPlanWithTables(x, subjects)) {
      return;
    }
    Set<Sector> government = ctx.options().governmentSeatSectors();
    for (int i = 0; i < x.plans().size(); i++) {
      List<ParticipatoryTable> tables = tables(x.plans().get(i));
      String ptr = planPointer(i) + "/coCreation";
      LocalActionPlan plan = x.plans().get(i);
      boolean allTables = tablesComplete(ctx, plan);
      if (tables.isEmpty()) {
        if (allTables) {
          subjects.notApplicable(ptr);
        } else {
          subjects.notRecorded(ptr, ptr + "/tables");   // were tables held? the record does not say
        }
        continue;
      }
      Set<Sector> present = EnumSet.noneOf(Sector.class);
      for (ParticipatoryTable t : tables) {
        for (Participation p : t.participants()) {
          sectorOf(p, ctx).ifPresent(present::add);
        }
      }
      Set<Sector> missing = EnumSet.noneOf(Sector.class);
      if (present.stream().noneMatch(government::contains)) {
        missing.add(Sector.GOVERNMENT);
      }
      if (!present.contains(Sector.CIVIL_SOCIETY)) {
        missing.add(Sector.CIVIL_SOCIETY);
      }
      if (!present.contains(Sector.GUARANTOR_BODY)) {
        missing.add(Sector.GUARANTOR_BODY);
      }
      List<String> notRecorded = new ArrayList<>();
      if (!allTables) {
        notRecorded.add(ptr + "/tables");
      }
      for (int k = 0; k < tables.size(); k++) {
        if (!ctx.complete(tables.get(k), "participants")) {
          notRecorded.add(ptr + "/tables/" + k + "/participants");
        }
      }
      if (missing.isEmpty()) {
        subjects.pass(ptr + "/tables");
      } else if (!notRecorded.isEmpty()) {
        // participants (or tables) not recorded may be of the sectors not seen
        subjects.notRecorded(ptr + "/tables", notRecorded.toArray(String[]::new));
      } else {
        subjects.fail(ptr + "/tables", labels(missing, ctx), plan.id());
      }
    }
  }
}
