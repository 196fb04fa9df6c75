package org.cocrea.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.cocrea.core.Completeness;
import org.cocrea.core.Framework;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.PartialDate;
import org.cocrea.core.RecordDeclaration;
import org.cocrea.core.RecordMethod;
import org.cocrea.core.Source;
import org.cocrea.validation.Finding;
import org.junit.jupiter.api.Test;

/** Format versions 1.0 and 1.1 side by side: which schema checks a document, what the reader and writer say. */
class FormatVersionTest {

  private static ReadResult read(String json) {
    return PalReader.create().read(json.getBytes(StandardCharsets.UTF_8), "test.json");
  }

  @Test
  void bothSchemasAreShippedWithTheirIds() {
    assertThat(PalSchema.forVersion("1.0")).isSameAs(PalSchema.get());
    assertThat(PalSchema.forVersion("1.0").id()).isEqualTo(PalSchema.ID);
    assertThat(PalSchema.forVersion("1.1").id()).isEqualTo(PalSchema.ID_1_1)
        .isEqualTo("https://cocrea.org/schema/pal/1.1/cocrea-pal.schema.json");
    assertThat(PalSchema.forVersion("1.1").version()).isEqualTo("1.1");
    assertThat(PalSchema.forVersion("1.0").version()).isEqualTo("1.0");
    assertThat(CocreaJson.SCHEMA_VERSIONS).containsExactly("1.0", "1.1");
    assertThatThrownBy(() -> PalSchema.forVersion("2.0")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDocumentIsCheckedWithTheSchemaOfTheVersionItSays() {
    String body = "\"id\": \"x\", \"frameworks\": [\"OGP_LOCAL\"], \"statusSince\": \"2016-09\"}";
    ReadResult as10 = read("{\"schemaVersion\": \"1.0\", " + body);
    assertThat(as10.findings()).extracting(Finding::ruleId).containsOnly("SCH-01");
    assertThat(as10.findings()).extracting(Finding::pointer).contains("/frameworks", "/statusSince");
    assertThat(as10.schemaVersion()).contains("1.0");

    ReadResult as11 = read("{\"schemaVersion\": \"1.1\", " + body);
    assertThat(as11.findings()).isEmpty();
    assertThat(as11.schemaVersion()).contains("1.1");
    LocalExercise e = as11.exercise().orElseThrow();
    assertThat(e.frameworks()).containsExactly(Framework.OGP_LOCAL);
    assertThat(e.statusSince()).contains(PartialDate.parse("2016-09"));
  }

  @Test
  void absentFrameworksReadAsInaiIn10AndAsNotRecordedIn11() {
    assertThat(read("{\"schemaVersion\": \"1.0\", \"id\": \"x\"}").exercise().orElseThrow().frameworks())
        .containsExactly(Framework.INAI_LOCAL);
    assertThat(read("{\"schemaVersion\": \"1.1\", \"id\": \"x\"}").exercise().orElseThrow().frameworks()).isEmpty();
  }

  @Test
  void a10DocumentWritesBackAs10ByteForByteAndA11FeatureMakesIt11() {
    String text = "{\n  \"schemaVersion\": \"1.0\",\n  \"id\": \"x\",\n  \"title\": \"T\"\n}";
    LocalExercise e = read(text).exercise().orElseThrow();
    assertThat(CocreaJson.write(e)).isEqualTo(text);

    LocalExercise partial = LocalExercise.builder().from(e).record(RecordDeclaration.builder()
        .completeness(Completeness.PARTIAL).method(RecordMethod.TRANSCRIPTION).capturedOn(PartialDate.ofYear(2026))
        .addSources(Source.builder().id("s1").title("Plan").build()).build()).build();
    String written = CocreaJson.write(partial);
    // in 1.1 an absent list is "not recorded", so the INAI_LOCAL read from 1.0 is written out
    assertThat(written).startsWith("{\n  \"schemaVersion\": \"1.1\",").contains("\"capturedOn\": \"2026\"")
        .contains("\"frameworks\": [\n    \"INAI_LOCAL\"\n  ]");
    ReadResult again = read(written);
    assertThat(again.findings()).isEmpty();
    assertThat(again.exercise()).as("INAI_LOCAL stays: it was in the model").contains(partial);
  }

  @Test
  void anImpossibleDayIsABindingProblemWithItsOwnMessage() {
    ReadResult r = read("{\"schemaVersion\": \"1.1\", \"id\": \"x\", \"statusSince\": \"2015-02-29\"}");
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BND-01");
      assertThat(f.messageKey()).isEqualTo("BND-01.partialDate");
      assertThat(f.pointer()).isEqualTo("/statusSince");
      assertThat(f.message()).contains("AAAA-MM");
    });
    assertThat(r.exercise().orElseThrow().statusSince()).isEmpty();
  }

  @Test
  void theNewPatternsHavePlainMessagesInSpanishAndEnglish() {
    var tree = CocreaJson.mapper().readTree("{\"schemaVersion\": \"1.1\", \"id\": \"x\", \"statusSince\": \"2016-13\","
        + " \"jurisdiction\": {\"country\": \"mx\"}, \"record\": {\"language\": \"Spanish\"},"
        + " \"partCompleteness\": {\"Plans\": \"PARTIAL\"}}");
    var es = PalSchema.forVersion("1.1").validate(tree, Locale.forLanguageTag("es-MX"));
    var en = PalSchema.forVersion("1.1").validate(tree, Locale.ENGLISH);
    assertThat(es).extracting(SchemaProblem::message).contains(
        "debe ser una fecha válida de la forma AAAA, AAAA-MM o AAAA-MM-DD, por ejemplo 2016, 2016-09 o 2016-09-14",
        "debe ser un código de país ISO 3166-1 de dos letras mayúsculas, como MX",
        "debe ser una etiqueta de idioma BCP 47 como es, en o es-MX");
    assertThat(en).extracting(SchemaProblem::message).contains(
        "must be a valid date of the form YYYY, YYYY-MM or YYYY-MM-DD, for example 2016, 2016-09 or 2016-09-14",
        "must be an ISO 3166-1 country code of two capital letters, such as MX",
        "must be a BCP 47 language tag such as es, en or es-MX");
  }

  @Test
  void everyPatternOfThe11SchemaHasAPlainMessage() {
    java.util.Set<String> patterns = new java.util.TreeSet<>();
    collect(PalSchema.forVersion("1.1").document(), patterns);
    assertThat(PalSchema.explainedPatterns()).containsAll(patterns);
  }

  private static void collect(tools.jackson.databind.JsonNode node, java.util.Set<String> patterns) {
    if (node.isObject()) {
      node.properties().forEach(e -> {
        if (e.getKey().equals("pattern") && e.getValue().isString()) {
          patterns.add(e.getValue().stringValue());
        } else {
          collect(e.getValue(), patterns);
        }
      });
    } else if (node.isArray()) {
      node.values().forEach(v -> collect(v, patterns));
    }
  }
}
