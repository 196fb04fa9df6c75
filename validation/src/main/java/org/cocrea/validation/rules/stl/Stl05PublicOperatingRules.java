package org.cocrea.validation.rules.stl;

import static org.cocrea.validation.rules.support.Walk.forEachStl;
import static org.cocrea.validation.rules.support.Texts.part;

import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.OperatingRules;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Texts;
import org.cocrea.validation.rules.support.Missing;

/**
 * STL-05 · STL basic rules (quorum, agenda notice, decision rule) exist and are public. · E · rules.publishedUrl,
 * fields · [S:OGP-STD MR 1][S:KIT5]. Rules, or parts of them, absent from a PARTIAL record or part are not recorded
 * (NOT_RECORDED); the STL fails on what is recorded as none.
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
        if (ctx.complete(stl, "rules")) {
          s.failWith(p, "noRules", Texts.name(ctx, "/stls/" + i, stl.id(), stl.name()));
        } else {
          s.notRecorded(p, p + "/rules");   // a partial record: the rules may exist, unrecorded
        }
        return;
      }
      OperatingRules rules = stl.rules().get();
      String r = p + "/rules";
      Missing missing = new Missing(ctx);
      boolean quorum = rules.quorum().map(q -> q.minMembers().isPresent() || !q.minPerSector().isEmpty()).orElse(false);
      if (!quorum) {
        missing.add(rules, "quorum", r + "/quorum", part(ctx, "STL-05.part.quorum"));
      }
      if (rules.agendaNoticeDays().isEmpty()) {
        missing.add(rules, "agendaNoticeDays", r + "/agendaNoticeDays", part(ctx, "STL-05.part.agendaNotice"));
      }
      if (rules.decisionRule().isEmpty()) {
        missing.add(rules, "decisionRule", r + "/decisionRule", part(ctx, "STL-05.part.decisionRule"));
      }
      if (rules.publishedUrl().isEmpty()) {
        missing.add(rules, "publishedUrl", r + "/publishedUrl", part(ctx, "STL-05.part.publishedUrl"));
      }
      missing.report(s, r, "message", parts -> new Object[] {Texts.name(ctx, "/stls/" + i, stl.id(), stl.name()), parts});
    });
  }
}
