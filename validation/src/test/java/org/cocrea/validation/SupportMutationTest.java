package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.PartialDate;
import org.cocrea.validation.rules.support.Dates;
import org.junit.jupiter.api.Test;

/**
 * The boundaries of the shared date helpers ({@link Dates}) that every dated rule relies on: a deadline met on its
 * last day, a gap of exactly the allowed days, a date on the as-of day. Each assertion is one that a
 * changed comparison would break (docs/testing.md).
 */
class SupportMutationTest {

  private static PartialDate d(String text) {
    return PartialDate.parse(text);
  }

  @Test
  void aDeadlineInMonthsIsMetOnItsLastDayAndMissedTheDayAfter() {
    assertThat(Dates.withinMonths(d("2016-01-15"), d("2016-03-15"), 2)).contains(true);
    assertThat(Dates.withinMonths(d("2016-01-15"), d("2016-03-16"), 2)).contains(false);
    // a month from a day: its last day is after the deadline, its first day before: undetermined
    assertThat(Dates.withinMonths(d("2016-01-15"), d("2016-03"), 2)).isEmpty();
    // from a month: every day of May is after the latest deadline (2016-03-31 + 1 month), none of April is certain
    assertThat(Dates.withinMonths(d("2016-03"), d("2016-05-01"), 1)).contains(false);
    assertThat(Dates.withinMonths(d("2016-03"), d("2016-04-30"), 1)).isEmpty();
    assertThat(Dates.withinMonths(d("2016-03"), d("2016-04-01"), 1)).contains(true);
  }

  @Test
  void aDeadlineHasPassedOnlyTheDayAfterItsLatestDay() {
    assertThat(Dates.deadlinePassed(d("2016-01-15"), 2, LocalDate.of(2016, 3, 15))).isFalse();
    assertThat(Dates.deadlinePassed(d("2016-01-15"), 2, LocalDate.of(2016, 3, 16))).isTrue();
    assertThat(Dates.deadlinePassed(d("2016-01"), 2, LocalDate.of(2016, 3, 31))).isFalse();
    assertThat(Dates.deadlinePassed(d("2016-01"), 2, LocalDate.of(2016, 4, 1))).isTrue();
    assertThat(Dates.latestDeadline(d("2016-01"), 2)).isEqualTo(LocalDate.of(2016, 3, 31));
    assertThat(Dates.latestDeadline(d("2016-01-15"), 0)).isEqualTo(LocalDate.of(2016, 1, 15));
  }

  @Test
  void exactlyTheAllowedDaysApartHoldsAndOneMoreDoesNot() {
    assertThat(Dates.atMostDaysApart(d("2016-01-01"), d("2016-01-11"), 10)).contains(true);
    assertThat(Dates.atMostDaysApart(d("2016-01-01"), d("2016-01-12"), 10)).contains(false);
    // the nearest days of January and 2016-02-10 are exactly 10 apart, the farthest 40: cannot tell
    assertThat(Dates.atMostDaysApart(d("2016-01"), d("2016-02-10"), 10)).isEmpty();
    assertThat(Dates.atMostDaysApart(d("2016-01"), d("2016-02-11"), 10)).contains(false);
    assertThat(Dates.leastDaysBetween(d("2016-01"), d("2016-02-10"))).isEqualTo(10);
    assertThat(Dates.leastDaysBetween(d("2016-02-10"), d("2016-02-10"))).isZero();
  }

  @Test
  void aDateOnTheAsOfDayIsOnOrBeforeItAndNotAfterIt() {
    LocalDate day = LocalDate.of(2016, 3, 31);
    assertThat(Dates.certainlyOnOrBefore(d("2016-03-31"), day)).isTrue();
    assertThat(Dates.certainlyOnOrBefore(d("2016-03"), day)).isTrue();
    assertThat(Dates.certainlyOnOrBefore(d("2016-04-01"), day)).isFalse();
    assertThat(Dates.certainlyOnOrBefore(d("2016"), day)).isFalse();
    assertThat(Dates.certainlyAfter(d("2016-03-31"), day)).isFalse();
    assertThat(Dates.certainlyAfter(d("2016-04"), day)).isTrue();
    assertThat(Dates.certainlyAfter(d("2016"), day)).isFalse();
    assertThat(Dates.onOrBefore(d("2016-03-31"), day)).contains(true);
    assertThat(Dates.onOrBefore(d("2016-04-01"), day)).contains(false);
    assertThat(Dates.onOrBefore(d("2016-03"), day)).isEmpty();
  }

  @Test
  void theLatestDateIsTheOneWhoseLastDayIsLatestThenTheFinerOne() {
    assertThat(Dates.last(Stream.of(d("2016-11"), d("2016-11-30")))).contains(d("2016-11-30"));
    assertThat(Dates.last(Stream.of(d("2016-11-30"), d("2016-11")))).contains(d("2016-11-30"));
    assertThat(Dates.last(Stream.of(d("2016-12-01"), d("2016-11")))).contains(d("2016-12-01"));
    assertThat(Dates.last(Stream.empty())).isEmpty();
    assertThat(Dates.first(Stream.of(d("2017-01-02"), d("2016-12-31")))).contains(d("2016-12-31"));
    assertThat(Dates.text(Optional.of(d("2016-09")))).isEqualTo("2016-09");
    assertThat(Dates.text(Optional.empty())).isEqualTo("—");
    assertThat(Dates.daysBetween(d("2016-03-06"), d("2016-03-01"))).contains(-5L);
  }

  // ------------------------------------------------------------------------------------------ the shared walks

  /**
   * The rules that walk STLs, plans, tables, commitments or sessions through the shared helpers ({@code Walk},
   * {@code PalSupport}, {@code ComSupport}, {@code CoSupport}, {@code TrkSupport}) or their own loops count an
   * exercise with nothing to walk as one subject not applicable, at the exercise (the research export's
   * {@code not_applicable} column), and judge nothing.
   */
  private static final List<String> COUNT_THE_EMPTY_EXERCISE = List.of(
      "EXE-01", "EXE-02", "EXE-04", "EXE-05",
      "STL-01", "STL-02", "STL-03", "STL-04", "STL-05", "STL-06", "STL-07", "STL-08", "STL-09", "STL-10", "STL-11",
      "STL-12", "SES-01", "SES-02", "SES-03", "TRN-03",
      "CO-01", "CO-02", "CO-03", "CO-04", "CO-05", "CO-06", "CO-07", "CO-08", "CO-09",
      "PAL-01", "PAL-02", "PAL-03", "PAL-04", "PAL-05", "PAL-06", "PAL-07", "PAL-08",
      "COM-02", "COM-03", "COM-04", "COM-05", "COM-06", "COM-07", "COM-08", "COM-11", "COM-12", "COM-13", "COM-14",
      "TRK-01", "TRK-02", "TRK-03", "TRK-04", "TRK-05", "TRK-06");

  @Test
  void anExerciseWithNothingToWalkIsOneSubjectNotApplicable() {
    ValidationReport report = CocreaValidator.create(ValidatorOptions.builder().profile(Profile.OGP_LOCAL)
        .asOf(LocalDate.of(2017, 1, 1)).build()).validate(LocalExercise.builder().id("mx-vacio").build());
    for (String id : COUNT_THE_EMPTY_EXERCISE) {
      RuleResult r = RuleAssert.result(report, id);
      assertThat(List.of(r.outcome(), r.applied(), r.notApplicable(), r.notRecorded())).as(id)
          .containsExactly(Outcome.NOT_APPLICABLE, 0, 1, 0);
    }
  }
}
