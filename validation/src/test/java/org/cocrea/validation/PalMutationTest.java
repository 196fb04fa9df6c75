package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.cocrea.validation.PalRulesTest.START;
import static org.cocrea.validation.PalRulesTest.commitment;
import static org.cocrea.validation.PalRulesTest.options;
import static org.cocrea.validation.PalRulesTest.plan;
import static org.cocrea.validation.PalRulesTest.sections;
import static org.cocrea.validation.PalRulesTest.validate;
import static org.cocrea.validation.RuleAssert.arguments;
import static org.cocrea.validation.RuleAssert.result;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.cocrea.core.Commitment;
import org.cocrea.core.CommitmentType;
import org.cocrea.core.ConceptEntry;
import org.cocrea.core.CrossCuttingTheme;
import org.cocrea.core.Introduction;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.Organization;
import org.cocrea.core.PalSections;
import org.cocrea.core.PartialDate;
import org.cocrea.core.Sector;
import org.junit.jupiter.api.Test;

/**
 * PAL rules: behaviours no test pinned (docs/testing.md): the upper bound of PAL-02,
 * a period of one day and one the recorded precision cannot order, each introduction item PAL-04 names, the sectors
 * PAL-05 reads, the hashes PAL-08 compares and the arguments of the messages.
 */
class PalMutationTest {

  @Test
  void pal01NamesThePlanAndHowManyCommitmentsItRecords() {
    LocalActionPlan plan = plan().commitments(List.of(commitment("c-1", CommitmentType.PROACTIVE),
        commitment("c-2", CommitmentType.PROACTIVE))).build();
    ValidationReport report = validate(exercise(plan));
    RuleAssert.rule(report, "PAL-01").fails("/plans/0/commitments");
    assertThat(arguments(report, "PAL-01")).containsExactly("2", "pal-1");
  }

  @Test
  void pal02AcceptsExactlyTheMaximumOfRegularCommitments() {
    List<Commitment> fifteen = new ArrayList<>();
    for (int i = 1; i <= 15; i++) {
      fifteen.add(commitment("c-" + i, CommitmentType.REGULAR));
    }
    RuleAssert.rule(validate(exercise(plan().commitments(fifteen).build())), "PAL-02").passes();
    fifteen.add(commitment("c-16", CommitmentType.REGULAR));
    ValidationReport report = validate(exercise(plan().commitments(fifteen).build()));
    assertThat(arguments(report, "PAL-02")).containsExactly("16", "3", "15", "pal-1");
  }

  @Test
  void pal03FailsAPeriodThatEndsTheDayItStartsAndCannotOrderTwoDatesOfOneMonth() {
    ValidationReport sameDay = validate(exercise(plan().periodEnd(START).build()));
    RuleAssert.rule(sameDay, "PAL-03").fails("/plans/0/periodEnd").withKeys("PAL-03.order");
    assertThat(arguments(sameDay, "PAL-03")).containsExactly("2015-09-01", "2015-09-01", "pal-1");

    ValidationReport sameMonth = validate(exercise(plan().periodStart(PartialDate.parse("2015-09"))
        .periodEnd(PartialDate.parse("2015-09")).build()));
    assertThat(result(sameMonth, "PAL-03").outcome()).isEqualTo(Outcome.NOT_RECORDED);
    assertThat(sameMonth.notRecorded()).filteredOn(n -> n.ruleId().equals("PAL-03"))
        .extracting(NotRecorded::pointer, NotRecorded::facts)
        .containsExactly(tuple("/plans/0", List.of("/plans/0/periodStart", "/plans/0/periodEnd")));
  }

  @Test
  void pal03CannotTellWhetherAPeriodRecordedInMonthsExceedsTheMaximumByDays() {
    // from September 2015 to September 2017: 24 months from the 1st, more from the 30th
    ValidationReport report = validate(exercise(plan().periodStart(PartialDate.parse("2015-09"))
        .periodEnd(PartialDate.parse("2017-09")).build()));
    assertThat(result(report, "PAL-03").outcome()).isEqualTo(Outcome.NOT_RECORDED);
    ValidationReport tooLong = validate(exercise(plan().periodEnd(START.plusMonths(24).plusDays(1)).build()));
    RuleAssert.rule(tooLong, "PAL-03").fails("/plans/0/periodEnd").withKeys("PAL-03.duration");
    assertThat(arguments(tooLong, "PAL-03")).containsExactly("2015-09-01", "2017-09-02", "24", "pal-1");
  }

  @Test
  void pal03NamesOnlyTheMissingEnd() {
    ValidationReport report = validate(exercise(plan().periodEnd(java.util.Optional.empty()).build()));
    RuleAssert.rule(report, "PAL-03").fails("/plans/0").withKeys("PAL-03.missing");
    assertThat(arguments(report, "PAL-03")).containsExactly("the end date", "pal-1");
  }

  @Test
  void pal04NamesEachMissingIntroductionItemAndSectionInTheFormatsOrder() {
    PalSections sparse = PalSections.builder().introduction(Introduction.builder().build()).build();
    ValidationReport report = validate(exercise(plan().sections(sparse).build()));
    RuleAssert.rule(report, "PAL-04").fails("/plans/0/sections");
    assertThat(arguments(report, "PAL-04")).containsExactly("the context and challenges of the jurisdiction "
        + "(Introduction, item I), why the exercise matters (Introduction, item II), the actors involved "
        + "(Introduction, item III), what open government should translate into (Introduction, item IV), "
        + "the Legal context, the Concept map", "pal-1");

    PalSections noIntroduction = PalSections.builder().addLegalContext("LGTAIP")
        .addConceptMap(ConceptEntry.builder().term("Acta").definition("Testimonio").build()).build();
    assertThat(arguments(validate(exercise(plan().sections(noIntroduction).build())), "PAL-04"))
        .containsExactly("the Introduction", "pal-1");
  }

