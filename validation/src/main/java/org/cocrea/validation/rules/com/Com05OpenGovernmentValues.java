package org.cocrea.validation.rules.com;

import static org.cocrea.validation.rules.com.ComSupport.forEachCommitment;
import static org.cocrea.validation.rules.com.ComSupport.label;

import java.util.EnumSet;
import java.util.Optional;
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
 *
 * <p>{@link #relevant(RuleContext, Commitment)} is Cocrea's verdict on "is this commitment relevant to open
 * government?", the one definition this rule judges by and that EVA-09 compares with an independent assessment's.
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
      Decision d = decide(ctx, c, ptr);
      switch (d.kind()) {
        case PASS -> subjects.pass(ptr);
        case FAIL -> subjects.failWith(d.pointer(), d.variant(), label(ctx, c, ptr));
        case WARN -> subjects.failAs(Severity.WARNING, d.pointer(), d.variant(), label(ctx, c, ptr));
        case NOT_RECORDED -> subjects.notRecorded(ptr, d.facts());
      }
    });
  }

  /**
   * Whether a commitment is relevant to open government, as this rule judges it under the frameworks of the context:
   * true when it passes, or when under both programmes one of components and values satisfies relevance (the other
   * missing is only a WARNING); false when it fails; empty when the tags that would decide are not recorded. The one
   * definition EVA-09 and {@link org.cocrea.validation.CocreaValidator#compareAssessments} compare with an
   * independent assessment's relevance.
   *
   * @param ctx the rule context (frameworks, completeness)
   * @param c the commitment
   * @return the verdict, or empty when the record cannot tell
   */
  public static Optional<Boolean> relevant(RuleContext ctx, Commitment c) {
    return switch (decide(ctx, c, "").kind()) {
      case PASS, WARN -> Optional.of(true);
      case FAIL -> Optional.of(false);
      case NOT_RECORDED -> Optional.empty();
    };
  }

  /** What the rule says of one commitment. */
  private enum Kind { PASS, FAIL, WARN, NOT_RECORDED }

  /** The outcome of one commitment: where and with which message variant, or the facts not recorded. */
  private record Decision(Kind kind, String pointer, String variant, String... facts) {
    static Decision pass() {
      return new Decision(Kind.PASS, "", "");
    }

    static Decision fail(String pointer, String variant) {
      return new Decision(Kind.FAIL, pointer, variant);
    }

    static Decision notRecorded(String... facts) {
      return new Decision(Kind.NOT_RECORDED, "", "", facts);
    }
  }

  private static Decision decide(RuleContext ctx, Commitment c, String ptr) {
    boolean inai = ctx.follows(Framework.INAI_LOCAL);
    boolean ogp = ctx.follows(Framework.OGP_LOCAL);
    boolean component = !c.components().isEmpty();
    boolean core = c.ogpValues().stream().anyMatch(CORE_VALUES::contains);
    // absent tags: recorded as none, or not recorded (then they might be there)
    boolean componentsKnown = component || ctx.complete(c, "components");
    boolean valuesKnown = !c.ogpValues().isEmpty() || ctx.complete(c, "ogpValues");
    if (inai && !ogp) {
      return inaiOnly(c, ptr, component, core, componentsKnown, valuesKnown);
    } else if (ogp && !inai) {
      return valueRequired(c, ptr, core, valuesKnown);
    } else if (component || core) {   // both programmes, or another: either satisfies relevance
      if (inai && !component) {
        return new Decision(Kind.WARN, ptr, "bothNoComponent");
      } else if (inai && !core) {
        return new Decision(Kind.WARN, ptr, "bothNoValue");
      }
      return Decision.pass();
    } else if (componentsKnown && valuesKnown) {
      return Decision.fail(ptr, c.ogpValues().isEmpty() ? "neither" : "techOnly");
    }
    return Decision.notRecorded(unrecorded(ptr, componentsKnown, valuesKnown));
  }

  /** INAI's line: a component and a core value; the messages of a complete record are those of 1.0. */
  private static Decision inaiOnly(Commitment c, String ptr, boolean component, boolean core,
      boolean componentsKnown, boolean valuesKnown) {
    if (component && core) {
      return Decision.pass();
    } else if (!component && componentsKnown) {
      return Decision.fail(ptr, core || !valuesKnown ? "noComponent" : "neither");
    } else if (!core && valuesKnown) {
      return c.ogpValues().isEmpty() ? Decision.fail(ptr, "noValue") : Decision.fail(ptr + "/ogpValues", "techOnly");
    }
    return Decision.notRecorded(unrecorded(ptr, componentsKnown, core || valuesKnown));
  }

  /** OGP Local's line: a core OGP value (relevance to OGP values); INAI's components are not demanded. */
  private static Decision valueRequired(Commitment c, String ptr, boolean core, boolean valuesKnown) {
    if (core) {
      return Decision.pass();
    } else if (!c.ogpValues().isEmpty()) {
      return Decision.fail(ptr + "/ogpValues", "techOnly");
    } else if (valuesKnown) {
      return Decision.fail(ptr, "noValue");
    }
    return Decision.notRecorded(ptr + "/ogpValues");
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
