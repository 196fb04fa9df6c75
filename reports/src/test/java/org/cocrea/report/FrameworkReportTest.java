package org.cocrea.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.report.ReportFixtures.AS_OF;
import static org.cocrea.report.ReportFixtures.EN;
import static org.cocrea.report.ReportFixtures.ES;

import com.networknt.schema.InputFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cocrea.core.Framework;
import org.cocrea.core.LocalExercise;
import org.cocrea.serialization.CheckResult;
import org.cocrea.validation.CocreaValidator;
import org.cocrea.validation.Profile;
import org.cocrea.validation.ValidationReport;
import org.cocrea.validation.ValidatorOptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Issue 12 item 3: every report says which rules are not requirements of the exercise's programme, and why. */
class FrameworkReportTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** An OGP Local exercise checked with the default options: INAI's own rules are not applicable to it. */
  private static CheckResult ogpLocal(Locale locale) {
    LocalExercise x = LocalExercise.builder().id("ogp").addFramework(Framework.OGP_LOCAL).build();
    ValidationReport report = CocreaValidator.create(ValidatorOptions.builder().locale(locale).asOf(AS_OF).build())
        .validate(x);
    return new CheckResult("ogp.json", Optional.of(x), report.with("ogp.json", report.findings()));
  }

  private static ReportRun run(Locale locale) {
    return new ReportRun(List.of(ogpLocal(locale)), locale, Profile.BY_FRAMEWORK, AS_OF, "0.2.0-test");
  }

  @Test
  void the_report_keeps_the_frameworks_and_the_rules_outside_them() {
    ValidationReport report = ogpLocal(ES).report();
    assertThat(report.frameworks()).containsExactly(Framework.OGP_LOCAL);
    assertThat(report.outsideFrameworks()).contains("EXE-01", "STL-01", "COM-06", "PAL-04")
        .doesNotContain("COM-01", "COM-09", "EVA-03");
  }

  @Test
  void text_and_html_name_them_with_the_programme() {
    for (ReportFormat format : List.of(ReportFormat.TEXT, ReportFormat.HTML)) {
      assertThat(ReportWriter.of(format).render(run(ES))).as(format.name())
          .contains("No aplican por no ser requisito del programa del ejercicio "
              + "(OGP Local (Alianza para el Gobierno Abierto)): EXE-01, EXE-02");
      assertThat(ReportWriter.of(format).render(run(EN))).as(format.name())
          .contains("not being requirements of the exercise")
          .contains("(OGP Local (Open Government Partnership)): EXE-01, EXE-02");
    }
  }

  @Test
  void json_gives_the_frameworks_and_each_rules_reason_and_stays_valid_against_its_schema() throws Exception {
    String json = ReportWriter.of(ReportFormat.JSON).render(run(EN));
    JsonNode file = JSON.readTree(json).get("files").get(0);
    assertThat(file.get("frameworks").values()).extracting(JsonNode::asString).containsExactly("OGP_LOCAL");
    JsonNode com06 = null;
    JsonNode com01 = null;
    for (JsonNode rule : file.get("rules").values()) {
      if (rule.get("id").asString().equals("COM-06")) {
        com06 = rule;
      } else if (rule.get("id").asString().equals("COM-01")) {
        com01 = rule;
      }
    }
    assertThat(com06.get("outcome").asString()).isEqualTo("NOT_APPLICABLE");
    assertThat(com06.get("notJudged").asString()).isEqualTo("FRAMEWORK");
    assertThat(com01.has("notJudged")).isFalse();
    assertThat(JsonReportTest.reportSchema().validate(json, InputFormat.JSON)).isEmpty();
    assertThat(JsonReportTest.reportSchema().validate(json.replace("\"FRAMEWORK\"", "\"PROGRAMME\""),
        InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void sarif_lists_them_in_the_artifact_properties() throws Exception {
    JsonNode artifact = JSON.readTree(ReportWriter.of(ReportFormat.SARIF).render(run(ES)))
        .get("runs").get(0).get("artifacts").get(0);
    assertThat(artifact.get("properties").get("outsideFrameworks").values()).extracting(JsonNode::asString)
        .contains("EXE-01", "COM-06").doesNotContain("COM-01");
  }
}
