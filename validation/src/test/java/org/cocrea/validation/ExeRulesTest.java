package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.validation.RuleAssert.arguments;
import static org.cocrea.validation.RuleAssert.keys;
import static org.cocrea.validation.RuleAssert.outcome;
import static org.cocrea.validation.RuleAssert.pointers;

import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.function.UnaryOperator;
import org.cocrea.core.Accompaniment;
import org.cocrea.core.AccompanimentKind;
import org.cocrea.core.Audience;
import org.cocrea.core.AwarenessEvent;
import org.cocrea.core.DeclarationKind;
import org.cocrea.core.EventFormat;
import org.cocrea.core.InstallationAct;
import org.cocrea.core.JointDeclaration;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Organization;
import org.cocrea.core.Person;
import org.cocrea.core.Sector;
import org.cocrea.core.Seniority;
import org.cocrea.core.Signatory;
import org.junit.jupiter.api.Test;

class ExeRulesTest {

  private static final LocalDate SIGNED = LocalDate.of(2015, 3, 9);
  static final LocalDate INSTALLED = LocalDate.of(2015, 4, 10);

  // ------------------------------------------------------------------------------------------- EXE-01

  @Test
  void exe01PassesWhenTheDeclarationPrecedesTheInstallation() {
    LocalExercise x = exercise(b -> b.addDeclaration(declaration("d-1", SIGNED)).addStl(installed(INSTALLED)));
    assertThat(outcome(validate(x), "EXE-01")).isEqualTo(Outcome.PASS);
  }

  @Test
  void exe01FailsAnInstallationBeforeTheDeclarationAtTheInstallationDate() {
    LocalExercise x = exercise(b -> b.addDeclaration(declaration("d-1", LocalDate.of(2015, 5, 1)))
        .addStl(installed(INSTALLED)));
    ValidationReport report = validate(x);
    assertThat(outcome(report, "EXE-01")).isEqualTo(Outcome.FAIL);
    assertThat(pointers(report, "EXE-01")).containsExactly("/stls/0/installedOn");
    assertThat(keys(report, "EXE-01")).containsExactly("EXE-01.late");
  }

  @Test
  void exe01FailsAnInstalledStlWithoutAnySignedDeclaration() {
    LocalExercise x = exercise(b -> b.addDeclaration(JointDeclaration.builder().id("d-1").build())
        .addStl(installed(INSTALLED)));
    ValidationReport report = validate(x);
    assertThat(keys(report, "EXE-01")).containsExactly("EXE-01.message");
  }

  @Test
  void exe01AcceptsTabascoOriginalDeclarationAndReaffirmationBeforeItsStl() {
    LocalExercise tabasco = exercise(b -> b
        .addDeclaration(declaration("d-1", SIGNED))
        .addDeclaration(JointDeclaration.builder().from(declaration("d-2", LocalDate.of(2017, 3, 2)))
            .kind(DeclarationKind.REAFFIRMATION).build())
        .addStl(installed(LocalDate.of(2017, 9, 14))));
    assertThat(outcome(validate(tabasco), "EXE-01")).isEqualTo(Outcome.PASS);
  }

