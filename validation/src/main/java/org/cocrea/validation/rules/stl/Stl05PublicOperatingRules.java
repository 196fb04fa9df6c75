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

/**
 * STL-05 · STL basic rules (quorum, agenda notice, decision rule) exist and are public. · E · rules.publishedUrl,
 * fields · [S:OGP-STD MR 1][S:KIT5]
 */
public final class Stl05PublicOperatingRules {

  /** The rule STL-05, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("STL-05").anyFramework().error()
      .source("[S:OGP-STD MR 1][S:KIT5]")
      .needs("stls[].rules.publishedUrl", "stls[].rules.quorum", "stls[].rules.agendaNoticeDays",
          "stls[].rules.decisionRule")
      .whenAbsent(Absence.FAIL)
      .check(Stl05PublicOperatingRules::check);

  private Stl05PublicOperatingRules() {}

  private static void check(RuleContext ctx, Subjects s) {
    forEachStl(ctx, s, (i, stl, p) -> {
      if (stl.rules().isEmpty()) {
        s.failWith(p, "noRules", stl.id());
        return;
      }
      OperatingRules rules = stl.rules().get();
      List<String> missing = new ArrayList<>();
      boolean quorum = rules.quorum().map(q -> q.minMembers().isPresent() || !q.minPerSector().isEmpty()).orElse(false);
      if (!quorum) {
        missing.add(part(ctx, "STL-05.part.quorum"));
      }
      if (rules.agendaNoticeDays().isEmpty()) {
        missing.add(part(ctx, "STL-05.part.agendaNotice"));
      }
      if (rules.decisionRule().isEmpty()) {
        missing.add(part(ctx, "STL-05.part.decisionRule"));
      }
      if (rules.publishedUrl().isEmpty()) {
        missing.add(part(ctx, "STL-05.part.publishedUrl"));
      }
      s.check(missing.isEmpty(), p + "/rules", stl.id(), String.join(", ", missing));
    });
  }
}
