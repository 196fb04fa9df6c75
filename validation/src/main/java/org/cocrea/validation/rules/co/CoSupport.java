package org.cocrea.validation.rules.co;


import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cocrea.core.CoCreationProcess;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Participation;
import org.cocrea.core.ParticipatoryTable;
import org.cocrea.core.Resolution;
import org.cocrea.core.Sector;
import org.cocrea.core.StlSession;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/** Helpers shared by several CO rules of this package. */
final class CoSupport {

  private CoSupport() {}

  /** A table and its pointer. */
  @FunctionalInterface
  interface TableCheck {
    void apply(ParticipatoryTable table, String pointer);
  }

  /**
   * Runs a check on every table of every plan; plans without tables are not applicable, or NOT_RECORDED when their
   * tables are a PARTIAL part (were tables held? the record does not say).
   */
  static void forEachTable(RuleContext ctx, Subjects subjects, TableCheck check) {
    LocalExercise x = ctx.exercise();
    if (!eachPlanWithTables(x, subjects)) {
      return;
    }
    for (int i = 0; i < x.plans().size(); i++) {
      List<ParticipatoryTable> tables = tables(x.plans().get(i));
      if (tables.isEmpty() && tablesComplete(ctx, x.plans().get(i))) {
        subjects.notApplicable(planPointer(i));
      } else if (tables.isEmpty()) {
        subjects.notRecorded(planPointer(i), planPointer(i) + "/coCreation/tables");
      }
      for (int k = 0; k < tables.size(); k++) {
        check.apply(tables.get(k), planPointer(i) + "/coCreation/tables/" + k);
      }
    }
  }

  /** False (and the exercise not applicable) when there are no plans. */
  static boolean eachPlanWithTables(LocalExercise x, Subjects subjects) {
    if (x.plans().isEmpty()) {
      subjects.notApplicable("");
      return false;
    }
    return true;
  }

  static List<ParticipatoryTable> tables(LocalActionPlan plan) {
    return plan.coCreation().map(CoCreationProcess::tables).orElse(List.of());
  }

  /**
   * Whether a plan's tables are recorded in full (its co-creation's list, or the plan's co-creation itself when it has
   * none): in a PARTIAL part, a plan without recorded tables may have held them (real-records.md §1).
   */
  static boolean tablesComplete(RuleContext ctx, LocalActionPlan plan) {
    return plan.coCreation().map(c -> ctx.complete(c, "tables")).orElseGet(() -> ctx.complete(plan, "coCreation"));
  }

  static String planPointer(int i) {
    return "/plans/" + i;
  }

  /** Sectors counted as society by CO-03 and CO-07: {@link org.cocrea.validation.rules.support.Seats#SOCIETAL} minus those the options count as government. */
  static Set<Sector> societal(RuleContext ctx) {
    return org.cocrea.validation.rules.support.Seats.societal(ctx);
  }

  /** A participant's sector ({@link org.cocrea.core.Seats#participantSector}, as the statistics read it). */
  static Optional<Sector> sectorOf(Participation p, RuleContext ctx) {
    return org.cocrea.core.Seats.participantSector(ctx.exercise(), p);
  }

  /** Every resolution id of the exercise's STL sessions, with its session (first declaration wins). */
  static Map<String, StlSession> sessionsByResolution(LocalExercise x) {
    Map<String, StlSession> map = new HashMap<>();
    for (LocalTechnicalSecretariat stl : x.stls()) {
      for (StlSession s : stl.sessions()) {
        for (Resolution r : s.resolutions()) {
          map.putIfAbsent(r.id(), s);
        }
      }
    }
    return map;
  }

  static boolean present(Optional<String> s) {
    return s.filter(v -> !v.isBlank()).isPresent();
  }

  /** The sectors' labels in the options' language, in enum order, comma-separated. */
  static String labels(Set<Sector> sectors, RuleContext ctx) {
    Locale locale = ctx.options().locale();
    return String.join(", ", sectors.stream().sorted().map(s -> s.label(locale)).toList());
  }
}
