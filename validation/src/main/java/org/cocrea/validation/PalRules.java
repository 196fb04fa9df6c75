package org.cocrea.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.cocrea.core.Commitment;
import org.cocrea.core.CommitmentType;
import org.cocrea.core.CrossCuttingTheme;
import org.cocrea.core.Introduction;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.PalSections;
import org.cocrea.core.Sector;

/**
 * The PAL rules of the catalogue (methodology.md section 4.5): what each Local Action Plan holds as a whole. The
 * subject of every rule is the plan ({@code /plans/i}); an exercise without plans is not applicable.
 *
 * <p>A commitment whose type is not recorded counts as regular: proactive commitments are the explicitly marked
 * extra ones [S:APT].
 */
final class PalRules {

  /**
   * PAL-01 · PAL has ≥1 regular (non-proactive) commitment. · E · commitments.type · [S:KIT5 PAL holds
   * commitments][S:APT].
   */
  static final Rule PAL_01 = Rule.define("PAL-01").error()
      .source("[S:KIT5 PAL holds commitments][S:APT]")
      .check(PalRules::pal01);

  /**
   * PAL-02 · Number of regular commitments within [3, 15]. · W · count · [P]; observed 5–8 [S:APT][S:JAL]; OGP older
   * guidance 5–15 [S:OGP-TPL]. Thresholds {@code minRegular} (3) and {@code maxRegular} (15).
   */
  static final Rule PAL_02 = Rule.define("PAL-02").warning()
      .source("[P]; observed 5–8 [S:APT][S:JAL]; OGP older guidance 5–15 [S:OGP-TPL]")
      .threshold("minRegular", 3)
      .threshold("maxRegular", 15)
      .check(PalRules::pal02);

  /**
   * PAL-03 · periodStart &lt; periodEnd and duration ≤ 24 months. · E (order) / W (duration) · dates · [S:APT one
   * year][S:JAL 2016-18][S:OGP-GL] ; 24 months [P]. Threshold {@code maxMonths} (24). A missing or inverted period
   * is an error; a period longer than the threshold is a warning in every profile.
   */
  static final Rule PAL_03 = Rule.define("PAL-03").error()
      .source("[S:APT one year][S:JAL 2016-18][S:OGP-GL] ; 24 months [P]")
      .threshold("maxMonths", 24)
      .check(PalRules::pal03);

  /**
   * PAL-04 · PAL contains the format sections Introducción (4 sub-items), Contexto normativo, Mapa conceptual. · W
   * ("se sugiere") · sections · [S:F16]. The four introduction items are context, importance, actors (text or ids)
   * and expected outcomes.
   */
  static final Rule PAL_04 = Rule.define("PAL-04").warning()
      .source("[S:F16]")
      .check(PalRules::pal04);

  /**
   * PAL-05 · Introduction names the actors involved incl. guarantor body, government, civil society and INAI. · W ·
   * sections.introduction.actors · [S:F16 1.III]. Checked on the actors named by id ({@code actorIds}) through their
   * sectors (government per {@link ValidatorOptions#governmentSeatSectors()}; INAI is
   * {@link Sector#NATIONAL_GUARANTOR}; the exercise's guarantor body also counts as guarantor). Not applicable
   * without an introduction, or when the actors are given only as free text.
   */
  static final Rule PAL_05 = Rule.define("PAL-05").warning()
      .source("[S:F16 1.III]")
      .check(PalRules::pal05);

  /**
   * PAL-06 · The plan records a cross-cutting review (gender, budget, local anticorruption system, Agenda 2030). · W
   * · crossCuttingReview · [S:KIT8]. Every one of the four themes must be reviewed.
   */
  static final Rule PAL_06 = Rule.define("PAL-06").warning()
      .source("[S:KIT8]")
      .check(PalRules::pal06);

  /**
   * PAL-07 · ≥1 commitment links to an SDG target. · W · sdgTargets · [S:KIT8][S:F16 legal context lists Agenda
   * 2030][S:SRC PNUD alliance]. Not applicable to a plan without commitments.
   */
  static final Rule PAL_07 = Rule.define("PAL-07").warning()
      .source("[S:KIT8][S:F16 legal context lists Agenda 2030][S:SRC PNUD alliance]")
      .check(PalRules::pal07);

