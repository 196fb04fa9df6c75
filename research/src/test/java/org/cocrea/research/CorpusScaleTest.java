package org.cocrea.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.MilestoneStatus;
import org.cocrea.core.analysis.Analyses;
import org.cocrea.testkit.RandomExercises;
import org.cocrea.serialization.CocreaJson;
import org.cocrea.research.export.CsvExport;
import org.cocrea.research.export.ExportOptions;
import org.cocrea.research.export.ExportTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated corpus of a few hundred files ({@code -Dcocrea.corpus.size=N} for more) read as a stream into the
 * statistics and the CSV export at once, in parallel, against the analyses of the same exercises held in memory.
 */
class CorpusScaleTest {

  private static final int SIZE = Integer.getInteger("cocrea.corpus.size", 80);
  private static final LocalDate AS_OF = LocalDate.of(2020, 12, 31);

  @TempDir
  Path dir;

  @Test
  void aGeneratedCorpusStreamsIntoStatisticsAndTablesWithTheFiguresOfTheWhole() throws IOException {
    List<LocalExercise> generated = RandomExercises.stream(20_260_000, SIZE).toList();
    Path root = dir.resolve("corpus");
    for (int i = 0; i < generated.size(); i++) {
      CorpusFiles.write(root.resolve("state-" + (i % 16)).resolve(String.format("ex-%05d.json", i)),
          CocreaJson.write(generated.get(i)));
    }
    CorpusFiles.write(root.resolve("state-3/truncated.json"), "{\"schemaVersion\": \"1.0\", \"id\": \"x\", ");

    CorpusStatistics.Collector collector = CorpusStatistics.collector(root.toString(), AS_OF);
    Corpus.Counts counts;
    try (CsvExport export = CsvExport.open(dir.resolve("csv"), ExportOptions.builder().asOf(AS_OF).build())) {
      counts = Corpus.scan(root, CorpusOptions.builder().asOf(AS_OF).threads(2).build(), new CorpusVisitor() {
        @Override
        public void exercise(CorpusEntry entry) {
          collector.exercise(entry);
          export.exercise(entry);
        }

        @Override
        public void failed(FailedFile file) {
          collector.failed(file);
          export.failed(file);
        }
      });
      assertThat(export.rowCounts().get(ExportTable.COMMITMENTS))
          .isEqualTo(Analyses.headline(generated).commitmentsCoCreated());
      assertThat(export.rowCounts().get(ExportTable.EXERCISES)).isEqualTo(SIZE);
    }
    CorpusStatistics stats = collector.statistics();

    assertThat(counts).isEqualTo(new Corpus.Counts(SIZE + 1, SIZE, 1));
    assertThat(stats.failures()).singleElement().satisfies(f -> assertThat(f.ruleIds()).containsExactly("JSON-01"));
    assertThat(stats.headline()).isEqualTo(Analyses.headline(generated));
    assertThat(stats.stlSeatsBySector()).isEqualTo(Analyses.stlSeatsBySector(generated));
    assertThat(stats.participantsBySector()).isEqualTo(Analyses.participantsBySector(generated));
    assertThat(stats.commitmentsByComponent()).isEqualTo(Analyses.commitmentsByComponent(generated));
    assertThat(stats.commitmentsBySdgTarget()).isEqualTo(Analyses.commitmentsBySdgTarget(generated));
    assertThat(stats.milestonesByStatus()).isEqualTo(Analyses.milestonesByStatus(generated, AS_OF));
    assertThat(stats.irmRatings()).isEqualTo(Analyses.irmRatings(generated));
    assertThat(stats.exercises()).hasSize(SIZE);
    assertThat(stats.milestonesByStatus().count(MilestoneStatus.COMPLETED)).isPositive();
    assertThat(stats.ruleCompliance()).isNotEmpty();
  }
}
