package org.cocrea.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.networknt.schema.InvalidSchemaException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.cocrea.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tests of {@link PalSchema}: loading, hand-made valid and invalid documents (asserted by pointer and keyword),
 * messages in both languages, determinism, thread safety and the guarantee that no schema is ever fetched from the
 * network.
 */
class PalSchemaTest {

  private static final Locale ES_MX = Locale.forLanguageTag("es-MX");
  private static final JsonMapper JSON = JsonMapper.shared();

  static final List<String> VALID = List.of("minimal.json", "durango-extract.json", "every-property.json");

  @Test
  void idIsTheStableVersionedIdentifier() {
    assertThat(PalSchema.get().id()).isEqualTo("https://cocrea.org/schema/pal/1.0/cocrea-pal.schema.json");
    assertThat(PalSchema.ID).isEqualTo(PalSchema.get().id());
  }

  @Test
  void textIsTheShippedResourceByteForByte() throws IOException {
    try (InputStream in = PalSchema.class.getResourceAsStream(PalSchema.RESOURCE)) {
      assertThat(in).isNotNull();
      assertThat(PalSchema.get().text()).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    JsonNode schema = JSON.readTree(PalSchema.get().text());
    assertThat(schema.path("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.path("$id").asString()).isEqualTo(PalSchema.ID);
  }

  @Test
  void getReturnsOneSharedInstance() {
    assertThat(PalSchema.get()).isSameAs(PalSchema.get());
  }

  @ParameterizedTest
  @MethodSource("validDocuments")
  void validDocumentsConform(String file) {
    assertThat(PalSchema.get().validate(resource("valid/" + file), ES_MX)).isEmpty();
    assertThat(PalSchema.get().validate(resource("valid/" + file), Locale.ENGLISH)).isEmpty();
  }

  static Stream<String> validDocuments() {
    return VALID.stream();
  }

  @Test
  void theEveryPropertyDocumentUsesEveryPropertyOfEveryDefinition() {
    JsonNode schema = JSON.readTree(PalSchema.get().text());
    java.util.Set<String> all = new java.util.TreeSet<>();
    schema.path("$defs").properties().forEach(def -> def.getValue().path("properties").properties()
        .forEach(p -> all.add(def.getKey() + "." + p.getKey())));
    java.util.Set<String> used = new java.util.TreeSet<>();

    visit(schema, "LocalExercise", resource("valid/every-property.json"), used);

    assertThat(used).isEqualTo(all);
  }

  /** Records Type.property for every member of an instance of a definition, recursing along the schema. */
  private static void visit(JsonNode schema, String def, JsonNode instance, java.util.Set<String> used) {
    JsonNode properties = schema.path("$defs").path(def).path("properties");
    instance.properties().forEach(member -> {
      if (!properties.has(member.getKey())) {
        return;
      }
      used.add(def + "." + member.getKey());
      JsonNode property = properties.path(member.getKey());
      JsonNode value = member.getValue();
      JsonNode target = property.has("items") ? property.path("items") : property;
      String ref = target.path("$ref").asString("");
      String name = ref.substring(ref.lastIndexOf('/') + 1);
      if (schema.path("$defs").path(name).has("properties")) {
        if (value.isArray()) {
          value.forEach(element -> visit(schema, name, element, used));
        } else {
          visit(schema, name, value, used);
        }
      }
    });
  }

  @ParameterizedTest
  @MethodSource("invalidDocuments")
  void invalidDocumentsReportExactlyTheExpectedProblems(String file, List<List<String>> expected) {
    List<SchemaProblem> problems = PalSchema.get().validate(resource("invalid/" + file), ES_MX);

    assertThat(problems)
        .extracting(p -> List.of(p.pointer(), p.keyword(), p.property()))
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  /** The rows of {@code schema/invalid/expected.tsv}, grouped by file: (file, [[pointer, keyword, property]...]). */
  static Stream<org.junit.jupiter.params.provider.Arguments> invalidDocuments() {
    Map<String, List<List<String>>> byFile = new LinkedHashMap<>();
    for (String[] row : expectedRows()) {
      byFile.computeIfAbsent(row[0], f -> new ArrayList<>()).add(List.of(row[1], row[2], row[3]));
    }
    return byFile.entrySet().stream()
        .map(e -> org.junit.jupiter.params.provider.Arguments.of(e.getKey(), e.getValue()));
  }

  /** Rows of the expectations file: file, pointer, keyword, property. */
  static List<String[]> expectedRows() {
    List<String[]> rows = new ArrayList<>();
    for (String line : text("invalid/expected.tsv").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      rows.add(new String[] {cells[0], cells[1], cells[2], cells.length > 3 ? cells[3] : ""});
    }
    return rows;
  }

  @ParameterizedTest
  @MethodSource("invalidDocuments")
  void palReaderRejectsTheSameDocumentsAtTheSamePointers(String file, List<List<String>> expected) {
    ReadResult result = PalReader.create().read(text("invalid/" + file).getBytes(StandardCharsets.UTF_8), file);

    List<List<String>> wanted = expected.stream().map(PalSchemaTest::readerFinding).distinct().toList();
    assertThat(result.findings())
        .filteredOn(f -> f.ruleId().startsWith("SCH-"))
        .extracting(f -> List.of(f.ruleId(), f.pointer()))
        .containsExactlyInAnyOrderElementsOf(wanted);
    assertThat(result.findings()).allSatisfy(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.line()).as("line of " + f).isPositive();
    });
  }

  /**
   * The reader finding (rule id, pointer) for an expected schema problem: a missing or unsupported schemaVersion is
   * SCH-02; an unknown member or map key is reported at the member itself; everything else is SCH-01 at the pointer.
   */
  private static List<String> readerFinding(List<String> problem) {
    String pointer = problem.get(0);
    String keyword = problem.get(1);
    String property = problem.get(2);
    if (pointer.equals("/schemaVersion") || property.equals("schemaVersion")) {
      return List.of("SCH-02", pointer);
    }
    if (keyword.equals("additionalProperties") || keyword.equals("propertyNames")) {
      return List.of("SCH-01", pointer + "/" + property);
    }
    return List.of("SCH-01", pointer);
  }

  @ParameterizedTest
  @MethodSource("validDocuments")
  void palReaderReadsTheValidDocumentsWithoutFindings(String file) {
    ReadResult result = PalReader.create().read(text("valid/" + file).getBytes(StandardCharsets.UTF_8), file);

    assertThat(result.findings()).isEmpty();
    assertThat(result.exercise()).isPresent();
  }

  @Test
  void everyInvalidFileHasExpectationsAndEveryExpectationAFile() throws Exception {
    Path folder = Path.of(PalSchemaTest.class.getResource("/schema/invalid/expected.tsv").toURI()).getParent();
    List<String> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).toList();
    }

    assertThat(expectedRows().stream().map(r -> r[0]).distinct()).containsExactlyInAnyOrderElementsOf(files);
    assertThat(files).hasSizeGreaterThanOrEqualTo(35);
  }

