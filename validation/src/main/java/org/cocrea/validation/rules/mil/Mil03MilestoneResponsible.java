package org.cocrea.validation.rules.mil;

import static org.cocrea.validation.rules.mil.MilSupport.forEachMilestone;

import java.util.Optional;
import org.cocrea.core.Responsible;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Texts;

/**
 * MIL-03 · Every milestone names ≥1 responsible (government and/or CSO side). · W · responsibles · [S:TAB]
 *
 * <p>A responsible counts when it names an organisation.
 */
public final class Mil03MilestoneResponsible {

  /** The rule MIL-03, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("MIL-03").anyFramework().warning()
      .source("[S:TAB]")
      .needs("plans[].commitments[].milestones[].responsibles[].organizationId")
      .whenAbsent(Absence.FAIL)
      .check(Mil03MilestoneResponsible::check);

  private Mil03MilestoneResponsible() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    forEachMilestone(ctx, (plan, commitment, milestone, pointer) -> {
      boolean named = milestone.responsibles().stream().map(Responsible::organizationId).anyMatch(Optional::isPresent);
      if (named) {
        subjects.pass(pointer);
      } else {   // the milestone named only on failure: most pass, and a name costs a rendering
        subjects.fail(pointer, Texts.name(ctx, pointer, milestone.id(), Optional.empty()));
      }
    });
  }
}
