package org.cocrea.validation.rules.co;

import static org.cocrea.validation.rules.co.CoSupport.eachPlanWithTables;
import static org.cocrea.validation.rules.co.CoSupport.planPointer;
import static org.cocrea.validation.rules.co.CoSupport.tables;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cocrea.core.DiagnosticInput;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.ParticipatoryTable;
import org.cocrea.core.PartialDate;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * CO-09 · ≥1 diagnostic input (consultation, survey, expert forum) precedes the tables. · W · diagnosticInputs ·
 * [S:APT Oaxaca, SLP][S:SIN][S:KIT6 lección 3]. An input dated on or before the first table, or an undated one,
 * counts.
 */
public final class Co09DiagnosticInput {

  /** The rule CO-09, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("CO-09").anyFramework().warning()
      .source("[S:APT Oaxaca, SLP][S:SIN][S:KIT6 lección 3]")
      .needs("plans[].coCreation.diagnosticInputs[].date", "plans[].coCreation.tables[].date")
      .whenAbsent(Absence.FAIL)
      .check(Co09DiagnosticInput::check);

  private Co09DiagnosticInput() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    LocalExercise x = ctx.exercise();
    if (!eachPlanWithTables(x, subjects)) {
      return;
    }
    for (int i = 0; i < x.plans().size(); i++) {
      LocalActionPlan plan = x.plans().get(i);
      String ptr = planPointer(i) + "/coCreation";
      List<ParticipatoryTable> tables = tables(plan);
      if (tables.isEmpty()) {
        subjects.notApplicable(ptr);
        continue;
      }
      List<DiagnosticInput> inputs = plan.coCreation().orElseThrow().diagnosticInputs();
      if (inputs.isEmpty()) {
        subjects.failWith(ptr, "none", plan.id());
        continue;
      }
      Optional<LocalDate> firstTable = tables.stream()
          .map(ParticipatoryTable::date).flatMap(d -> d.flatMap(PartialDate::toLocalDate).stream()).min(LocalDate::compareTo);
      boolean precedes = firstTable.isEmpty() || inputs.stream()
          .anyMatch(in -> in.date().flatMap(PartialDate::toLocalDate).map(d -> !d.isAfter(firstTable.get())).orElse(true));
      subjects.check(precedes, ptr + "/diagnosticInputs", firstTable.map(String::valueOf).orElse(""), plan.id());
    }
  }
}
