package org.cocrea.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.report.ReportFixtures.EN;
import static org.cocrea.report.ReportFixtures.ES;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonReportTest {

  static final String SCHEMA = "/org/cocrea/report/cocrea-report.schema.json";

  private final ReportWriter writer = ReportWriter.of(ReportFormat.JSON);
  private final JsonMapper mapper = JsonMapper.builder().build();

  /** The report schema, loaded from the classpath with format assertions on. */
  static Schema reportSchema() throws Exception {
    SchemaRegistryConfig config = SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER)
        .formatAssertionsEnabled(true).locale(Locale.ENGLISH).build();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemaRegistryConfig(config));
    try (InputStream in = JsonReportTest.class.getResourceAsStream(SCHEMA)) {
      return registry.getSchema(in);
    }
  }

  @Test
  void reportIsValidAgainstItsSchemaInBothLanguages() throws Exception {
    Schema schema = reportSchema();
    for (Locale locale : List.of(ES, EN)) {
      List<Error> errors = schema.validate(writer.render(ReportFixtures.run(locale)), InputFormat.JSON);
      assertThat(errors).as(locale.toString()).isEmpty();
    }
  }

  @Test
  void schemaRejectsAReportWithAnUnexpectedMemberOrAWrongSeverity() throws Exception {
    Schema schema = reportSchema();
    String json = writer.render(ReportFixtures.run(ES));

    List<Error> extra = schema.validate(json.replaceFirst("\"ruleId\"", "\"extra\" : 1, \"ruleId\""), InputFormat.JSON);
    List<Error> severity = schema.validate(json.replaceFirst("\"ERROR\"", "\"FATAL\""), InputFormat.JSON);

    assertThat(extra).extracting(e -> e.getInstanceLocation().toString()).contains("/files/0/findings/0");
    assertThat(severity).extracting(e -> e.getInstanceLocation().toString()).contains("/files/0/findings/1/severity");
  }

  @Test
  void filesHaveExactlyTheDocumentedMembersInPathOrder() {
    JsonNode root = mapper.readTree(writer.render(ReportFixtures.run(ES)));

    assertThat(root.get("asOf").asString()).isEqualTo("2025-06-30");
    assertThat(root.get("profile").asString()).isEqualTo("INAI_CORE");
    assertThat(root.get("lang").asString()).isEqualTo("es");
    assertThat(root.get("conforms").asBoolean()).isFalse();
    JsonNode files = root.get("files");
    assertThat(files).hasSize(3);
    assertThat(names(files.get(0))).containsExactly("path", "conforms", "verdict", "findings", "notRecorded", "rules");
    assertThat(files.get(1).get("path").asString()).isEqualTo("broken.json");
    assertThat(files.get(2).get("conforms").asBoolean()).isTrue();
    JsonNode finding = files.get(0).get("findings").get(0);
    assertThat(names(finding)).containsExactly("ruleId", "severity", "pointer", "line", "column", "message");
    assertThat(finding.get("pointer").asString()).isEmpty();
    JsonNode located = files.get(0).get("findings").get(1);
    assertThat(located.get("ruleId").asString()).isEqualTo("REF-01");
    assertThat(located.get("line").asInt()).isEqualTo(12);
    assertThat(located.get("column").asInt()).isEqualTo(9);
    JsonNode rule = files.get(0).get("rules").get(0);
    assertThat(names(rule)).containsExactly("id", "outcome", "applied", "failed", "notRecorded");
    assertThat(rule.get("outcome").asString()).isEqualTo("FAIL");
    assertThat(rule.get("applied").asInt()).isEqualTo(3);
    assertThat(rule.get("failed").asInt()).isEqualTo(1);
    assertThat(files.get(1).get("rules")).isEmpty();
  }

  @Test
  void messagesFollowTheLanguageAndUserTextIsKeptVerbatim() {
    JsonNode root = mapper.readTree(writer.render(ReportFixtures.run(EN)));

    assertThat(root.get("lang").asString()).isEqualTo("en");
    assertThat(root.get("files").get(0).get("path").asString()).contains(ReportFixtures.SCRIPT);
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.propertyNames().forEach(names::add);
    return names;
  }
}
