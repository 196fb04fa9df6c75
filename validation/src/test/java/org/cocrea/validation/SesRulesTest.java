package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.validation.RuleAssert.arguments;
import static org.cocrea.validation.RuleAssert.keys;
import static org.cocrea.validation.RuleAssert.outcome;
import static org.cocrea.validation.RuleAssert.pointers;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.cocrea.core.Attendance;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.OperatingRules;
import org.cocrea.core.Organization;
import org.cocrea.core.QuorumRule;
import org.cocrea.core.Resolution;
import org.cocrea.core.Sector;
import org.cocrea.core.SessionType;
import org.cocrea.core.StlMembership;
import org.cocrea.core.StlRole;
import org.cocrea.core.StlSession;
import org.junit.jupiter.api.Test;

class SesRulesTest {

  /** Sinaloa STL, 8th ordinary session [S:SIN]. */
  static final LocalDate DATE = LocalDate.of(2018, 5, 4);

  // ------------------------------------------------------------------------------------------- SES-01

  @Test
  void ses01PassesACompletelyRecordedSession() {
    ValidationReport report = validate(exercise(null, complete()));
    assertThat(outcome(report, "SES-01")).isEqualTo(Outcome.PASS);
  }

  @Test
  void ses01FailsASessionWithoutMinutesOrAgendaAtTheSession() {
    StlSession session = StlSession.builder().from(complete()).id("s-2").minutesUrl(java.util.Optional.empty())
        .agenda(List.of()).build();
    ValidationReport report = validate(exercise(null, complete(), session));
    assertThat(outcome(report, "SES-01")).isEqualTo(Outcome.FAIL);
    assertThat(pointers(report, "SES-01")).containsExactly("/stls/0/sessions/1");
    assertThat(arguments(report, "SES-01").get(1)).contains("la minuta publicada").contains("la orden del día");
  }

  @Test
  void ses01FailsAttendanceThatDoesNotShowSectors() {
    StlSession session = StlSession.builder().from(complete()).attendance(List.of(present("m-unknown"))).build();
    LocalExercise x = exercise(null, session);
    x = LocalExercise.builder().from(x).stls(List.of(LocalTechnicalSecretariat.builder().from(x.stls().get(0))
        .addMembership(StlMembership.builder().id("m-unknown").build()).build())).build();
    ValidationReport report = validate(x);
    assertThat(arguments(report, "SES-01").get(1)).isEqualTo("la asistencia por sector");
  }

