package org.cocrea.validation.rules.co;

import static org.cocrea.validation.rules.co.CoSupport.planPointer;
import static org.cocrea.validation.rules.co.CoSupport.sessionsByResolution;
import static org.cocrea.validation.rules.co.CoSupport.tables;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.ParticipatoryTable;
import org.cocrea.core.StlSession;
import org.cocrea.core.PartialDate;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * CO-01 · ≥1 participatory table held between STL installation and PAL approval. · E · tables.date · [S:SRC step
 * 4][S:APT]. The window runs from the earliest STL installation to the plan's approval (its {@code approvedOn},
 * else the date of the session that adopted the approving resolution, else its publication); an unknown bound
 * leaves that side open.
 */
public final class Co01TableBeforeApproval {

  /** The rule CO-01, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("CO-01").anyFramework().error()
      .source("[S:SRC step 4][S:APT]")
      .needs("plans[].coCreation.tables[].date", "stls[].installedOn", "plans[].approvedOn")
      .whenAbsent(Absence.FAIL)
      .check(Co01TableBeforeApproval::check);

  private Co01TableBeforeApproval() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    LocalExercise x = ctx.exercise();
    if (x.plans().isEmpty()) {
      subjects.notApplicable("");
      return;
    }
    Optional<LocalDate> installed = x.stls().stream()
        .map(LocalTechnicalSecretariat::installedOn).flatMap(d -> d.flatMap(PartialDate::toLocalDate).stream()).min(LocalDate::compareTo);
    Map<String, StlSession> sessions = sessionsByResolution(x);
    for (int i = 0; i < x.plans().size(); i++) {
      LocalActionPlan plan = x.plans().get(i);
      String ptr = planPointer(i);
      List<ParticipatoryTable> tables = tables(plan);
      if (tables.isEmpty()) {
        subjects.failWith(plan.coCreation().isPresent() ? ptr + "/coCreation" : ptr, "noTables", plan.id());
        continue;
      }
      Optional<LocalDate> approved = approvalDate(plan, sessions).or(() -> plan.publishedOn().flatMap(PartialDate::toLocalDate));
      boolean anyDated = tables.stream().anyMatch(t -> t.date().flatMap(PartialDate::toLocalDate).isPresent());
      boolean unbounded = installed.isEmpty() && approved.isEmpty();
      boolean held = tables.stream().anyMatch(t -> unbounded
          || t.date().flatMap(PartialDate::toLocalDate).map(d -> installed.map(s -> !d.isBefore(s)).orElse(true)
              && approved.map(a -> !d.isAfter(a)).orElse(true)).orElse(false));
      if (held) {
        subjects.pass(ptr + "/coCreation/tables");
      } else if (!anyDated) {
        subjects.failWith(ptr + "/coCreation/tables", "undated", plan.id());
      } else {
        subjects.fail(ptr + "/coCreation/tables", text(installed), text(approved), plan.id());
      }
    }
  }

  /** The plan's approval date: its {@code approvedOn}, else the date of the session that adopted its resolution. */
  private static Optional<LocalDate> approvalDate(LocalActionPlan plan, Map<String, StlSession> sessions) {
    return plan.approvedOn().flatMap(PartialDate::toLocalDate).or(() -> plan.approvedByResolutionId()
        .map(sessions::get).flatMap(StlSession::date).flatMap(PartialDate::toLocalDate));
  }

  private static String text(Optional<LocalDate> date) {
    return date.map(String::valueOf).orElse("—");
  }
}
