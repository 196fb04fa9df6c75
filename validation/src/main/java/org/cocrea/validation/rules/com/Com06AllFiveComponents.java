package org.cocrea.validation.rules.com;

import static org.cocrea.validation.rules.com.ComSupport.forEachCommitment;
import static org.cocrea.validation.rules.com.ComSupport.label;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cocrea.core.Commitment;
import org.cocrea.core.Framework;
import org.cocrea.core.OgpValue;
import org.cocrea.core.OpenGovComponent;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * COM-06 · Commitment addresses all five INAI components simultaneously (aspirational). · W · components · [S:KIT5
 * "incorporando simultáneamente"].
 *
 * <p>INAI's own requirement (not applicable to an OGP Local exercise). Under both programmes a recorded OGP value
 * counts for the component it corresponds to (access to information → transparency and access to information, civic
 * participation → citizen participation, public accountability → accountability, technology and innovation →
 * technological innovation); social innovation has no OGP counterpart. Components not recorded in a PARTIAL record
 * leave the commitment NOT_RECORDED.
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
    boolean valuesCount = ctx.follows(Framework.OGP_LOCAL);
    forEachCommitment(ctx.exercise(), subjects, (plan, c, ptr) -> {
      Set<OpenGovComponent> covered = EnumSet.noneOf(OpenGovComponent.class);
      covered.addAll(c.components());
      if (valuesCount) {
        c.ogpValues().forEach(v -> covered.add(COMPONENT_OF.get(v)));
      }
      Set<OpenGovComponent> missing = EnumSet.allOf(OpenGovComponent.class);
      missing.removeAll(covered);
      if (covered.isEmpty() && !ctx.complete(c, "components")) {
        subjects.notRecorded(ptr, ptr + "/components");   // a partial record: not recorded, not "none"
        return;
      }
      String at = c.components().isEmpty() ? ptr : ptr + "/components";
      if (missing.isEmpty()) {
        subjects.pass(at);
      } else {   // the commitment named only on failure: most pass, and a name costs a rendering
        subjects.fail(at, label(ctx, c, ptr), String.join(", ", missing.stream().map(m -> m.label(locale)).toList()));
      }
    });
  }

  /** The INAI component each OGP value corresponds to. */
  private static final Map<OgpValue, OpenGovComponent> COMPONENT_OF = new EnumMap<>(Map.of(
      OgpValue.ACCESS_TO_INFORMATION, OpenGovComponent.TRANSPARENCY_ACCESS_TO_INFORMATION,
      OgpValue.CIVIC_PARTICIPATION, OpenGovComponent.CITIZEN_PARTICIPATION,
      OgpValue.PUBLIC_ACCOUNTABILITY, OpenGovComponent.ACCOUNTABILITY,
      OgpValue.TECHNOLOGY_AND_INNOVATION, OpenGovComponent.TECHNOLOGICAL_INNOVATION));
}