  @Test
  void problemsComeInADeterministicOrderWithoutDuplicates() {
    JsonNode document = resource("invalid/several-problems.json");

    List<SchemaProblem> first = PalSchema.get().validate(document, ES_MX);
    List<SchemaProblem> second = PalSchema.get().validate(document, ES_MX);

    assertThat(first).isEqualTo(second).doesNotHaveDuplicates().isSortedAccordingTo(SchemaProblem.ORDER);
    assertThat(first).extracting(SchemaProblem::pointer)
        .containsExactly("", "", "/plans/0/commitments/0/startDate", "/plans/0/commitments/0/type", "/plans/0/id",
            "/plans/0/ordinal", "/title");
  }

  @Test
  void messagesFollowTheRequestedLocaleWhateverTheJvmDefault() {
    Locale previous = Locale.getDefault();
    Locale.setDefault(Locale.GERMAN);
    try {
      JsonNode document = resource("invalid/missing-id.json");
      assertThat(PalSchema.get().validate(document, ES_MX)).singleElement()
          .extracting(SchemaProblem::message).asString().contains("requerida").contains("id");
      assertThat(PalSchema.get().validate(document, Locale.ENGLISH)).singleElement()
          .extracting(SchemaProblem::message).asString().contains("required").contains("id");
    } finally {
      Locale.setDefault(previous);
    }
  }

