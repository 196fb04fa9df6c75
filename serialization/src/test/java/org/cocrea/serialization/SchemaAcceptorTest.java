package org.cocrea.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.regex.JDKRegularExpressionFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.cocrea.testkit.RandomExercises;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema pre-check is sound (whenever it accepts a document, networknt reports nothing) and useful (it accepts
 * the valid documents the library writes).
 */
class SchemaAcceptorTest {

  private static final Locale ES = Locale.forLanguageTag("es-MX");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final PalSchema SCHEMA = PalSchema.get();

  @Test
  void theShippedSchemaCompilesToAnAcceptor() {
    assertThat(SCHEMA.hasAcceptor()).isTrue();
  }

  @Test
  void validGeneratedDocumentsAreAcceptedAndNetworkntAgrees() {
    for (long seed = 1; seed <= 12; seed++) {
      JsonNode doc = tree(RandomExercises.generate(seed, RandomExercises.Size.S, 0.0));
      assertThat(SCHEMA.validateFully(doc, ES)).as("seed %d", seed).isEmpty();
      assertThat(SCHEMA.accepts(doc)).as("seed %d", seed).isTrue();
    }
  }

  @Test
  void whateverItAcceptsNetworkntFindsNothingIn() {
    SplittableRandom random = new SplittableRandom(20150309);
    List<JsonNode> bases = new ArrayList<>();
    for (long seed = 1000; seed < 1010; seed++) {
      bases.add(tree(RandomExercises.generate(seed, RandomExercises.Size.S, 0.0)));
    }
    int accepted = 0;
    int rejected = 0;
    for (int i = 0; i < 300; i++) {
      JsonNode doc = bases.get(i % bases.size()).deepCopy();
      int mutations = 1 + random.nextInt(2);
      for (int m = 0; m < mutations; m++) {
        mutate(doc, random);
      }
      List<SchemaProblem> full = SCHEMA.validateFully(doc, ES);
      if (SCHEMA.accepts(doc)) {
        accepted++;
        assertThat(full).as("mutated document %d was accepted", i).isEmpty();
      } else {
        rejected++;
      }
      if (i % 10 == 0) {
        // the public entry point gives exactly the full validator's problems
        assertThat(SCHEMA.validate(doc, ES)).isEqualTo(full);
      }
    }
    assertThat(accepted).as("some mutations keep documents valid").isPositive();
    assertThat(rejected).as("most mutations break something").isGreaterThan(150);
  }

  @Test
  void validatingOnlyTheRejectedPartsGivesExactlyTheFullValidatorsProblems() {
    SplittableRandom random = new SplittableRandom(20260325);
    List<JsonNode> bases = new ArrayList<>();
    for (long seed = 2000; seed < 2012; seed++) {
      bases.add(tree(RandomExercises.generate(seed, RandomExercises.Size.S, seed % 3 == 0 ? 2.0 : 0.0)));
    }
    int split = 0;
    int whole = 0;
    int parts = 0;
    for (int i = 0; i < 360; i++) {
      JsonNode doc = bases.get(i % bases.size()).deepCopy();
      int mutations = 1 + random.nextInt(i % 7 == 0 ? 12 : 3);
      for (int m = 0; m < mutations; m++) {
        mutate(doc, random);
      }
      if (i % 25 == 0) {
        ((ObjectNode) doc).put("unknownAtTheRoot", i); // the root's own check fails: validated whole
      }
      Locale locale = i % 2 == 0 ? ES : Locale.ENGLISH;
      List<SchemaProblem> full = SCHEMA.validateFully(doc, locale);
      assertThat(SCHEMA.validate(doc, locale)).as("document %d", i).isEqualTo(full);
      if (!SCHEMA.accepts(doc)) {
        List<SchemaAcceptor.Part> rejected = SCHEMA.acceptor().rejectedParts(doc);
        if (rejected == null) {
          whole++;
        } else {
          split++;
          parts += rejected.size();
          assertThat(SCHEMA.validateParts(rejected, locale)).as("document %d", i).isEqualTo(full);
          for (SchemaAcceptor.Part part : rejected) {
            assertThat(doc.at(part.pointer())).isSameAs(part.instance());
          }
        }
      }
    }
    assertThat(split).as("documents validated in parts").isGreaterThan(150);
    assertThat(whole).as("documents validated whole (the root's own checks fail)").isPositive();
    assertThat(parts).isGreaterThan(split);
  }

