package org.cocrea.validation.rules.stl;

import static org.cocrea.validation.rules.support.Walk.forEachStl;

import java.time.LocalDate;
import org.cocrea.core.InstallationAct;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.StlMembership;
import org.cocrea.core.StlRole;
import org.cocrea.core.PartialDate;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

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
      if (stl.installedOn().flatMap(PartialDate::toLocalDate).isEmpty()) {
        s.notApplicable(p);
        return;
      }
      LocalDate installed = stl.installedOn().flatMap(PartialDate::toLocalDate).get();
      int early = -1;
      boolean designated = false;
      for (int j = 0; j < stl.memberships().size(); j++) {
        StlMembership m = stl.memberships().get(j);
        if (m.role().orElse(null) != StlRole.FACILITATOR) {
          continue;
        }
        if (m.startDate().flatMap(PartialDate::toLocalDate).map(d -> d.isBefore(installed)).orElse(false)) {
          early = early < 0 ? j : early;
        } else {
          designated = true;
        }
      }
      if (designated || stl.installationAct().flatMap(InstallationAct::facilitatorDesignated).orElse(false)) {
        s.pass(p);
      } else if (early >= 0) {
        StlMembership m = stl.memberships().get(early);
        s.failWith(p + "/memberships/" + early + "/startDate", "early", stl.id(), m.startDate().flatMap(PartialDate::toLocalDate).orElseThrow(), installed);
      } else {
        s.fail(p, stl.id());
      }
    });
  }
}
