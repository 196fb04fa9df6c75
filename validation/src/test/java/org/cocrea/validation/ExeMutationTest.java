package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.cocrea.validation.ExeRulesTest.INSTALLED;
import static org.cocrea.validation.ExeRulesTest.signatory;
import static org.cocrea.validation.ExeRulesTest.validate;
import static org.cocrea.validation.RuleAssert.arguments;
import static org.cocrea.validation.RuleAssert.result;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.cocrea.core.Audience;
import org.cocrea.core.AwarenessEvent;
import org.cocrea.core.Completeness;
import org.cocrea.core.EventFormat;
import org.cocrea.core.InstallationAct;
import org.cocrea.core.JointDeclaration;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Organization;
import org.cocrea.core.PartialDate;
import org.cocrea.core.Person;
import org.cocrea.core.RecordDeclaration;
import org.cocrea.core.Sector;
import org.cocrea.core.Seniority;
import org.junit.jupiter.api.Test;

/**
 * EXE-01, EXE-04 and EXE-05: behaviours no test pinned (docs/testing.md): the message
 * arguments, the first declaration and the first installation, dates the recorded precision cannot order, the
 * signatories of the installation act, partial records. (EXE-06 is left to its own tests.)
 */
class ExeMutationTest {

  // ------------------------------------------------------------------------------------------- EXE-01

  @Test
  void exe01NamesTheStlAndItsInstallationAndComparesWithTheFirstDeclaration() {
    ValidationReport unsigned = validate(exercise(b -> b.addDeclaration(JointDeclaration.builder().id("d-1").build())
        .addStl(installed("stl-1", INSTALLED))));
    assertThat(arguments(unsigned, "EXE-01")).containsExactly("STL 1 (stl-1)", "2015-04-10");

    ValidationReport late = validate(exercise(b -> b.addDeclaration(declaration("d-2", LocalDate.of(2015, 6, 1)))
        .addDeclaration(declaration("d-1", LocalDate.of(2015, 5, 1))).addStl(installed("stl-1", INSTALLED))));
    RuleAssert.rule(late, "EXE-01").fails("/stls/0/installedOn").withKeys("EXE-01.late");
    assertThat(arguments(late, "EXE-01")).containsExactly("STL 1 (stl-1)", "2015-04-10", "2015-05-01");
  }

  @Test
  void exe01AcceptsADeclarationSignedTheDayOfTheInstallationAndCountsStlsNotInstalled() {
    ValidationReport report = validate(exercise(b -> b.addDeclaration(declaration("d-1", INSTALLED))
        .addStl(installed("stl-1", INSTALLED)).addStl(LocalTechnicalSecretariat.builder().id("stl-2").build())));
    RuleResult r = result(report, "EXE-01");
    assertThat(List.of(r.outcome(), r.passed(), r.notApplicable())).containsExactly(Outcome.PASS, 1, 1);
  }

  @Test
  void exe01CannotOrderADeclarationOfTheInstallationsMonth() {
    ValidationReport report = validate(exercise(b -> b
        .addDeclaration(JointDeclaration.builder().from(declaration("d-1", INSTALLED))
            .signedOn(PartialDate.parse("2015-04")).build())
        .addStl(installed("stl-1", INSTALLED))));
    assertThat(result(report, "EXE-01").outcome()).isEqualTo(Outcome.NOT_RECORDED);
    assertThat(report.notRecorded()).filteredOn(n -> n.ruleId().equals("EXE-01"))
        .extracting(NotRecorded::pointer, NotRecorded::facts)
        .containsExactly(tuple("/stls/0/installedOn", List.of("/stls/0/installedOn", "/declarations")));
  }

  // ------------------------------------------------------------------------------------------- EXE-04

