package org.cocrea.validation.rules.co;

import static org.cocrea.validation.rules.co.CoSupport.planPointer;
import static org.cocrea.validation.rules.co.CoSupport.sessionsByResolution;
import static org.cocrea.validation.rules.co.CoSupport.tables;
import static org.cocrea.validation.rules.co.CoSupport.tablesComplete;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.PartialDate;
import org.cocrea.core.ParticipatoryTable;
import org.cocrea.core.StlSession;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Dates;

/**
 * CO-01 · ≥1 participatory table held between STL installation and PAL approval. · E · tables.date · [S:SRC step
 * 4][S:APT]. The window runs from the earliest STL installation to the plan's approval (its {@code approvedOn},
 * else the date of the session that adopted the approving resolution, else its publication); an unknown bound
 * leaves that side open. Dates are compared at their common precision ({@link Dates}): when no table is certainly
 * inside the window and one may be, the plan is NOT_RECORDED.
 *
 * <p>In a PARTIAL record or part, absent tables or table dates are not recorded: a plan without recorded tables, or
 * whose recorded tables do not show one in the window while tables or their dates are not recorded, is NOT_RECORDED
 * (were tables held? the record does not say), never FAIL.
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
    Optional<PartialDate> installed = Dates.first(x.stls().stream()
        .map(LocalTechnicalSecretariat::installedOn).flatMap(Optional::stream));
    Map<String, StlSession> sessions = sessionsByResolution(x);
    for (int i = 0; i < x.plans().size(); i++) {
      LocalActionPlan plan = x.plans().get(i);
      String ptr = planPointer(i);
      List<ParticipatoryTable> tables = tables(plan);
      boolean allTables = tablesComplete(ctx, plan);
      if (tables.isEmpty()) {
        if (allTables) {
          subjects.failWith(plan.coCreation().isPresent() ? ptr + "/coCreation" : ptr, "noTables", plan.id());
        } else {
          subjects.notRecorded(ptr, ptr + "/coCreation/tables");   // were tables held? the record does not say
        }
        continue;
      }
      Optional<PartialDate> approved = approvalDate(plan, sessions).or(plan::publishedOn);
      boolean anyDated = tables.stream().anyMatch(t -> t.date().isPresent());
      boolean unbounded = installed.isEmpty() && approved.isEmpty();
      // each dated table inside the window, at the dates' common precision: true, false or cannot tell
      List<Optional<Boolean>> inside = tables.stream().filter(t -> t.date().isPresent())
          .map(t -> inWindow(t.date().get(), installed, approved)).toList();
      List<String> undatedNotRecorded = new ArrayList<>();
      for (int k = 0; k < tables.size(); k++) {
        // a table date not recorded in a partial part may be the one inside the window
        if (tables.get(k).date().isEmpty() && !ctx.complete(tables.get(k), "date")) {
          undatedNotRecorded.add(ptr + "/coCreation/tables/" + k + "/date");
        }
      }
      if (unbounded || inside.stream().anyMatch(o -> o.orElse(false))) {
        subjects.pass(ptr + "/coCreation/tables");
      } else if (!allTables || !undatedNotRecorded.isEmpty()) {
        // a table not recorded, or a date not recorded, may be the one held in the window
        if (!allTables) {
          undatedNotRecorded.add(0, ptr + "/coCreation/tables");
        }
        subjects.notRecorded(ptr + "/coCreation/tables", undatedNotRecorded.toArray(String[]::new));
      } else if (!anyDated) {
        subjects.failWith(ptr + "/coCreation/tables", "undated", plan.id());
      } else if (inside.stream().anyMatch(Optional::isEmpty)) {
        subjects.notRecorded(ptr + "/coCreation/tables", ptr + "/coCreation/tables", "/stls", ptr + "/approvedOn");
      } else {
        subjects.fail(ptr + "/coCreation/tables", Dates.text(installed), Dates.text(approved), plan.id());
      }
    }
  }

  /** Whether a table's date is on or after the installation and on or before the approval (an unknown bound is open). */
  private static Optional<Boolean> inWindow(PartialDate d, Optional<PartialDate> installed,
      Optional<PartialDate> approved) {
    Optional<Boolean> afterInstallation = installed.map(s -> Dates.onOrAfter(d, s)).orElse(Optional.of(true));
    Optional<Boolean> beforeApproval = approved.map(a -> Dates.onOrBefore(d, a)).orElse(Optional.of(true));
    if (afterInstallation.equals(Optional.of(false)) || beforeApproval.equals(Optional.of(false))) {
      return Optional.of(false);
    }
    return afterInstallation.isPresent() && beforeApproval.isPresent() ? Optional.of(true) : Optional.empty();
  }

  /** The plan's approval date: its {@code approvedOn}, else the date of the session that adopted its resolution. */
  private static Optional<PartialDate> approvalDate(LocalActionPlan plan, Map<String, StlSession> sessions) {
    return plan.approvedOn().or(() -> plan.approvedByResolutionId()
        .map(sessions::get).flatMap(StlSession::date));
  }
}
