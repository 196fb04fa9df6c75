package org.cocrea.validation.rules.co;

import static org.cocrea.validation.rules.co.CoSupport.eachPlanWithTables;
import static org.cocrea.validation.rules.co.CoSupport.planPointer;
import static org.cocrea.validation.rules.co.CoSupport.tables;
import static org.cocrea.validation.rules.co.CoSupport.tablesComplete;

import java.util.List;
import java.util.Optional;
import org.cocrea.core.DiagnosticInput;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.PartialDate;
import org.cocrea.core.ParticipatoryTable;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Dates;

/**
 * CO-09 · ≥1 diagnostic input (consultation, survey, expert forum) precedes the tables. · W · diagnosticInputs ·
 * [S:APT Oaxaca, SLP][S:SIN][S:KIT6 lección 3]. An input dated on or before the first table, or an undated one,
 * counts.
 *
 * <p>Tables or diagnostic inputs absent from a PARTIAL record or part are not recorded: NOT_RECORDED (were tables
 * held? were inputs gathered? the record does not say).
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
        if (tablesComplete(ctx, plan)) {
          subjects.notApplicable(ptr);
        } else {
          subjects.notRecorded(ptr, ptr + "/tables");   // were tables held? the record does not say
        }
        continue;
      }
      List<DiagnosticInput> inputs = plan.coCreation().orElseThrow().diagnosticInputs();
      if (inputs.isEmpty() && !ctx.complete(plan.coCreation().orElseThrow(), "diagnosticInputs")) {
        subjects.notRecorded(ptr, ptr + "/diagnosticInputs");   // a partial record: inputs may exist, unrecorded
        continue;
      }
      if (inputs.isEmpty()) {
        subjects.failWith(ptr, "none", plan.id());
        continue;
      }
      Optional<PartialDate> firstTable = Dates.first(tables.stream()
          .map(ParticipatoryTable::date).flatMap(Optional::stream));
      // an input precedes the first table when it is undated or on or before it at their common precision
      List<Optional<Boolean>> precede = inputs.stream().map(in -> firstTable.isEmpty() || in.date().isEmpty()
          ? Optional.of(true) : Dates.onOrBefore(in.date().get(), firstTable.get())).toList();
      if (precede.stream().noneMatch(o -> o.orElse(false)) && precede.stream().anyMatch(Optional::isEmpty)) {
        subjects.notRecorded(ptr + "/diagnosticInputs", ptr + "/diagnosticInputs", ptr + "/tables");
        continue;
      }
      boolean precedes = precede.stream().anyMatch(o -> o.orElse(false));
      subjects.check(precedes, ptr + "/diagnosticInputs", firstTable.map(String::valueOf).orElse(""), plan.id());
    }
  }
}
