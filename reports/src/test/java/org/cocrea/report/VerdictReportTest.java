package org.cocrea.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.report.ReportFixtures.EN;
import static org.cocrea.report.ReportFixtures.ES;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.cocrea.validation.Verdict;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every format shows the three verdicts and what was not recorded. */
class VerdictReportTest {

  private final JsonMapper mapper = JsonMapper.builder().build();

  @Test
  void theRunVerdictIsTheWorstOfItsFiles() {
    assertThat(ReportFixtures.undeterminedRun(ES).verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(ReportFixtures.undeterminedRun(ES).conforms()).isTrue();
    assertThat(ReportFixtures.run(ES).verdict()).isEqualTo(Verdict.DOES_NOT_CONFORM);
    assertThat(ReportFixtures.undetermined(ES).verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(ReportFixtures.clean(ES).verdict()).isEqualTo(Verdict.CONFORMS);
  }

  @Test
  void textNamesTheVerdictAndListsTheFactsThatWouldDecideIt() {
    String es = ReportWriter.of(ReportFormat.TEXT).render(ReportFixtures.undeterminedRun(ES));

    assertThat(es).contains("== partial.json: NO DETERMINABLE (0 errores, 1 advertencia, 0 informativos)");
    assertThat(es).contains("Reglas: 0 cumplen, 1 no cumple, 0 no aplican, 1 sin datos registrados");
    assertThat(es).contains("No se puede decidir si cumple: 1 elemento de reglas de severidad ERROR no se pudo juzgar");
    assertThat(es).contains("    MIL-01  /plans/0/commitments/1  → /plans/0/commitments/1/milestones\n");
    assertThat(es).contains("2 elementos no se pudieron juzgar por datos no registrados (reglas de advertencia o "
        + "informativas): COM-04 ×2");
    assertThat(es).contains("== ok.json: CUMPLE");
    assertThat(es).endsWith("Resumen: 2 archivos: 1 cumple, 0 no cumplen, 1 no determinable · 0 errores, "
        + "1 advertencia, 0 informativos\n");

    String en = ReportWriter.of(ReportFormat.TEXT).render(ReportFixtures.undeterminedRun(EN));
    assertThat(en).contains("== partial.json: UNDETERMINED (0 errors, 1 warning, 0 info)");
    assertThat(en).contains("Rules: 0 pass, 1 fail, 0 not applicable, 1 not recorded");
    assertThat(en).contains("Cannot tell whether it conforms: 1 subject of ERROR rules could not be judged");
    assertThat(en).contains("Summary: 2 files: 1 conforms, 0 do not conform, 1 undetermined");
  }

  @Test
  void theTextStreamKnowsTheRunVerdict() throws Exception {
    ReportRun run = ReportFixtures.undeterminedRun(ES);
    StringWriter out = new StringWriter();
    try (ReportStream stream = ReportStream.start(ReportFormat.TEXT, out, run.locale(), run.profile(), run.asOf(),
        run.toolVersion())) {
      for (var file : run.files()) {
        stream.file(file);
      }
      stream.finish();
      assertThat(stream.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertThat(stream.conforms()).isTrue();
    }
  }

  @Test
  void jsonCarriesTheVerdictTheSubjectsAndTheCountsAndMeetsItsSchema() throws Exception {
    for (Locale locale : List.of(ES, EN)) {
      String json = ReportWriter.of(ReportFormat.JSON).render(ReportFixtures.undeterminedRun(locale));
      List<Error> errors = JsonReportTest.reportSchema().validate(json, InputFormat.JSON);
      assertThat(errors).as(locale.toString()).isEmpty();

      JsonNode root = mapper.readTree(json);
      assertThat(root.get("conforms").asBoolean()).isTrue();
      assertThat(root.get("verdict").asString()).isEqualTo("UNDETERMINED");
      JsonNode file = root.get("files").get(0);
      assertThat(file.get("verdict").asString()).isEqualTo("UNDETERMINED");
      assertThat(file.get("conforms").asBoolean()).isTrue();
      JsonNode first = file.get("notRecorded").get(0);
      assertThat(first.get("ruleId").asString()).isEqualTo("MIL-01");
      assertThat(first.get("severity").asString()).isEqualTo("ERROR");
      assertThat(first.get("pointer").asString()).isEqualTo("/plans/0/commitments/1");
      assertThat(first.get("facts").get(0).asString()).isEqualTo("/plans/0/commitments/1/milestones");
      assertThat(file.get("notRecorded")).hasSize(3);
      assertThat(file.get("rules").get(0).get("outcome").asString()).isEqualTo("NOT_RECORDED");
      assertThat(file.get("rules").get(0).get("notRecorded").asInt()).isEqualTo(1);
      assertThat(root.get("files").get(1).get("verdict").asString()).isEqualTo("CONFORMS");
    }
  }

  @Test
  void jsonSchemaRejectsAnUnknownVerdict() throws Exception {
    String json = ReportWriter.of(ReportFormat.JSON).render(ReportFixtures.undeterminedRun(ES))
        .replaceFirst("\"UNDETERMINED\"", "\"MAYBE\"");

    assertThat(JsonReportTest.reportSchema().validate(json, InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void sarifGivesEachUnjudgedSubjectAnOpenResultWithLevelNone() {
    JsonNode run = mapper.readTree(ReportWriter.of(ReportFormat.SARIF).render(ReportFixtures.undeterminedRun(EN)))
        .get("runs").get(0);

    assertThat(run.get("invocations").get(0).get("properties").get("verdict").asString())
        .isEqualTo("UNDETERMINED");
    JsonNode results = run.get("results");
    assertThat(results).hasSize(4);
    JsonNode warning = results.get(0);
    assertThat(warning.has("kind")).isFalse();
    assertThat(warning.get("level").asString()).isEqualTo("warning");
    JsonNode open = results.get(1);
    assertThat(open.get("ruleId").asString()).isEqualTo("MIL-01");
    assertThat(open.get("kind").asString()).isEqualTo("open");
    assertThat(open.get("level").asString()).as("SARIF §3.27.10: level none for any kind but fail")
        .isEqualTo("none");
    assertThat(open.get("message").get("text").asString()).contains("not recorded")
        .contains("/plans/0/commitments/1/milestones");
    assertThat(open.get("properties").get("severity").asString()).isEqualTo("ERROR");
    assertThat(open.get("properties").get("facts").get(0).asString()).isEqualTo("/plans/0/commitments/1/milestones");
    assertThat(open.get("locations").get(0).get("logicalLocations").get(0).get("fullyQualifiedName").asString())
        .isEqualTo("/plans/0/commitments/1");
  }

  @Test
  void htmlShowsTheBadgeTheCountsAndTheTable() {
    String html = ReportWriter.of(ReportFormat.HTML).render(ReportFixtures.undeterminedRun(ES));

    assertThat(html).contains("<span class=\"badge undetermined\">NO DETERMINABLE</span>");
    assertThat(html).contains("<p class=\"verdict undetermined\">");
    assertThat(html).contains("0 / 1 / 0 / 1");
    assertThat(html).contains("<h3>Datos no registrados</h3>");
    assertThat(html).contains("<code>/plans/0/commitments/1/milestones</code>");
    assertThat(html).contains("class=\"nr\"");
  }
}
