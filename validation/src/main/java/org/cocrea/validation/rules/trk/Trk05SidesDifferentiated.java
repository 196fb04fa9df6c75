package org.cocrea.validation.rules.trk;

import static org.cocrea.validation.rules.support.Seats.isGovernment;
import static org.cocrea.validation.rules.support.Seats.organizationSector;
import static org.cocrea.validation.rules.support.Texts.locale;
import static org.cocrea.validation.rules.trk.TrkSupport.planPointer;

import java.util.List;
import java.util.Optional;
import org.cocrea.core.Commitment;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.Milestone;
import org.cocrea.core.Responsible;
import org.cocrea.core.ResponsibleSide;
import org.cocrea.core.Sector;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Texts;

/**
 * TRK-05 · Reporting differentiates government and CSO activities/responsibles. · W · Responsible.side · [S:TAB].
 * Every responsible of a milestone records its side, and the side does not contradict its organisation's sector.
 */
public final class Trk05SidesDifferentiated {

  /** The rule TRK-05, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("TRK-05").anyFramework().warning()
      .source("[S:TAB]")
      .needs("plans[].commitments[].milestones[].responsibles[].side",
          "plans[].commitments[].milestones[].responsibles[].organizationId")
      .whenAbsent(Absence.FAIL)
      .check(Trk05SidesDifferentiated::check);

  private Trk05SidesDifferentiated() {}

  private static void check(RuleContext ctx, Subjects s) {
    boolean any = false;
    List<LocalActionPlan> plans = ctx.exercise().plans();
    for (int i = 0; i < plans.size(); i++) {
      List<Commitment> commitments = plans.get(i).commitments();
      for (int c = 0; c < commitments.size(); c++) {
        List<Milestone> milestones = commitments.get(c).milestones();
        for (int m = 0; m < milestones.size(); m++) {
          Milestone milestone = milestones.get(m);
          String p = planPointer(i) + "/commitments/" + c + "/milestones/" + m;
          if (milestone.responsibles().isEmpty()) {
            s.notApplicable(p);
            continue;
          }
          any = true;
          String failure = null;
          for (int r = 0; r < milestone.responsibles().size() && failure == null; r++) {
            Responsible responsible = milestone.responsibles().get(r);
            String rp = p + "/responsibles/" + r;
            String org = responsible.organizationId().orElse("?");
            if (responsible.side().isEmpty() && responsible.organizationId().isEmpty()) {
              s.failWith(rp, "noOrganization", Texts.name(ctx, p, milestone.id(), Optional.empty()));
              failure = rp;
            } else if (responsible.side().isEmpty()) {
              s.fail(rp, Texts.name(ctx, p, milestone.id(), Optional.empty()), org);
              failure = rp;
            } else if (contradicts(ctx, responsible)) {
              Sector sector = responsible.organizationId().flatMap(id -> organizationSector(ctx, id))
                  .orElseThrow();
              s.failWith(rp + "/side", "mismatch", Texts.name(ctx, p, milestone.id(), Optional.empty()), org,
                  responsible.side().get().label(locale(ctx)), sector.label(locale(ctx)));
              failure = rp;
            }
          }
          if (failure == null) {
            s.pass(p);
          }
        }
      }
    }
    if (!any) {
      s.notApplicable("");
    }
  }

  /** Whether a responsible's side contradicts its organisation's sector. */
  private static boolean contradicts(RuleContext ctx, Responsible responsible) {
    Optional<Sector> sector = responsible.organizationId().flatMap(id -> organizationSector(ctx, id));
    if (sector.isEmpty() || responsible.side().isEmpty()) {
      return false;
    }
    ResponsibleSide side = responsible.side().get();
    return side == ResponsibleSide.GOVERNMENT && sector.get() == Sector.CIVIL_SOCIETY
        || side == ResponsibleSide.CIVIL_SOCIETY && isGovernment(ctx, sector.get());
  }
}