  @Test
  void pal04TakesActorIdsForTheActorsItem() {
    PalSections byIds = PalSections.builder()
        .introduction(Introduction.builder().context("Retos").importance("Por qué").addActorIds("org-gov")
            .expectedOutcomes("Servicios").build())
        .addLegalContext("LGTAIP")
        .addConceptMap(ConceptEntry.builder().term("Acta").definition("Testimonio").build()).build();
    RuleAssert.rule(validate(exercise(plan().sections(byIds).build())), "PAL-04").passes();
  }

  @Test
  void pal05NamesTheMissingSectorsInOrderAndReadsTheGuarantorBySector() {
    ValidationReport report = validate(exercise(plan().sections(sections("org-cso")).build()));
    RuleAssert.rule(report, "PAL-05").fails("/plans/0/sections/introduction");
    assertThat(arguments(report, "PAL-05")).containsExactly(
        "Local guarantor body, Government, National guarantor body (INAI)", "pal-1");
    // without the exercise naming its guarantor body, an actor of the guarantor sector counts
    LocalExercise bySector = LocalExercise.builder().id("mx-test").addAllOrganizations(orgs())
        .addPlan(plan().sections(sections("org-gov", "org-cso", "org-ga", "org-inai")).build()).build();
    RuleAssert.rule(validate(bySector), "PAL-05").passes();
  }

  @Test
  void pal05CountsTheSectorsTheOptionsCountAsGovernment() {
    LocalExercise x = exercise(plan().sections(sections("org-aut", "org-cso", "org-ga", "org-inai")).build());
    assertThat(arguments(validate(x), "PAL-05")).containsExactly("Government", "pal-1");
    ValidatorOptions wide = options().governmentSeatSectors(EnumSet.of(Sector.GOVERNMENT, Sector.AUTONOMOUS_BODY))
        .build();
    RuleAssert.rule(CocreaValidator.create(wide).validate(x), "PAL-05").passes();
  }

  @Test
  void pal06NamesTheThemesNotReviewed() {
    LocalActionPlan plan = plan().crossCuttingReview(EnumSet.complementOf(EnumSet.of(CrossCuttingTheme.values()[0])))
        .build();
    ValidationReport report = validate(exercise(plan));
    RuleAssert.rule(report, "PAL-06").fails("/plans/0/crossCuttingReview");
    assertThat(arguments(report, "PAL-06"))
        .containsExactly(CrossCuttingTheme.values()[0].label(Locale.ENGLISH), "pal-1");
  }

  @Test
  void pal07PassesWhenOneCommitmentLinksToATarget() {
    LocalActionPlan plan = plan().commitments(List.of(Commitment.builder().id("c-1").type(CommitmentType.REGULAR)
        .build(), commitment("c-2", CommitmentType.REGULAR))).build();
    RuleResult r = result(validate(exercise(plan)), "PAL-07");
    assertThat(List.of(r.outcome(), r.passed())).containsExactly(Outcome.PASS, 1);
    LocalActionPlan none = plan().commitments(List.of(Commitment.builder().id("c-1").build())).build();
    assertThat(arguments(validate(exercise(none)), "PAL-07")).containsExactly("1", "pal-1");
  }

  @Test
  void pal08ComparesTheHashesWithoutSurroundingSpaceAndNamesBoth() {
    RuleAssert.rule(validate(exercise(plan().approvedTextHash(" sha256:ABCD ").publishedTextHash("sha256:abcd\n")
        .build())), "PAL-08").passes();
    ValidationReport differs = validate(exercise(plan().approvedTextHash("sha256:abcd ")
        .publishedTextHash(" sha256:ef01").build()));
    RuleAssert.rule(differs, "PAL-08").fails("/plans/0/publishedTextHash");
    assertThat(arguments(differs, "PAL-08")).containsExactly("sha256:ef01", "sha256:abcd", "pal-1");
    ValidationReport oneOnly = validate(exercise(plan().publishedTextHash(java.util.Optional.empty()).build()));
    assertThat(result(oneOnly, "PAL-08").notApplicable()).isEqualTo(1);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Fixture (as PalRulesTest's: a conforming plan, changed one fact at a time)

  /** PalRulesTest's organisations and an autonomous body (org-aut). */
  private static List<Organization> orgs() {
    return List.of(
        Organization.builder().id("org-gov").name("Contraloría del Estado").sector(Sector.GOVERNMENT).build(),
        Organization.builder().id("org-ga").name("IDAIP").sector(Sector.GUARANTOR_BODY).build(),
        Organization.builder().id("org-cso").name("CCE Durango").sector(Sector.CIVIL_SOCIETY).build(),
        Organization.builder().id("org-aut").name("Fiscalía Anticorrupción").sector(Sector.AUTONOMOUS_BODY).build(),
        Organization.builder().id("org-inai").name("INAI").sector(Sector.NATIONAL_GUARANTOR).build());
  }

  private static LocalExercise exercise(LocalActionPlan... plans) {
    return PalRulesTest.exercise(orgs(), plans);
  }

  // plan(), commitment(...), sections(...), options(), validate(...) and START: PalRulesTest's, statically imported.
}
