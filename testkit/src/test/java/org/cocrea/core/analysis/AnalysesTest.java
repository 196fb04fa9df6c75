package org.cocrea.core.analysis;

import org.cocrea.testkit.ResearchFixtures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.cocrea.core.Commitment;
import org.cocrea.core.PartialDate;
import org.cocrea.core.CommitmentAssessment;
import org.cocrea.core.Completion;
import org.cocrea.core.CrossCuttingTheme;
import org.cocrea.core.CsoType;
import org.cocrea.core.ExerciseStatus;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Milestone;
import org.cocrea.core.MilestoneStatus;
import org.cocrea.core.OgpValue;
import org.cocrea.core.OpenGovComponent;
import org.cocrea.core.Organization;
import org.cocrea.core.PotentialImpact;
import org.cocrea.core.Sector;
import org.cocrea.core.Specificity;
import org.cocrea.core.StlStatus;
import org.junit.jupiter.api.Test;

/** Every analysis on {@link ResearchFixtures}, against figures worked out by hand (see the fixtures' comments). */
class AnalysesTest {

  private static final List<LocalExercise> ALL = ResearchFixtures.all();
  private static final LocalDate AS_OF = ResearchFixtures.AS_OF;

  @Test
  void stlCompositionCountsTitularAndAlternateSeatsBySectorWithTheRulesDefinitions() {
    StlComposition c = Analyses.stlComposition(ResearchFixtures.durango()).orElseThrow();

    assertThat(c.stlId()).isEqualTo("stl-a");
    assertThat(c.operating()).isTrue();
    assertThat(c.titularSeats().count(Sector.GOVERNMENT)).isEqualTo(2);       // by organisation and by seat sector
    assertThat(c.titularSeats().count(Sector.GUARANTOR_BODY)).isEqualTo(1);
    assertThat(c.titularSeats().count(Sector.CIVIL_SOCIETY)).isEqualTo(3);
    assertThat(c.titularSeats().missing()).isEqualTo(1);                       // m11 records no sector
    assertThat(c.seats()).isEqualTo(7);
    assertThat(c.alternateSeats().count(Sector.CIVIL_SOCIETY)).isEqualTo(1);
    assertThat(c.alternateSeats().count(Sector.GOVERNMENT)).isEqualTo(1);      // from the titular it stands in for
    assertThat(c.civilSocietySeatsByType().count(CsoType.ADVOCACY)).isEqualTo(1);
    assertThat(c.civilSocietySeatsByType().count(CsoType.BUSINESS)).isEqualTo(1);
    assertThat(c.civilSocietySeatsByType().missing()).isEqualTo(1);
    assertThat(c.facilitators()).isEqualTo(1);
    assertThat(c.observers()).isEqualTo(1);
    assertThat(c.distinctCivilSocietyOrganizations()).isEqualTo(3);
    assertThat(c.civilSocietyShare()).isEqualTo(new Rate(3, 7));
  }

  @Test
  void corpusSeatTalliesAddTheCurrentStlsOfEveryExercise() {
    // Only Durango's STL has memberships; the others have STLs without seats, the suspended one too.
    assertThat(Analyses.stlCompositions(ALL)).extracting(StlComposition::exerciseId)
        .containsExactly("mx-dur-a", "mx-dur-b", "mx-oax-c", "mx-sus-d");
    assertThat(Analyses.stlSeatsBySector(ALL)).isEqualTo(
        Analyses.stlComposition(ResearchFixtures.durango()).orElseThrow().titularSeats());
    assertThat(Analyses.stlCivilSocietySeatsByType(ALL).total()).isEqualTo(2);
  }

