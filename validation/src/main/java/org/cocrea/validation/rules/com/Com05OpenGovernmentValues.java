package org.cocrea.validation.rules.com;

import static org.cocrea.validation.rules.com.ComSupport.forEachCommitment;
import static org.cocrea.validation.rules.com.ComSupport.label;

import java.util.EnumSet;
import java.util.Set;
import org.cocrea.core.Commitment;
import org.cocrea.core.Framework;
import org.cocrea.core.OgpValue;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.Severity;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * COM-05 · Commitment tagged with ≥1 INAI component AND ≥1 core OGP value (transparency, participation,
 * accountability); tech/innovation alone fails. · E · components, ogpValues · [S:KIT5 Relevantes][S:OGP-GL
 * relevance][S:IRM-STAR].
 *
 * <p>Relevance is a requirement of every programme, written in each one's terms (real-records.md §4): an INAI
 * exercise needs a component and a core value (the catalogue's line, as in 1.0); an OGP Local exercise needs a core
 * OGP value (INAI's components are not demanded of it); an exercise under both, or under another programme, is
 * relevant with either, and under both the one missing is a WARNING at most. Tags that are not recorded in a PARTIAL
 * record leave the commitment NOT_RECORDED, never failed.
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
    boolean inai = ctx.follows(Framework.INAI_LOCAL);
    boolean ogp = ctx.follows(Framework.OGP_LOCAL);
    forEachCommitment(ctx.exercise(), subjects, (plan, c, ptr) -> {
      boolean component = !c.components().isEmpty();
      boolean core = c.ogpValues().stream().anyMatch(CORE_VALUES::contains);
      // absent tags: recorded as none, or not recorded (then they might be there)
      boolean componentsKnown = component || ctx.complete(c, "components");
      boolean valuesKnown = !c.ogpValues().isEmpty() || ctx.complete(c, "ogpValues");
      if (inai && !ogp) {
        inaiOnly(ctx, subjects, c, ptr, component, core, componentsKnown, valuesKnown);
      } else if (ogp && !inai) {
        valueRequired(ctx, subjects, c, ptr, core, valuesKnown);
      } else if (component || core) {   // both programmes, or another: either satisfies relevance
        if (inai && !component) {
          subjects.failAs(Severity.WARNING, ptr, "bothNoComponent", label(ctx, c, ptr));
        } else if (inai && !core) {
          subjects.failAs(Severity.WARNING, ptr, "bothNoValue", label(ctx, c, ptr));
        } else {
          subjects.pass(ptr);
        }
      } else if (componentsKnown && valuesKnown) {
        subjects.failWith(ptr, c.ogpValues().isEmpty() ? "neither" : "techOnly", label(ctx, c, ptr));
      } else {
        subjects.notRecorded(ptr, unrecorded(ptr, componentsKnown, valuesKnown));
      }
    });
  }

  /** INAI's line: a component and a core value; the messages of a complete record are those of 1.0. */
  private static void inaiOnly(RuleContext ctx, Subjects subjects, Commitment c, String ptr, boolean component, boolean core,
      boolean componentsKnown, boolean valuesKnown) {
    if (component && core) {
      subjects.pass(ptr);
    } else if (!component && componentsKnown) {
      subjects.failWith(ptr, core || !valuesKnown ? "noComponent" : "neither", label(ctx, c, ptr));
    } else if (!core && valuesKnown) {
      if (c.ogpValues().isEmpty()) {
        subjects.failWith(ptr, "noValue", label(ctx, c, ptr));
      } else {
        subjects.failWith(ptr + "/ogpValues", "techOnly", label(ctx, c, ptr));
      }
    } else {
      subjects.notRecorded(ptr, unrecorded(ptr, componentsKnown, core || valuesKnown));
    }
  }

  /** OGP Local's line: a core OGP value (relevance to OGP values); INAI's components are not demanded. */
  private static void valueRequired(RuleContext ctx, Subjects subjects, Commitment c, String ptr, boolean core, boolean valuesKnown) {
    if (core) {
      subjects.pass(ptr);
    } else if (!c.ogpValues().isEmpty()) {
      subjects.failWith(ptr + "/ogpValues", "techOnly", label(ctx, c, ptr));
    } else if (valuesKnown) {
      subjects.failWith(ptr, "noValue", label(ctx, c, ptr));
    } else {
      subjects.notRecorded(ptr, ptr + "/ogpValues");
    }
  }

  private static String[] unrecorded(String ptr, boolean componentsKnown, boolean valuesKnown) {
    if (!componentsKnown && !valuesKnown) {
      return new String[] {ptr + "/components", ptr + "/ogpValues"};
    }
    return new String[] {ptr + (componentsKnown ? "/ogpValues" : "/components")};
  }

  /** The three core OGP values; technology and innovation counts only in addition to one of them [S:OGP-GL]. */
  private static final Set<OgpValue> CORE_VALUES = EnumSet.of(
      OgpValue.ACCESS_TO_INFORMATION, OgpValue.CIVIC_PARTICIPATION, OgpValue.PUBLIC_ACCOUNTABILITY);
}
