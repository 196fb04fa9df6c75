package org.cocrea.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.report.ReportFixtures.AS_OF;
import static org.cocrea.report.ReportFixtures.EN;
import static org.cocrea.report.ReportFixtures.ES;

import com.networknt.schema.InputFormat;
import java.util.List;
import java.util.Locale;
import org.cocrea.serialization.CheckResult;
import org.cocrea.serialization.CocreaJson;
import org.cocrea.validation.CocreaValidator;
import org.cocrea.validation.Profile;
import org.cocrea.validation.ValidationReport;
import org.cocrea.validation.ValidatorOptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 16: a {@code ValidationReport} or a {@code CheckResult} that an application returns (a Spring controller)
 * serialises through the Jackson module to the documented JSON report, the one {@code cocrea validate --format json}
 * writes, never to {@code {}}.
 */
class ReportSerializationTest {

  /** An application's own mapper, with the module registered as Spring Boot registers a module bean. */
  private static final JsonMapper APP = JsonMapper.builder().addModule(CocreaJson.module()).build();

  @Test
  void a_check_result_is_the_json_report_of_one_file() throws Exception {
    for (Locale locale : List.of(ES, EN)) {
      CheckResult result = ReportFixtures.readable(locale);
      String json = APP.writeValueAsString(result);
      assertThat(JsonReportTest.reportSchema().validate(json, InputFormat.JSON)).as(locale.toString()).isEmpty();

      JsonNode mine = APP.readTree(json);
      JsonNode cli = APP.readTree(ReportWriter.of(ReportFormat.JSON).render(
          new ReportRun(List.of(result), locale, Profile.INAI_CORE, AS_OF, mine.get("tool").get("version").asString())));
      assertThat(mine).isEqualTo(cli);
      assertThat(mine.get("files").get(0).get("findings").size()).isEqualTo(3);
    }
  }

  @Test
  void a_validation_report_from_the_validator_names_its_subject_date_and_unjudged_rules() throws Exception {
    ValidationReport report = CocreaValidator.create(ValidatorOptions.builder().timeAwareRules(false).build())
        .validate(ReportFixtures.exercise());
    for (JsonMapper mapper : List.of(APP, CocreaJson.mapper())) {
      String json = mapper.writeValueAsString(report);
      assertThat(JsonReportTest.reportSchema().validate(json, InputFormat.JSON)).isEmpty();
      JsonNode tree = mapper.readTree(json);
      assertThat(tree.get("asOf").isNull()).isTrue();
      assertThat(tree.get("lang").asString()).isEqualTo("es");
      JsonNode file = tree.get("files").get(0);
      assertThat(file.get("path").asString()).isEqualTo("mx-oax");
      assertThat(file.get("rules").size()).isEqualTo(report.results().size());
      assertThat(file.get("notJudged").size()).isEqualTo(report.notJudged().size()).isPositive();
      assertThat(tree.get("conforms").asBoolean()).isEqualTo(report.conforms());
    }
  }
}
