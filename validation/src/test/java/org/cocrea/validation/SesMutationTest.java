package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.validation.RuleAssert.arguments;
import static org.cocrea.validation.RuleAssert.result;
import static org.cocrea.validation.SesRulesTest.DATE;
import static org.cocrea.validation.SesRulesTest.complete;
import static org.cocrea.validation.SesRulesTest.present;
import static org.cocrea.validation.SesRulesTest.seat;
import static org.cocrea.validation.SesRulesTest.validate;

import java.util.List;
import java.util.Optional;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.OperatingRules;
import org.cocrea.core.PartialDate;
import org.cocrea.core.QuorumRule;
import org.cocrea.core.Resolution;
import org.cocrea.core.Sector;
import org.cocrea.core.StlSession;
import org.junit.jupiter.api.Test;

/**
 * SES rules: behaviours no test pinned (docs/testing.md): every part SES-01 names,
 * the message arguments of SES-02 and SES-03, an alternate sitting with its titular, sessions without a date.
 */
class SesMutationTest {

  @Test
  void ses01NamesEveryMissingPartInTheKitsOrderAndCountsTheCompleteSession() {
    StlSession bare = StlSession.builder().id("s-9").build();
    ValidationReport report = validate(exercise(null, complete(), bare));
    RuleAssert.rule(report, "SES-01").fails("/stls/0/sessions/1").withKeys("SES-01.message");
    assertThat(arguments(report, "SES-01")).containsExactly("s-9", "la minuta publicada, la fecha, el tipo de sesión, "
        + "la asistencia por sector, la orden del día, los acuerdos");
    assertThat(List.of(result(report, "SES-01").passed(), result(report, "SES-01").failed())).containsExactly(1, 1);
  }

  @Test
  void ses01AcceptsAttendanceWhoseSectorComesFromTheTitularOrTheOrganisation() {
    // the alternate has no sector of its own: it sits for the civil-society titular
    StlSession session = StlSession.builder().from(complete())
        .attendance(List.of(present("m-gov"), present("m-cso-alt"), present("m-gar"))).build();
    RuleAssert.rule(validate(exercise(null, session)), "SES-01").passes();
  }

  @Test
  void ses02ReportsTheSessionAndItsResolutionsInBothMessages() {
    StlSession session = StlSession.builder().from(complete())
        .addResolution(Resolution.builder().id("r-8-2").text("Aprobar el calendario").build())
        .attendance(List.of(present("m-gov"), present("m-gar"))).build();
    ValidationReport report = validate(exercise(null, session));
    RuleAssert.rule(report, "SES-02").fails("/stls/0/sessions/0/resolutions").withKeys("SES-02.message");
    assertThat(arguments(report, "SES-02")).containsExactly("s-1", "2",
        "asientos de sociedad civil presentes: 0 de 1 requeridos");

    StlSession unattended = StlSession.builder().from(complete()).attendance(List.of()).build();
    ValidationReport none = validate(exercise(null, unattended));
    RuleAssert.rule(none, "SES-02").fails("/stls/0/sessions/0/resolutions").withKeys("SES-02.noAttendance");
    assertThat(arguments(none, "SES-02")).containsExactly("s-1", "1");
  }

  @Test
  void ses02FailsWithoutGovernmentPresentAndNamesIt() {
    StlSession session = StlSession.builder().from(complete())
        .attendance(List.of(present("m-cso"), present("m-gar"))).build();
    ValidationReport report = validate(exercise(null, session));
    assertThat(arguments(report, "SES-02").get(2)).isEqualTo("asientos de gobierno presentes: 0 de 1 requeridos");
  }

  @Test
  void ses02CountsATitularAndItsAlternatePresentTogetherAsOneSeat() {
    OperatingRules rules = OperatingRules.builder().quorum(QuorumRule.builder().minMembers(3).build()).build();
    StlSession session = StlSession.builder().from(complete())
        .attendance(List.of(present("m-gov"), present("m-cso"), present("m-cso-alt"))).build();
    ValidationReport report = validate(exercise(rules, session));
    RuleAssert.rule(report, "SES-02").fails();
    assertThat(arguments(report, "SES-02").get(2)).isEqualTo("asientos presentes: 2 de 3 requeridos");
  }

  @Test
  void ses02MeetsAQuorumOfExactlyTheRequiredSeatsPerSector() {
    OperatingRules rules = OperatingRules.builder().quorum(QuorumRule.builder().minMembers(2)
        .putMinPerSector(Sector.CIVIL_SOCIETY, 1).putMinPerSector(Sector.GOVERNMENT, 1).build()).build();
    StlSession session = StlSession.builder().from(complete())
        .attendance(List.of(present("m-gov"), present("m-cso"))).build();
    RuleAssert.rule(validate(exercise(rules, session)), "SES-02").passes();
  }

  @Test
  void ses03PassesANoticeOfExactlyTheRequiredDaysAndNamesTheNoticeWhenNotSent() {
    StlSession exact = StlSession.builder().from(complete()).agendaSentOn(DATE.minusDays(5)).build();
    RuleAssert.rule(validate(exercise(null, exact)), "SES-03").passes();
    StlSession short1 = StlSession.builder().from(complete()).agendaSentOn(DATE.minusDays(4)).build();
    ValidationReport report = validate(exercise(null, short1));
    RuleAssert.rule(report, "SES-03").fails("/stls/0/sessions/0/agendaSentOn");
    assertThat(arguments(report, "SES-03")).containsExactly("s-1", "2018-04-30", "2018-05-04", "4", "5");

    StlSession notSent = StlSession.builder().from(complete()).agendaSentOn(Optional.empty()).build();
    assertThat(arguments(validate(exercise(OperatingRules.builder().agendaNoticeDays(3).build(), notSent)), "SES-03"))
        .containsExactly("s-1", "2018-05-04", "3");
  }

  @Test
  void ses03DoesNotApplyToAnUndatedSessionAndCannotCountDaysFromAMonth() {
    StlSession undated = StlSession.builder().from(complete()).id("s-2").date(Optional.empty()).build();
    RuleResult r = result(validate(exercise(null, complete(), undated)), "SES-03");
    assertThat(List.of(r.outcome(), r.passed(), r.notApplicable())).containsExactly(Outcome.PASS, 1, 1);

    StlSession monthly = StlSession.builder().from(complete())
        .agendaSentOn(PartialDate.parse("2018-04")).build();
    ValidationReport report = validate(exercise(null, monthly));
    RuleAssert.rule(report, "SES-03").withKeys();
    assertThat(result(report, "SES-03").outcome()).isEqualTo(Outcome.NOT_RECORDED);
    assertThat(report.notRecorded()).filteredOn(n -> n.ruleId().equals("SES-03"))
        .flatExtracting(NotRecorded::facts)
        .containsExactly("/stls/0/sessions/0/agendaSentOn", "/stls/0/sessions/0/date");
  }

  // ------------------------------------------------------------------------------------------- fixtures

  /** SesRulesTest's exercise, the civil-society alternate seated for another organisation (org-cso2). */
  private static LocalExercise exercise(OperatingRules rules, StlSession... sessions) {
    return SesRulesTest.exercise("org-cso2", rules, sessions);
  }

  // seat(...), present(...), complete(), validate(...) and DATE: SesRulesTest's, statically imported.
}
