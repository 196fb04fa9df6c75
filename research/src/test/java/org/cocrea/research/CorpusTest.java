package org.cocrea.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.analysis.Analyses;
import org.cocrea.testkit.ResearchFixtures;
import org.cocrea.validation.analysis.Compliance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {

  @TempDir
  static Path dir;

  private static Path root;
  private static CorpusOptions options;
  private static Corpus corpus;

  @BeforeAll
  static void load() throws IOException {
    root = CorpusFiles.write(dir.resolve("corpus"));
    options = CorpusOptions.builder().asOf(ResearchFixtures.AS_OF).build();
    corpus = Corpus.load(root, options);
  }

  @Test
  void loadsEveryJsonFileBelowTheRootInPathOrderAndNeverStopsAtABadOne() {
    assertThat(corpus.entries()).extracting(CorpusEntry::source).containsExactlyElementsOf(CorpusFiles.READABLE);
    assertThat(corpus.failures()).extracting(FailedFile::source).containsExactlyElementsOf(CorpusFiles.UNREADABLE);
    assertThat(corpus.size()).isEqualTo(4);
    assertThat(corpus.toString()).contains("4 exercises").contains("3 failed files");
  }

  @Test
  void exercisesAreTheModelsThatWereWritten() {
    assertThat(corpus.exercises()).containsExactlyElementsOf(ResearchFixtures.all());
    assertThat(corpus.entry("mx-oax-c")).map(CorpusEntry::source).contains("mx-oax-c.json");
  }

  @Test
  void failedFilesSayWhy() {
    FailedFile broken = corpus.failures().get(0);
    FailedFile version = corpus.failures().get(2);

    assertThat(broken.ruleIds()).containsExactly("JSON-01");
    assertThat(broken.reason()).startsWith("JSON-01 ");
    assertThat(version.ruleIds()).containsExactly("SCH-02");
    assertThat(version.findings()).allSatisfy(f -> assertThat(f.line()).isPositive());
  }

  @Test
  void reportsAreValidatedAsOfTheOptionsDate() {
    assertThat(corpus.reports()).hasSize(4)
        .allSatisfy(r -> assertThat(r.asOf()).contains(ResearchFixtures.AS_OF))
        .allSatisfy(r -> assertThat(r.results()).isNotEmpty());
    // The assessment of a commitment that does not exist is a dangling reference, located in the file.
    assertThat(corpus.entries().get(0).report().findings("REF-01")).singleElement()
        .satisfies(f -> assertThat(f.line()).isPositive());
  }

  @Test
  void parallelLoadingGivesTheSameCorpusInTheSameOrder() {
    Corpus parallel = Corpus.load(root, options.toBuilder().threads(3).build());

    assertThat(parallel.entries()).extracting(CorpusEntry::source).containsExactlyElementsOf(CorpusFiles.READABLE);
    assertThat(parallel.exercises()).isEqualTo(corpus.exercises());
    assertThat(parallel.reports()).extracting(r -> r.findings()).isEqualTo(
        corpus.reports().stream().map(r -> r.findings()).toList());
    assertThat(parallel.failures()).isEqualTo(corpus.failures());
  }

  @Test
  void scanHandsEachFileToTheVisitorInOrder() {
    List<String> seen = new ArrayList<>();
    Corpus.Counts counts = Corpus.scan(root, options.toBuilder().threads(2).build(), new CorpusVisitor() {
      @Override
      public void exercise(CorpusEntry entry) {
        seen.add("ok " + entry.source());
      }

      @Override
      public void failed(FailedFile file) {
        seen.add("failed " + file.source());
      }
    });

    assertThat(counts).isEqualTo(new Corpus.Counts(7, 4, 3));
    assertThat(seen).containsExactly("ok a/mx-dur-a.json", "ok b/c/mx-dur-b.JSON", "failed broken.json",
        "failed empty.json", "ok mx-oax-c.json", "ok mx-sus-d.json", "failed z/version.json");
  }

  @Test
  void aSingleFileIsACorpusOfOne() {
    Corpus one = Corpus.load(root.resolve("mx-oax-c.json"), options);

    assertThat(one.entries()).extracting(CorpusEntry::source).containsExactly("mx-oax-c.json");
  }

  @Test
  void aRootThatDoesNotExistIsAnError() {
    assertThatThrownBy(() -> Corpus.load(root.resolve("nowhere"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nowhere");
  }

  @Test
  void statisticsAreTheAnalysesOfTheWholeCorpus() {
    List<LocalExercise> all = ResearchFixtures.all();
    CorpusStatistics s = corpus.statistics();

    assertThat(s.asOf()).isEqualTo(ResearchFixtures.AS_OF);
    assertThat(s.files()).isEqualTo(7);
    assertThat(s.failures()).hasSize(3);
    assertThat(s.headline()).isEqualTo(Analyses.headline(all));
    assertThat(s.stlSeatsBySector()).isEqualTo(Analyses.stlSeatsBySector(all));
    assertThat(s.stlCivilSocietySeatsByType()).isEqualTo(Analyses.stlCivilSocietySeatsByType(all));
    assertThat(s.participantsBySector()).isEqualTo(Analyses.participantsBySector(all));
    assertThat(s.tablesBySector()).isEqualTo(Analyses.tablesBySector(all));
    assertThat(s.commitmentsByComponent()).isEqualTo(Analyses.commitmentsByComponent(all));
    assertThat(s.commitmentsByOgpValue()).isEqualTo(Analyses.commitmentsByOgpValue(all));
    assertThat(s.commitmentsBySdgTarget()).isEqualTo(Analyses.commitmentsBySdgTarget(all));
    assertThat(s.commitmentsBySdgGoal()).isEqualTo(Analyses.commitmentsBySdgGoal(all));
    assertThat(s.commitmentsByPolicyArea()).isEqualTo(Analyses.commitmentsByPolicyArea(all));
    assertThat(s.commitmentsByCrossCuttingTheme()).isEqualTo(Analyses.commitmentsByCrossCuttingTheme(all));
    assertThat(s.commitmentsByStatus()).isEqualTo(Analyses.commitmentsByStatus(all, ResearchFixtures.AS_OF));
    assertThat(s.milestonesByStatus()).isEqualTo(Analyses.milestonesByStatus(all, ResearchFixtures.AS_OF));
    assertThat(s.irmRatings()).isEqualTo(Analyses.irmRatings(all));
    assertThat(s.ruleCompliance()).isEqualTo(Compliance.byRule(corpus.reports()));
    assertThat(s.familyCompliance()).isEqualTo(Compliance.byFamily(corpus.reports()));
    assertThat(s.exercises()).extracting(ExerciseSummary::exerciseId)
        .containsExactly("mx-dur-a", "mx-dur-b", "mx-oax-c", "mx-sus-d");
    assertThat(s.exercises().get(0).commitments()).isEqualTo(3);
    assertThat(s.exercises().get(0).milestones()).isEqualTo(4);
    assertThat(s.exercises().get(0).compliance()).isEqualTo(Compliance.byFamily(corpus.reports().get(0)));
  }

  @Test
  void streamedStatisticsEqualTheStatisticsOfTheLoadedCorpus() {
    CorpusStatistics.Collector collector = CorpusStatistics.collector(root.toString(), ResearchFixtures.AS_OF);
    Corpus.scan(root, options.toBuilder().threads(2).build(), collector);
    CorpusStatistics streamed = collector.statistics();
    CorpusStatistics loaded = corpus.statistics();

    assertThat(streamed.headline()).isEqualTo(loaded.headline());
    assertThat(streamed.exercises()).isEqualTo(loaded.exercises());
    assertThat(streamed.ruleCompliance()).isEqualTo(loaded.ruleCompliance());
    assertThat(streamed.irmRatings()).isEqualTo(loaded.irmRatings());
    assertThat(streamed.failures()).isEqualTo(loaded.failures());
  }

  @Test
  void statisticsNeedAnAsOfDate() {
    Corpus undated = Corpus.load(root.resolve("mx-oax-c.json"));

    assertThatThrownBy(undated::statistics).isInstanceOf(IllegalStateException.class);
    assertThat(undated.statistics(ResearchFixtures.AS_OF).headline().exercises()).isEqualTo(1);
  }
}