  @Test
  void exe04NamesBothAudiencesWhenNoEventPrecededTheFirstInstallation() {
    // the first STL installed on 2015-04-10; the events of May came after it
    ValidationReport report = validate(exercise(b -> b.addStl(installed("stl-2", LocalDate.of(2015, 6, 1)))
        .addStl(installed("stl-1", INSTALLED))
        .addAwarenessEvent(event("ev-1", LocalDate.of(2015, 5, 1), Audience.CSO, Audience.PUBLIC_SERVANTS))
        .addAwarenessEvent(AwarenessEvent.builder().id("ev-2").format(EventFormat.FORUM)
            .addAudience(Audience.GENERAL_PUBLIC).build())));
    RuleAssert.rule(report, "EXE-04").fails("/awarenessEvents");
    assertThat(arguments(report, "EXE-04")).containsExactly("2015-04-10",
        "organizaciones de la sociedad civil o público en general, personas servidoras públicas");
  }

  @Test
  void exe04CountsMunicipalitiesAsPublicServantsAndTheGeneralPublic() {
    ValidationReport report = validate(exercise(b -> b.addStl(installed("stl-1", INSTALLED))
        .addAwarenessEvent(event("ev-1", LocalDate.of(2015, 3, 1), Audience.GENERAL_PUBLIC))
        .addAwarenessEvent(event("ev-2", LocalDate.of(2015, 3, 2), Audience.MUNICIPALITIES))));
    RuleAssert.rule(report, "EXE-04").passes();
    assertThat(result(report, "EXE-04").passed()).isEqualTo(1);
  }

  @Test
  void exe04CannotTellWhetherAnEventOfTheInstallationsMonthPrecededIt() {
    ValidationReport report = validate(exercise(b -> b.addStl(installed("stl-1", INSTALLED))
        .addAwarenessEvent(event("ev-1", LocalDate.of(2015, 3, 1), Audience.CSO))
        .addAwarenessEvent(AwarenessEvent.builder().id("ev-2").format(EventFormat.FORUM)
            .date(PartialDate.parse("2015-04")).addAudience(Audience.SENIOR_OFFICIALS).build())));
    assertThat(result(report, "EXE-04").outcome()).isEqualTo(Outcome.NOT_RECORDED);
    assertThat(report.notRecorded()).filteredOn(n -> n.ruleId().equals("EXE-04"))
        .extracting(NotRecorded::pointer, NotRecorded::facts)
        .containsExactly(tuple("/awarenessEvents", List.of("/awarenessEvents", "/stls")));
  }

  @Test
  void exe04InAPartialRecordWithoutEventsSaysTheyAreNotRecorded() {
    ValidationReport report = validate(partial(exercise(b -> b.addStl(installed("stl-1", INSTALLED)))));
    assertThat(result(report, "EXE-04").outcome()).isEqualTo(Outcome.NOT_RECORDED);
    assertThat(report.notRecorded()).filteredOn(n -> n.ruleId().equals("EXE-04"))
        .extracting(NotRecorded::pointer, NotRecorded::facts)
        .containsExactly(tuple("", List.of("/awarenessEvents")));
  }

  // ------------------------------------------------------------------------------------------- EXE-05

  @Test
  void exe05ReadsTheInstallationActWhenTheDeclarationHasNoSignatories() {
    LocalTechnicalSecretariat stl = LocalTechnicalSecretariat.builder().from(installed("stl-1", INSTALLED))
        .installationAct(InstallationAct.builder().date(INSTALLED).addSignatory(signatory("org-gov", "p-director"))
            .addSignatory(signatory("org-gov2", "p-deputy")).build()).build();
    ValidationReport report = validate(exercise(b -> b.addDeclaration(JointDeclaration.builder().id("d-1").build())
        .addStl(stl)
        .addPeople(Person.builder().id("p-director").seniority(Seniority.SENIOR).build())
        .addPeople(Person.builder().id("p-deputy").seniority(Seniority.OPERATIONAL).build())));
    RuleAssert.rule(report, "EXE-05").fails("/stls/0/installationAct/signatories").withKeys("EXE-05.message");
    assertThat(arguments(report, "EXE-05")).containsExactly("x", "2");
  }