  @Test
  void anStlIsOperatingWhenActiveOrInstalledWithoutStatusUnlessTheExerciseIsSuspended() {
    LocalExercise plain = LocalExercise.builder().id("x").build();
    LocalExercise suspended = LocalExercise.builder().id("y").status(ExerciseStatus.SUSPENDED).build();
    LocalTechnicalSecretariat active = LocalTechnicalSecretariat.builder().id("s").status(StlStatus.ACTIVE).build();
    LocalTechnicalSecretariat installed = LocalTechnicalSecretariat.builder().id("s")
        .installedOn(LocalDate.of(2015, 1, 1)).build();
    LocalTechnicalSecretariat dissolved = LocalTechnicalSecretariat.builder().id("s").status(StlStatus.DISSOLVED)
        .installedOn(LocalDate.of(2015, 1, 1)).build();
    LocalTechnicalSecretariat planned = LocalTechnicalSecretariat.builder().id("s").build();

    assertThat(Analyses.isOperating(plain, active)).isTrue();
    assertThat(Analyses.isOperating(plain, installed)).isTrue();
    assertThat(Analyses.isOperating(plain, dissolved)).isFalse();
    assertThat(Analyses.isOperating(plain, planned)).isFalse();
    assertThat(Analyses.isOperating(suspended, active)).isFalse();
  }

  @Test
  void participantsTakeTheirRecordedSectorThenTheOrganisationsThenThePersonsOrganisations() {
    Tally<Sector> t = Analyses.participantsBySector(ALL);

    assertThat(t.count(Sector.GOVERNMENT)).isEqualTo(2);
    assertThat(t.count(Sector.CIVIL_SOCIETY)).isEqualTo(1);
    assertThat(t.count(Sector.ACADEMIA)).isEqualTo(1);
    assertThat(t.missing()).isEqualTo(1);
    assertThat(t.observations()).isEqualTo(5);
  }

  @Test
  void tablesCountOnceUnderEachSectorPresent() {
    Tally<Sector> t = Analyses.tablesBySector(ALL);

    assertThat(t.count(Sector.GOVERNMENT)).isEqualTo(1);
    assertThat(t.count(Sector.CIVIL_SOCIETY)).isEqualTo(1);
    assertThat(t.count(Sector.ACADEMIA)).isEqualTo(1);
    assertThat(t.missing()).isEqualTo(1);
    assertThat(t.observations()).isEqualTo(3);
    assertThat(t.shareOfObservations(Sector.GOVERNMENT)).isEqualTo(new Rate(1, 3));
  }

  @Test
  void commitmentsAreTalliedByComponentValueSdgPolicyAreaAndTheme() {
    Tally<OpenGovComponent> components = Analyses.commitmentsByComponent(ALL);
    assertThat(components.count(OpenGovComponent.TRANSPARENCY_ACCESS_TO_INFORMATION)).isEqualTo(1);
    assertThat(components.count(OpenGovComponent.CITIZEN_PARTICIPATION)).isEqualTo(1);
    assertThat(components.missing()).isEqualTo(4);
    assertThat(components.observations()).isEqualTo(5);

    assertThat(Analyses.commitmentsByOgpValue(ALL).count(OgpValue.ACCESS_TO_INFORMATION)).isEqualTo(1);

    Tally<String> targets = Analyses.commitmentsBySdgTarget(ALL);
    assertThat(targets.keys()).containsExactly("4.1", "16.6", "16.10");
    assertThat(targets.missing()).isEqualTo(3);

    Tally<Integer> goals = Analyses.commitmentsBySdgGoal(ALL);
    assertThat(goals.asMap()).containsExactly(java.util.Map.entry(4, 1L), java.util.Map.entry(16, 1L));

    Tally<String> areas = Analyses.commitmentsByPolicyArea(ALL);
    assertThat(areas.asMap()).containsExactly(java.util.Map.entry("Agua", 1L), java.util.Map.entry("Salud", 2L));
    assertThat(areas.missing()).isEqualTo(2);

    assertThat(Analyses.commitmentsByCrossCuttingTheme(ALL).count(CrossCuttingTheme.GENDER)).isEqualTo(1);
  }

