package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.validation.RuleAssert.arguments;
import static org.cocrea.validation.RuleAssert.result;

import java.time.LocalDate;
import java.util.List;
import org.cocrea.core.ExerciseStatus;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.OperatingRules;
import org.cocrea.core.Organization;
import org.cocrea.core.PartialDate;
import org.cocrea.core.QuorumRule;
import org.cocrea.core.Sector;
import org.cocrea.core.StlMembership;
import org.cocrea.core.StlRole;
import org.cocrea.core.StlSession;
import org.cocrea.core.StlStatus;
import org.junit.jupiter.api.Test;

/**
 * STL rules: behaviours no test pinned (docs/testing.md): STL-06's gap of exactly the
 * maximum, counted from the installation, the arguments of its messages and the STLs and exercises it leaves alone;
 * STL-04 at exactly its threshold; the parts STL-05 and STL-10 name.
 */
class StlMutationTest {

  private static final LocalDate INSTALLED = LocalDate.of(2015, 4, 10);

  // ------------------------------------------------------------------------------------------- STL-06

  @Test
  void stl06AcceptsAGapOfExactlyTheMaximumAndNamesBothDatesAndTheDaysOfALongerOne() {
    LocalTechnicalSecretariat exact = stl(session("s-1", LocalDate.of(2015, 5, 1)),
        session("s-2", LocalDate.of(2015, 10, 31)));
    RuleResult r = result(validateOgp(exercise(exact), LocalDate.of(2015, 12, 31)), "STL-06");
    assertThat(List.of(r.outcome(), r.passed())).containsExactly(Outcome.PASS, 3);

    LocalTechnicalSecretariat longer = stl(session("s-1", LocalDate.of(2015, 5, 1)),
        session("s-2", LocalDate.of(2015, 11, 1)));
    ValidationReport report = validateOgp(exercise(longer), LocalDate.of(2015, 12, 31));
    RuleAssert.rule(report, "STL-06").fails("/stls/0/sessions/1/date").withKeys("STL-06.message");
    assertThat(arguments(report, "STL-06")).containsExactly("STL 1 (stl-1)", "2015-05-01", "2015-11-01", "184", "183", "0");
  }

  @Test
  void stl06CountsTheFirstGapFromTheInstallation() {
    RuleAssert.rule(validateOgp(exercise(stl(session("s-1", LocalDate.of(2015, 10, 10)))), LocalDate.of(2015, 12, 31)),
        "STL-06").passes();
    ValidationReport late = validateOgp(exercise(stl(session("s-1", LocalDate.of(2015, 10, 11)))),
        LocalDate.of(2015, 12, 31));
    RuleAssert.rule(late, "STL-06").fails("/stls/0/sessions/0/date");
    assertThat(arguments(late, "STL-06")).containsExactly("STL 1 (stl-1)", "2015-04-10", "2015-10-11", "184", "183", "0");
  }

  @Test
  void stl06SinceTheLastSessionAllowsExactlyTheMaximumUpToTheAsOfDay() {
    LocalExercise x = exercise(stl(session("s-1", LocalDate.of(2015, 5, 1))));
    RuleAssert.rule(validateOgp(x, LocalDate.of(2015, 10, 31)), "STL-06").passes();
    ValidationReport report = validateOgp(x, LocalDate.of(2016, 1, 1));
    RuleAssert.rule(report, "STL-06").fails("/stls/0").withKeys("STL-06.sinceLast");
    assertThat(arguments(report, "STL-06")).containsExactly("STL 1 (stl-1)", "2015-05-01", "2016-01-01", "245", "183", "0");
  }

  @Test
  void stl06DoesNotAskASuspendedExerciseOrAnInactiveStlToKeepMeeting() {
    LocalExercise suspended = LocalExercise.builder().from(exercise(stl(session("s-1", LocalDate.of(2015, 5, 1)))))
        .status(ExerciseStatus.SUSPENDED).build();
    RuleResult r = result(validateOgp(suspended, LocalDate.of(2017, 1, 1)), "STL-06");
    assertThat(List.of(r.outcome(), r.passed(), r.failed())).containsExactly(Outcome.PASS, 1, 0);
    LocalTechnicalSecretariat inactive = LocalTechnicalSecretariat.builder()
        .from(stl(session("s-1", LocalDate.of(2015, 5, 1)))).status(StlStatus.INACTIVE).build();
    RuleAssert.rule(validateOgp(exercise(inactive), LocalDate.of(2017, 1, 1)), "STL-06").passes();
    LocalTechnicalSecretariat reconfiguring = LocalTechnicalSecretariat.builder()
        .from(stl(session("s-1", LocalDate.of(2015, 5, 1)))).status(StlStatus.RECONFIGURING).build();
    RuleAssert.rule(validateOgp(exercise(reconfiguring), LocalDate.of(2017, 1, 1)), "STL-06").fails("/stls/0");
  }

