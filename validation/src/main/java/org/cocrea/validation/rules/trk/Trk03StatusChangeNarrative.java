package org.cocrea.validation.rules.trk;

import static org.cocrea.validation.rules.support.Texts.part;
import static org.cocrea.validation.rules.trk.TrkSupport.planPointer;

import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.MilestoneUpdate;
import org.cocrea.core.ProgressReport;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Texts;

/**
 * TRK-03 · Every status change carries a narrative (reasons for compliance, non-compliance or delay) and evidence
 * URL. · W · MilestoneUpdate · [S:TAB]
 */
public final class Trk03StatusChangeNarrative {

  /** The rule TRK-03, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("TRK-03").anyFramework().warning()
      .source("[S:TAB]")
      .needs("plans[].progressReports[].milestoneUpdates[].narrative",
          "plans[].progressReports[].milestoneUpdates[].evidenceUrls")
      .whenAbsent(Absence.FAIL)
      .check(Trk03StatusChangeNarrative::check);

  private Trk03StatusChangeNarrative() {}

  private static void check(RuleContext ctx, Subjects s) {
    boolean any = false;
    List<LocalActionPlan> plans = ctx.exercise().plans();
    for (int i = 0; i < plans.size(); i++) {
      List<ProgressReport> reports = plans.get(i).progressReports();
      for (int k = 0; k < reports.size(); k++) {
        List<MilestoneUpdate> updates = reports.get(k).milestoneUpdates();
        for (int u = 0; u < updates.size(); u++) {
          any = true;
          MilestoneUpdate update = updates.get(u);
          List<String> missing = new ArrayList<>();
          if (update.narrative().filter(n -> !n.isBlank()).isEmpty()) {
            missing.add(part(ctx, "TRK-03.part.narrative"));
          }
          if (update.evidenceUrls().isEmpty()) {
            missing.add(part(ctx, "TRK-03.part.evidence"));
          }
          String at = planPointer(i) + "/progressReports/" + k + "/milestoneUpdates/" + u;
          if (missing.isEmpty()) {
            s.pass(at);
          } else {   // the milestone named only here: most updates pass, and a name costs a lookup and a rendering
            s.fail(at, update.milestoneId().map(id -> Texts.milestone(ctx, id))
                .orElseGet(() -> Texts.name(ctx, at, "", Optional.empty())), reports.get(k).id(),
                String.join(", ", missing));
          }
        }
      }
    }
    if (!any) {
      s.notApplicable("");
    }
  }
}