  @Test
  void ses01IsNotApplicableWithoutSessions() {
    assertThat(outcome(validate(exercise(null)), "SES-01")).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  // ------------------------------------------------------------------------------------------- SES-02

  @Test
  void ses02PassesWhenCsoAndGovernmentMembersArePresent() {
    assertThat(outcome(validate(exercise(null, complete())), "SES-02")).isEqualTo(Outcome.PASS);
  }

  @Test
  void ses02FailsResolutionsAdoptedWithoutCivilSocietyPresent() {
    StlSession session = StlSession.builder().from(complete())
        .attendance(List.of(present("m-gov"), present("m-gar"),
            Attendance.builder().membershipId("m-cso").present(false).build())).build();
    ValidationReport report = validate(exercise(null, session));
    assertThat(outcome(report, "SES-02")).isEqualTo(Outcome.FAIL);
    assertThat(pointers(report, "SES-02")).containsExactly("/stls/0/sessions/0/resolutions");
  }

  @Test
  void ses02CountsAnAlternateForItsTitularSeat() {
    StlSession session = StlSession.builder().from(complete())
        .attendance(List.of(present("m-gov"), present("m-cso-alt"))).build();
    assertThat(outcome(validate(exercise(null, session)), "SES-02")).isEqualTo(Outcome.PASS);
  }

  @Test
  void ses02CountsNeitherTheFacilitatorNorAnObserverAsASeat() {
    StlSession session = StlSession.builder().from(complete())
        .attendance(List.of(present("m-gov"), present("m-gar"), present("m-fac"), present("m-obs"))).build();
    LocalExercise x = exercise(OperatingRules.builder().quorum(QuorumRule.builder().minMembers(3).build()).build(),
        session);
    LocalTechnicalSecretariat stl = LocalTechnicalSecretariat.builder().from(x.stls().get(0))
        .addMembership(StlMembership.builder().id("m-fac").organizationId("org-cso").role(StlRole.FACILITATOR).build())
        .addMembership(StlMembership.builder().id("m-obs").organizationId("org-cso").role(StlRole.OBSERVER).build())
        .build();
    ValidationReport report = validate(LocalExercise.builder().from(x).stls(List.of(stl)).build());
    assertThat(outcome(report, "SES-02")).isEqualTo(Outcome.FAIL);
    assertThat(arguments(report, "SES-02").get(2)).isEqualTo(
        "asientos presentes: 2 de 3 requeridos; asientos de sociedad civil presentes: 0 de 1 requeridos");
  }

  @Test
  void ses02AppliesTheStlQuorumRule() {
    OperatingRules rules = OperatingRules.builder()
        .quorum(QuorumRule.builder().minMembers(3).putMinPerSector(Sector.GUARANTOR_BODY, 1).build()).build();
    StlSession session = StlSession.builder().from(complete())
        .attendance(List.of(present("m-gov"), present("m-cso"))).build();
    ValidationReport report = validate(exercise(rules, session));
    assertThat(outcome(report, "SES-02")).isEqualTo(Outcome.FAIL);
    assertThat(arguments(report, "SES-02").get(2)).isEqualTo(
        "asientos presentes: 2 de 3 requeridos; asientos de Organismo garante local presentes: 0 de 1 requeridos");
    StlSession full = StlSession.builder().from(complete())
        .attendance(List.of(present("m-gov"), present("m-cso"), present("m-gar"))).build();
    assertThat(outcome(validate(exercise(rules, full)), "SES-02")).isEqualTo(Outcome.PASS);
  }

  @Test
  void ses02FailsResolutionsWithoutAttendanceAndIgnoresSessionsWithoutResolutions() {
    StlSession noAttendance = StlSession.builder().from(complete()).attendance(List.of()).build();
    StlSession noResolutions = StlSession.builder().from(complete()).id("s-2").resolutions(List.of()).build();
    ValidationReport report = validate(exercise(null, noAttendance, noResolutions));
    assertThat(keys(report, "SES-02")).containsExactly("SES-02.noAttendance");
    assertThat(report.result("SES-02").orElseThrow().notApplicable()).isEqualTo(1);
  }

  @Test
  void ses02ThresholdChangesTheOutcome() {
    StlSession session = StlSession.builder().from(complete())
        .attendance(List.of(present("m-gov"), present("m-gar"))).build();
    ValidatorOptions lax = ValidatorOptions.builder().threshold("SES-02.minCsoPresent", 0).build();
    assertThat(outcome(CocreaValidator.create(lax).validate(exercise(null, session)), "SES-02"))
        .isEqualTo(Outcome.PASS);
  }

  // ------------------------------------------------------------------------------------------- SES-03

  @Test
  void ses03PassesAnAgendaSentFiveDaysBefore() {
    assertThat(outcome(validate(exercise(null, complete())), "SES-03")).isEqualTo(Outcome.PASS);
  }

  @Test
  void ses03FailsAnAgendaSentThreeDaysBeforeAtTheSendingDate() {
    StlSession session = StlSession.builder().from(complete()).agendaSentOn(DATE.minusDays(3)).build();
    ValidationReport report = validate(exercise(null, session));
    assertThat(outcome(report, "SES-03")).isEqualTo(Outcome.FAIL);
    assertThat(pointers(report, "SES-03")).containsExactly("/stls/0/sessions/0/agendaSentOn");
    assertThat(arguments(report, "SES-03")).containsExactly("s-1", "2018-05-01", "2018-05-04", "3", "5");
  }

  @Test
  void ses03UsesTheNoticeOfTheStlRulesAndTheThreshold() {
    StlSession session = StlSession.builder().from(complete()).agendaSentOn(DATE.minusDays(3)).build();
    OperatingRules rules = OperatingRules.builder().agendaNoticeDays(2).build();
    assertThat(outcome(validate(exercise(rules, session)), "SES-03")).isEqualTo(Outcome.PASS);
    ValidatorOptions lax = ValidatorOptions.builder().threshold("SES-03.agendaNoticeDays", 3).build();
    assertThat(outcome(CocreaValidator.create(lax).validate(exercise(null, session)), "SES-03"))
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void ses03FailsASessionThatDoesNotRecordWhenTheAgendaWasSent() {
    StlSession session = StlSession.builder().from(complete()).agendaSentOn(java.util.Optional.empty()).build();
    ValidationReport report = validate(exercise(null, session));
    assertThat(pointers(report, "SES-03")).containsExactly("/stls/0/sessions/0");
    assertThat(keys(report, "SES-03")).containsExactly("SES-03.notSent");
  }

  // ------------------------------------------------------------------------------------------- messages

  @Test
  void everyMessageKeyExistsInBothLanguagesAndRendersWithoutPlaceholders() throws IOException {
    StlRulesTest.assertMessages("ses", Catalogue.family("SES"));
  }

  // ------------------------------------------------------------------------------------------- fixtures

  static ValidationReport validate(LocalExercise x) {
    return CocreaValidator.create(ValidatorOptions.builder().asOf(DATE.plusMonths(1)).build()).validate(x);
  }

  /** An STL with government, civil-society (with alternate) and guarantor seats, holding the sessions. */
  private static LocalExercise exercise(OperatingRules rules, StlSession... sessions) {
    return exercise("org-cso", rules, sessions);
  }

  /**
   * The same STL, the civil-society alternate seated for {@code alternateOrg}; an organisation other than the three
   * seated ones is added to the exercise (without a sector) after civil society.
   */
  static LocalExercise exercise(String alternateOrg, OperatingRules rules, StlSession... sessions) {
    UnaryOperator<LocalTechnicalSecretariat.Builder> f = b -> b
        .addMembership(seat("m-gov", "org-gov", Sector.GOVERNMENT))
        .addMembership(seat("m-cso", "org-cso", Sector.CIVIL_SOCIETY))
        .addMembership(seat("m-gar", "org-gar", Sector.GUARANTOR_BODY))
        .addMembership(StlMembership.builder().id("m-cso-alt").organizationId(alternateOrg).titular(false)
            .alternateOfId("m-cso").build())
        .addSessions(sessions);
    LocalTechnicalSecretariat.Builder stl = f.apply(LocalTechnicalSecretariat.builder().id("stl-sin")
        .installedOn(LocalDate.of(2017, 4, 18)));
    if (rules != null) {
      stl.rules(rules);
    }
    LocalExercise.Builder x = LocalExercise.builder().id("mx-sin")
        .addOrganization(Organization.builder().id("org-gov").sector(Sector.GOVERNMENT).build())
        .addOrganization(Organization.builder().id("org-cso").sector(Sector.CIVIL_SOCIETY).build());
    if (!List.of("org-gov", "org-cso", "org-gar").contains(alternateOrg)) {
      x.addOrganization(Organization.builder().id(alternateOrg).build());
    }
    return x.addOrganization(Organization.builder().id("org-gar").sector(Sector.GUARANTOR_BODY).build())
        .addStl(stl.build()).build();
  }

  static StlMembership seat(String id, String org, Sector sector) {
    return StlMembership.builder().id(id).organizationId(org).seatSector(sector).role(StlRole.MEMBER).titular(true)
        .build();
  }

  static Attendance present(String membership) {
    return Attendance.builder().membershipId(membership).present(true).build();
  }

  static StlSession complete() {
    return StlSession.builder().id("s-1").number(8).type(SessionType.ORDINARY).date(DATE)
        .agendaSentOn(DATE.minusDays(5)).minutesUrl("https://example.org/minuta-8.pdf")
        .addAttendance(present("m-gov")).addAttendance(present("m-cso")).addAttendance(present("m-gar"))
        .addAgenda("Resultados de la encuesta de opinión")
        .addResolution(Resolution.builder().id("r-8-1").text("Solicitar capacitación a INAI y PNUD").build())
        .build();
  }
}