  @Test
  void exe01IsNotApplicableWithoutAnInstalledStl() {
    LocalExercise x = exercise(b -> b.addDeclaration(declaration("d-1", SIGNED))
        .addStl(LocalTechnicalSecretariat.builder().id("stl-1").build()));
    assertThat(outcome(validate(x), "EXE-01")).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(outcome(validate(exercise(b -> b)), "EXE-01")).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  // ------------------------------------------------------------------------------------------- EXE-02

  @Test
  void exe02PassesWithGovernmentCsoAndGuarantorSignatories() {
    LocalExercise x = exercise(b -> b.guarantorBodyId("org-gar").addDeclaration(declaration("d-1", SIGNED)));
    assertThat(outcome(validate(x), "EXE-02")).isEqualTo(Outcome.PASS);
  }

  @Test
  void exe02FailsADeclarationWithoutCsoSignatory() {
    JointDeclaration d = JointDeclaration.builder().id("d-1").signedOn(SIGNED)
        .addSignatory(signatory("org-gov", null)).addSignatory(signatory("org-gar", null)).build();
    ValidationReport report = validate(exercise(b -> b.addDeclaration(d)));
    assertThat(outcome(report, "EXE-02")).isEqualTo(Outcome.FAIL);
    assertThat(pointers(report, "EXE-02")).containsExactly("/declarations/0/signatories");
    assertThat(arguments(report, "EXE-02")).containsExactly("d-1", "Sociedad civil");
  }

  @Test
  void exe02RequiresTheExercisesOwnGuarantorBodyWhenNamed() {
    LocalExercise x = exercise(b -> b.guarantorBodyId("org-other-gar").addDeclaration(declaration("d-1", SIGNED))
        .addOrganization(Organization.builder().id("org-other-gar").sector(Sector.GUARANTOR_BODY).build()));
    ValidationReport report = validate(x);
    assertThat(outcome(report, "EXE-02")).isEqualTo(Outcome.FAIL);
    assertThat(arguments(report, "EXE-02")).containsExactly("d-1", "Organismo garante local");
  }

  @Test
  void exe02CountsAGuarantorSignatoryRecordedByItsSectorAndNameWhenTheExerciseNamesItsBody() {
    // real plans name the guarantor who signed without a record of it (docs/precision.md: 8 false ERRORs)
    JointDeclaration named = JointDeclaration.builder().id("d-1").signedOn(SIGNED)
        .addSignatory(signatory("org-gov", null)).addSignatory(signatory("org-cso", null))
        .addSignatory(Signatory.builder().sector(Sector.GUARANTOR_BODY).organizationName("Instituto de Transparencia")
            .build())
        .build();
    assertThat(outcome(validate(exercise(b -> b.guarantorBodyId("org-gar").addDeclaration(named))), "EXE-02"))
        .isEqualTo(Outcome.PASS);
    // one recorded by another organisation still is not the exercise's guarantor body
    JointDeclaration other = JointDeclaration.builder().id("d-1").signedOn(SIGNED)
        .addSignatory(signatory("org-gov", null)).addSignatory(signatory("org-cso", null))
        .addSignatory(Signatory.builder().organizationId("org-other-gar").sector(Sector.GUARANTOR_BODY).build())
        .build();
    assertThat(outcome(validate(exercise(b -> b.guarantorBodyId("org-gar").addDeclaration(other)
        .addOrganization(Organization.builder().id("org-other-gar").sector(Sector.GUARANTOR_BODY).build()))),
        "EXE-02")).isEqualTo(Outcome.FAIL);
  }

  @Test
  void exe02FailsADeclarationWithoutSignatoriesAtTheDeclaration() {
    ValidationReport report = validate(exercise(b -> b.addDeclaration(JointDeclaration.builder().id("d-1").build())));
    assertThat(pointers(report, "EXE-02")).containsExactly("/declarations/0");
  }

  @Test
  void exe02IsNotApplicableWithoutDeclarations() {
    assertThat(outcome(validate(exercise(b -> b)), "EXE-02")).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  // ------------------------------------------------------------------------------------------- EXE-03

  @Test
  void exe03PassesWithInaiAsWitnessOrAdviser() {
    LocalExercise x = exercise(b -> b.addAccompaniment(Accompaniment.builder().organizationId("org-inai")
        .kind(AccompanimentKind.WITNESS).date(SIGNED).build()));
    assertThat(outcome(validate(x), "EXE-03")).isEqualTo(Outcome.PASS);
    LocalExercise witness = exercise(b -> b.addDeclaration(JointDeclaration.builder().from(declaration("d-1", SIGNED))
        .addWitnessId("org-inai").build()));
    assertThat(outcome(validate(witness), "EXE-03")).isEqualTo(Outcome.PASS);
  }

  @Test
  void exe03FailsWithoutInaiOrWithFundingOnly() {
    ValidationReport none = validate(exercise(b -> b));
    assertThat(outcome(none, "EXE-03")).isEqualTo(Outcome.FAIL);
    assertThat(pointers(none, "EXE-03")).containsExactly("");
    LocalExercise others = exercise(b -> b
        .addAccompaniment(Accompaniment.builder().organizationId("org-pnud").kind(AccompanimentKind.TRAINING).build())
        .addAccompaniment(Accompaniment.builder().organizationId("org-inai").kind(AccompanimentKind.FUNDING).build()));
    ValidationReport report = validate(others);
    assertThat(pointers(report, "EXE-03")).containsExactly("/accompaniments");
  }

  // ------------------------------------------------------------------------------------------- EXE-04

  @Test
  void exe04PassesWithEventsForCsosAndPublicServantsBeforeInstallation() {
    LocalExercise x = exercise(b -> b.addStl(installed(INSTALLED))
        .addAwarenessEvent(event("ev-1", LocalDate.of(2015, 3, 20), Audience.CSO))
        .addAwarenessEvent(event("ev-2", INSTALLED, Audience.SENIOR_OFFICIALS)));
    assertThat(outcome(validate(x), "EXE-04")).isEqualTo(Outcome.PASS);
  }

  @Test
  void exe04FailsWhenThePublicServantsEventCameAfterInstallation() {
    LocalExercise x = exercise(b -> b.addStl(installed(INSTALLED))
        .addAwarenessEvent(event("ev-1", LocalDate.of(2015, 3, 20), Audience.GENERAL_PUBLIC))
        .addAwarenessEvent(event("ev-2", INSTALLED.plusDays(1), Audience.PUBLIC_SERVANTS)));
    ValidationReport report = validate(x);
    assertThat(outcome(report, "EXE-04")).isEqualTo(Outcome.FAIL);
    assertThat(pointers(report, "EXE-04")).containsExactly("/awarenessEvents");
    assertThat(arguments(report, "EXE-04")).containsExactly("2015-04-10", "personas servidoras públicas");
  }

  @Test
  void exe04FailsAtTheExerciseWithoutEventsAndIsNotApplicableBeforeInstallation() {
    assertThat(pointers(validate(exercise(b -> b.addStl(installed(INSTALLED)))), "EXE-04")).containsExactly("");
    assertThat(outcome(validate(exercise(b -> b)), "EXE-04")).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  // ------------------------------------------------------------------------------------------- EXE-05

  @Test
  void exe05PassesWhenAGovernmentSignatoryOfTheActIsHeadOfInstitution() {
    LocalTechnicalSecretariat stl = LocalTechnicalSecretariat.builder().from(installed(INSTALLED))
        .installationAct(InstallationAct.builder().date(INSTALLED).addSignatory(signatory("org-gov", "p-governor"))
            .build()).build();
    LocalExercise x = exercise(b -> b.addDeclaration(declaration("d-1", SIGNED)).addStl(stl)
        .addPeople(Person.builder().id("p-governor").seniority(Seniority.HEAD_OF_INSTITUTION).build()));
    assertThat(outcome(validate(x), "EXE-05")).isEqualTo(Outcome.PASS);
  }

  @Test
  void exe05FailsWhenGovernmentSignedOnlyAtSeniorLevel() {
    JointDeclaration d = JointDeclaration.builder().id("d-1").signedOn(SIGNED)
        .addSignatory(signatory("org-gov", "p-director")).addSignatory(signatory("org-cso", "p-head")).build();
    LocalExercise x = exercise(b -> b.addDeclaration(d)
        .addPeople(Person.builder().id("p-director").seniority(Seniority.SENIOR).build())
        .addPeople(Person.builder().id("p-head").seniority(Seniority.HEAD_OF_INSTITUTION).build()));
    ValidationReport report = validate(x);
    assertThat(outcome(report, "EXE-05")).isEqualTo(Outcome.FAIL);
    assertThat(pointers(report, "EXE-05")).containsExactly("/declarations/0/signatories");
    assertThat(arguments(report, "EXE-05")).containsExactly("x", "1");
  }

  @Test
  void exe05CountsAutonomousBodiesAsGovernmentOnlyWhenConfigured() {
    JointDeclaration d = JointDeclaration.builder().id("d-1").signedOn(SIGNED)
        .addSignatory(signatory("org-aut", "p-head")).build();
    LocalExercise x = exercise(b -> b.addDeclaration(d)
        .addPeople(Person.builder().id("p-head").seniority(Seniority.HEAD_OF_INSTITUTION).build()));
    ValidationReport report = validate(x);
    assertThat(outcome(report, "EXE-05")).isEqualTo(Outcome.FAIL);
    assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("EXE-05")).singleElement()
        .satisfies(f -> assertThat(f.messageKey()).isEqualTo("EXE-05.noGovernment"))
        .satisfies(f -> assertThat(f.arguments()).containsExactly("x", "1"));
    ValidatorOptions wide = ValidatorOptions.builder()
        .governmentSeatSectors(EnumSet.of(Sector.GOVERNMENT, Sector.AUTONOMOUS_BODY)).build();
    assertThat(outcome(CocreaValidator.create(wide).validate(x), "EXE-05")).isEqualTo(Outcome.PASS);
  }

  @Test
  void exe05IsNotApplicableWithoutSignatories() {
    assertThat(outcome(validate(exercise(b -> b)), "EXE-05")).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  // ------------------------------------------------------------------------------------------- messages

  @Test
  void everyMessageKeyExistsInBothLanguagesAndRendersWithoutPlaceholders() throws IOException {
    StlRulesTest.assertMessages("exe", Catalogue.family("EXE"));
  }

  @Test
  void exeRulesRunInTheCoreProfileWithTheCatalogueSeverities() {
    assertThat(Catalogue.family("EXE")).extracting(Rule::id)
        .containsExactly("EXE-01", "EXE-02", "EXE-03", "EXE-04", "EXE-05", "EXE-06");
    assertThat(Catalogue.family("EXE")).extracting(Rule::severity).containsExactly(
        Severity.ERROR, Severity.ERROR, Severity.WARNING, Severity.WARNING, Severity.WARNING, Severity.ERROR);
    assertThat(Catalogue.family("EXE")).allMatch(r -> r.isIn(Profile.INAI_CORE));
  }

  // ------------------------------------------------------------------------------------------- fixtures

  static ValidationReport validate(LocalExercise x) {
    return CocreaValidator.create(ValidatorOptions.builder().asOf(LocalDate.of(2016, 1, 1)).build()).validate(x);
  }

  private static LocalExercise exercise(UnaryOperator<LocalExercise.Builder> f) {
    return f.apply(LocalExercise.builder().id("x")
        .addOrganization(Organization.builder().id("org-gov").sector(Sector.GOVERNMENT).build())
        .addOrganization(Organization.builder().id("org-cso").sector(Sector.CIVIL_SOCIETY).build())
        .addOrganization(Organization.builder().id("org-gar").sector(Sector.GUARANTOR_BODY).build())
        .addOrganization(Organization.builder().id("org-aut").sector(Sector.AUTONOMOUS_BODY).build())
        .addOrganization(Organization.builder().id("org-inai").sector(Sector.NATIONAL_GUARANTOR).build())
        .addOrganization(Organization.builder().id("org-pnud").sector(Sector.INTERNATIONAL).build())).build();
  }

  private static JointDeclaration declaration(String id, LocalDate signed) {
    return signedByThree(id, signed).kind(DeclarationKind.ORIGINAL).build();
  }

  /** A declaration signed by government, civil society and the guarantor, of no kind yet. */
  static JointDeclaration.Builder signedByThree(String id, LocalDate signed) {
    return JointDeclaration.builder().id(id).signedOn(signed)
        .addSignatory(signatory("org-gov", null))
        .addSignatory(signatory("org-cso", null))
        .addSignatory(signatory("org-gar", null));
  }

  static Signatory signatory(String org, String person) {
    Signatory.Builder b = Signatory.builder().organizationId(org);
    if (person != null) {
      b.personId(person);
    }
    return b.build();
  }

  private static LocalTechnicalSecretariat installed(LocalDate on) {
    return LocalTechnicalSecretariat.builder().id("stl-1").installedOn(on).build();
  }

  private static AwarenessEvent event(String id, LocalDate date, Audience audience) {
    return AwarenessEvent.builder().id(id).date(date).format(EventFormat.FORUM).addAudience(audience).build();
  }
}