  @Test
  void partsBelowMemberNamesThatPointersEscapeAreValidatedWhole() {
    ObjectNode doc = (ObjectNode) tree(RandomExercises.generate(3, RandomExercises.Size.S, 0.0));
    ObjectNode weird = NODES.objectNode();
    weird.put("a/b~c", 1);
    ((ObjectNode) doc.get("plans").get(0)).set("x/y", weird);
    assertThat(SCHEMA.validate(doc, ES)).isEqualTo(SCHEMA.validateFully(doc, ES)).isNotEmpty();
    ObjectNode bad = (ObjectNode) tree(RandomExercises.generate(3, RandomExercises.Size.S, 0.0));
    ((ObjectNode) bad.get("plans").get(0).get("commitments").get(0)).put("title", " ");
    List<SchemaAcceptor.Part> parts = SCHEMA.acceptor().rejectedParts(bad);
    assertThat(parts).extracting(SchemaAcceptor.Part::pointer).containsExactly("/plans/0/commitments/0/title");
    assertThat(SCHEMA.validateParts(parts, ES)).isEqualTo(SCHEMA.validateFully(bad, ES)).hasSize(1);
  }

  @Test
  void edgeValuesThatOnlyLookValidAreLeftToTheFullValidator() {
    JsonNode base = tree(RandomExercises.generate(7, RandomExercises.Size.S, 0.0));
    String[] bad = {"2015-02-30", "2015-2-3", "+12015-01-01", "abc\n", "", " ", "a b", "-x", "x\u0000"};
    for (String value : bad) {
      for (String field : List.of("id", "websiteLastUpdated", "websiteUrl", "guarantorBodyId")) {
        ObjectNode doc = (ObjectNode) base.deepCopy();
        doc.put(field, value);
        assertThat(SCHEMA.validate(doc, ES)).isEqualTo(SCHEMA.validateFully(doc, ES));
        if (SCHEMA.accepts(doc)) {
          assertThat(SCHEMA.validateFully(doc, ES)).as("%s = %s", field, value).isEmpty();
        }
      }
    }
  }

  @Test
  void schemasWithUnknownKeywordsOrRemoteReferencesTurnThePreCheckOff() {
    JsonMapper mapper = JsonMapper.shared();
    JDKRegularExpressionFactory regex = JDKRegularExpressionFactory.getInstance();
    assertThat(SchemaAcceptor.compile(mapper.readTree("{\"type\":\"object\",\"oneOf\":[{}]}"), regex)).isNull();
    assertThat(SchemaAcceptor.compile(mapper.readTree("{\"$ref\":\"https://example.org/s.json\"}"), regex)).isNull();
    assertThat(SchemaAcceptor.compile(mapper.readTree("{\"format\":\"email\"}"), regex)).isNull();
    SchemaAcceptor ok = SchemaAcceptor.compile(mapper.readTree(
        "{\"type\":\"object\",\"required\":[\"a\"],\"additionalProperties\":false,"
            + "\"properties\":{\"a\":{\"$ref\":\"#/$defs/A\"}},\"$defs\":{\"A\":{\"type\":\"integer\",\"minimum\":1}}}"),
        regex);
    assertThat(ok).isNotNull();
    assertThat(ok.accepts(mapper.readTree("{\"a\":2}"))).isTrue();
    assertThat(ok.accepts(mapper.readTree("{\"a\":0}"))).isFalse();
    assertThat(ok.accepts(mapper.readTree("{\"a\":2.0}"))).isFalse();
    assertThat(ok.accepts(mapper.readTree("{\"a\":2,\"b\":1}"))).isFalse();
    assertThat(ok.accepts(mapper.readTree("{}"))).isFalse();
  }

  @Test
  void dateFormatIsNetworkntsRule() {
    assertThat(SchemaAcceptor.isDate("2016-02-29")).isTrue();
    assertThat(SchemaAcceptor.isDate("2015-02-29")).isFalse();
    assertThat(SchemaAcceptor.isDate("2015-02-30")).isFalse();
    assertThat(SchemaAcceptor.isDate("15-02-03")).isFalse();
    assertThat(SchemaAcceptor.isDate("+10000-01-01")).isFalse();
  }

  @Test
  void fastDateCheckAgreesWithTheFormatterOnEveryDayOfSomeYears() {
    for (String year : List.of("0000", "1900", "2000", "2015", "2016", "9999")) {
      for (int month = 0; month <= 13; month++) {
        for (int day = 0; day <= 32; day++) {
          String s = String.format(Locale.ROOT, "%s-%02d-%02d", year, month, day);
          assertThat(SchemaAcceptor.isDate(s)).as(s).isEqualTo(slowIsDate(s));
        }
      }
    }
  }

