package org.cocrea.validation.rules.pal;

import static org.cocrea.validation.rules.pal.PalSupport.forEachPlan;
import static org.cocrea.validation.rules.pal.PalSupport.present;
import static org.cocrea.validation.rules.support.Texts.part;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cocrea.core.Introduction;
import org.cocrea.core.PalSections;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * PAL-04 · PAL contains the format sections Introducción (4 sub-items), Contexto normativo, Mapa conceptual. · W
 * ("se sugiere") · sections · [S:F16]. The four introduction items are context, importance, actors (text or ids)
 * and expected outcomes.
 *
 * <p>Sections, or parts of them, absent from a PARTIAL record or part are not recorded: NOT_RECORDED.
 */
public final class Pal04FormatSections {

  /** The rule PAL-04, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("PAL-04").inaiLocal().warning()
      .source("[S:F16]")
      .needs("plans[].sections.introduction", "plans[].sections.legalContext", "plans[].sections.conceptMap")
      .whenAbsent(Absence.FAIL)
      .check(Pal04FormatSections::check);

  private Pal04FormatSections() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    forEachPlan(ctx.exercise(), subjects, (plan, ptr) -> {
      if (plan.sections().isEmpty()) {
        if (ctx.complete(plan, "sections")) {
          subjects.failWith(ptr, "noSections", plan.id());
        } else {
          subjects.notRecorded(ptr, ptr + "/sections");   // a partial record: the sections are not recorded
        }
        return;
      }
      PalSections s = plan.sections().get();
      List<String> missing = new ArrayList<>();
      if (s.introduction().isEmpty()) {
        missing.add(part(ctx, "PAL-04.part.introduction"));
      } else {
        Introduction in = s.introduction().get();
        addIfMissing(ctx, missing, in.context(), "context");
        addIfMissing(ctx, missing, in.importance(), "importance");
        if (!present(in.actors()) && in.actorIds().isEmpty()) {
          missing.add(part(ctx, "PAL-04.part.actors"));
        }
        addIfMissing(ctx, missing, in.expectedOutcomes(), "expectedOutcomes");
      }
      if (s.legalContext().isEmpty()) {
        missing.add(part(ctx, "PAL-04.part.legalContext"));
      }
      if (s.conceptMap().isEmpty()) {
        missing.add(part(ctx, "PAL-04.part.conceptMap"));
      }
      if (!missing.isEmpty() && !ctx.complete(s)) {
        subjects.notRecorded(ptr + "/sections", ptr + "/sections");   // parts not recorded, not absent
        return;
      }
      subjects.check(missing.isEmpty(), ptr + "/sections", String.join(", ", missing), plan.id());
    });
  }

  /** Adds the localised name of a PAL-04 item ({@code PAL-04.part.<name>}) when its text is missing. */
  private static void addIfMissing(RuleContext ctx, List<String> missing, Optional<String> value, String name) {
    if (!present(value)) {
      missing.add(part(ctx, "PAL-04.part." + name));
    }
  }
}
