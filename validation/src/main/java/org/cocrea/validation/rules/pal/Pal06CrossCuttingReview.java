package org.cocrea.validation.rules.pal;

import static org.cocrea.validation.rules.pal.PalSupport.forEachPlan;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.cocrea.core.CrossCuttingTheme;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * PAL-06 · The plan records a cross-cutting review (gender, budget, local anticorruption system, Agenda 2030). · W
 * · crossCuttingReview · [S:KIT8]. Every one of the four themes must be reviewed.
 *
 * <p>A review absent from a PARTIAL record or part is not recorded: NOT_RECORDED.
 */
public final class Pal06CrossCuttingReview {

  /** The rule PAL-06, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("PAL-06").inaiLocal().warning()
      .source("[S:KIT8]")
      .needs("plans[].crossCuttingReview")
      .whenAbsent(Absence.FAIL)
      .check(Pal06CrossCuttingReview::check);

  private Pal06CrossCuttingReview() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    Locale locale = ctx.options().locale();
    forEachPlan(ctx.exercise(), subjects, (plan, ptr) -> {
      Set<CrossCuttingTheme> missing = EnumSet.allOf(CrossCuttingTheme.class);
      missing.removeAll(plan.crossCuttingReview());
      String at = plan.crossCuttingReview().isEmpty() ? ptr : ptr + "/crossCuttingReview";
      if (!missing.isEmpty() && !ctx.complete(plan, "crossCuttingReview")) {
        subjects.notRecorded(at, ptr + "/crossCuttingReview");   // a partial record: the review is not recorded
        return;
      }
      subjects.check(missing.isEmpty(), at,
          String.join(", ", missing.stream().map(t -> t.label(locale)).toList()), plan.id());
    });
  }
}
