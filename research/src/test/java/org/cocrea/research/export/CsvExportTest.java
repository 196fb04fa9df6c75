package org.cocrea.research.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocrea.core.Commitment;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.MilestoneStatus;
import org.cocrea.core.OpenGovComponent;
import org.cocrea.core.Sector;
import org.cocrea.core.analysis.Analyses;
import org.cocrea.testkit.ResearchFixtures;
import org.cocrea.core.analysis.Tally;
import org.cocrea.serialization.CocreaJson;
import org.cocrea.research.Corpus;
import org.cocrea.research.CorpusFiles;
import org.cocrea.research.CorpusOptions;
import org.cocrea.validation.analysis.Compliance;
import org.cocrea.validation.analysis.RuleCompliance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExportTest {

  private static final String HOSTILE_TITLE = "Agua, \"limpia\"\ny segura; =1+1";

  @TempDir
  static Path dir;

  private static Corpus corpus;
  private static Path out;
  private static List<LocalExercise> exercises;

  @BeforeAll
  static void export() throws IOException {
    Path root = CorpusFiles.write(dir.resolve("corpus"));
    LocalExercise hostile = LocalExercise.builder().id("mx-hostile")
        .addPlan(LocalActionPlan.builder().id("pal-h")
            .addCommitment(Commitment.builder().id("h-c1").title(HOSTILE_TITLE).build()).build()).build();
    CorpusFiles.write(root.resolve("zz/hostile.json"), CocreaJson.write(hostile));
    corpus = Corpus.load(root, CorpusOptions.builder().asOf(ResearchFixtures.AS_OF).build());
    exercises = corpus.exercises();
    out = dir.resolve("csv");
    CsvExport.write(corpus, out, ExportOptions.builder().asOf(ResearchFixtures.AS_OF).build());
  }

  private static List<Map<String, String>> table(ExportTable t) throws IOException {
    return CsvTables.read(out.resolve(t.fileName()));
  }

  @Test
  void everyTableHasItsDocumentedHeader() throws IOException {
    for (ExportTable t : ExportTable.values()) {
      assertThat(CsvTables.header(out.resolve(t.fileName()))).as(t.fileName()).isEqualTo(t.columns());
    }
    assertThat(Files.readAllBytes(out.resolve("exercises.csv"))[0]).isEqualTo((byte) 'e');   // no BOM by default
  }

  @Test
  void rowCountsAreTheObservationsOfTheModel() throws IOException {
    assertThat(table(ExportTable.FILES)).hasSize(8);
    assertThat(table(ExportTable.EXERCISES)).hasSize(5);
    assertThat(table(ExportTable.ORGANIZATIONS)).hasSize(exercises.stream().mapToInt(e -> e.organizations().size())
        .sum()).hasSize(14);
    assertThat(table(ExportTable.PEOPLE)).hasSize(2);
    assertThat(table(ExportTable.MEMBERSHIPS)).hasSize(11);
    assertThat(table(ExportTable.TABLES)).hasSize(3);
    assertThat(table(ExportTable.PARTICIPANTS)).hasSize(5);
    assertThat(table(ExportTable.COMMITMENTS)).hasSize(6);
    assertThat(table(ExportTable.CLASSIFICATIONS)).hasSize(7);   // a-c1: 2 components, 1 value, 2 SDG, 1 theme; a-c2: 1
    assertThat(table(ExportTable.MILESTONES)).hasSize(4);
    assertThat(table(ExportTable.EVALUATIONS)).hasSize(2);
    assertThat(table(ExportTable.ASSESSMENTS)).hasSize(5);
    int findings = corpus.reports().stream().mapToInt(r -> r.findings().size()).sum()
        + corpus.failures().stream().mapToInt(f -> f.findings().size()).sum();
    assertThat(table(ExportTable.FINDINGS)).hasSize(findings);
    assertThat(table(ExportTable.RULE_RESULTS)).hasSize(corpus.reports().stream().mapToInt(r -> r.results().size())
        .sum());
  }

  @Test
  void seatsParsedBackGiveTheSameCompositionAsTheAnalysis() throws IOException {
    Map<String, Long> bySector = new LinkedHashMap<>();
    for (Map<String, String> row : table(ExportTable.MEMBERSHIPS)) {
      if (row.get("seat").equals("true") && row.get("titular").equals("true") && row.get("stl_operating")
          .equals("true")) {
        bySector.merge(row.get("seat_sector"), 1L, Long::sum);
      }
    }
    Tally<Sector> expected = Analyses.stlSeatsBySector(exercises);

    assertThat(bySector).containsEntry("GOVERNMENT", expected.count(Sector.GOVERNMENT))
        .containsEntry("GUARANTOR_BODY", expected.count(Sector.GUARANTOR_BODY))
        .containsEntry("CIVIL_SOCIETY", expected.count(Sector.CIVIL_SOCIETY))
        .containsEntry("", expected.missing());
  }

  @Test
  void participantsMilestonesAndClassificationsParsedBackGiveTheAnalysesFigures() throws IOException {
    Map<String, Long> participants = count(table(ExportTable.PARTICIPANTS), "sector");
    Tally<Sector> sectors = Analyses.participantsBySector(exercises);
    assertThat(participants).containsEntry("GOVERNMENT", sectors.count(Sector.GOVERNMENT))
        .containsEntry("ACADEMIA", sectors.count(Sector.ACADEMIA)).containsEntry("", sectors.missing());

    Map<String, Long> milestones = count(table(ExportTable.MILESTONES), "status_as_of");
    Tally<MilestoneStatus> statuses = Analyses.milestonesByStatus(exercises, ResearchFixtures.AS_OF);
    for (MilestoneStatus s : MilestoneStatus.values()) {
      assertThat(milestones.getOrDefault(s.name(), 0L)).as(s.name()).isEqualTo(statuses.count(s));
    }
    assertThat(table(ExportTable.MILESTONES)).filteredOn(r -> r.get("late").equals("true"))
        .singleElement().satisfies(r -> assertThat(r.get("days_late")).isEqualTo("151"));

    List<Map<String, String>> components = table(ExportTable.CLASSIFICATIONS).stream()
        .filter(r -> r.get("scheme").equals("component")).toList();
    Tally<OpenGovComponent> byComponent = Analyses.commitmentsByComponent(exercises);
    assertThat(count(components, "code")).containsEntry("CITIZEN_PARTICIPATION",
        byComponent.count(OpenGovComponent.CITIZEN_PARTICIPATION));

    long commitments = table(ExportTable.EXERCISES).stream().mapToLong(r -> Long.parseLong(r.get("commitments")))
        .sum();
    assertThat(commitments).isEqualTo(Analyses.headline(exercises).commitmentsCoCreated());
    assertThat(table(ExportTable.COMMITMENTS)).filteredOn(r -> r.get("commitment_id").equals("a-c1"))
        .singleElement().satisfies(r -> {
          assertThat(r.get("components")).isEqualTo("TRANSPARENCY_ACCESS_TO_INFORMATION;CITIZEN_PARTICIPATION");
          assertThat(r.get("sdg_targets")).isEqualTo("16.10;16.6");
          assertThat(r.get("status_as_of")).isEqualTo("LATE");
          assertThat(r.get("policy_area")).isEqualTo(" Salud ");
        });
  }

  @Test
  void ruleResultsParsedBackGiveTheComplianceRates() throws IOException {
    Map<String, long[]> byRule = new LinkedHashMap<>();
    for (Map<String, String> row : table(ExportTable.RULE_RESULTS)) {
      long[] c = byRule.computeIfAbsent(row.get("rule_id"), k -> new long[2]);
      c[0] += row.get("outcome").equals("PASS") ? 1 : 0;
      c[1] += row.get("outcome").equals("FAIL") ? 1 : 0;
    }
    for (RuleCompliance r : Compliance.byRule(corpus.reports())) {
      assertThat(byRule.get(r.ruleId())).as(r.ruleId()).containsExactly(r.exercisesPassed(), r.exercisesFailed());
    }
  }

  @Test
  void textWithCommasQuotesAndLineBreaksComesBackUnchanged() throws IOException {
    assertThat(table(ExportTable.COMMITMENTS)).filteredOn(r -> r.get("commitment_id").equals("h-c1"))
        .singleElement().satisfies(r -> assertThat(r.get("title")).isEqualTo(HOSTILE_TITLE));
  }

  @Test
  void unreadableFilesAreListedWithWhyAndTheirFindings() throws IOException {
    assertThat(table(ExportTable.FILES)).filteredOn(r -> r.get("readable").equals("false"))
        .extracting(r -> r.get("source_file")).containsExactly("broken.json", "empty.json", "z/version.json");
    assertThat(table(ExportTable.FINDINGS)).filteredOn(r -> r.get("source_file").equals("z/version.json"))
        .singleElement().satisfies(r -> {
          assertThat(r.get("rule_id")).isEqualTo("SCH-02");
          assertThat(r.get("exercise_id")).isEmpty();
          assertThat(r.get("family")).isEmpty();
        });
  }

  @Test
  void personalDataIsLeftOutByDefault() throws IOException {
    String all = allText(out);

    assertThat(all).doesNotContain(ResearchFixtures.PRIVATE_NAME).doesNotContain(ResearchFixtures.PRIVATE_EMAIL)
        .doesNotContain(ResearchFixtures.PRIVATE_PHONE).doesNotContain("ana@example.gob.mx")
        .doesNotContain("@");
    assertThat(all).contains(ResearchFixtures.PUBLIC_SERVANT_NAME);   // a public servant's name is public
  }

  @Test
  void personalDataIsExportedOnlyWhenAskedFor() throws IOException {
    Path personal = dir.resolve("personal");
    CsvExport.write(corpus, personal, ExportOptions.builder().includePersonalData(true).byteOrderMark(true).build());

    String all = allText(personal);
    assertThat(all).contains(ResearchFixtures.PRIVATE_NAME).contains(ResearchFixtures.PRIVATE_EMAIL)
        .contains(ResearchFixtures.PRIVATE_PHONE);
    byte[] bytes = Files.readAllBytes(personal.resolve("people.csv"));
    assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
    assertThat(CsvTables.read(personal.resolve("people.csv"))).hasSize(2);
  }

  @Test
  void streamingExportWritesTheSameFiles() throws IOException {
    Path streamed = dir.resolve("streamed");
    try (CsvExport export = CsvExport.open(streamed, ExportOptions.builder().asOf(ResearchFixtures.AS_OF).build())) {
      Corpus.scan(corpus.root(), corpus.options().toBuilder().threads(2).build(), export);
      assertThat(export.rowCounts().get(ExportTable.COMMITMENTS)).isEqualTo(6);
    }
    for (ExportTable t : ExportTable.values()) {
      // Failed files come in file order when streamed, after the exercises when exported from memory.
      assertThat(CsvTables.read(streamed.resolve(t.fileName()))).as(t.fileName())
          .containsExactlyInAnyOrderElementsOf(table(t));
    }
  }

  @Test
  void docsListEveryTableAndColumn() throws IOException {
    Path docs = Path.of("..", "docs", "exports.md");
    String text = Files.readString(docs, StandardCharsets.UTF_8);
    Map<String, List<String>> documented = new LinkedHashMap<>();
    String current = null;
    for (String line : text.split("\n")) {
      Matcher heading = Pattern.compile("^## (\\S+\\.csv)$").matcher(line);
      Matcher column = Pattern.compile("^\\| `([a-z_]+)` \\|").matcher(line);
      if (heading.find()) {
        current = heading.group(1);
        documented.put(current, new ArrayList<>());
      } else if (current != null && column.find()) {
        documented.get(current).add(column.group(1));
      }
    }
    for (ExportTable t : ExportTable.values()) {
      assertThat(documented.get(t.fileName())).as(t.fileName()).isEqualTo(t.columns());
    }
    assertThat(documented.keySet()).hasSize(ExportTable.values().length + 1).contains("stats.csv");
  }

  private static Map<String, Long> count(List<Map<String, String>> rows, String column) {
    Map<String, Long> counts = new LinkedHashMap<>();
    rows.forEach(r -> counts.merge(r.get(column), 1L, Long::sum));
    return counts;
  }

  private static String allText(Path folder) throws IOException {
    StringBuilder b = new StringBuilder();
    for (ExportTable t : ExportTable.values()) {
      b.append(Files.readString(folder.resolve(t.fileName()), StandardCharsets.UTF_8));
    }
    return b.toString();
  }
}
