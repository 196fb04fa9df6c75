package org.cocrea.validation.rules.com;

import static org.cocrea.validation.rules.com.ComSupport.forEachCommitment;
import static org.cocrea.validation.rules.com.ComSupport.label;

import java.util.EnumSet;
import java.util.Set;
import org.cocrea.core.Commitment;
import org.cocrea.core.OgpValue;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * COM-05 · Commitment tagged with ≥1 INAI component AND ≥1 core OGP value (transparency, participation,
 * accountability); tech/innovation alone fails. · E · components, ogpValues · [S:KIT5 Relevantes][S:OGP-GL
 * relevance][S:IRM-STAR].
 */
public final class Com05OpenGovernmentValues {

  /** The rule COM-05, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("COM-05").anyFramework().error()
      .source("[S:KIT5 Relevantes][S:OGP-GL relevance][S:IRM-STAR]")
      .needs("plans[].commitments[].components", "plans[].commitments[].ogpValues")
      .whenAbsent(Absence.FAIL)
      .check(Com05OpenGovernmentValues::check);

  private Com05OpenGovernmentValues() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    forEachCommitment(ctx.exercise(), subjects, (plan, c, ptr) -> {
      boolean component = !c.components().isEmpty();
      boolean core = c.ogpValues().stream().anyMatch(CORE_VALUES::contains);
      if (component && core) {
        subjects.pass(ptr);
      } else if (!component && !core) {
        subjects.failWith(ptr, "neither", label(c));
      } else if (!component) {
        subjects.failWith(ptr, "noComponent", label(c));
      } else if (c.ogpValues().isEmpty()) {
        subjects.failWith(ptr, "noValue", label(c));
      } else {
        subjects.failWith(ptr + "/ogpValues", "techOnly", label(c));
      }
    });
  }

  /** The three core OGP values; technology and innovation counts only in addition to one of them [S:OGP-GL]. */
  private static final Set<OgpValue> CORE_VALUES = EnumSet.of(
      OgpValue.ACCESS_TO_INFORMATION, OgpValue.CIVIC_PARTICIPATION, OgpValue.PUBLIC_ACCOUNTABILITY);
}
