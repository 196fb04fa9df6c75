package org.cocrea.validation.rules.stl;

import static org.cocrea.validation.rules.support.Walk.forEachStl;
import static org.cocrea.validation.rules.support.Texts.part;

import java.util.ArrayList;
import java.util.List;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.OperatingRules;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Texts;

/**
 * STL-10 · Rules include continuity provisions (succession plan, crisis/election continuity agreement). · W · rules
 * flags · [S:KIT4][S:KIT3]
 */
public final class Stl10ContinuityProvisions {

  /** The rule STL-10, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("STL-10").inaiLocal().warning()
      .source("[S:KIT4][S:KIT3]")
      .needs("stls[].rules.successionPlan", "stls[].rules.crisisContinuityAgreement")
      .whenAbsent(Absence.FAIL)
      .check(Stl10ContinuityProvisions::check);

  private Stl10ContinuityProvisions() {}

  private static void check(RuleContext ctx, Subjects s) {
    forEachStl(ctx, s, (i, stl, p) -> {
      if (stl.rules().isEmpty()) {
        s.notApplicable(p);
        return;
      }
      OperatingRules rules = stl.rules().get();
      List<String> missing = new ArrayList<>();
      if (!rules.successionPlan().orElse(false)) {
        missing.add(part(ctx, "STL-10.part.successionPlan"));
      }
      if (!rules.crisisContinuityAgreement().orElse(false)) {
        missing.add(part(ctx, "STL-10.part.crisisContinuity"));
      }
      s.check(missing.isEmpty(), p + "/rules", Texts.name(ctx, "/stls/" + i, stl.id(), stl.name()), String.join(", ", missing));
    });
  }
}
