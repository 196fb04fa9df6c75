package org.cocrea.validation.rules.co;

import static org.cocrea.validation.rules.co.CoSupport.eachPlanWithTables;
import static org.cocrea.validation.rules.co.CoSupport.planPointer;
import static org.cocrea.validation.rules.co.CoSupport.tables;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.cocrea.core.CoCreationProcess;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.ParticipatoryTable;
import org.cocrea.core.PublicCall;
import org.cocrea.core.PartialDate;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * CO-05 · The co-creation timeline/call is published ≥14 days before the first table. · W · timelinePublishedOn ·
 * [S:OGP-ART "details… and timeline available (online at minimum) prior to the consultation"; "sufficient
 * forewarning"]; 14 days [P]. Threshold {@code minNoticeDays} (14). The earlier of the timeline's publication and
 * the publication of the co-creation's public call counts.
 */
public final class Co05TimelineNotice {

  /** The rule CO-05, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("CO-05").ogpLocal().warning()
      .source("[S:OGP-ART \"details… and timeline available (online at minimum) prior to the consultation\"; "
          + "\"sufficient forewarning\"]; 14 days [P]")
      .threshold("minNoticeDays", 14)
      .needs("plans[].coCreation.timelinePublishedOn", "plans[].coCreation.publicCallId",
          "plans[].coCreation.tables[].date")
      .whenAbsent(Absence.FAIL)
      .check(Co05TimelineNotice::check);

  private Co05TimelineNotice() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    LocalExercise x = ctx.exercise();
    if (!eachPlanWithTables(x, subjects)) {
      return;
    }
    int minDays = ctx.intThreshold("minNoticeDays");
    for (int i = 0; i < x.plans().size(); i++) {
      LocalActionPlan plan = x.plans().get(i);
      String ptr = planPointer(i) + "/coCreation";
      Optional<LocalDate> firstTable = tables(plan).stream()
          .map(ParticipatoryTable::date).flatMap(d -> d.flatMap(PartialDate::toLocalDate).stream()).min(LocalDate::compareTo);
      if (firstTable.isEmpty()) {
        subjects.notApplicable(ptr);
        continue;
      }
      CoCreationProcess co = plan.coCreation().orElseThrow();
      Optional<LocalDate> timeline = co.timelinePublishedOn().flatMap(PartialDate::toLocalDate);
      Optional<LocalDate> call = co.publicCallId()
          .flatMap(id -> ctx.index().find(PublicCall.class, id)).flatMap(PublicCall::publishedOn).flatMap(PartialDate::toLocalDate);
      Optional<LocalDate> published = earliest(timeline, call);
      if (published.isEmpty()) {
        subjects.failWith(ptr, "unpublished", firstTable.get(), plan.id());
        continue;
      }
      long days = ChronoUnit.DAYS.between(published.get(), firstTable.get());
      String at = timeline.isPresent() && timeline.equals(published) ? ptr + "/timelinePublishedOn"
          : ptr + "/publicCallId";
      subjects.check(days >= minDays, at, published.get(), firstTable.get(), days, minDays, plan.id());
    }
  }

  private static Optional<LocalDate> earliest(Optional<LocalDate> a, Optional<LocalDate> b) {
    if (a.isPresent() && b.isPresent()) {
      return Optional.of(a.get().isAfter(b.get()) ? b.get() : a.get());
    }
    return a.isPresent() ? a : b;
  }
}
