package org.cocrea.validation.rules.trn;

import java.time.LocalDate;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.PartialDate;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * TRN-01 · A public website/webpage for the local exercise exists and is updated at least every 4 months. · E ·
 * websiteUrl, lastUpdated · [S:OGP-STD MR 2][S:OGP-LOC tip "at least every four months"]. Threshold
 * {@code maxMonthsSinceUpdate} (default 4). Time-aware: the last update is compared with the as-of date.
 */
public final class Trn01UpdatedWebsite {

  /** The rule TRN-01, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("TRN-01").ogpLocal().error()
      .source("[S:OGP-STD MR 2][S:OGP-LOC tip \"at least every four months\"]")
      .threshold("maxMonthsSinceUpdate", 4)
      .timeAware()
      .needs("websiteUrl", "websiteLastUpdated")
      .whenAbsent(Absence.FAIL)
      .check(Trn01UpdatedWebsite::check);

  private Trn01UpdatedWebsite() {}

  private static void check(RuleContext ctx, Subjects s) {
    LocalExercise x = ctx.exercise();
    LocalDate asOf = ctx.asOf().orElseThrow();
    int months = ctx.intThreshold("maxMonthsSinceUpdate");
    if (x.websiteUrl().isEmpty()) {
      s.failWith("", "noWebsite", x.id());
    } else if (x.websiteLastUpdated().flatMap(PartialDate::toLocalDate).isEmpty()) {
      s.failWith("/websiteUrl", "noUpdate", x.id(), x.websiteUrl().get());
    } else {
      LocalDate updated = x.websiteLastUpdated().flatMap(PartialDate::toLocalDate).get();
      s.check(!updated.plusMonths(months).isBefore(asOf), "/websiteLastUpdated", x.id(), updated, asOf, months);
    }
  }
}
