package org.cocrea.validation.rules.co;

import static org.cocrea.validation.rules.co.CoSupport.eachPlanWithTables;
import static org.cocrea.validation.rules.co.CoSupport.planPointer;
import static org.cocrea.validation.rules.co.CoSupport.tables;

import java.util.Optional;
import java.util.stream.Stream;
import org.cocrea.core.CoCreationProcess;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.PartialDate;
import org.cocrea.core.ParticipatoryTable;
import org.cocrea.core.PublicCall;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Dates;

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
      Optional<PartialDate> firstTable = Dates.first(tables(plan).stream()
          .map(ParticipatoryTable::date).flatMap(Optional::stream));
      if (firstTable.isEmpty()) {
        subjects.notApplicable(ptr);
        continue;
      }
      CoCreationProcess co = plan.coCreation().orElseThrow();
      Optional<PartialDate> timeline = co.timelinePublishedOn();
      Optional<PartialDate> call = co.publicCallId()
          .flatMap(id -> ctx.index().find(PublicCall.class, id)).flatMap(PublicCall::publishedOn);
      Optional<PartialDate> published = Dates.first(Stream.of(timeline, call).flatMap(Optional::stream));
      if (published.isEmpty()) {
        subjects.failWith(ptr, "unpublished", firstTable.get(), plan.id());
        continue;
      }
      String at = timeline.isPresent() && timeline.equals(published) ? ptr + "/timelinePublishedOn"
          : ptr + "/publicCallId";
      // a notice counted in days needs both dates to the day (real-records §3)
      Optional<Long> days = Dates.daysBetween(published.get(), firstTable.get());
      if (days.isEmpty()) {
        subjects.notRecorded(ptr, at, ptr + "/tables");
        continue;
      }
      subjects.check(days.get() >= minDays, at, published.get(), firstTable.get(), days.get(), minDays, plan.id());
    }
  }
}
