package org.cocrea.validation.rules.stl;

import static org.cocrea.validation.rules.support.Seats.isTitularSeat;
import static org.cocrea.validation.rules.support.Seats.stlPointer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.StlMembership;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Texts;

/**
 * STL-07 · Each titular seat has a designated alternate (suplente). · W · alternateOf · [S:KIT4][S:SIN]. When the
 * STL's memberships are a PARTIAL part, a titular seat without a recorded alternate is NOT_RECORDED: its alternate may
 * be among the members not recorded.
 */
public final class Stl07TitularAlternates {

  /** The rule STL-07, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("STL-07").inaiLocal().warning()
      .source("[S:KIT4][S:SIN]")
      .needs("stls[].memberships[].titular", "stls[].memberships[].alternateOfId")
      .whenAbsent(Absence.FAIL)
      .check(Stl07TitularAlternates::check);

  private Stl07TitularAlternates() {}

  private static void check(RuleContext ctx, Subjects s) {
    List<LocalTechnicalSecretariat> stls = ctx.exercise().stls();
    boolean any = false;
    for (int i = 0; i < stls.size(); i++) {
      LocalTechnicalSecretariat stl = stls.get(i);
      Set<String> covered = stl.memberships().stream()
          .map(StlMembership::alternateOfId).flatMap(Optional::stream).collect(Collectors.toSet());
      boolean allMembers = ctx.complete(stl, "memberships");
      for (int j = 0; j < stl.memberships().size(); j++) {
        StlMembership m = stl.memberships().get(j);
        if (isTitularSeat(m)) {
          any = true;
          String at = stlPointer(i) + "/memberships/" + j;
          if (covered.contains(m.id())) {
            s.pass(at);
          } else if (!allMembers) {
            s.notRecorded(at, stlPointer(i) + "/memberships");   // the alternate may be a member not recorded
          } else {
            s.fail(at, Texts.name(ctx, at, m.id(), Optional.empty()), Texts.name(ctx, "/stls/" + i, stl.id(), stl.name()));
          }
        }
      }
    }
    if (!any) {
      s.notApplicable("");
    }
  }
}
