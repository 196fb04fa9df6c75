package org.cocrea.research.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.cocrea.core.LocalExercise;
import org.cocrea.research.CorpusEntry;
import org.cocrea.research.CorpusStatistics;
import org.cocrea.validation.Finding;
import org.cocrea.validation.NotRecorded;
import org.cocrea.validation.Outcome;
import org.cocrea.validation.RuleResult;
import org.cocrea.validation.Severity;
import org.cocrea.validation.ValidationReport;
import org.cocrea.validation.ValidatorOptions;
import org.cocrea.validation.Verdict;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code cocrea stats} counts the three verdicts and what was not recorded. */
class StatsVerdictTest {

  private static final LocalDate AS_OF = LocalDate.of(2016, 6, 30);

  private static CorpusEntry entry(String id, List<Finding> findings, List<RuleResult> results,
      List<NotRecorded> notRecorded) {
    return new CorpusEntry(Path.of(id + ".json"), id + ".json", LocalExercise.builder().id(id).build(),
        ValidationReport.of(id, ValidatorOptions.defaults(), findings, results, notRecorded));
  }

  private static CorpusStatistics stats() {
    CorpusStatistics.Collector c = CorpusStatistics.collector("corpus", AS_OF);
    c.exercise(entry("ok", List.of(), List.of(new RuleResult("MIL-01", Severity.ERROR, Outcome.PASS, 2, 2, 0, 0)),
        List.of()));
    c.exercise(entry("bad", List.of(new Finding("MIL-01", Severity.ERROR, "/plans/0", 0, 0, "MIL-01.message",
        List.of(), "x")), List.of(new RuleResult("MIL-01", Severity.ERROR, Outcome.FAIL, 1, 0, 1, 0)), List.of()));
    c.exercise(entry("partial", List.of(),
        List.of(new RuleResult("MIL-01", Severity.ERROR, Outcome.NOT_RECORDED, 1, 1, 0, 0, 2)),
        List.of(new NotRecorded("MIL-01", Severity.ERROR, "/plans/0/commitments/0", List.of("/plans/0/commitments/0")),
            new NotRecorded("MIL-01", Severity.ERROR, "/plans/0/commitments/1", List.of("/plans/0/commitments/1")))));
    return c.statistics();
  }

  @Test
  void theStatisticsCountEachVerdictAndTheSubjectsNotRecorded() {
    CorpusStatistics s = stats();

    assertThat(s.byVerdict()).containsEntry(Verdict.CONFORMS, 1L).containsEntry(Verdict.DOES_NOT_CONFORM, 1L)
        .containsEntry(Verdict.UNDETERMINED, 1L);
    assertThat(s.conforming()).as("no error: the conforming and the undetermined").isEqualTo(2);
    assertThat(s.notRecorded()).isEqualTo(2);
    assertThat(s.ruleCompliance().get(0).exercisesNotRecorded()).isEqualTo(1);
    assertThat(s.ruleCompliance().get(0).subjectsNotRecorded()).isEqualTo(2);
  }

  @Test
  void everyFormatShowsThem() {
    CorpusStatistics s = stats();

    assertThat(StatsWriter.of(StatsFormat.TEXT).render(s, Locale.forLanguageTag("es-MX")))
        .contains("(1 cumplen, 1 no cumplen, 1 no determinables)")
        .contains("2 elementos sin datos registrados para juzgarlos")
        .containsPattern("MIL-01 +ERROR +1/2 \\(50\\.0 %\\) +\\(Sin datos registrados: 1/2\\)");
    assertThat(StatsWriter.of(StatsFormat.TEXT).render(s, Locale.ENGLISH))
        .contains("(1 conform, 1 do not conform, 1 undetermined)");
    JsonNode json = JsonMapper.builder().build().readTree(StatsWriter.of(StatsFormat.JSON).render(s, Locale.ENGLISH));
    assertThat(json.get("verdicts").get("UNDETERMINED").asLong()).isEqualTo(1);
    assertThat(json.get("notRecorded").asLong()).isEqualTo(2);
    assertThat(json.get("exerciseSummaries").get(2).get("verdict").asString()).isEqualTo("UNDETERMINED");
    assertThat(json.get("ruleCompliance").get(0).get("subjectsNotRecorded").asLong()).isEqualTo(2);
    assertThat(StatsWriter.of(StatsFormat.HTML).render(s, Locale.ENGLISH))
        .contains("<dt>Exercises undetermined (facts not recorded)</dt><dd>1</dd>");
    assertThat(StatsWriter.of(StatsFormat.CSV).render(s, Locale.ENGLISH))
        .contains("rule_not_recorded_subjects,,MIL-01,2");
  }
}
