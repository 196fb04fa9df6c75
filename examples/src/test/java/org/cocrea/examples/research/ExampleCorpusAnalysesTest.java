package org.cocrea.examples.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cocrea.core.Commitment;
import org.cocrea.core.Completion;
import org.cocrea.core.CrossCuttingTheme;
import org.cocrea.core.CsoType;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.Milestone;
import org.cocrea.core.MilestoneStatus;
import org.cocrea.core.OgpValue;
import org.cocrea.core.OpenGovComponent;
import org.cocrea.core.Organization;
import org.cocrea.core.Participation;
import org.cocrea.core.ParticipatoryTable;
import org.cocrea.core.Sector;
import org.cocrea.core.StlMembership;
import org.cocrea.core.analysis.Analyses;
import org.cocrea.core.analysis.HeadlineFigures;
import org.cocrea.core.analysis.IrmRatings;
import org.cocrea.core.analysis.LateMilestone;
import org.cocrea.core.analysis.Rate;
import org.cocrea.core.analysis.StlComposition;
import org.cocrea.core.analysis.Tally;
import org.cocrea.research.Corpus;
import org.cocrea.research.CorpusOptions;
import org.cocrea.validation.Outcome;
import org.cocrea.validation.RuleResult;
import org.cocrea.validation.ValidationReport;
import org.cocrea.validation.analysis.Compliance;
import org.cocrea.validation.analysis.FamilyCompliance;
import org.cocrea.validation.analysis.RuleCompliance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every analysis on the five example exercises, against figures counted in the test ({@link ExampleCorpus}) and the
 * public facts of methodology section 5 (seats per state, commitments per plan, Veracruz's evaluation).
 */
class ExampleCorpusAnalysesTest {

  private static Corpus corpus;
  private static List<LocalExercise> exercises;
  private static List<LocalExercise> read;

  @BeforeAll
  static void load() throws Exception {
    corpus = Corpus.load(ExampleCorpus.folder(), CorpusOptions.builder().asOf(ExampleCorpus.AS_OF).threads(2).build());
    exercises = corpus.exercises();
    read = ExampleCorpus.exercises();
  }

  @Test
  void theCorpusHoldsTheFiveExamplesAndNoFailedFile() {
    assertThat(corpus.failures()).isEmpty();
    assertThat(exercises).isEqualTo(read);
    assertThat(exercises).extracting(LocalExercise::id)
        .containsExactly("mx-coa-2016", "mx-dur-2015", "mx-mor-2015", "mx-oax-2016", "mx-ver-2016");
  }

  @Test
  void stlCompositionKeepsThePublishedSeatsOfEachState() {
    // methodology 5.2: CSO, government, guarantor seats.
    Map<String, List<Long>> published = Map.of("mx-dur-2015", List.of(2L, 2L, 2L), "mx-mor-2015",
        List.of(1L, 2L, 1L), "mx-ver-2016", List.of(3L, 6L, 1L), "mx-oax-2016", List.of(2L, 2L, 1L), "mx-coa-2016",
        List.of(5L, 1L, 1L));
    for (LocalExercise e : exercises) {
      StlComposition c = Analyses.stlComposition(e).orElseThrow();
      assertThat(List.of(c.titularSeats().count(Sector.CIVIL_SOCIETY), c.titularSeats().count(Sector.GOVERNMENT),
          c.titularSeats().count(Sector.GUARANTOR_BODY))).as(e.id()).isEqualTo(published.get(e.id()));
      assertThat(c.facilitators()).as(e.id()).isEqualTo(1);
      assertThat(c.operating()).isTrue();
    }
    Tally<Sector> seats = Analyses.stlSeatsBySector(exercises);
    assertThat(seats.count(Sector.CIVIL_SOCIETY)).isEqualTo(13).isEqualTo(ExampleCorpus.seats(read)
        .get(Sector.CIVIL_SOCIETY));
    assertThat(seats.count(Sector.GOVERNMENT)).isEqualTo(13).isEqualTo(ExampleCorpus.seats(read)
        .get(Sector.GOVERNMENT));
    assertThat(seats.count(Sector.GUARANTOR_BODY)).isEqualTo(6);
    assertThat(seats.missing()).isZero();
  }

  @Test
  void civilSocietySeatsByTypeAreTheTypesOfTheSeatedOrganisations() {
    Map<CsoType, Long> expected = new HashMap<>();
    long untyped = 0;
    for (LocalExercise e : read) {
      for (StlMembership m : e.stls().get(0).memberships()) {
        boolean titularSeat = m.role().map(r -> !r.name().equals("FACILITATOR") && !r.name().equals("OBSERVER"))
            .orElse(true) && m.titular().orElse(true) && m.alternateOfId().isEmpty();
        if (titularSeat && m.seatSector().orElse(null) == Sector.CIVIL_SOCIETY) {
          Optional<CsoType> type = e.organizations().stream()
              .filter(o -> o.id().equals(m.organizationId().orElse(""))).findFirst().flatMap(Organization::csoType);
          if (type.isPresent()) {
            expected.merge(type.get(), 1L, Long::sum);
          } else {
            untyped++;
          }
        }
      }
    }
    Tally<CsoType> t = Analyses.stlCivilSocietySeatsByType(exercises);
    for (CsoType type : CsoType.values()) {
      assertThat(t.count(type)).as(type.name()).isEqualTo(expected.getOrDefault(type, 0L));
    }
    assertThat(t.missing()).isEqualTo(untyped);
  }

  @Test
  void participationBySectorCountsEveryParticipantOfEveryTable() {
    Map<Sector, Long> participants = new HashMap<>();
    Map<Sector, Long> tables = new HashMap<>();
    int tableCount = 0;
    for (LocalExercise e : read) {
      for (LocalActionPlan p : e.plans()) {
        for (ParticipatoryTable t : p.coCreation().orElseThrow().tables()) {
          tableCount++;
          EnumSet<Sector> present = EnumSet.noneOf(Sector.class);
          for (Participation x : t.participants()) {
            Sector s = x.sector().orElseGet(() -> e.organizations().stream()
                .filter(o -> o.id().equals(x.organizationId().orElse(""))).findFirst()
                .flatMap(Organization::sector).orElseThrow());
            participants.merge(s, 1L, Long::sum);
            present.add(s);
          }
          present.forEach(s -> tables.merge(s, 1L, Long::sum));
        }
      }
    }
    Tally<Sector> byParticipant = Analyses.participantsBySector(exercises);
    Tally<Sector> byTable = Analyses.tablesBySector(exercises);
    for (Sector s : Sector.values()) {
      assertThat(byParticipant.count(s)).as(s.name()).isEqualTo(participants.getOrDefault(s, 0L));
      assertThat(byTable.count(s)).as(s.name()).isEqualTo(tables.getOrDefault(s, 0L));
    }
    assertThat(byTable.observations()).isEqualTo(tableCount);
    assertThat(byParticipant.missing()).isZero();
  }

  @Test
  void commitmentsByComponentValueSdgPolicyAreaAndTheme() {
    List<Commitment> all = ExampleCorpus.commitments(read);
    Map<String, Long> expected = new LinkedHashMap<>();
    for (Commitment c : all) {
      c.components().forEach(x -> expected.merge("component " + x, 1L, Long::sum));
      c.ogpValues().forEach(x -> expected.merge("value " + x, 1L, Long::sum));
      c.sdgTargets().stream().distinct().forEach(x -> expected.merge("target " + x, 1L, Long::sum));
      c.sdgTargets().stream().map(x -> x.substring(0, x.indexOf('.'))).distinct()
          .forEach(x -> expected.merge("goal " + x, 1L, Long::sum));
      c.crossCutting().forEach(x -> expected.merge("theme " + x, 1L, Long::sum));
      c.policyArea().ifPresent(x -> expected.merge("area " + x.trim(), 1L, Long::sum));
    }
    for (OpenGovComponent x : OpenGovComponent.values()) {
      assertThat(Analyses.commitmentsByComponent(exercises).count(x)).isEqualTo(expected.getOrDefault(
          "component " + x, 0L));
    }
    for (OgpValue x : OgpValue.values()) {
      assertThat(Analyses.commitmentsByOgpValue(exercises).count(x)).isEqualTo(expected.getOrDefault("value " + x,
          0L));
    }
    for (CrossCuttingTheme x : CrossCuttingTheme.values()) {
      assertThat(Analyses.commitmentsByCrossCuttingTheme(exercises).count(x)).isEqualTo(expected.getOrDefault(
          "theme " + x, 0L));
    }
    Tally<String> targets = Analyses.commitmentsBySdgTarget(exercises);
    targets.asMap().forEach((k, v) -> assertThat(v).as(k).isEqualTo(expected.get("target " + k)));
    assertThat(targets.total()).isEqualTo(expected.entrySet().stream().filter(x -> x.getKey().startsWith("target "))
        .mapToLong(Map.Entry::getValue).sum());
    Tally<Integer> goals = Analyses.commitmentsBySdgGoal(exercises);
    goals.asMap().forEach((k, v) -> assertThat(v).as("goal " + k).isEqualTo(expected.get("goal " + k)));
    Tally<String> areas = Analyses.commitmentsByPolicyArea(exercises);
    areas.asMap().forEach((k, v) -> assertThat(v).as(k).isEqualTo(expected.get("area " + k)));
    assertThat(Analyses.commitmentsByComponent(exercises).observations()).isEqualTo(33).isEqualTo(all.size());
  }

  @Test
  void milestoneAndCommitmentStatusAsOfTheDate() {
    Map<MilestoneStatus, Long> milestones = new HashMap<>();
    Map<MilestoneStatus, Long> commitments = new HashMap<>();
    long late = 0;
    long daysLate = 0;
    for (Commitment c : ExampleCorpus.commitments(read)) {
      boolean allDone = !c.milestones().isEmpty();
      boolean anyLate = false;
      boolean anyMoving = false;
      for (Milestone m : c.milestones()) {
        MilestoneStatus s = m.statusAsOf(ExampleCorpus.AS_OF);
        milestones.merge(s, 1L, Long::sum);
        allDone &= s == MilestoneStatus.COMPLETED;
        anyLate |= s == MilestoneStatus.LATE;
        anyMoving |= s == MilestoneStatus.IN_PROGRESS || s == MilestoneStatus.COMPLETED;
        if (m.dueDate().isPresent() && m.dueDate().get().latest().isBefore(ExampleCorpus.AS_OF)
            && m.status().orElse(null) != MilestoneStatus.COMPLETED && m.completedOn().isEmpty()) {
          late++;
          daysLate += m.dueDate().get().latest().until(ExampleCorpus.AS_OF, java.time.temporal.ChronoUnit.DAYS);
        }
      }
      if (!c.milestones().isEmpty()) {
        commitments.merge(allDone ? MilestoneStatus.COMPLETED : anyLate ? MilestoneStatus.LATE
            : anyMoving ? MilestoneStatus.IN_PROGRESS : MilestoneStatus.NOT_STARTED, 1L, Long::sum);
      }
    }
    Tally<MilestoneStatus> ms = Analyses.milestonesByStatus(exercises, ExampleCorpus.AS_OF);
    Tally<MilestoneStatus> cs = Analyses.commitmentsByStatus(exercises, ExampleCorpus.AS_OF);
    for (MilestoneStatus s : MilestoneStatus.values()) {
      assertThat(ms.count(s)).as("milestones " + s).isEqualTo(milestones.getOrDefault(s, 0L));
      assertThat(cs.count(s)).as("commitments " + s).isEqualTo(commitments.getOrDefault(s, 0L));
    }
    List<LateMilestone> lateList = Analyses.lateMilestones(exercises, ExampleCorpus.AS_OF);
    assertThat(lateList).hasSize((int) late);
    assertThat(lateList.stream().mapToLong(LateMilestone::daysLate).sum()).isEqualTo(daysLate);
    assertThat(ms.count(MilestoneStatus.LATE)).isEqualTo(late).isPositive();
  }

  @Test
  void completionAndIrmRatingsKeepVeracruzsFiveOfSixFulfilled() {
    Map<String, Long> expected = new HashMap<>();
    long rated = 0;
    for (LocalExercise e : read) {
      for (Commitment c : e.plans().get(0).commitments()) {
        Optional<String> completion = ExampleCorpus.latestCompletion(e, c.id());
        completion.ifPresent(x -> expected.merge(x, 1L, Long::sum));
        rated += completion.isPresent() ? 1 : 0;
      }
    }
    IrmRatings r = Analyses.irmRatings(exercises);
    for (Completion c : Completion.values()) {
      assertThat(r.completion().count(c)).as(c.name()).isEqualTo(expected.getOrDefault(c.name(), 0L));
    }
    assertThat(r.completion().missing()).isEqualTo(33 - rated);
    // methodology 5.3: Veracruz's results evaluation, 5 of 6 commitments fulfilled.
    assertThat(r.highCompletion()).isEqualTo(new Rate(5, 6));
    assertThat(Analyses.completion(List.of(corpus.entry("mx-ver-2016").orElseThrow().exercise())).total())
        .isEqualTo(6);
  }

  @Test
  void complianceRatesAreTheReportsRuleOutcomes() {
    Map<String, long[]> byRule = new LinkedHashMap<>();
    Map<String, long[]> byFamily = new LinkedHashMap<>();
    for (ValidationReport report : corpus.reports()) {
      Map<String, Boolean> familyFailed = new HashMap<>();
      for (RuleResult r : report.results()) {
        long[] c = byRule.computeIfAbsent(r.ruleId(), k -> new long[3]);
        c[r.outcome().ordinal()]++;
        String family = r.ruleId().substring(0, r.ruleId().indexOf('-'));
        long[] f = byFamily.computeIfAbsent(family, k -> new long[2]);
        if (r.outcome() != Outcome.NOT_APPLICABLE) {
          f[0] += r.outcome() == Outcome.PASS ? 1 : 0;
          f[1]++;
          familyFailed.merge(family, r.outcome() == Outcome.FAIL, Boolean::logicalOr);
        }
      }
    }
    for (RuleCompliance r : Compliance.byRule(corpus.reports())) {
      long[] c = byRule.get(r.ruleId());
      assertThat(List.of(r.exercisesPassed(), r.exercisesFailed(), r.exercisesNotApplicable())).as(r.ruleId())
          .isEqualTo(List.of(c[0], c[1], c[2]));
    }
    for (FamilyCompliance f : Compliance.byFamily(corpus.reports())) {
      long[] c = byFamily.get(f.family().name());
      assertThat(f.ruleRate()).as(f.family().name()).isEqualTo(new Rate(c[0], c[1]));
    }
    // methodology 5.2 oracle: Veracruz and Morelos break STL-03 parity.
    RuleCompliance parity = Compliance.byRule(corpus.reports()).stream().filter(r -> r.ruleId().equals("STL-03"))
        .findFirst().orElseThrow();
    assertThat(parity.exercisesFailed()).isEqualTo(2);
  }

  @Test
  void headlineFiguresOfTheExamples() {
    HeadlineFigures h = Analyses.headline(exercises);

    assertThat(h.exercises()).isEqualTo(5);
    assertThat(h.guarantorBodiesAdhered()).isEqualTo(5);                 // one per state, each with its declaration
    assertThat(h.stlsOperating()).isEqualTo(5);                          // every STL installed, none dissolved
    assertThat(h.plans()).isEqualTo(5);
    assertThat(h.commitmentsCoCreated()).isEqualTo(6 + 8 + 6 + 6 + 7);   // methodology 5.3, proactive ones included
    assertThat(h.governmentInstitutions()).isEqualTo(ExampleCorpus.distinctOrganizations(read,
        EnumSet.of(Sector.GOVERNMENT, Sector.AUTONOMOUS_BODY)));
    assertThat(h.civilSocietyOrganizations()).isEqualTo(ExampleCorpus.distinctOrganizations(read,
        EnumSet.of(Sector.CIVIL_SOCIETY)));
    assertThat(corpus.headline()).isEqualTo(h);
    assertThat(corpus.statistics().headline()).isEqualTo(h);
  }
}