  @Test
  void hardCodedPatternsAreAtLeastAsStrictAsTheRegularExpressions() {
    var regex = JDKRegularExpressionFactory.getInstance();
    var notBlank = regex.getRegularExpression(SchemaAcceptor.NOT_WHITE_SPACE);
    var identifier = regex.getRegularExpression(SchemaAcceptor.IDENTIFIER);
    List<String> samples = List.of("", " ", "\t\n", "\u000B", "\f\r", "\u00A0", "\u2003", "\u0000", "x", " x ", "a-1",
        "A.b:c_d-1", "-a", "a b", "abc\n", "abc\r\n", "é", "\uD83D\uDE00", "a\u0000");
    for (String s : samples) {
      assertThat(SchemaAcceptor.hasNonWhiteSpace(s)).as("«%s»", s).isEqualTo(notBlank.matches(s));
      if (org.cocrea.core.Constraints.isIdentifier(s)) {
        assertThat(identifier.matches(s)).as("«%s»", s).isTrue();
      }
    }
  }

  private static boolean slowIsDate(String s) {
    try {
      int year = java.time.LocalDate.parse(s).getYear();
      return year >= 0 && year <= 9999;
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }

  private static JsonNode tree(org.cocrea.core.LocalExercise exercise) {
    return CocreaJson.mapper().readTree(CocreaJson.write(exercise));
  }

  /** Changes one random value, member or element somewhere in the document. */
  private static void mutate(JsonNode doc, SplittableRandom random) {
    List<JsonNode> containers = new ArrayList<>();
    collect(doc, containers);
    JsonNode target = containers.get(random.nextInt(containers.size()));
    JsonNode replacement = replacement(random);
    if (target instanceof ObjectNode o) {
      List<String> names = new ArrayList<>(o.propertyNames());
      int choice = random.nextInt(10);
      if (choice == 0 || names.isEmpty()) {
        o.set("extra" + random.nextInt(3), replacement);
      } else if (choice == 1) {
        o.remove(names.get(random.nextInt(names.size())));
      } else {
        String name = names.get(random.nextInt(names.size()));
        JsonNode old = o.get(name);
        o.set(name, old.isString() && random.nextBoolean() ? tweak(old.stringValue(), random) : replacement);
      }
    } else if (target instanceof ArrayNode a) {
      int choice = random.nextInt(4);
      if (choice == 0 && !a.isEmpty()) {
        a.add(a.get(random.nextInt(a.size())).deepCopy()); // duplicates an element (uniqueItems)
      } else if (choice == 1 || a.isEmpty()) {
        a.add(replacement);
      } else {
        int i = random.nextInt(a.size());
        JsonNode old = a.get(i);
        a.set(i, old.isString() ? tweak(old.stringValue(), random) : replacement);
      }
    }
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainer()) {
      out.add(node);
      for (JsonNode child : node) {
        collect(child, out);
      }
    }
  }

  private static JsonNode tweak(String s, SplittableRandom random) {
    return switch (random.nextInt(9)) {
      case 0 -> NODES.stringNode("");
      case 1 -> NODES.stringNode("   ");
      case 2 -> NODES.stringNode(s + "\n");
      case 3 -> NODES.stringNode(s + " x");
      case 4 -> NODES.stringNode(s.replaceAll("-\\d\\d$", "-31"));
      case 5 -> NODES.stringNode("x".repeat(random.nextBoolean() ? 501 : 5001));
      case 6 -> NODES.stringNode(s.toLowerCase(Locale.ROOT));
      case 7 -> NODES.stringNode("\uD83D\uDE00".repeat(250));
      default -> NODES.stringNode(s.isEmpty() ? "a" : s.substring(1));
    };
  }

  private static JsonNode replacement(SplittableRandom random) {
    return switch (random.nextInt(12)) {
      case 0 -> NODES.nullNode();
      case 1 -> NODES.booleanNode(random.nextBoolean());
      case 2 -> NODES.numberNode(random.nextInt(-3, 200));
      case 3 -> NODES.numberNode(new java.math.BigDecimal("2.0"));
      case 4 -> NODES.numberNode(new java.math.BigDecimal("-0.5"));
      case 5 -> NODES.stringNode("2015-02-30");
      case 6 -> NODES.stringNode("GOVERNMENT");
      case 7 -> NODES.objectNode();
      case 8 -> NODES.arrayNode();
      case 9 -> NODES.objectNode().put("id", "x-1");
      case 10 -> NODES.stringNode("https://example.org/a b");
      default -> NODES.stringNode(Map.of(0, "org-1", 1, "a@b.mx", 2, "16.10").get(random.nextInt(3)));
    };
  }
}
