package org.cocrea.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.core.Budget;
import org.cocrea.core.Commitment;
import org.cocrea.core.Framework;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.OgpValue;
import org.cocrea.core.OperatingRules;
import org.cocrea.core.QuorumRule;
import org.cocrea.core.Sector;
import org.cocrea.validation.Finding;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON form written by {@link CocreaJson} and its mapper, and trusted reading. */
class CocreaJsonTest {

  private static LocalExercise sample() {
    Commitment commitment = Commitment.builder().id("c-1").title("Presupuesto abierto")
        .addOgpValue(OgpValue.TECHNOLOGY_AND_INNOVATION).addOgpValue(OgpValue.ACCESS_TO_INFORMATION)
        .budget(Budget.builder().amount(new BigDecimal("250000")).currency("MXN").build())
        .startDate(LocalDate.of(2015, 9, 1)).addSdgTarget("16.10").build();
    QuorumRule quorum = QuorumRule.builder().putMinPerSector(Sector.CIVIL_SOCIETY, 2)
        .putMinPerSector(Sector.GOVERNMENT, 1).build();
    return LocalExercise.builder().id("mx-dur-2015").title("Durango 2015-2016")
        .addStl(LocalTechnicalSecretariat.builder().id("stl-1")
            .rules(OperatingRules.builder().quorum(quorum).build()).build())
        .addPlan(LocalActionPlan.builder().id("pal-1").addCommitment(commitment).build())
        .addFrameworks(Framework.INAI_LOCAL)
        .build();
  }

  @Test
  void writesSchemaVersionFirstThenTheSchemaOrderWithIdFirst() {
    JsonNode tree = CocreaJson.mapper().readTree(CocreaJson.write(sample()));
    assertThat(new ArrayList<>(tree.propertyNames())).startsWith("schemaVersion", "id", "title");
    assertThat(tree.get("schemaVersion").stringValue()).isEqualTo("1.0");
    assertThat(new ArrayList<>(tree.at("/plans/0/commitments/0").propertyNames())).first().isEqualTo("id");
  }

  @Test
  void fallsBackToIdFirstThenNameOrderForTypesTheSchemaDoesNotList() {
    ModelCodec bare = new ModelCodec(java.util.Map.of());
    List<String> names = bare.type(org.cocrea.core.Organization.class).order().stream()
        .map(org.cocrea.core.meta.Attribute::name).toList();
    assertThat(names).first().isEqualTo("id");
    assertThat(names.subList(1, names.size())).isSorted();
    List<String> schemaOrder = ModelCodec.get().type(org.cocrea.core.Organization.class).order().stream()
        .map(org.cocrea.core.meta.Attribute::name).toList();
    assertThat(schemaOrder).containsExactlyInAnyOrderElementsOf(names).startsWith("id");
  }

  @Test
  void writesDecimalsAsPlainNumbersDatesAsIsoAndEnumsByName() {
    String json = CocreaJson.write(sample());
    assertThat(json).contains("\"amount\": 250000").contains("\"startDate\": \"2015-09-01\"")
        .contains("\"currency\": \"MXN\"");
    JsonNode tree = CocreaJson.mapper().readTree(json);
    assertThat(tree.at("/plans/0/commitments/0/budget/amount").isNumber()).isTrue();
    LocalExercise scaled = LocalExercise.builder().id("x").addFrameworks(Framework.INAI_LOCAL).addPlan(LocalActionPlan.builder().id("p")
        .addCommitment(Commitment.builder().id("c").budget(Budget.builder()
            .amount(new BigDecimal("1234.50")).build()).build()).build()).build();
    assertThat(CocreaJson.write(scaled)).contains("\"amount\": 1234.50");
    assertThat(CocreaJson.read(CocreaJson.write(scaled))).isEqualTo(scaled);
  }

  @Test
  void writesSetsInDeclarationOrderAndMapsKeyedByEnumName() {
    JsonNode tree = CocreaJson.mapper().readTree(CocreaJson.write(sample()));
    assertThat(tree.at("/plans/0/commitments/0/ogpValues").values()).extracting(JsonNode::stringValue)
        .containsExactly("ACCESS_TO_INFORMATION", "TECHNOLOGY_AND_INNOVATION");
    JsonNode perSector = tree.at("/stls/0/rules/quorum/minPerSector");
    assertThat(new ArrayList<>(perSector.propertyNames())).containsExactly("GOVERNMENT", "CIVIL_SOCIETY");
    assertThat(perSector.get("CIVIL_SOCIETY").intValue()).isEqualTo(2);
  }