  @Test
  void commitmentStatusFollowsItsMilestonesAsOfADate() {
    Tally<MilestoneStatus> t = Analyses.commitmentsByStatus(ALL, AS_OF);

    assertThat(t.count(MilestoneStatus.LATE)).isEqualTo(1);
    assertThat(t.count(MilestoneStatus.IN_PROGRESS)).isEqualTo(1);
    assertThat(t.count(MilestoneStatus.COMPLETED)).isZero();
    assertThat(t.missing()).isEqualTo(3);

    Commitment done = Commitment.builder().id("d")
        .addMilestone(Milestone.builder().id("d1").status(MilestoneStatus.COMPLETED).build()).build();
    Commitment waiting = Commitment.builder().id("w")
        .addMilestone(Milestone.builder().id("w1").dueDate(LocalDate.of(2030, 1, 1)).build()).build();
    assertThat(Analyses.commitmentStatus(done, AS_OF)).contains(MilestoneStatus.COMPLETED);
    assertThat(Analyses.commitmentStatus(waiting, AS_OF)).contains(MilestoneStatus.NOT_STARTED);
    // Years later, the waiting milestone is late.
    assertThat(Analyses.commitmentStatus(waiting, LocalDate.of(2031, 1, 1))).contains(MilestoneStatus.LATE);
  }

  @Test
  void milestonesAreTalliedByStatusAsOfAndLateOnesListedWithDaysLate() {
    Tally<MilestoneStatus> t = Analyses.milestonesByStatus(ALL, AS_OF);

    assertThat(t.count(MilestoneStatus.COMPLETED)).isEqualTo(2);
    assertThat(t.count(MilestoneStatus.LATE)).isEqualTo(1);
    assertThat(t.count(MilestoneStatus.IN_PROGRESS)).isEqualTo(1);
    assertThat(t.count(MilestoneStatus.NOT_STARTED)).isZero();
    assertThat(Analyses.lateMilestones(ALL, AS_OF)).containsExactly(
        new LateMilestone("mx-dur-a", "pal-a", "a-c1", "a-c1-m2", PartialDate.of(LocalDate.of(2016, 1, 31)), 151));
    assertThat(Analyses.lateMilestones(ALL, LocalDate.of(2016, 1, 31))).isEmpty();
  }

  @Test
  void latestAssessmentMergesRatingsInDateOrder() {
    CommitmentAssessment c1 = Analyses.latestAssessment(ResearchFixtures.durango(), "a-c1").orElseThrow();
    assertThat(c1.verifiable()).contains(true);
    assertThat(c1.specificity()).contains(Specificity.HIGH);
    assertThat(c1.completion()).contains(Completion.COMPLETE);

    // The results evaluation lists LIMITED (its date, 2016-12-01) before SUBSTANTIAL (dated 2015-01-01): LIMITED is
    // the later rating.
    CommitmentAssessment c2 = Analyses.latestAssessment(ResearchFixtures.durango(), "a-c2").orElseThrow();
    assertThat(c2.completion()).contains(Completion.LIMITED);

    assertThat(Analyses.latestAssessment(ResearchFixtures.durango(), "a-c3")).isEmpty();
  }

  @Test
  void irmRatingsCountEachCommitmentOnceWithItsLatestRatings() {
    IrmRatings r = Analyses.irmRatings(ALL);

    assertThat(r.commitments()).isEqualTo(5);
    assertThat(r.assessedCommitments()).isEqualTo(2);
    assertThat(r.completion().count(Completion.COMPLETE)).isEqualTo(1);
    assertThat(r.completion().count(Completion.LIMITED)).isEqualTo(1);
    assertThat(r.completion().missing()).isEqualTo(3);
    assertThat(r.specificity().count(Specificity.HIGH)).isEqualTo(1);
    assertThat(r.potentialImpact().count(PotentialImpact.TRANSFORMATIVE)).isEqualTo(1);
    assertThat(r.verifiable()).isEqualTo(new Rate(1, 2));
    assertThat(r.openGovLens()).isEqualTo(new Rate(1, 1));
    assertThat(r.highCompletion()).isEqualTo(new Rate(1, 2));
    assertThat(r.starred()).isEqualTo(new Rate(1, 2));
    assertThat(Analyses.completion(ALL)).isEqualTo(r.completion());
  }

