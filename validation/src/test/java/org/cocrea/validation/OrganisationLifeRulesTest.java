package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.validation.ReformExercises.exercise;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.cocrea.core.AgentKind;
import org.cocrea.core.Assessor;
import org.cocrea.core.Commitment;
import org.cocrea.core.CommitmentAssessment;
import org.cocrea.core.Completeness;
import org.cocrea.core.Evaluation;
import org.cocrea.core.GovernmentBranch;
import org.cocrea.core.GuarantorLegalNature;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.Milestone;
import org.cocrea.core.OrderOfGovernment;
import org.cocrea.core.Organization;
import org.cocrea.core.PartialDate;
import org.cocrea.core.RecordDeclaration;
import org.cocrea.core.Sector;
import org.cocrea.core.YesNoUnknown;
import org.cocrea.validation.ReformExercises.Guarantor;
import org.junit.jupiter.api.Test;

/**
 * Organisations judged from the record's own facts (issue 13, the remainder; real-records.md §7): EXE-06 from an
 * organisation's {@code extinguishedOn} and successors, beside the regime table, with the record winning where they
 * disagree; EVA-08 on the assessors presented as independent who sit in the forum or belong to the implementing
 * government; MIL-01 telling a deliverable recorded as none from one not recorded.
 */
class OrganisationLifeRulesTest {

  private static final LocalDate AFTER = LocalDate.of(2026, 3, 9);
  private static final LocalDate SPRING_2025 = LocalDate.of(2025, 3, 1);
  private static final LocalDate AS_OF = LocalDate.of(2027, 6, 30);

  private static ValidationReport validate(LocalExercise x) {
    return CocreaValidator.create(ValidatorOptions.builder().locale(Locale.ENGLISH).asOf(AS_OF).build()).validate(x);
  }

  private static LocalExercise withOrganization(LocalExercise x, String id, UnaryOperator<Organization.Builder> change) {
    return LocalExercise.builder().from(x).organizations(x.organizations().stream()
        .map(o -> o.id().equals(id) ? change.apply(Organization.builder().from(o)).build() : o).toList()).build();
  }

  private static LocalExercise addOrganizations(LocalExercise x, Organization... organizations) {
    return LocalExercise.builder().from(x).addOrganizations(organizations).build();
  }

  private static LocalExercise withEvaluation(LocalExercise x, UnaryOperator<Evaluation.Builder> change) {
    LocalActionPlan plan = x.plans().get(0);
    Evaluation e = change.apply(Evaluation.builder().from(plan.evaluations().get(0))).build();
    return LocalExercise.builder().from(x)
        .plans(List.of(LocalActionPlan.builder().from(plan).evaluations(List.of(e)).build())).build();
  }

  // --- EXE-06 from the record ---------------------------------------------------------------------------------

  @Test
  void anOrganisationTheRecordSaysWasExtinguishedActsAfterItAndTheMessageNamesItsRecordedSuccessor() {
    // the government's Contraloría, extinguished on 2026-01-01 and succeeded by a new secretariat: no table row knows it
    LocalExercise x = addOrganizations(withOrganization(exercise("MX-VER", "IVAI", AFTER, Guarantor.NONE), "org-gov",
            o -> o.acronym("CGE").extinguishedOn(PartialDate.parse("2026-01-01")).addSuccessorIds("org-sabg")),
        Organization.builder().id("org-sabg").name("Secretaría Anticorrupción y Buen Gobierno").acronym("SABG")
            .sector(Sector.GOVERNMENT).build());
    ValidationReport r = validate(x);

    assertThat(r.findings("EXE-06")).extracting(Finding::pointer)
        .containsExactlyInAnyOrder("/stls/0/memberships/0", "/declarations/0/signatories/0");
    assertThat(r.findings("EXE-06")).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    assertThat(r.findings("EXE-06")).filteredOn(f -> f.pointer().startsWith("/stls")).singleElement()
        .extracting(Finding::message).isEqualTo("\"Seat 1 (m-gov)\" of CGE starts on 2026-04-08, when CGE no longer "
            + "existed (extinguished: 2026-01-01); its successor is SABG.");
    assertThat(r.findings("EXE-06")).filteredOn(f -> f.pointer().startsWith("/declarations")).singleElement()
        .extracting(Finding::message).isEqualTo("CGE signs \"Declaration 1 (decl)\" on 2026-03-09, when it no longer "
            + "existed (extinguished: 2026-01-01); its successor is SABG.");
  }