  @Test
  void leavesOutAbsentValuesAndEmptyCollections() {
    String json = CocreaJson.write(LocalExercise.builder().id("x").addFrameworks(Framework.INAI_LOCAL).build());
    assertThat(json).isEqualTo("{\n  \"schemaVersion\": \"1.0\",\n  \"id\": \"x\"\n}");
  }

  @Test
  void writesAnExerciseWithoutFrameworksAs11SinceA10DocumentWouldReadBackAsInai() {
    LocalExercise bare = LocalExercise.builder().id("x").build();
    assertThat(CocreaJson.write(bare)).isEqualTo("{\n  \"schemaVersion\": \"1.1\",\n  \"id\": \"x\"\n}");
    assertThat(CocreaJson.read(CocreaJson.write(bare))).isEqualTo(bare);
    assertThat(CocreaJson.read("{\"schemaVersion\": \"1.0\", \"id\": \"x\"}").frameworks())
        .containsExactly(Framework.INAI_LOCAL);
  }

  @Test
  void roundTripsThroughStringStreamAndMapper() {
    LocalExercise exercise = sample();
    assertThat(CocreaJson.read(CocreaJson.write(exercise))).isEqualTo(exercise);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CocreaJson.write(exercise, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(CocreaJson.write(exercise));
    JsonMapper mapper = CocreaJson.mapper();
    assertThat(mapper.readValue(mapper.writeValueAsString(exercise), LocalExercise.class)).isEqualTo(exercise);
    Commitment c = exercise.plans().get(0).commitments().get(0);
    assertThat(mapper.readValue(mapper.writeValueAsString(c), Commitment.class)).isEqualTo(c);
  }

  @Test
  void theModuleWorksOnAnEmbeddersOwnMapper() {
    JsonMapper own = JsonMapper.builder().addModule(CocreaJson.module()).build();
    LocalExercise exercise = sample();
    assertThat(own.readValue(own.writeValueAsString(exercise), LocalExercise.class)).isEqualTo(exercise);
    assertThat(CocreaJson.mapper().isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
  }

  @Test
  void trustedReadRejectsUnknownPropertiesWithLocatedFindings() {
    String json = "{\"schemaVersion\": \"1.0\",\n \"id\": \"x\", \"colour\": \"red\"}";
    assertThatThrownBy(() -> CocreaJson.read(json)).isInstanceOf(PalFormatException.class)
        .satisfies(e -> assertThat(((PalFormatException) e).findings())
            .extracting(Finding::ruleId, Finding::pointer, Finding::messageKey, Finding::line, Finding::column)
            .containsExactly(tuple("BND-01", "/colour", "BND-01.unknown", 2, 23)));
  }

  @Test
  void trustedReadReportsEveryBindingProblemAtOnce() {
    String json = "{\"schemaVersion\": \"1.0\", \"id\": \"x\", \"currentStep\": \"S9\", \"websiteLastUpdated\": "
        + "\"2015-02-30\", \"plans\": [{\"title\": \"no id\"}, {\"id\": \"p\", \"ordinal\": 1.5}], \"title\": null}";
    assertThatThrownBy(() -> CocreaJson.read(json)).isInstanceOf(PalFormatException.class)
        .satisfies(e -> assertThat(((PalFormatException) e).findings())
            .extracting(Finding::pointer, Finding::messageKey)
            .containsExactly(tuple("/currentStep", "BND-01.code"), tuple("/plans/0", "BND-01.required"),
                tuple("/plans/1/ordinal", "BND-01.type"), tuple("/title", "BND-01.null"),
                tuple("/websiteLastUpdated", "BND-01.date")));
  }

  @Test
  void aMonthOrYearDateReadsWithItsPrecisionAndAnInvalidOneIsALocatedFinding() {
    String ok = "{\"schemaVersion\": \"1.1\", \"id\": \"x\", \"websiteLastUpdated\": \"2016-09\",\n"
        + " \"plans\": [{\"id\": \"p\", \"periodStart\": \"2016\", \"periodEnd\": \"2018-08-31\"}]}";
    LocalExercise read = CocreaJson.read(ok);
    assertThat(read.websiteLastUpdated()).contains(org.cocrea.core.PartialDate.parse("2016-09"));
    assertThat(read.plans().get(0).periodStart().orElseThrow().precision())
        .isEqualTo(org.cocrea.core.PartialDate.Precision.YEAR);
    assertThat(CocreaJson.write(read)).contains("\"periodStart\": \"2016\"").contains("\"2016-09\"");
    assertThat(CocreaJson.read(CocreaJson.write(read))).isEqualTo(read);
    String bad = "{\"schemaVersion\": \"1.1\", \"id\": \"x\",\n \"websiteLastUpdated\": \"2016-13\"}";
    assertThatThrownBy(() -> CocreaJson.read(bad)).isInstanceOf(PalFormatException.class)
        .satisfies(e -> assertThat(((PalFormatException) e).findings())
            .extracting(Finding::pointer, Finding::messageKey, Finding::line)
            .containsExactly(tuple("/websiteLastUpdated", "BND-01.partialDate", 2)));
  }

  @Test
  void trustedReadRequiresTheSchemaVersionAndWellFormedJson() {
    assertThatThrownBy(() -> CocreaJson.read("{\"id\": \"x\"}")).isInstanceOf(PalFormatException.class)
        .satisfies(e -> assertThat(((PalFormatException) e).findings()).extracting(Finding::messageKey)
            .containsExactly("SCH-02.missing"));
    assertThatThrownBy(() -> CocreaJson.read("{\"schemaVersion\": \"1.0\", \"id\": \"x\"")).isInstanceOf(
        PalFormatException.class).satisfies(e -> assertThat(((PalFormatException) e).findings())
        .extracting(Finding::ruleId).containsExactly("JSON-01"));
    assertThatThrownBy(() -> CocreaJson.read("{\"schemaVersion\": \"1.0\", \"id\": \"x\", \"id\": \"y\"}"))
        .isInstanceOf(PalFormatException.class).satisfies(e -> assertThat(((PalFormatException) e).findings())
        .extracting(Finding::ruleId).containsExactly("JSON-03"));
  }

  @Test
  void theMapperRejectsBadInputWithJacksonExceptionsCarryingTheFindings() {
    JsonMapper mapper = CocreaJson.mapper();
    assertThatThrownBy(() -> mapper.readValue("{\"schemaVersion\": \"1.0\", \"id\": \"x\", \"colour\": 1}",
        LocalExercise.class)).isInstanceOf(JacksonException.class)
        .hasCauseInstanceOf(PalFormatException.class)
        .satisfies(e -> assertThat(((PalFormatException) e.getCause()).findings()).extracting(Finding::pointer)
            .containsExactly("/colour"));
    assertThatThrownBy(() -> mapper.readValue("{\"schemaVersion\": \"1.0\", \"id\": \"x\", \"id\": \"y\"}",
        LocalExercise.class)).isInstanceOf(JacksonException.class);
    assertThatThrownBy(() -> mapper.readValue("{\"schemaVersion\": \"2.0\", \"id\": \"x\"}", LocalExercise.class))
        .isInstanceOf(JacksonException.class);
  }

  @Test
  void acceptsIntegralDecimalsForIntegersAndRejectsOutOfRangeOnes() {
    LocalExercise exercise = CocreaJson.read(
        "{\"schemaVersion\": \"1.0\", \"id\": \"x\", \"plans\": [{\"id\": \"p\", \"ordinal\": 2.0}]}");
    assertThat(exercise.plans().get(0).ordinal()).contains(2);
    assertThatThrownBy(() -> CocreaJson.read(
        "{\"schemaVersion\": \"1.0\", \"id\": \"x\", \"plans\": [{\"id\": \"p\", \"ordinal\": 99999999999}]}"))
        .isInstanceOf(PalFormatException.class)
        .satisfies(e -> assertThat(((PalFormatException) e).findings()).extracting(Finding::messageKey)
            .containsExactly("BND-01.range"));
  }

  @Test
  void prettyPrintsWithTwoSpacesAndNewlines() {
    String json = CocreaJson.write(sample());
    assertThat(json).doesNotContain("\r").contains("\n  \"id\": \"mx-dur-2015\"");
    assertThat(List.of(json.split("\n"))).allMatch(line -> !line.endsWith(" "));
  }
}