  @Test
  void irmRatingsOfPartsAddUpToTheRatingsOfTheWhole() {
    IrmRatings whole = Analyses.irmRatings(ALL);
    IrmRatings parts = IrmRatings.empty();
    for (LocalExercise e : ALL) {
      parts = parts.plus(Analyses.irmRatings(List.of(e)));
    }
    assertThat(parts).isEqualTo(whole);
  }

  @Test
  void headlineFiguresCountDistinctInstitutionsPerState() {
    HeadlineFigures h = Analyses.headline(ALL);

    assertThat(h.exercises()).isEqualTo(4);
    assertThat(h.guarantorBodiesAdhered()).isEqualTo(2);     // IDAIP (twice, one state) and mx-sus-d's; not Oaxaca's
    assertThat(h.stlsOperating()).isEqualTo(2);              // Durango's active one and Oaxaca's installed one
    assertThat(h.plans()).isEqualTo(2);
    assertThat(h.commitmentsCoCreated()).isEqualTo(5);
    assertThat(h.governmentInstitutions()).isEqualTo(4);     // 3 in Durango (one autonomous), Oaxaca's Contraloría
    assertThat(h.civilSocietyOrganizations()).isEqualTo(4);  // 3 in Durango, plus "Otra A.C."
  }

  @Test
  void headlineCounterGivesTheSameFiguresOneExerciseAtATime() {
    HeadlineFigures.Counter counter = HeadlineFigures.counter();
    ALL.forEach(counter::add);

    assertThat(counter.figures()).isEqualTo(Analyses.headline(ALL));
  }

  @Test
  void headlineDescriptionIsSpanishByDefaultAndEnglishOnRequest() {
    HeadlineFigures h = Analyses.headline(ALL);

    assertThat(h.describe(java.util.Locale.forLanguageTag("es-MX"))).contains("Compromisos cocreados: 5\n");
    assertThat(h.describe(java.util.Locale.ENGLISH)).contains("Commitments co-created: 5\n")
        .contains("Guarantor bodies adhered: 2\n");
  }

  @Test
  void institutionKeyIgnoresCaseAccentsAndSpacingAndIsScopedByState() {
    LocalExercise a = ResearchFixtures.durango();
    LocalExercise b = ResearchFixtures.durangoMunicipality();
    LocalExercise c = ResearchFixtures.oaxaca();
    Organization ca = a.index().organization("g1").orElseThrow();
    Organization cb = b.index().organization("contraloria").orElseThrow();
    Organization cc = c.index().organization("contraloria").orElseThrow();

    assertThat(Analyses.institutionKey(a, ca)).isEqualTo("durango|contraloria del estado")
        .isEqualTo(Analyses.institutionKey(b, cb));
    assertThat(Analyses.institutionKey(c, cc)).isEqualTo("mx oax|contraloria del estado");
    Organization unnamed = Organization.builder().id("x-1").build();
    assertThat(Analyses.institutionKey(LocalExercise.builder().id("e").build(), unnamed)).isEqualTo("#e|#x-1");
  }

  @Test
  void sdgOrderPutsNumberedTargetsBeforeLetteredOnesAndGoalsInNumberOrder() {
    List<String> targets = new java.util.ArrayList<>(List.of("17.1", "16.a", "16.10", "2.4", "16.2", "x"));
    targets.sort(Analyses.sdgTargetOrder());

    assertThat(targets).containsExactly("2.4", "16.2", "16.10", "16.a", "17.1", "x");
  }

  @Test
  void emptyInputsGiveEmptyResults() {
    List<LocalExercise> none = List.of();

    assertThat(Analyses.headline(none)).isEqualTo(new HeadlineFigures(0, 0, 0, 0, 0, 0, 0));
    assertThat(Analyses.stlSeatsBySector(none).observations()).isZero();
    assertThat(Analyses.irmRatings(none)).isEqualTo(IrmRatings.empty());
    assertThat(Analyses.stlComposition(LocalExercise.builder().id("e").build())).isEmpty();
  }
}
