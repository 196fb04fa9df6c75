package org.cocrea.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.report.ReportFixtures.AS_OF;
import static org.cocrea.report.ReportFixtures.EN;
import static org.cocrea.report.ReportFixtures.ES;

import com.networknt.schema.InputFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cocrea.core.LocalExercise;
import org.cocrea.serialization.CheckResult;
import org.cocrea.validation.Outcome;
import org.cocrea.validation.Profile;
import org.cocrea.validation.RuleResult;
import org.cocrea.validation.Severity;
import org.cocrea.validation.ValidationReport;
import org.cocrea.validation.ValidatorOptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Issue 16: every report lists the date-dependent rules a check could not judge for want of a date. */
class NotJudgedReportTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A file checked with the time-aware rules turned off: TRK-01 and EVA-01 ran without a date. */
  private static CheckResult dateless(Locale locale) {
    ValidatorOptions options = ValidatorOptions.builder().locale(locale).timeAwareRules(false).build();
    List<RuleResult> results = List.of(
        new RuleResult("REF-01", Severity.ERROR, Outcome.PASS, 1, 1, 0, 0),
        new RuleResult("TRK-01", Severity.ERROR, Outcome.NOT_APPLICABLE, 0, 0, 0, 1),
        new RuleResult("EVA-01", Severity.ERROR, Outcome.NOT_APPLICABLE, 0, 0, 0, 1));
    return new CheckResult("sin-fecha.json", Optional.of(LocalExercise.builder().id("x").build()),
        ValidationReport.of("sin-fecha.json", options, List.of(), results));
  }

  private static ReportRun run(Locale locale) {
    return new ReportRun(List.of(ReportFixtures.clean(locale), dateless(locale)), locale, Profile.INAI_CORE, AS_OF,
        "0.1.0-test");
  }

  @Test
  void the_report_knows_which_rules_it_could_not_judge() {
    assertThat(dateless(ES).report().notJudged()).containsExactly("TRK-01", "EVA-01");
    assertThat(dateless(ES).report().asOf()).isEmpty();
    assertThat(ReportFixtures.clean(ES).report().notJudged()).isEmpty();
  }

  @Test
  void text_and_html_name_them_in_the_report_language() {
    for (ReportFormat format : List.of(ReportFormat.TEXT, ReportFormat.HTML)) {
      assertThat(ReportWriter.of(format).render(run(ES))).as(format.name())
          .contains("Sin fecha de corte: no se juzgaron las reglas que dependen del tiempo TRK-01, EVA-01.");
      assertThat(ReportWriter.of(format).render(run(EN))).as(format.name())
          .contains("No as-of date: the time-aware rules TRK-01, EVA-01 were not judged.");
    }
  }

  @Test
  void json_lists_them_in_the_file_element_and_stays_valid_against_its_schema() throws Exception {
    String json = ReportWriter.of(ReportFormat.JSON).render(run(EN));
    JsonNode files = JSON.readTree(json).get("files");
    assertThat(files.get(0).has("notJudged")).isFalse();
    assertThat(files.get(1).get("notJudged").values()).extracting(JsonNode::asString)
        .containsExactly("TRK-01", "EVA-01");
    assertThat(JsonReportTest.reportSchema().validate(json, InputFormat.JSON)).isEmpty();
    assertThat(JsonReportTest.reportSchema().validate(json.replace("\"TRK-01\", \"EVA-01\"", "\"soon\""),
        InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void sarif_lists_them_in_the_artifact_properties() throws Exception {
    JsonNode artifacts = JSON.readTree(ReportWriter.of(ReportFormat.SARIF).render(run(ES)))
        .get("runs").get(0).get("artifacts");
    assertThat(artifacts.get(0).has("properties")).isFalse();
    assertThat(artifacts.get(1).get("properties").get("notJudged").values()).extracting(JsonNode::asString)
        .containsExactly("TRK-01", "EVA-01");
  }
}