  @Test
  void aSuccessorNamedOnlyAsTextIsNamedAndNoneRecordedIsSaidSo() {
    LocalExercise named = withOrganization(exercise("MX-VER", "IVAI", AFTER, Guarantor.NONE), "org-osc",
        o -> o.extinguishedOn(PartialDate.parse("2025-12")).addSuccessorNames("Red Ciudadana A.C."));
    assertThat(validate(named).findings("EXE-06")).isNotEmpty().allSatisfy(f -> assertThat(f.message())
        .contains("(extinguished: 2025-12); its successor is Red Ciudadana A.C."));

    LocalExercise none = withOrganization(exercise("MX-VER", "IVAI", AFTER, Guarantor.NONE), "org-osc",
        o -> o.extinguishedOn(PartialDate.parse("2025-12")));
    assertThat(validate(none).findings("EXE-06")).isNotEmpty()
        .allSatisfy(f -> assertThat(f.message()).endsWith("its successor is not recorded."));
    ValidationReport spanish = CocreaValidator.create(ValidatorOptions.builder().asOf(AS_OF).build()).validate(none);
    assertThat(spanish.findings("EXE-06")).isNotEmpty()
        .allSatisfy(f -> assertThat(f.message()).endsWith("no se registra su sucesor."));
  }

  @Test
  void whereTheRecordAndTheTableDisagreeOnTheDateTheRecordWins() {
    // The table extinguishes IVAI on 2025-07-01. An exercise of spring 2025 whose plan runs to 2026-05-31.
    LocalExercise tableOnly = exercise("MX-VER", "IVAI", SPRING_2025, Guarantor.OLD_BODY);
    assertThat(validate(tableOnly).findings("EXE-06")).singleElement()
        .satisfies(f -> assertThat(f.messageKey()).isEqualTo("EXE-06.continues"));

    // The record says IVAI stood until 2026-06-01: its seat did not run past its extinction.
    LocalExercise later = withOrganization(tableOnly, "org-old", o -> o.extinguishedOn(PartialDate.parse("2026-06-01")));
    ValidationReport laterReport = validate(later);
    assertThat(laterReport.findings("EXE-06")).as("the record's later date stands over the table's").isEmpty();
    assertThat(laterReport.result("EXE-06").orElseThrow().passed()).isPositive();

    // The record says IVAI was gone on 2025-01-01: it signs the declaration of 2025-03-01 after its extinction,
    // which the table alone would not say; the successor is still the table's, since the record names none.
    LocalExercise earlier = withOrganization(tableOnly, "org-old", o -> o.extinguishedOn(PartialDate.parse("2025-01-01")));
    assertThat(validate(earlier).findings("EXE-06")).filteredOn(f -> f.pointer().startsWith("/declarations"))
        .singleElement().satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
          assertThat(f.message()).isEqualTo("IVAI signs \"Declaration 1 (decl)\" on 2025-03-01, when it no longer "
              + "existed (extinguished: 2025-01-01, by the 2025 transparency reform); its successor is Contraloría "
              + "General del Estado de Veracruz.");
        });
  }

  @Test
  void anActThePrecisionOfTheDatesCannotPlaceIsNotRecorded() {
    // the STL installed on 2026-04-08, the organisation extinguished in "2026-04": before or after, the record cannot say
    LocalExercise x = withOrganization(exercise("MX-VER", "IVAI", AFTER, Guarantor.NONE), "org-osc",
        o -> o.extinguishedOn(PartialDate.parse("2026-04")));
    ValidationReport r = validate(x);
    assertThat(r.findings("EXE-06")).extracting(Finding::pointer).doesNotContain("/stls/0/memberships/1");
    assertThat(r.notRecorded()).filteredOn(n -> n.ruleId().equals("EXE-06"))
        .extracting(NotRecorded::pointer).contains("/stls/0/memberships/1");
    // the declaration of 2026-03-09 is certainly before April 2026: judged, and it passes
    assertThat(r.findings("EXE-06")).extracting(Finding::pointer).doesNotContain("/declarations/0/signatories/1");
  }

  @Test
  void anAssessorOfTheEvaluationActingAfterItsExtinctionIsAnError() {
    LocalExercise x = withEvaluation(withOrganization(exercise("MX-VER", "IVAI", AFTER, Guarantor.NONE), "org-osc",
            o -> o.extinguishedOn(PartialDate.parse("2026-06"))),
        e -> e.addAssessors(Assessor.builder().organizationId("org-osc").kind(AgentKind.ORGANIZATION).build()));
    assertThat(validate(x).findings("EXE-06")).filteredOn(f -> f.pointer().startsWith("/plans"))
        .singleElement().satisfies(f -> {
          assertThat(f.pointer()).isEqualTo("/plans/0/evaluations/0/assessors/0");
          assertThat(f.message()).startsWith("Observatorio Ciudadano A.C. assesses in \"Evaluation 1 (eva)\" on 2027-07-08");
        });
  }

  @Test
  void aSuccessorTheTableDoesNotNameIsSaidSoNeverADash() {
    String table = String.join(",", org.cocrea.validation.regime.StateRegimes.COLUMNS) + "\n"
        + "MX,Federación,,INAI,,,2024-12-20,2025-03-21,,DONE,DOF,\n"
        + "MX-VER,Veracruz,,IVAI,,,,2025-07-01,,DONE,my source,\n";
    ValidationReport r = CocreaValidator.create(ValidatorOptions.builder().locale(Locale.ENGLISH).asOf(AS_OF)
            .regimes(org.cocrea.validation.regime.StateRegimes.parse(table, "mine.csv")).build())
        .validate(exercise("MX-VER", "IVAI", AFTER, Guarantor.NONE));
    assertThat(r.findings("STL-01")).singleElement().satisfies(f -> assertThat(f.message())
        .contains("its role passed to a guarantor authority the regime table does not name.").doesNotContain("—"));
    assertThat(r.findings("EXE-02")).singleElement()
        .satisfies(f -> assertThat(f.message()).doesNotContain("—"));
  }

  // --- EVA-08: assessors presented as independent ----------------------------------------------------------------

  private static final Organization UNIVERSITY = Organization.builder().id("org-uni").name("Universidad Veracruzana")
      .sector(Sector.ACADEMIA).build();
  private static final Organization SECRETARIAT = Organization.builder().id("org-sec").name("Secretaría de Finanzas")
      .acronym("SEFIPLAN").sector(Sector.GOVERNMENT).branch(GovernmentBranch.EXECUTIVE).order(OrderOfGovernment.STATE)
      .build();

  /** The exercise with a commitment of the university, an evaluation not itself presented as independent. */
  private static LocalExercise assessed(Assessor... assessors) {
    LocalExercise x = addOrganizations(exercise("MX-VER", "IVAI", AFTER, Guarantor.NONE), UNIVERSITY, SECRETARIAT);
    LocalActionPlan plan = LocalActionPlan.builder().from(x.plans().get(0))
        .addCommitments(Commitment.builder().id("c-1").title("Datos abiertos de obra pública")
            .addResponsibleInstitutionIds("org-uni").build())
        .build();
    x = LocalExercise.builder().from(x).plans(List.of(plan)).build();
    return withEvaluation(x, e -> e.evaluatorId(Optional.empty()).independentOfStl(Optional.empty())
        .addAssessors(assessors));
  }

  @Test
  void anAssessorPresentedAsIndependentOfTheForumWhoHoldsASeatIsAWarningNamingTheSeat() {
    ValidationReport r = validate(assessed(Assessor.builder().organizationId("org-osc")
        .independentOfForum(YesNoUnknown.YES).build()));
    assertThat(r.findings("EVA-08")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.pointer()).isEqualTo("/plans/0/evaluations/0/assessors/0");
      assertThat(f.message()).isEqualTo("Observatorio Ciudadano A.C. is presented as independent of the forum in "
          + "\"Evaluation 1 (eva)\", but holds a seat in the STL (Seat 2 (m-osc)).");
    });
  }

  @Test
  void anAssessorPresentedAsIndependentOfTheGovernmentWhoBelongsToItsExecutiveOrIsResponsibleIsAWarning() {
    ValidationReport executive = validate(assessed(Assessor.builder().organizationId("org-sec")
        .independentOfForum(YesNoUnknown.NO).independentOfGovernment(YesNoUnknown.YES).build()));
    assertThat(executive.findings("EVA-08")).singleElement().satisfies(f -> assertThat(f.message())
        .isEqualTo("SEFIPLAN is presented as independent of the government in \"Evaluation 1 (eva)\", but belongs to "
            + "the Executive, which holds government seats in the STL (Contraloría General del Estado)."));

    // the Executive read from a guarantor's legal nature (format 1.1), with no branch recorded
    LocalExercise byNature = addOrganizations(assessed(Assessor.builder().organizationId("org-itp")
            .independentOfGovernment(YesNoUnknown.YES).independentOfForum(YesNoUnknown.NO).build()),
        Organization.builder().id("org-itp").name("Transparencia para el Pueblo de Veracruz")
            .sector(Sector.GUARANTOR_BODY).legalNature(GuarantorLegalNature.DECONCENTRATED_EXECUTIVE_BODY).build());
    assertThat(validate(byNature).findings("EVA-08")).singleElement()
        .satisfies(f -> assertThat(f.messageKey()).isEqualTo("EVA-08.executive"));

    ValidationReport responsible = validate(assessed(Assessor.builder().organizationId("org-uni")
        .independentOfGovernment(YesNoUnknown.YES).build()));
    assertThat(responsible.findings("EVA-08")).singleElement().satisfies(f -> assertThat(f.message())
        .isEqualTo("Universidad Veracruzana is presented as independent of the government in \"Evaluation 1 (eva)\", "
            + "but is a responsible institution of \"Commitment 1: Datos abiertos de obra pública (c-1)\", which is "
            + "assessed."));
  }

  @Test
  void anAssessorOfACommitmentAssessmentIsJudgedAgainstThatCommitment() {
    LocalExercise x = assessed();
    x = withEvaluation(x, e -> e.addCommitmentAssessments(CommitmentAssessment.builder().commitmentId("c-1")
        .addAssessors(Assessor.builder().organizationId("org-uni").independentOfGovernment(YesNoUnknown.YES).build())
        .build()));
    assertThat(validate(x).findings("EVA-08")).singleElement()
        .satisfies(f -> assertThat(f.pointer()).isEqualTo("/plans/0/evaluations/0/commitmentAssessments/0/assessors/0"));
  }

  @Test
  void theEvaluationsClaimCountsForAssessorsThatSayNothingAndAnAssessorWithoutARecordIsNotRecorded() {
    LocalExercise x = withEvaluation(assessed(Assessor.builder().organizationId("org-osc").build(),
            Assessor.builder().name("Ana Pérez").kind(AgentKind.PERSON).independentOfForum(YesNoUnknown.YES).build(),
            Assessor.builder().organizationId("org-uni").independentOfForum(YesNoUnknown.YES)
                .independentOfGovernment(YesNoUnknown.NO).build()),
        e -> e.independentOfStl(true));
    ValidationReport r = validate(x);
    assertThat(r.findings("EVA-08")).extracting(Finding::pointer)
        .containsExactly("/plans/0/evaluations/0/assessors/0");
    assertThat(r.notRecorded()).filteredOn(n -> n.ruleId().equals("EVA-08")).extracting(NotRecorded::pointer)
        .containsExactly("/plans/0/evaluations/0/assessors/1");
    assertThat(r.result("EVA-08").orElseThrow().passed()).as("the university sits nowhere").isPositive();

    ValidationReport unclaimed = validate(assessed(Assessor.builder().organizationId("org-osc")
        .independentOfForum(YesNoUnknown.UNKNOWN).independentOfGovernment(YesNoUnknown.UNKNOWN).build()));
    assertThat(unclaimed.findings("EVA-08")).as("not presented as independent").isEmpty();
    assertThat(unclaimed.result("EVA-08").orElseThrow().notRecorded()).isZero();
  }

  // --- MIL-01: none vs not recorded ------------------------------------------------------------------------------

  @Test
  void aMilestoneWithoutDeliverableFailsWhenRecordedAsNoneAndIsNotRecordedInAPartialRecord() {
    LocalExercise x = exercise("MX-VER", "IVAI", AFTER, Guarantor.NONE);
    LocalActionPlan plan = LocalActionPlan.builder().from(x.plans().get(0))
        .addCommitments(Commitment.builder().id("c-1").addMilestones(Milestone.builder().id("h-1")
            .verificationMeans("Acta publicada").build()).build())
        .build();
    LocalExercise complete = LocalExercise.builder().from(x).plans(List.of(plan)).build();
    assertThat(validate(complete).findings("MIL-01")).singleElement().satisfies(f -> {
      assertThat(f.messageKey()).isEqualTo("MIL-01.noDeliverable");
      assertThat(f.message()).isEqualTo("\"Milestone 1 (h-1)\" does not state its deliverable.");
    });

    LocalExercise partial = LocalExercise.builder().from(complete)
        .record(RecordDeclaration.builder().completeness(Completeness.PARTIAL).build()).build();
    ValidationReport r = validate(partial);
    assertThat(r.findings("MIL-01")).isEmpty();
    assertThat(r.result("MIL-01").orElseThrow().outcome()).isEqualTo(Outcome.NOT_RECORDED);
    assertThat(r.notRecorded()).filteredOn(n -> n.ruleId().equals("MIL-01")).flatExtracting(NotRecorded::facts)
        .containsExactly("/plans/0/commitments/0/milestones/0/deliverable");

    LocalActionPlan milestonesPartial = LocalActionPlan.builder().from(plan).commitments(List.of(Commitment.builder()
        .from(plan.commitments().get(0)).putPartCompleteness("milestones", Completeness.PARTIAL).build())).build();
    assertThat(validate(LocalExercise.builder().from(x).plans(List.of(milestonesPartial)).build()).findings("MIL-01"))
        .as("the commitment's milestones declared partial").isEmpty();
  }
}