  @Test
  void stl06CannotMeasureAGapToASessionRecordedByMonthWhenItMayBeEitherSide() {
    LocalTechnicalSecretariat monthly = stl(StlSession.builder().id("s-1").date(PartialDate.parse("2015-10")).build());
    ValidationReport report = validateOgp(exercise(monthly), LocalDate.of(2015, 12, 31));
    assertThat(result(report, "STL-06").outcome()).isEqualTo(Outcome.NOT_RECORDED);
    assertThat(report.notRecorded()).filteredOn(n -> n.ruleId().equals("STL-06")).extracting(NotRecorded::pointer)
        .contains("/stls/0/sessions/0/date");
    // an STL neither installed nor meeting by the as-of day is not judged
    LocalTechnicalSecretariat future = LocalTechnicalSecretariat.builder().id("stl-1")
        .installedOn(LocalDate.of(2016, 6, 1)).build();
    assertThat(result(validateOgp(exercise(future), LocalDate.of(2015, 12, 31)), "STL-06").notApplicable())
        .isEqualTo(1);
  }

  // ------------------------------------------------------------------------------------------- STL-04, 05, 10

  @Test
  void stl04AcceptsExactlyTheMinimumShare() {
    LocalTechnicalSecretariat half = stl().addMembership(seat("m-gov1", "org-gov", Sector.GOVERNMENT))
        .addMembership(seat("m-gov2", "org-gov", Sector.GOVERNMENT))
        .addMembership(seat("m-cso1", "org-cso1", Sector.CIVIL_SOCIETY))
        .addMembership(seat("m-cso2", "org-cso2", Sector.CIVIL_SOCIETY))
        .addMembership(StlMembership.builder().id("m-cso2-alt").organizationId("org-cso2").titular(false)
            .alternateOfId("m-cso2").build()).build();
    ValidatorOptions fifty = ValidatorOptions.builder().asOf(LocalDate.of(2015, 12, 31))
        .threshold("STL-04.minNonPublicServantPercent", 50).build();
    RuleAssert.rule(CocreaValidator.create(fifty).validate(exercise(half)), "STL-04").passes();
    ValidationReport report = validate(exercise(half));
    assertThat(arguments(report, "STL-04")).containsExactly("STL 1 (stl-1)", "2", "4", "51");
  }

  @Test
  void stl05NamesEveryMissingRuleAndTakesAnEmptyQuorumForNone() {
    OperatingRules empty = OperatingRules.builder().quorum(QuorumRule.builder().build()).build();
    ValidationReport report = validate(exercise(stl().rules(empty).build()));
    RuleAssert.rule(report, "STL-05").fails("/stls/0/rules");
    assertThat(arguments(report, "STL-05")).containsExactly("STL 1 (stl-1)", "el quórum, los días de aviso de la orden del "
        + "día, la regla de decisión, la dirección donde se publican");
    OperatingRules bySector = OperatingRules.builder().quorum(QuorumRule.builder()
        .putMinPerSector(Sector.CIVIL_SOCIETY, 1).build()).build();
    assertThat(arguments(validate(exercise(stl().rules(bySector).build())), "STL-05").get(1))
        .doesNotContain("el quórum");
  }

  @Test
  void stl10NamesBothMissingProvisionsAndTakesAnExplicitNoForNone() {
    OperatingRules none = OperatingRules.builder().successionPlan(false).build();
    ValidationReport report = validate(exercise(stl().rules(none).build()));
    RuleAssert.rule(report, "STL-10").fails("/stls/0/rules");
    assertThat(arguments(report, "STL-10")).containsExactly("STL 1 (stl-1)",
        "un plan de sucesión, un acuerdo de continuidad ante crisis o elecciones");
    OperatingRules crisisOnly = OperatingRules.builder().crisisContinuityAgreement(true).build();
    assertThat(arguments(validate(exercise(stl().rules(crisisOnly).build())), "STL-10"))
        .containsExactly("STL 1 (stl-1)", "un plan de sucesión");
  }

  // ------------------------------------------------------------------------------------------- fixtures

  private static ValidationReport validate(LocalExercise x) {
    return CocreaValidator.create(ValidatorOptions.builder().asOf(LocalDate.of(2015, 12, 31)).build()).validate(x);
  }

  private static ValidationReport validateOgp(LocalExercise x, LocalDate asOf) {
    return CocreaValidator.create(ValidatorOptions.builder().profile(Profile.OGP_LOCAL).asOf(asOf).build()).validate(x);
  }

  private static LocalExercise exercise(LocalTechnicalSecretariat stl) {
    return LocalExercise.builder().id("x")
        .addOrganization(Organization.builder().id("org-gov").sector(Sector.GOVERNMENT).build())
        .addOrganization(Organization.builder().id("org-cso1").sector(Sector.CIVIL_SOCIETY).build())
        .addOrganization(Organization.builder().id("org-cso2").sector(Sector.CIVIL_SOCIETY).build())
        .addStl(stl).build();
  }

  private static LocalTechnicalSecretariat.Builder stl() {
    return LocalTechnicalSecretariat.builder().id("stl-1").installedOn(INSTALLED);
  }

  private static LocalTechnicalSecretariat stl(StlSession... sessions) {
    return stl().addSessions(sessions).build();
  }

  private static StlMembership seat(String id, String org, Sector sector) {
    return StlMembership.builder().id(id).organizationId(org).seatSector(sector).role(StlRole.MEMBER).titular(true)
        .build();
  }

  private static StlSession session(String id, LocalDate date) {
    return StlSession.builder().id(id).date(date).build();
  }
}