  @Test
  void exe05CountsEverySignatoryWhenNoneIsGovernment() {
    JointDeclaration d = JointDeclaration.builder().id("d-1").addSignatory(signatory("org-cso", "p-1"))
        .addSignatory(signatory("org-gar", "p-2")).build();
    ValidationReport report = validate(exercise(b -> b.addDeclaration(d)));
    RuleAssert.rule(report, "EXE-05").fails("/declarations/0/signatories").withKeys("EXE-05.noGovernment");
    assertThat(arguments(report, "EXE-05")).containsExactly("x", "2");
  }

  @Test
  void exe05InAPartialRecordCannotJudgeSignatoriesOfUnrecordedSectorOrSeniority() {
    JointDeclaration unknownSector = JointDeclaration.builder().id("d-1")
        .addSignatory(signatory("org-unknown", "p-1")).addSignatory(signatory("org-cso", "p-2")).build();
    ValidationReport report = validate(partial(exercise(b -> b.addDeclaration(unknownSector)
        .addOrganization(Organization.builder().id("org-unknown").build()))));
    assertThat(result(report, "EXE-05").outcome()).isEqualTo(Outcome.NOT_RECORDED);

    JointDeclaration unknownSeniority = JointDeclaration.builder().id("d-1")
        .addSignatory(signatory("org-gov", "p-1")).build();
    ValidationReport seniority = validate(partial(exercise(b -> b.addDeclaration(unknownSeniority)
        .addPeople(Person.builder().id("p-1").build()))));
    assertThat(result(seniority, "EXE-05").outcome()).isEqualTo(Outcome.NOT_RECORDED);
    assertThat(seniority.notRecorded()).filteredOn(n -> n.ruleId().equals("EXE-05"))
        .extracting(NotRecorded::pointer).containsExactly("/declarations/0/signatories");
    // the same signatory in a complete record is judged: not recorded as head of the institution
    ValidationReport complete = validate(exercise(b -> b.addDeclaration(unknownSeniority)
        .addPeople(Person.builder().id("p-1").build())));
    RuleAssert.rule(complete, "EXE-05").fails("/declarations/0/signatories").withKeys("EXE-05.message");
  }

  // ------------------------------------------------------------------------------------------- fixtures

  private static LocalExercise exercise(UnaryOperator<LocalExercise.Builder> f) {
    return f.apply(LocalExercise.builder().id("x")
        .addOrganization(Organization.builder().id("org-gov").sector(Sector.GOVERNMENT).build())
        .addOrganization(Organization.builder().id("org-gov2").sector(Sector.GOVERNMENT).build())
        .addOrganization(Organization.builder().id("org-cso").sector(Sector.CIVIL_SOCIETY).build())
        .addOrganization(Organization.builder().id("org-gar").sector(Sector.GUARANTOR_BODY).build())).build();
  }

  private static LocalExercise partial(LocalExercise x) {
    return LocalExercise.builder().from(x)
        .record(RecordDeclaration.builder().completeness(Completeness.PARTIAL).build()).build();
  }

  /** ExeRulesTest's declaration, without its kind (ORIGINAL): these tests leave the kind unrecorded. */
  private static JointDeclaration declaration(String id, LocalDate signed) {
    return ExeRulesTest.signedByThree(id, signed).build();
  }

  private static LocalTechnicalSecretariat installed(String id, LocalDate on) {
    return LocalTechnicalSecretariat.builder().id(id).installedOn(on).build();
  }

  private static AwarenessEvent event(String id, LocalDate date, Audience... audiences) {
    AwarenessEvent.Builder b = AwarenessEvent.builder().id(id).date(date).format(EventFormat.FORUM);
    for (Audience a : audiences) {
      b.addAudience(a);
    }
    return b.build();
  }
}
