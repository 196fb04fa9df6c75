package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.validation.RuleAssert.findings;
import static org.cocrea.validation.RuleAssert.outcome;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.cocrea.core.Commitment;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.PartialDate;
import org.cocrea.core.StlSession;
import org.cocrea.validation.rules.support.Dates;
import org.junit.jupiter.api.Test;

/**
 * Rules that compare dates, at mixed precision (real-records §3): an order the recorded precision makes certain is
 * judged; one it cannot tell ({@code 2021-09} against {@code 2021-09-14}) makes the subject NOT_RECORDED, never a
 * failure; deadlines in days or months are judged only when the dates are precise enough to decide.
 */
class MixedPrecisionDatesTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

  private static PartialDate d(String text) {
    return PartialDate.parse(text);
  }

  // --------------------------------------------------------------------------------------------- the shared helper

  @Test
  void theHelperJudgesCertainOrdersAndLeavesUndeterminedOnesOpen() {
    assertThat(Dates.onOrBefore(d("2021-09"), d("2022-01"))).contains(true);
    assertThat(Dates.onOrBefore(d("2022-01"), d("2021-09"))).contains(false);
    assertThat(Dates.onOrBefore(d("2021-09"), d("2021-09"))).contains(true); // the same month, as recorded
    assertThat(Dates.onOrBefore(d("2021-09"), d("2021-09-14"))).isEmpty();
    assertThat(Dates.onOrAfter(d("2016"), d("2016-09"))).isEmpty();
    assertThat(Dates.onOrBefore(d("2016-09-30"), LocalDate.of(2016, 10, 1))).contains(true);
    // two months after "2016-09": met by 2016-10-31 whatever day of September; missed by 2017; open for 2016-11-15
    assertThat(Dates.withinMonths(d("2016-09"), d("2016-10-31"), 2)).contains(true);
    assertThat(Dates.withinMonths(d("2016-09"), d("2017"), 2)).contains(false);
    assertThat(Dates.withinMonths(d("2016-09"), d("2016-11-15"), 2)).isEmpty();
    assertThat(Dates.daysBetween(d("2016-03-01"), d("2016-03-06"))).contains(5L);
    assertThat(Dates.daysBetween(d("2016-03"), d("2016-03-06"))).isEmpty();
    assertThat(Dates.atMostDaysApart(d("2016-01"), d("2016-03"), 183)).contains(true);
    assertThat(Dates.atMostDaysApart(d("2016-01"), d("2017-03"), 183)).contains(false);
    assertThat(Dates.atMostDaysApart(d("2016-01"), d("2016-07"), 183)).isEmpty();
    assertThat(Dates.first(java.util.stream.Stream.of(d("2016-09-14"), d("2016-09"), d("2017")))).contains(d("2016-09"));
    assertThat(Dates.last(java.util.stream.Stream.of(d("2016-12-14"), d("2016"), d("2016-11")))).contains(d("2016"));
  }

  // ------------------------------------------------------------------------------------------------------- COM-08

  @Test
  void com08JudgesMonthDatesInsideAMonthPeriod() {
    assertThat(outcome(validate(plan("2021-08", "2023-07", commitment("2021-09", "2022-06"))), "COM-08"))
        .isEqualTo(Outcome.PASS);
    assertThat(findings(validate(plan("2021-08", "2023-07", commitment("2021-09", "2024-01"))), "COM-08"))
        .extracting(Finding::pointer).containsExactly("/plans/0/commitments/0/endDate");
    assertThat(findings(validate(plan("2021-08", "2023-07", commitment("2022-06", "2021-09"))), "COM-08"))
        .extracting(Finding::messageKey).containsExactly("COM-08.order");
  }

  @Test
  void com08SaysNotRecordedWhenThePrecisionCannotTell() {
    ValidationReport r = validate(plan("2021-08", "2023-07", commitment("2021-09", "2021-09-14")));
    assertThat(outcome(r, "COM-08")).isEqualTo(Outcome.NOT_RECORDED);
    assertThat(findings(r, "COM-08")).isEmpty();
    ValidationReport period = validate(plan("2021", "2023", commitment("2022-01-15", "2022-12")));
    assertThat(outcome(period, "COM-08")).as("inside the years of the period").isEqualTo(Outcome.PASS);
    ValidationReport sameYear = validate(plan("2021", "2023", commitment("2021-09-01", "2022-06")));
    assertThat(outcome(sameYear, "COM-08")).as("2021-09-01 against a plan starting in 2021")
        .isEqualTo(Outcome.NOT_RECORDED);
    ValidationReport edge = validate(plan("2021-09-10", "2023-07", commitment("2021-09", "2022-06")));
    assertThat(outcome(edge, "COM-08")).isEqualTo(Outcome.NOT_RECORDED);
  }

  @Test
  void com08FailsACommitmentThatEndsBeforeThePlanWasPublished() {
    LocalActionPlan plan = LocalActionPlan.builder().from(plan("2021-08", "2023-07", commitment("2021-09", "2021-12")))
        .publishedOn(d("2022-03")).build();
    assertThat(findings(validate(plan), "COM-08")).extracting(Finding::messageKey, Finding::arguments)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("COM-08.beforePublication",
            List.of("Commitment 1: Datos abiertos (c-1)", "2021-12", "2022-03")));
    LocalActionPlan sameMonth = LocalActionPlan.builder().from(plan).publishedOn(d("2021-12-15")).build();
    assertThat(outcome(validate(sameMonth), "COM-08")).isEqualTo(Outcome.NOT_RECORDED);
  }

  // ------------------------------------------------------------------------------------------------------- PAL-03

  @Test
  void pal03JudgesYearAndMonthPeriodsOnlyWhereThePrecisionDecides() {
    assertThat(outcome(validate(plan("2016-09", "2018-08")), "PAL-03")).isEqualTo(Outcome.PASS);
    assertThat(findings(validate(plan("2016", "2019")), "PAL-03")).extracting(Finding::messageKey)
        .containsExactly("PAL-03.duration"); // even 2016-12-31 to 2019-01-01 is over 24 months
    assertThat(outcome(validate(plan("2016", "2016")), "PAL-03")).isEqualTo(Outcome.NOT_RECORDED);
    assertThat(outcome(validate(plan("2021-08", "2023-08")), "PAL-03")).as("24 months and up to 30 days")
        .isEqualTo(Outcome.NOT_RECORDED);
    assertThat(findings(validate(plan("2016-09-01", "2016-09-01")), "PAL-03")).extracting(Finding::messageKey)
        .containsExactly("PAL-03.order");
    assertThat(findings(validate(plan("2017", "2016-09")), "PAL-03")).extracting(Finding::messageKey)
        .containsExactly("PAL-03.order");
  }

  // ------------------------------------------------------------------------------------------------------- SES-03

  @Test
  void ses03CountsNoticeDaysOnlyBetweenDays() {
    assertThat(outcome(validate(sessions(session("2016-03-20", "2016-03"))), "SES-03"))
        .isEqualTo(Outcome.NOT_RECORDED);
    assertThat(outcome(validate(sessions(session("2016-03-20", "2016-03-10"))), "SES-03")).isEqualTo(Outcome.PASS);
    assertThat(outcome(validate(sessions(session("2016-03-20", "2016-03-18"))), "SES-03")).isEqualTo(Outcome.FAIL);
  }

  // ----------------------------------------------------------------------------------------------------- fixtures

  private static Commitment commitment(String start, String end) {
    return Commitment.builder().id("c-1").title("Datos abiertos").startDate(d(start)).endDate(d(end)).build();
  }

  private static LocalActionPlan plan(String start, String end, Commitment... commitments) {
    return LocalActionPlan.builder().id("pal-1").ordinal(1).periodStart(d(start)).periodEnd(d(end))
        .addCommitments(commitments).build();
  }

  private static StlSession session(String date, String agendaSentOn) {
    return StlSession.builder().id("s-1").number(1).date(d(date)).agendaSentOn(d(agendaSentOn)).build();
  }

  private static LocalExercise sessions(StlSession... sessions) {
    return LocalExercise.builder().id("mx-test")
        .addStls(LocalTechnicalSecretariat.builder().id("stl-1").addSessions(sessions).build()).build();
  }

  private static ValidationReport validate(LocalActionPlan plan) {
    return validate(LocalExercise.builder().id("mx-test").addPlans(plan).build());
  }

  private static ValidationReport validate(LocalExercise x) {
    return CocreaValidator.create(ValidatorOptions.builder().locale(Locale.ENGLISH).asOf(AS_OF).build()).validate(x);
  }
}
