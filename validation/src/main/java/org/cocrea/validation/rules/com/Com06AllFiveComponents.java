package org.cocrea.validation.rules.com;

import static org.cocrea.validation.rules.com.ComSupport.forEachCommitment;
import static org.cocrea.validation.rules.com.ComSupport.label;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.cocrea.core.Commitment;
import org.cocrea.core.OpenGovComponent;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * COM-06 · Commitment addresses all five INAI components simultaneously (aspirational). · W · components · [S:KIT5
 * "incorporando simultáneamente"].
 */
public final class Com06AllFiveComponents {

  /** The rule COM-06, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("COM-06").inaiLocal().warning()
      .source("[S:KIT5 \"incorporando simultáneamente\"]")
      .needs("plans[].commitments[].components")
      .whenAbsent(Absence.FAIL)
      .check(Com06AllFiveComponents::check);

  private Com06AllFiveComponents() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    Locale locale = ctx.options().locale();
    forEachCommitment(ctx.exercise(), subjects, (plan, c, ptr) -> {
      Set<OpenGovComponent> missing = EnumSet.allOf(OpenGovComponent.class);
      missing.removeAll(c.components());
      String at = c.components().isEmpty() ? ptr : ptr + "/components";
      subjects.check(missing.isEmpty(), at, label(c),
          String.join(", ", missing.stream().map(m -> m.label(locale)).toList()));
    });
  }
}
