package org.cocrea.validation.rules.trn;

import static org.cocrea.validation.rules.support.Texts.part;
import static org.cocrea.validation.rules.support.Walk.isPublicPlan;

import java.util.ArrayList;
import java.util.List;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * TRN-03 · The PAL has a publication date and public URL. · E · pal.publishedOn, documentUrl · [S:APT "se publicara
 * el PAL"]. Plans in {@code DRAFT} or {@code WITHDRAWN} status are not applicable.
 */
public final class Trn03PalPublication {

  /** The rule TRN-03, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("TRN-03").anyFramework().error()
      .source("[S:APT \"se publicara el PAL\"]")
      .needs("plans[].publishedOn", "plans[].documentUrl")
      .whenAbsent(Absence.FAIL)
      .check(Trn03PalPublication::check);

  private Trn03PalPublication() {}

  private static void check(RuleContext ctx, Subjects s) {
    List<LocalActionPlan> plans = ctx.exercise().plans();
    if (plans.isEmpty()) {
      s.notApplicable("");
    }
    for (int i = 0; i < plans.size(); i++) {
      LocalActionPlan plan = plans.get(i);
      String p = "/plans/" + i;
      if (!isPublicPlan(plan)) {
        s.notApplicable(p);
        continue;
      }
      List<String> missing = new ArrayList<>();
      if (plan.publishedOn().isEmpty()) {
        missing.add(part(ctx, "TRN-03.part.publishedOn"));
      }
      if (plan.documentUrl().isEmpty()) {
        missing.add(part(ctx, "TRN-03.part.documentUrl"));
      }
      s.check(missing.isEmpty(), p, plan.id(), String.join(", ", missing));
    }
  }
}
