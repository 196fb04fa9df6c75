package org.cocrea.validation.rules.stl;

import static org.cocrea.validation.rules.support.Walk.forEachStl;

import org.cocrea.core.InstallationAct;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.PartialDate;
import org.cocrea.core.StlMembership;
import org.cocrea.core.StlRole;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Texts;

/**
 * STL-08 · A facilitator is designated at or after installation. · W · facilitator · [S:APT all STL pages]. A
 * membership with role {@link StlRole#FACILITATOR} (not starting before the installation) or an installation act
 * recording {@code facilitatorDesignated} counts.
 */
public final class Stl08Facilitator {

  /** The rule STL-08, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("STL-08").inaiLocal().warning()
      .source("[S:APT all STL pages]")
      .needs("stls[].memberships[].role", "stls[].installationAct.facilitatorDesignated")
      .whenAbsent(Absence.FAIL)
      .check(Stl08Facilitator::check);

  private Stl08Facilitator() {}

  private static void check(RuleContext ctx, Subjects s) {
    forEachStl(ctx, s, (i, stl, p) -> {
      if (stl.installedOn().isEmpty()) {
        s.notApplicable(p);
        return;
      }
      PartialDate installed = stl.installedOn().get();
      int early = -1;
      boolean designated = false;
      int undetermined = -1;
      for (int j = 0; j < stl.memberships().size(); j++) {
        StlMembership m = stl.memberships().get(j);
        if (m.role().orElse(null) != StlRole.FACILITATOR) {
          continue;
        }
        // before the installation only when certain; "2015-04" against "2015-04-10" cannot tell
        PartialDate.Order order = m.startDate().map(d -> d.order(installed)).orElse(PartialDate.Order.SAME);
        if (order == PartialDate.Order.BEFORE) {
          early = early < 0 ? j : early;
        } else if (order == PartialDate.Order.UNDETERMINED) {
          undetermined = undetermined < 0 ? j : undetermined;
        } else {
          designated = true;
        }
      }
      if (designated || stl.installationAct().flatMap(InstallationAct::facilitatorDesignated).orElse(false)) {
        s.pass(p);
      } else if (early >= 0) {
        StlMembership m = stl.memberships().get(early);
        s.failWith(p + "/memberships/" + early + "/startDate", "early", Texts.name(ctx, "/stls/" + i, stl.id(), stl.name()), m.startDate().orElseThrow(), installed);
      } else if (undetermined >= 0) {
        s.notRecorded(p, p + "/memberships/" + undetermined + "/startDate", p + "/installedOn");
      } else {
        s.fail(p, Texts.name(ctx, "/stls/" + i, stl.id(), stl.name()));
      }
    });
  }
}