  @Test
  void patternAndDateProblemsAreExplainedInPlainLanguage() {
    ObjectNode document = minimal();
    document.put("id", "mx dur");
    document.put("title", " ");
    document.put("websiteUrl", "www.idaip.org.mx");
    document.put("websiteLastUpdated", "2015-02-30");

    assertThat(PalSchema.get().validate(document, ES_MX)).extracting(SchemaProblem::pointer, SchemaProblem::message)
        .containsExactly(
            tuple("/id", "debe ser un identificador: una letra o un dígito seguidos de letras, dígitos, '.', '_', ':' o '-'"),
            tuple("/title", "debe contener al menos un carácter que no sea espacio en blanco"),
            tuple("/websiteLastUpdated", "debe ser una fecha válida de la forma AAAA-MM-DD, por ejemplo 2015-03-09"),
            tuple("/websiteUrl", "debe ser una dirección web que empiece con http:// o https:// y no tenga espacios"));
    assertThat(PalSchema.get().validate(document, Locale.ENGLISH)).extracting(SchemaProblem::message)
        .containsExactly(
            "must be an identifier: a letter or digit followed by letters, digits, '.', '_', ':' or '-'",
            "must contain at least one character that is not white space",
            "must be a valid date of the form YYYY-MM-DD, for example 2015-03-09",
            "must be a web address starting with http:// or https:// with no white space");
  }

  @Test
  void everyPatternInTheSchemaHasAPlainLanguageMessage() {
    List<String> patterns = new ArrayList<>();
    collectPatterns(JSON.readTree(PalSchema.get().text()), patterns);

    assertThat(patterns).isNotEmpty();
    assertThat(PalSchema.explainedPatterns()).containsAll(patterns);
  }

