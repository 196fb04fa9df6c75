package org.cocrea.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cocrea.core.Commitment;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.Organization;
import org.cocrea.core.Sector;
import org.cocrea.core.Step;
import org.cocrea.validation.Finding;
import org.cocrea.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The locating reader on valid, broken and hostile input: rule id, pointer and line:column of every finding. */
class PalReaderTest {

  private static final PalReader READER = PalReader.create();

  private static ReadResult read(String json) {
    return READER.read(json.getBytes(StandardCharsets.UTF_8), "test.json");
  }

  /** The 1-based line and column of the n-th (1-based) occurrence of a marker in a text. */
  private static int[] at(String text, String marker, int occurrence) {
    int index = -1;
    for (int i = 0; i < occurrence; i++) {
      index = text.indexOf(marker, index + 1);
    }
    assertThat(index).as("marker %s", marker).isNotNegative();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, index - lineStart + 1};
  }

  private static int[] at(String text, String marker) {
    return at(text, marker, 1);
  }

  private static void assertFinding(Finding f, String ruleId, String pointer, int[] where) {
    assertFinding(f, ruleId, pointer, where[0], where[1]);
  }

  private static Finding single(ReadResult result) {
    assertThat(result.findings()).hasSize(1);
    return result.findings().get(0);
  }

  private static void assertFinding(Finding f, String ruleId, String pointer, int line, int column) {
    assertThat(tuple(f.ruleId(), f.pointer(), f.line(), f.column()))
        .as(f.toString()).isEqualTo(tuple(ruleId, pointer, line, column));
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message()).doesNotStartWith("[");
  }

  // ------------------------------------------------------------------------------------------------ valid input

  @Test
  void readsAValidDocumentWithoutFindings() {
    LocalExercise exercise = LocalExercise.builder().id("mx-dur-2015").title("Durango 2015-2016")
        .addOrganization(Organization.builder().id("org-idaip").name("IDAIP").sector(Sector.GUARANTOR_BODY).build())
        .guarantorBodyId("org-idaip").currentStep(Step.S5_PAL_LAUNCH_IMPLEMENTATION).build();
    ReadResult result = read(CocreaJson.write(exercise));
    assertThat(result.findings()).isEmpty();
    assertThat(result.readable()).isTrue();
    assertThat(result.exercise()).contains(exercise);
    assertThat(result.source()).isEqualTo("test.json");
  }

  @Test
  void acceptsAUtf8ByteOrderMarkSilentlyAndCountsColumnsAfterIt() {
    String text = "{\"schemaVersion\": \"1.0\", \"id\": \"x\", \"currentStep\": 7}";
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    ReadResult result = READER.read(withBom, "bom.json");
    assertThat(result.readable()).isTrue();
    assertThat(result.findings()).isNotEmpty().allSatisfy(f -> assertFinding(f, "SCH-01", "/currentStep",
        at(text, "7")));
    assertThat(result.findings()).extracting(f -> f.arguments().get(0)).contains("type");
  }

  @Test
  void countsColumnsInCharactersNotBytes() {
    String text = "{\"schemaVersion\": \"1.0\", \"id\": \"x\", \"title\": \"Año 🇲🇽\", \"status\": 3}";
    ReadResult result = read(text);
    assertThat(result.findings()).isNotEmpty().allSatisfy(f -> assertFinding(f, "SCH-01", "/status",
        at(text, "3")));
  }

  // ------------------------------------------------------------------------------------------------ syntax

  @Test
  void reportsAnEmptyFile() {
    assertFinding(single(read("")), "JSON-01", "", 1, 1);
    assertThat(single(read(" \n\t ")).messageKey()).isEqualTo("JSON-01.empty");
    assertThat(read("").readable()).isFalse();
  }

  @Test
  void reportsARootThatIsNotAnObject() {
    Finding array = single(read("[{\"id\": \"x\"}]"));
    assertFinding(array, "JSON-01", "", 1, 1);
    assertThat(array.messageKey()).isEqualTo("JSON-01.root");
    assertThat(array.arguments()).containsExactly("array");
    Finding string = single(read("\n  \"plan\""));
    assertFinding(string, "JSON-01", "", 2, 3);
    assertThat(string.arguments()).containsExactly("string");
  }

  @Test
  void reportsTruncatedJson() {
    String text = "{\"schemaVersion\": \"1.0\",\n \"id\": \"x\", \"plans\": [{\"id\": \"p";
    Finding f = single(read(text));
    assertFinding(f, "JSON-01", "", 2, text.length() - text.indexOf('\n'));
    assertThat(f.messageKey()).isEqualTo("JSON-01.eof");
    Finding unclosed = single(read("{\"schemaVersion\": \"1.0\", \"id\": \"x\",\n \"plans\": [\n"));
    assertThat(tuple(unclosed.messageKey(), unclosed.line())).isEqualTo(tuple("JSON-01.eof", 3));
  }

  @Test
  void reportsTrailingGarbageAfterTheRootObject() {
    Finding f = single(read("{\"schemaVersion\": \"1.0\", \"id\": \"x\"}\n oops"));
    assertFinding(f, "JSON-01", "", 2, 2);
    assertThat(f.messageKey()).isEqualTo("JSON-01.trailing");
    assertThat(f.arguments()).containsExactly("o");
    assertThat(single(read("{\"schemaVersion\": \"1.0\", \"id\": \"x\"} {}")).messageKey())
        .isEqualTo("JSON-01.trailing");
    assertThat(single(read("{\"schemaVersion\": \"1.0\", \"id\": \"x\"}}")).messageKey())
        .isEqualTo("JSON-01.trailing");
  }

  @Test
  void reportsComments() {
    Finding f = single(read("{\"schemaVersion\": \"1.0\",\n  // the id\n  \"id\": \"x\"}"));
    assertFinding(f, "JSON-01", "", 2, 3);
    assertThat(f.messageKey()).isEqualTo("JSON-01.comment");
  }

  @Test
  void reportsNaNAndInfinity() {
    String text = "{\"schemaVersion\": \"1.0\", \"id\": \"x\", \"plans\": [{\"id\": \"p\", \"x\": NaN}]}";
    Finding f = single(read(text));
    assertFinding(f, "JSON-01", "", at(text, "NaN"));
    assertThat(f.messageKey()).isEqualTo("JSON-01.nan");
    assertThat(f.arguments()).containsExactly("NaN");
    assertThat(single(read("{\"a\": -Infinity}")).messageKey()).isEqualTo("JSON-01.nan");
  }

  @Test
  void reportsOtherSyntaxErrorsWithTheOffendingCharacter() {
    String text = "{\"schemaVersion\": \"1.0\", \"id\": 'x'}";
    Finding f = single(read(text));
    assertFinding(f, "JSON-01", "", at(text, "'"));
    assertThat(f.messageKey()).isEqualTo("JSON-01.syntax");
    assertThat(f.arguments()).containsExactly("'");
    assertThat(single(read("{\"id\": \"x\",}")).messageKey()).isEqualTo("JSON-01.syntax");
  }

  @Test
  void reportsUnescapedControlCharactersInStrings() {
    Finding f = single(read("{\"schemaVersion\": \"1.0\", \"id\": \"a\tb\"}"));
    assertThat(f.ruleId()).isEqualTo("JSON-01");
    assertThat(f.messageKey()).isEqualTo("JSON-01.control");
    assertThat(f.arguments()).containsExactly("9");
    assertThat(f.line()).isEqualTo(1);
  }

  @Test
  void reportsEveryDuplicateKeyAndKeepsTheFirstValue() {
    String text = "{\"schemaVersion\": \"1.0\", \"id\": \"first\",\n \"id\": \"second\",\n"
        + " \"plans\": [{\"id\": \"p\", \"title\": \"a\", \"title\": \"b\"}]}";
    ReadResult result = read(text);
    int[] id = at(text, "\"id\"", 2);
    int[] title = at(text, "\"title\"", 2);
    assertThat(result.findings()).extracting(Finding::ruleId, Finding::pointer, Finding::line, Finding::column)
        .containsExactly(tuple("JSON-03", "/id", id[0], id[1]), tuple("JSON-03", "/plans/0/title", title[0], title[1]));
    assertThat(result.exercise().orElseThrow().id()).isEqualTo("first");
    assertThat(result.exercise().orElseThrow().plans().get(0).title()).contains("a");
  }

  // ------------------------------------------------------------------------------------------------ encoding

  @Test
  void reportsUtf16WithAndWithoutByteOrderMark() {
    String json = "{\"schemaVersion\": \"1.0\", \"id\": \"x\"}";
    Finding le = single(READER.read(json.getBytes(StandardCharsets.UTF_16LE), "le.json"));
    assertFinding(le, "JSON-02", "", 1, 1);
    assertThat(le.arguments()).containsExactly("UTF-16LE");
    assertThat(single(READER.read(json.getBytes(StandardCharsets.UTF_16BE), "be.json")).arguments())
        .containsExactly("UTF-16BE");
    assertThat(single(READER.read(json.getBytes(StandardCharsets.UTF_16), "bom.json")).arguments())
        .containsExactly("UTF-16BE");
    byte[] withLeBom = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, json.getBytes(StandardCharsets.UTF_16LE));
    assertThat(single(READER.read(withLeBom, "lebom.json")).arguments()).containsExactly("UTF-16LE");
  }

  @Test
  void reportsUtf32() {
    String json = "{\"id\": \"x\"}";
    assertThat(single(READER.read(json.getBytes(java.nio.charset.Charset.forName("UTF-32BE")), "a")).arguments())
        .containsExactly("UTF-32BE");
    assertThat(single(READER.read(json.getBytes(java.nio.charset.Charset.forName("UTF-32LE")), "a")).arguments())
        .containsExactly("UTF-32LE");
  }

  @Test
  void reportsInvalidUtf8WithItsLocation() {
    byte[] good = "{\"schemaVersion\": \"1.0\",\n \"id\": \"ñx".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = concat(good, new byte[] {(byte) 0xC3, (byte) 0x28, '"', '}'});
    Finding f = single(READER.read(bytes, "latin.json"));
    assertFinding(f, "JSON-02", "", 2, 11);
    assertThat(f.messageKey()).isEqualTo("JSON-02.utf8");
    assertThat(f.arguments()).containsExactly("C3", Integer.toString(good.length));
  }

  @Test
  void reportsLatin1TextAsInvalidUtf8() {
    String text = "{\"schemaVersion\": \"1.0\", \"id\": \"x\", \"title\": \"Año\"}";
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    assertFinding(single(READER.read(bytes, "latin1.json")), "JSON-02", "", at(text, "ñ"));
  }

  @Test
  void reportsBinaryGarbageWithoutThrowing() {
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00};
    assertFinding(single(READER.read(jpeg, "photo.jpg")), "JSON-02", "", 1, 1);
    byte[] zeros = new byte[64];
    assertThat(single(READER.read(zeros, "zeros")).ruleId()).isIn("JSON-01", "JSON-02");
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    for (int i = 0; i < 200; i++) {
      byte[] noise = new byte[random.nextInt(1, 300)];
      for (int j = 0; j < noise.length; j++) {
        noise[j] = (byte) random.nextInt(256);
      }
      ReadResult r = READER.read(noise, "noise-" + i);
      assertThat(r.readable()).as("noise %d", i).isFalse();
      assertThat(r.findings()).as("noise %d", i).isNotEmpty()
          .allMatch(f -> f.ruleId().startsWith("JSON-") && f.hasLocation());
    }
  }

  // ------------------------------------------------------------------------------------------------ limits

  @Test
  void reportsDeepNestingQuicklyWithoutStackOverflow() {
    String json = "{\"a\":" + "[".repeat(500_000);
    long start = System.nanoTime();
    ReadResult result = read(json);
    long millis = (System.nanoTime() - start) / 1_000_000;
    Finding f = single(result);
    assertFinding(f, "LIM-02", "", 1, 5 + 64);
    assertThat(f.arguments()).containsExactly("64");
    assertThat(millis).isLessThan(2_000);
    String closed = "{\"a\":" + "[".repeat(300_000) + "]".repeat(300_000) + "}";
    assertThat(single(read(closed)).ruleId()).isEqualTo("LIM-02");
  }

  @Test
  void acceptsNestingUpToTheLimit() {
    PalReader shallow = PalReader.create(ReaderOptions.builder().maxDepth(3).build());
    String ok = "{\"schemaVersion\": \"1.0\", \"id\": \"x\", \"plans\": [{\"id\": \"p\"}]}";
    assertThat(shallow.read(ok.getBytes(StandardCharsets.UTF_8), "ok").findings()).isEmpty();
    String deep = "{\"schemaVersion\": \"1.0\", \"id\": \"x\", \"plans\": [{\"id\": \"p\", \"commitments\": [{}]}]}";
    Finding f = single(shallow.read(deep.getBytes(StandardCharsets.UTF_8), "deep"));
    assertFinding(f, "LIM-02", "", at(deep, "[{}"));
  }

  @Test
  void reportsStringsLongerThanTheLimit() {
    PalReader reader = PalReader.create(ReaderOptions.builder().maxStringLength(20).build());
    String json = "{\"schemaVersion\": \"1.0\",\n \"id\": \"x\", \"title\": \"" + "a".repeat(21) + "\"}";
    Finding f = single(reader.read(json.getBytes(StandardCharsets.UTF_8), "long"));
    assertFinding(f, "LIM-03", "", at(json, "\"aaa"));
    assertThat(f.arguments()).containsExactly("20");
    String exact = "{\"schemaVersion\": \"1.0\", \"id\": \"x\", \"title\": \"" + "a".repeat(20) + "\"}";
    assertThat(reader.read(exact.getBytes(StandardCharsets.UTF_8), "exact").findings()).isEmpty();
    String longName = "{\"schemaVersion\": \"1.0\", \"" + "n".repeat(21) + "\": 1}";
    assertThat(single(reader.read(longName.getBytes(StandardCharsets.UTF_8), "name")).ruleId()).isEqualTo("LIM-03");
  }

  @Test
  void reportsDocumentsWithMoreTokensThanTheLimit() {
    // six tokens: the start of the object, two names, two values, the end of the object
    String six = "{\"schemaVersion\": \"1.0\", \"id\": \"x\"}";
    assertThat(PalReader.create(ReaderOptions.builder().maxTokens(6).build())
        .read(six.getBytes(StandardCharsets.UTF_8), "six").findings()).isEmpty();
    PalReader reader = PalReader.create(ReaderOptions.builder().maxTokens(5).locale(Locale.ENGLISH).build());
    Finding f = single(reader.read(six.getBytes(StandardCharsets.UTF_8), "six"));
    assertThat(f.ruleId()).isEqualTo("LIM-05");
    assertThat(f.arguments()).containsExactly("5");
    assertThat(f.message()).contains("more than 5 JSON tokens");
    assertThat(f.line()).isEqualTo(1);
    // the same after a byte order mark, at the same place
    byte[] withBom = ("\uFEFF" + six).getBytes(StandardCharsets.UTF_8);
    Finding g = single(reader.read(withBom, "bom"));
    assertThat(g.ruleId()).isEqualTo("LIM-05");
    assertThat(g.column()).isEqualTo(f.column());
  }

  @Test
  void theDefaultTokenLimitStopsAListOfAMillionZerosBeforeItIsBuilt() {
    StringBuilder zeros = new StringBuilder("{\"schemaVersion\": \"1.0\", \"id\": \"x\", \"z\": [0");
    zeros.append(",0".repeat((int) ReaderOptions.DEFAULT_MAX_TOKENS)).append("]}");
    Finding f = single(PalReader.create().read(zeros.toString().getBytes(StandardCharsets.UTF_8), "zeros"));
    assertThat(f.ruleId()).isEqualTo("LIM-05");
    assertThat(f.arguments()).containsExactly("1,000,000");
  }

  @Test
  void reportsNumbersLongerThanTheLimit() {
    PalReader reader = PalReader.create(ReaderOptions.builder().maxNumberLength(5).build());
    String json = "{\"schemaVersion\": \"1.0\", \"id\": \"x\",\n \"plans\": [{\"id\": \"p\", \"number\": 1234567}]}";
    Finding f = single(reader.read(json.getBytes(StandardCharsets.UTF_8), "long"));
    assertThat(tuple(f.ruleId(), f.pointer(), f.line())).isEqualTo(tuple("LIM-04", "", 2));
    assertThat(f.arguments()).containsExactly("5");
    String decimal = "{\"schemaVersion\": \"1.0\", \"id\": \"x\", \"a\": 1.23456789}";
    assertThat(single(reader.read(decimal.getBytes(StandardCharsets.UTF_8), "d")).ruleId()).isEqualTo("LIM-04");
  }

  @Test
  void reportsFilesLargerThanTheLimitBeforeReadingThem(@TempDir Path dir) throws Exception {
    PalReader reader = PalReader.create(ReaderOptions.builder().maxBytes(100).build());
    byte[] big = ("{\"schemaVersion\": \"1.0\", \"id\": \"x\", \"description\": \"" + "d".repeat(200) + "\"}")
        .getBytes(StandardCharsets.UTF_8);
    Finding f = single(reader.read(big, "big"));
    assertFinding(f, "LIM-01", "", 1, 1);
    assertThat(f.arguments()).containsExactly(Integer.toString(big.length), "100");
    Path file = dir.resolve("big.json");
    Files.write(file, big);
    ReadResult fromFile = reader.read(file);
    assertFinding(single(fromFile), "LIM-01", "", 1, 1);
    assertThat(fromFile.source()).isEqualTo(file.toString());
  }

  // ------------------------------------------------------------------------------------------------ files

  @Test
  void reportsFilesThatCannotBeRead(@TempDir Path dir) {
    Finding missing = single(READER.read(dir.resolve("nope.json")));
    assertFinding(missing, "IO-01", "", 1, 1);
    assertThat(missing.messageKey()).isEqualTo("IO-01.notFound");
    Finding folder = single(READER.read(dir));
    assertThat(folder.messageKey()).isEqualTo("IO-01.directory");
  }

  @Test
  void readsFilesFromDisk(@TempDir Path dir) throws Exception {
    LocalExercise exercise = LocalExercise.builder().id("mx-mor-2015").title("Morelos").build();
    Path file = dir.resolve("morelos.json");
    Files.writeString(file, CocreaJson.write(exercise));
    ReadResult result = READER.read(file);
    assertThat(result.findings()).isEmpty();
    assertThat(result.exercise()).contains(exercise);
  }

  // ------------------------------------------------------------------------------------------------ version

  @Test
  void reportsAMissingSchemaVersionAndStillReadsTheDocument() {
    ReadResult result = read("{\"id\": \"x\", \"title\": \"T\"}");
    assertFinding(single(result), "SCH-02", "", 1, 1);
    assertThat(single(result).messageKey()).isEqualTo("SCH-02.missing");
    assertThat(result.exercise().orElseThrow().title()).contains("T");
  }

  @Test
  void refusesAnUnsupportedSchemaVersion() {
    String text = "{\"id\": \"x\",\n \"schemaVersion\": \"2.0\"}";
    ReadResult result = read(text);
    Finding f = single(result);
    assertFinding(f, "SCH-02", "/schemaVersion", at(text, "\"2.0"));
    assertThat(f.arguments()).containsExactly("2.0", "1.0, 1.1");
    assertThat(result.readable()).isFalse();
  }

  // ------------------------------------------------------------------------------------------------ schema, binding

  @Test
  void reportsAnUnknownPropertyInsteadOfIgnoringIt() {
    String json = "{\n  \"schemaVersion\": \"1.0\",\n  \"id\": \"x\",\n  \"plans\": [\n    {\"id\": \"p\", \"colour\": \"red\"}\n  ]\n}";
    ReadResult result = read(json);
    Finding f = single(result);
    assertFinding(f, "SCH-01", "/plans/0/colour", at(json, "\"red"));
    assertThat(f.arguments().get(0)).isEqualTo("additionalProperties");
    assertThat(result.exercise().orElseThrow().plans()).extracting(LocalActionPlan::id).containsExactly("p");
  }

  @Test
  void reportsAWrongTypeOnceAndLeavesTheValueOut() {
    String text = "{\"schemaVersion\": \"1.0\", \"id\": \"x\", \"title\": \"T\", \"currentStep\": 5}";
    ReadResult result = read(text);
    assertThat(result.findings()).isNotEmpty().allSatisfy(f -> assertFinding(f, "SCH-01", "/currentStep",
        at(text, "5")));
    LocalExercise exercise = result.exercise().orElseThrow();
    assertThat(exercise.currentStep()).isEmpty();
    assertThat(exercise.title()).contains("T");
  }

  @Test
  void reportsAnImpossibleDateOnce() {
    String text = "{\"schemaVersion\": \"1.0\", \"id\": \"x\", \"websiteLastUpdated\": \"2015-02-30\"}";
    ReadResult result = read(text);
    Finding f = single(result);
    assertFinding(f, "SCH-01", "/websiteLastUpdated", at(text, "\"2015"));
    assertThat(f.arguments().get(0)).isEqualTo("format");
    assertThat(result.exercise().orElseThrow().websiteLastUpdated()).isEmpty();
  }

  @Test
  void leavesOutAnElementWithoutIdKeepsTheOthersAndLocatesLaterFindingsInTheDocument() {
    String json = """
        {
          "schemaVersion": "1.0",
          "id": "x",
          "plans": [
            {
              "id": "p",
              "commitments": [
                {"id": "c1"},
                {"title": "no id"},
                {"id": "c3", "responsibleInstitutionIds": ["org-nobody"]}
              ]
            }
          ]
        }
        """;
    ReadResult result = read(json);
    int[] second = at(json, "{\"title\"");
    int[] nobody = at(json, "\"org-nobody");
    assertThat(result.findings()).extracting(Finding::ruleId, Finding::pointer, Finding::line, Finding::column)
        .containsExactly(tuple("SCH-01", "/plans/0/commitments/1", second[0], second[1]));
    assertThat(PalChecker.create().check(json.getBytes(StandardCharsets.UTF_8), "x").report().findings("REF-01"))
        .extracting(Finding::pointer, Finding::line, Finding::column)
        .containsExactly(tuple("/plans/0/commitments/2/responsibleInstitutionIds/0", nobody[0], nobody[1]));
    assertThat(result.exercise().orElseThrow().plans().get(0).commitments()).extracting(Commitment::id)
        .containsExactly("c1", "c3");
    Finding fromRules = new Finding("COM-01", Severity.WARNING, "/plans/0/commitments/1/title", 0, 0, "k",
        List.of(), "m");
    Finding located = result.locate(fromRules);
    int[] third = at(json, "{\"id\": \"c3\"");
    assertThat(tuple(located.pointer(), located.line(), located.column()))
        .isEqualTo(tuple("/plans/0/commitments/2/title", third[0], third[1]));
  }

  @Test
  void leavesReferencesToTheValidatorWhichReportsThemOnceLocatedInTheDocument() {
    String json = """
        {"schemaVersion": "1.0", "id": "x", "guarantorBodyId": "org-x",
         "organizations": [{"name": "no id"}, {"id": "org-a"}, {"id": "org-a"}]}
        """;
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    assertThat(read(json).findings()).extracting(Finding::ruleId).containsExactly("SCH-01");
    List<Finding> findings = PalChecker.create().check(bytes, "x").report().findings().stream()
        .filter(f -> f.ruleId().startsWith("REF-")).toList();
    int[] dangling = at(json, "\"org-x");
    int[] duplicate = at(json, "\"org-a", 2);
    assertThat(findings).extracting(Finding::ruleId, Finding::pointer, Finding::line, Finding::column)
        .containsExactly(tuple("REF-01", "/guarantorBodyId", dangling[0], dangling[1]),
            tuple("REF-02", "/organizations/2/id", duplicate[0], duplicate[1]));
    assertThat(findings.get(0).message()).contains("org-x").contains("Organization");
    // the first declaration is named for people, its position counted from 1 (the pointer stays the finding's)
    assertThat(findings.get(1).arguments()).containsExactly("org-a", "Organization", "organización 2");
    assertThat(findings.get(1).message()).contains("organización 2");
  }

  @Test
  void locatesAPointerThatDoesNotExistAtItsNearestAncestor() {
    String text = "{\"schemaVersion\": \"1.0\",\n \"id\": \"x\",\n \"plans\": [{\"id\": \"p\"}]}";
    ReadResult result = read(text);
    Finding f = result.locate(new Finding("PAL-01", Severity.ERROR, "/plans/0/commitments/3/title", 0, 0, "k",
        List.of(), "m"));
    int[] plan = at(text, "{\"id\": \"p\"");
    assertThat(tuple(f.pointer(), f.line(), f.column()))
        .isEqualTo(tuple("/plans/0/commitments/3/title", plan[0], plan[1]));
    Finding root = result.locate(new Finding("X", Severity.ERROR, "/nothing", 0, 0, "k", List.of(), "m"));
    assertThat(tuple(root.line(), root.column())).isEqualTo(tuple(1, 1));
  }

  @Test
  void rendersMessagesInEnglishWhenAsked() {
    PalReader english = PalReader.create(ReaderOptions.builder().locale(Locale.ENGLISH).build());
    Finding f = single(english.read(new byte[0], "empty"));
    assertThat(f.message()).isEqualTo("The file is empty: a JSON object was expected.");
    assertThat(single(READER.read(new byte[0], "vacío")).message())
        .isEqualTo("El archivo está vacío: se esperaba un objeto JSON.");
  }

  @Test
  void neverThrowsOnTruncationsOfAValidDocument() {
    LocalExercise exercise = new ModelGenerator(42).exercise();
    byte[] bytes = CocreaJson.write(exercise).getBytes(StandardCharsets.UTF_8);
    for (int cut = 0; cut < bytes.length; cut += Math.max(1, bytes.length / 300)) {
      ReadResult r = READER.read(Arrays.copyOf(bytes, cut), "cut-" + cut);
      assertThat(r.readable()).as("cut %d", cut).isFalse();
      assertThat(r.findings()).as("cut %d", cut).isNotEmpty().allMatch(Finding::hasLocation);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