  /**
   * PAL-08 · Published PAL text equals the STL-approved version (hash/version match). · W · versions · [P]. Not
   * applicable unless both hashes are recorded.
   */
  static final Rule PAL_08 = Rule.define("PAL-08").warning()
      .source("[P]")
      .check(PalRules::pal08);

  private PalRules() {}

  static List<Rule> all() {
    return List.of(PAL_01, PAL_02, PAL_03, PAL_04, PAL_05, PAL_06, PAL_07, PAL_08);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Checks

  private static void pal01(RuleContext ctx, Subjects subjects) {
    forEachPlan(ctx.exercise(), subjects, (plan, ptr) -> {
      long regular = regularCount(plan);
      subjects.check(regular >= 1, commitmentsPointer(plan, ptr), plan.commitments().size(), plan.id());
    });
  }

  private static void pal02(RuleContext ctx, Subjects subjects) {
    int min = ctx.intThreshold("minRegular");
    int max = ctx.intThreshold("maxRegular");
    forEachPlan(ctx.exercise(), subjects, (plan, ptr) -> {
      long regular = regularCount(plan);
      subjects.check(regular >= min && regular <= max, commitmentsPointer(plan, ptr), regular, min, max, plan.id());
    });
  }

  private static void pal03(RuleContext ctx, Subjects subjects) {
    int maxMonths = ctx.intThreshold("maxMonths");
    forEachPlan(ctx.exercise(), subjects, (plan, ptr) -> {
      Optional<LocalDate> start = plan.periodStart();
      Optional<LocalDate> end = plan.periodEnd();
      if (start.isEmpty() || end.isEmpty()) {
        List<String> missing = new ArrayList<>();
        start.ifPresentOrElse(s -> { }, () -> missing.add(StlRules.part(ctx, "PAL-03.part.periodStart")));
        end.ifPresentOrElse(e -> { }, () -> missing.add(StlRules.part(ctx, "PAL-03.part.periodEnd")));
        subjects.failWith(ptr, "missing", String.join(", ", missing), plan.id());
      } else if (!start.get().isBefore(end.get())) {
        subjects.failWith(ptr + "/periodEnd", "order", start.get(), end.get(), plan.id());
      } else if (end.get().isAfter(start.get().plusMonths(maxMonths))) {
        subjects.failAs(Severity.WARNING, ptr + "/periodEnd", "duration", start.get(), end.get(), maxMonths,
            plan.id());
      } else {
        subjects.pass(ptr);
      }
    });
  }

  private static void pal04(RuleContext ctx, Subjects subjects) {
    forEachPlan(ctx.exercise(), subjects, (plan, ptr) -> {
      if (plan.sections().isEmpty()) {
        subjects.failWith(ptr, "noSections", plan.id());
        return;
      }
      PalSections s = plan.sections().get();
      List<String> missing = new ArrayList<>();
      if (s.introduction().isEmpty()) {
        missing.add(StlRules.part(ctx, "PAL-04.part.introduction"));
      } else {
        Introduction in = s.introduction().get();
        addIfMissing(ctx, missing, in.context(), "context");
        addIfMissing(ctx, missing, in.importance(), "importance");
        if (!present(in.actors()) && in.actorIds().isEmpty()) {
          missing.add(StlRules.part(ctx, "PAL-04.part.actors"));
        }
        addIfMissing(ctx, missing, in.expectedOutcomes(), "expectedOutcomes");
      }
      if (s.legalContext().isEmpty()) {
        missing.add(StlRules.part(ctx, "PAL-04.part.legalContext"));
      }
      if (s.conceptMap().isEmpty()) {
        missing.add(StlRules.part(ctx, "PAL-04.part.conceptMap"));
      }
      subjects.check(missing.isEmpty(), ptr + "/sections", String.join(", ", missing), plan.id());
    });
  }

  private static void pal05(RuleContext ctx, Subjects subjects) {
    LocalExercise x = ctx.exercise();
    Set<Sector> government = ctx.options().governmentSeatSectors();
    Locale locale = ctx.options().locale();
    forEachPlan(x, subjects, (plan, ptr) -> {
      Optional<Introduction> intro = plan.sections().flatMap(PalSections::introduction);
      if (intro.isEmpty() || intro.get().actorIds().isEmpty() && present(intro.get().actors())) {
        subjects.notApplicable(ptr);
        return;
      }
      Set<Sector> named = EnumSet.noneOf(Sector.class);
      boolean guarantor = false;
      for (String id : intro.get().actorIds()) {
        StlRules.organizationSector(ctx, id).ifPresent(named::add);
        guarantor |= x.guarantorBodyId().map(id::equals).orElse(false);
      }
      List<String> missing = new ArrayList<>();
      if (!guarantor && !named.contains(Sector.GUARANTOR_BODY)) {
        missing.add(Sector.GUARANTOR_BODY.label(locale));
      }
      if (named.stream().noneMatch(government::contains)) {
        missing.add(Sector.GOVERNMENT.label(locale));
      }
      if (!named.contains(Sector.CIVIL_SOCIETY)) {
        missing.add(Sector.CIVIL_SOCIETY.label(locale));
      }
      if (!named.contains(Sector.NATIONAL_GUARANTOR)) {
        missing.add(Sector.NATIONAL_GUARANTOR.label(locale));
      }
      subjects.check(missing.isEmpty(), ptr + "/sections/introduction", String.join(", ", missing), plan.id());
    });
  }

  private static void pal06(RuleContext ctx, Subjects subjects) {
    Locale locale = ctx.options().locale();
    forEachPlan(ctx.exercise(), subjects, (plan, ptr) -> {
      Set<CrossCuttingTheme> missing = EnumSet.allOf(CrossCuttingTheme.class);
      missing.removeAll(plan.crossCuttingReview());
      String at = plan.crossCuttingReview().isEmpty() ? ptr : ptr + "/crossCuttingReview";
      subjects.check(missing.isEmpty(), at,
          String.join(", ", missing.stream().map(t -> t.label(locale)).toList()), plan.id());
    });
  }

  private static void pal07(RuleContext ctx, Subjects subjects) {
    forEachPlan(ctx.exercise(), subjects, (plan, ptr) -> {
      if (plan.commitments().isEmpty()) {
        subjects.notApplicable(ptr);
      } else {
        boolean linked = plan.commitments().stream().anyMatch(c -> !c.sdgTargets().isEmpty());
        subjects.check(linked, ptr + "/commitments", plan.commitments().size(), plan.id());
      }
    });
  }

  private static void pal08(RuleContext ctx, Subjects subjects) {
    forEachPlan(ctx.exercise(), subjects, (plan, ptr) -> {
      if (plan.approvedTextHash().isEmpty() || plan.publishedTextHash().isEmpty()) {
        subjects.notApplicable(ptr);
      } else {
        String approved = plan.approvedTextHash().get().strip();
        String published = plan.publishedTextHash().get().strip();
        subjects.check(approved.equalsIgnoreCase(published), ptr + "/publishedTextHash", published, approved,
            plan.id());
      }
    });
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Helpers

  /** A plan and its pointer. */
  @FunctionalInterface
  private interface PlanCheck {
    void apply(LocalActionPlan plan, String pointer);
  }

  private static void forEachPlan(LocalExercise x, Subjects subjects, PlanCheck check) {
    if (x.plans().isEmpty()) {
      subjects.notApplicable("");
      return;
    }
    for (int i = 0; i < x.plans().size(); i++) {
      check.apply(x.plans().get(i), "/plans/" + i);
    }
  }

  private static long regularCount(LocalActionPlan plan) {
    return plan.commitments().stream()
        .map(Commitment::type).filter(t -> t.map(v -> v != CommitmentType.PROACTIVE).orElse(true)).count();
  }

  /** The commitments list when written, else the plan. */
  private static String commitmentsPointer(LocalActionPlan plan, String ptr) {
    return plan.commitments().isEmpty() ? ptr : ptr + "/commitments";
  }

  /** Adds the localised name of a PAL-04 item ({@code PAL-04.part.<name>}) when its text is missing. */
  private static void addIfMissing(RuleContext ctx, List<String> missing, Optional<String> value, String name) {
    if (!present(value)) {
      missing.add(StlRules.part(ctx, "PAL-04.part." + name));
    }
  }

  private static boolean present(Optional<String> s) {
    return s.filter(v -> !v.isBlank()).isPresent();
  }
}