  private static void collectPatterns(JsonNode node, List<String> patterns) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (e.getKey().equals("pattern") && e.getValue().isString()) {
          patterns.add(e.getValue().asString());
        } else {
          collectPatterns(e.getValue(), patterns);
        }
      }
    } else if (node.isArray()) {
      node.forEach(child -> collectPatterns(child, patterns));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2016-02-29", "2015-12-31", "1999-01-01"})
  void realCalendarDatesPass(String date) {
    ObjectNode document = minimal();
    document.put("websiteLastUpdated", date);

    assertThat(PalSchema.get().validate(document, ES_MX)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2015-02-30", "2015-02-29", "2015-13-01", "2015-2-3", "20150309", "2015-03-09T10:00:00Z",
      " 2015-03-09", ""})
  void impossibleOrMisshapenDatesFail(String date) {
    ObjectNode document = minimal();
    document.put("websiteLastUpdated", date);

    assertThat(PalSchema.get().validate(document, ES_MX))
        .extracting(SchemaProblem::pointer, SchemaProblem::keyword)
        .containsExactly(tuple("/websiteLastUpdated", "format"));
  }

  @Test
  void memberPointerNamesTheMissingOrUnknownMember() {
    assertThat(new SchemaProblem("/plans/0", "required", "id", "m").memberPointer()).isEqualTo("/plans/0/id");
    assertThat(new SchemaProblem("", "additionalProperties", "a/b~c", "m").memberPointer()).isEqualTo("/a~1b~0c");
    assertThat(new SchemaProblem("/title", "type", "", "m").memberPointer()).isEqualTo("/title");
  }

  @Test
  void validateRejectsNullArguments() {
    assertThatThrownBy(() -> PalSchema.get().validate(null, ES_MX)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> PalSchema.get().validate(minimal(), null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new SchemaProblem("", "type", null, "m")).isInstanceOf(NullPointerException.class);
  }

  @Test
  void concurrentValidationsAgree() throws Exception {
    JsonNode invalid = resource("invalid/several-problems.json");
    JsonNode valid = resource("valid/every-property.json");
    List<SchemaProblem> expected = PalSchema.get().validate(invalid, Locale.ENGLISH);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Boolean>> tasks = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        Locale locale = i % 2 == 0 ? Locale.ENGLISH : ES_MX;
        tasks.add(() -> PalSchema.get().validate(valid, locale).isEmpty()
            && PalSchema.get().validate(invalid, locale).size() == expected.size()
            && (locale != Locale.ENGLISH || PalSchema.get().validate(invalid, locale).equals(expected)));
      }
      for (Future<Boolean> f : pool.invokeAll(tasks)) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void remoteReferencesFailFastWithoutAnyConnection() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      AtomicInteger connections = watch(server);
      String remote = "http://127.0.0.1:" + server.getLocalPort() + "/remote.schema.json";
      JsonNode schema = JSON.readTree("""
          {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:cocrea:test:remote-ref",
           "type": "object", "properties": {"a": {"$ref": "%s"}}}""".formatted(remote));

      long start = System.nanoTime();
      assertThatThrownBy(() -> PalSchema.compile(schema).validate(JSON.readTree("{\"a\": 1}")))
          .isInstanceOf(InvalidSchemaException.class).hasMessageContaining("not allowed");
      assertThat(Duration.since(start)).isLessThan(2_000);
      Thread.sleep(200);
      assertThat(connections.get()).as("connections to the remote address").isZero();
    }
  }

  @Test
  void remoteMetaSchemasFailFastWithoutAnyConnection() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      AtomicInteger connections = watch(server);
      JsonNode schema = JSON.readTree("""
          {"$schema": "http://127.0.0.1:%d/custom-meta-schema", "$id": "urn:cocrea:test:remote-meta",
           "type": "object"}""".formatted(server.getLocalPort()));

      long start = System.nanoTime();
      assertThatThrownBy(() -> PalSchema.compile(schema).validate(JSON.readTree("{}")))
          .isInstanceOf(InvalidSchemaException.class).hasMessageContaining("not allowed");
      assertThat(Duration.since(start)).isLessThan(2_000);
      Thread.sleep(200);
      assertThat(connections.get()).as("connections to the remote address").isZero();
    }
  }

  @Test
  void unresolvableRemoteHostsFailFastToo() {
    JsonNode schema = JSON.readTree("""
        {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:cocrea:test:remote-host",
         "$ref": "https://schemas.example.invalid/pal.json"}""");

    long start = System.nanoTime();
    assertThatThrownBy(() -> PalSchema.compile(schema).validate(JSON.readTree("{}")))
        .isInstanceOf(InvalidSchemaException.class).hasMessageContaining("not allowed");
    assertThat(Duration.since(start)).isLessThan(2_000);
  }

  @Test
  void localFileReferencesAreNotLoadedEither(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
    Path other = folder.resolve("other.schema.json");
    Files.writeString(other, "{\"type\": \"string\"}");
    JsonNode schema = JSON.readTree("""
        {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:cocrea:test:file-ref",
         "$ref": "%s"}""".formatted(other.toUri()));

    assertThatThrownBy(() -> PalSchema.compile(schema).validate(JSON.readTree("5")))
        .isInstanceOf(InvalidSchemaException.class).hasMessageContaining("not allowed");
  }

  @Test
  void theBundledMetaSchemaIsAvailableOffline() {
    JsonNode schema = JSON.readTree("""
        {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:cocrea:test:meta",
         "$ref": "https://json-schema.org/draft/2020-12/schema"}""");

    assertThat(PalSchema.compile(schema).validate(JSON.readTree("{\"type\": \"object\"}"))).isEmpty();
    assertThat(PalSchema.compile(schema).validate(JSON.readTree("{\"type\": 5}"))).isNotEmpty();
  }

  /** Counts connections accepted by a server socket on a daemon thread. */
  private static AtomicInteger watch(ServerSocket server) throws IOException {
    AtomicInteger connections = new AtomicInteger();
    server.setSoTimeout(50);
    Thread t = new Thread(() -> {
      while (!server.isClosed()) {
        try {
          server.accept().close();
          connections.incrementAndGet();
        } catch (SocketTimeoutException e) {
          // keep listening
        } catch (IOException e) {
          return;
        }
      }
    });
    t.setDaemon(true);
    t.start();
    return connections;
  }

  /** Elapsed milliseconds. */
  private static final class Duration {
    static long since(long startNanos) {
      return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }
  }

  private static ObjectNode minimal() {
    return (ObjectNode) resource("valid/minimal.json");
  }

  static JsonNode resource(String name) {
    return JSON.readTree(text(name));
  }

  static String text(String name) {
    try (InputStream in = PalSchemaTest.class.getResourceAsStream("/schema/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource /schema/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
