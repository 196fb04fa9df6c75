package org.cocrea.validation.rules.trn;

import static org.cocrea.validation.rules.support.Texts.part;
import static org.cocrea.validation.rules.support.Walk.isPublicPlan;

import java.util.List;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Missing;

/**
 * TRN-03 · The PAL has a publication date and public URL. · E · pal.publishedOn, documentUrl · [S:APT "se publicara
 * el PAL"]. Plans in {@code DRAFT} or {@code WITHDRAWN} status are not applicable. A date or address absent from a
 * PARTIAL record or part is not recorded (NOT_RECORDED), not missing; the plan fails only on what is recorded as none.
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
      Missing missing = new Missing(ctx);
      if (plan.publishedOn().isEmpty()) {
        missing.add(plan, "publishedOn", p + "/publishedOn", part(ctx, "TRN-03.part.publishedOn"));
      }
      if (plan.documentUrl().isEmpty()) {
        missing.add(plan, "documentUrl", p + "/documentUrl", part(ctx, "TRN-03.part.documentUrl"));
      }
      missing.report(s, p, "message", parts -> new Object[] {plan.id(), parts});
    }
  }
}
