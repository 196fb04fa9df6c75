package org.cocrea.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.cocrea.core.Budget;
import org.cocrea.core.Commitment;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.validation.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 15, "Fuzzed and hostile-proof": each defect of its table, through the library's entry points. */
class HostileInputTest {

  private static final PalChecker CHECKER = PalChecker.create();
  private static final PalChecker ENGLISH = PalChecker.create(
      org.cocrea.validation.ValidatorOptions.builder().locale(Locale.ENGLISH).build(),
      ReaderOptions.builder().locale(Locale.ENGLISH).build());

  private static CheckResult check(String json) {
    return CHECKER.check(json.getBytes(StandardCharsets.UTF_8), "hostile.json");
  }

  private static String withAttendees(String number) {
    return "{\"schemaVersion\": \"1.0\", \"id\": \"x\",\n \"awarenessEvents\": [{\"id\": \"e\", \"attendees\": "
        + number + "}]}";
  }

  private static String withWeights(String w1, String w2) {
    return "{\"schemaVersion\":\"1.0\",\"id\":\"x\",\"plans\":[{\"id\":\"p\",\"commitments\":[{\"id\":\"c\","
        + "\"milestones\":[{\"id\":\"m1\",\"weight\":" + w1 + "},{\"id\":\"m2\",\"weight\":" + w2 + "}]}]}]}";
  }

  private static List<String> rules(CheckResult r) {
    return r.report().findings().stream().map(Finding::ruleId).toList();
  }

  @ParameterizedTest // C1: a float beyond the long range in an integer field threw inside the schema library
  @ValueSource(strings = {"1.5E19", "-1.5E19", "1E300", "15000000000000000000.0"})
  void integerFieldsRejectFloatsOutOfRange(String number) {
    CheckResult r = check(withAttendees(number));
    assertThat(rules(r)).doesNotContain("INT-01").contains("SCH-01");
    assertThat(r.report().findings()).filteredOn(f -> f.ruleId().equals("SCH-01"))
        .anySatisfy(f -> assertThat(f.pointer()).isEqualTo("/awarenessEvents/0/attendees"));
  }

  @ParameterizedTest // found by fuzzing: a fraction beyond the long range crashed the schema library's minimum check
  @ValueSource(strings = {"6.06666666666666666666665E19", "-9300000000000000000.5", "12345678901234567890.25"})
  void fractionsBeyondTheLongRangeAreALocatedFinding(String number) {
    CheckResult r = check(withAttendees(number));
    assertThat(r.report().findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("LIM-04");
      assertThat(f.pointer()).isEqualTo("/awarenessEvents/0/attendees");
      assertThat(f.message()).contains("9.2×10^18");
    });
  }

  @ParameterizedTest // C1, C2, C3: exponents beyond the bound are a LIM-04 finding at the number, never an exception
  @ValueSource(strings = {"1E400", "1E-2147483648", "1E2147483648", "1E309", "-1E309", "0E-99999",
      "1E99999999999999999999999999"})
  void exponentsBeyondTheBoundAreALocatedFinding(String number) {
    CheckResult r = check(withAttendees(number));
    assertThat(r.report().findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("LIM-04");
      assertThat(f.pointer()).isEqualTo("/awarenessEvents/0/attendees");
      assertThat(f.line()).isEqualTo(2);
      assertThat(f.column()).isEqualTo(47);
      assertThat(f.message()).contains("300");
    });
  }

  @Test // both languages name the number and the bound
  void theLimitMessageIsInSpanishAndEnglish() {
    String json = withAttendees("1E400");
    assertThat(check(json).report().findings().get(0).message()).startsWith("El número 1E400 está fuera");
    assertThat(ENGLISH.check(json.getBytes(StandardCharsets.UTF_8), "h.json").report().findings().get(0).message())
        .startsWith("The number 1E400 is out of the range accepted");
  }

  @Test // the byte path and the character path agree on a number out of range
  void bothReadPathsReportTheSameLimit() {
    byte[] bytes = withAttendees("1E-999999999").getBytes(StandardCharsets.UTF_8);
    assertThat(PalReader.characterPathOnly(ReaderOptions.defaults()).read(bytes, "h").findings())
        .isEqualTo(PalReader.create().read(bytes, "h").findings());
  }

  @Test // C3: the budget amount above the double range threw in the schema pre-check
  void aBudgetAboveTheDoubleRangeIsAFinding() {
    String json = "{\"schemaVersion\":\"1.0\",\"id\":\"x\",\"plans\":[{\"id\":\"p\",\"commitments\":[{\"id\":\"c\","
        + "\"budget\":{\"amount\":1E309,\"currency\":\"MXN\"}}]}]}";
    assertThat(rules(check(json))).containsExactly("LIM-04");
  }

  @Test // C4, H1: MIL-05 threw on 1E-999999999 + 100, and took 150 s on 1E-100000000 + 100
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void milestoneWeightsWithHugeScalesAreBoundedBeforeTheRulesSumThem() {
    assertThat(rules(check(withWeights("1E-999999999", "100")))).containsExactly("LIM-04");
    assertThat(rules(check(withWeights("1E-100000000", "100")))).containsExactly("LIM-04");
  }

  @Test // MIL-05's sum is safe because its inputs are bounded: the smallest weight accepted is summed in no time
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void milSumsTheSmallestAndLargestBoundedWeights() {
    CheckResult exact = check(withWeights("1E-300", "100"));
    assertThat(rules(exact)).doesNotContain("INT-01", "LIM-04", "MIL-05");
    CheckResult off = check(withWeights("1E-300", "99"));
    assertThat(rules(off)).doesNotContain("INT-01").contains("MIL-05");
  }

  @Test // O1: a schema-valid amount of 1E-999999999 ran exports and CocreaJson.write out of memory
  void aBudgetWithAHugeScaleIsNotRead() {
    String json = "{\"schemaVersion\":\"1.0\",\"id\":\"x\",\"plans\":[{\"id\":\"p\",\"commitments\":[{\"id\":\"c\","
        + "\"budget\":{\"amount\":1E-999999999,\"currency\":\"MXN\"}}]}]}";
    assertThat(rules(check(json))).containsExactly("LIM-04");
  }

  private static LocalExercise withAmount(BigDecimal amount) {
    return LocalExercise.builder().id("x").addPlan(LocalActionPlan.builder().id("p").addCommitment(
        Commitment.builder().id("c").budget(Budget.builder().amount(amount).currency("MXN").build()).build())
        .build()).build();
  }

  @ParameterizedTest // R2: 1E300 was written with 301 digits, which the reader rejected (LIM-04)
  @ValueSource(strings = {"1E300", "1E-300", "1.25E+150", "123456789.123456789", "-7E-120"})
  void numbersAreWrittenSoThatTheReaderReadsThemBack(String value) {
    LocalExercise exercise = withAmount(new BigDecimal(value));
    ReadResult back = PalReader.create().read(CocreaJson.write(exercise).getBytes(StandardCharsets.UTF_8), "w");
    assertThat(back.findings()).extracting(Finding::ruleId).doesNotContain("LIM-04", "JSON-01");
    BigDecimal read = back.exercise().orElseThrow().plans().get(0).commitments().get(0).budget().orElseThrow()
        .amount().orElseThrow();
    assertThat(read).isEqualByComparingTo(value);
  }

  @Test // O1 in the writer: a value built in code with a huge scale is written in scientific notation, at once
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void aHugeScaleBuiltInCodeIsWrittenShort() {
    assertThat(CocreaJson.write(withAmount(new BigDecimal("1E-999999999")))).contains("1E-999999999");
  }

  @Test // R3: write(exercise, OutputStream) turned a lone surrogate into '?'
  void loneSurrogatesAreWrittenEscapedToStreamsAndReadBack() {
    LocalExercise exercise = LocalExercise.builder().id("x").title("a\uD800b").build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CocreaJson.write(exercise, out);
    String json = out.toString(StandardCharsets.UTF_8);
    assertThat(json).contains("a\\uD800b").doesNotContain("?");
    ReadResult back = PalReader.create().read(out.toByteArray(), "w");
    assertThat(back.exercise().orElseThrow().title()).contains("a\uD800b");
  }

  @Test // W1: an escaped lone surrogate was accepted silently; it is a JSON-02 finding where it is read
  void aLoneSurrogateIsReportedWhereItIsRead() {
    CheckResult r = check("{\"schemaVersion\": \"1.0\",\n \"id\": \"mx-\\ud800\", \"title\": \"ok \\ud83d\\ude00\"}");
    assertThat(r.report().findings()).filteredOn(f -> f.ruleId().equals("JSON-02")).singleElement()
        .satisfies(f -> {
          assertThat(f.pointer()).isEqualTo("/id");
          assertThat(f.line()).isEqualTo(2);
          assertThat(f.column()).isEqualTo(8);
        });
  }

  @Test // B1: a file starting with two byte order marks was read as conforming; both paths now report it
  void twoByteOrderMarksAreAFindingOnBothPaths() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] doc = "{\"schemaVersion\": \"1.0\", \"id\": \"x\"}".getBytes(StandardCharsets.UTF_8);
    byte[] two = new byte[6 + doc.length];
    System.arraycopy(bom, 0, two, 0, 3);
    System.arraycopy(bom, 0, two, 3, 3);
    System.arraycopy(doc, 0, two, 6, doc.length);
    List<Finding> bytePath = PalReader.create().read(two, "b").findings();
    List<Finding> charPath = PalReader.characterPathOnly(ReaderOptions.defaults()).read(two, "b").findings();
    assertThat(bytePath).isEqualTo(charPath);
    assertThat(bytePath).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("JSON-01");
      assertThat(f.message()).contains("U+FEFF");
    });
    byte[] one = new byte[3 + doc.length];
    System.arraycopy(bom, 0, one, 0, 3);
    System.arraycopy(doc, 0, one, 3, doc.length);
    assertThat(PalReader.create().read(one, "b").readable()).isTrue();
  }

  @Test // X1: anything unexpected while checking a file is that file's INT-01 finding, never an exception
  void anUnexpectedFailureIsAFindingOfTheFile() {
    Path broken = (Path) Proxy.newProxyInstance(Path.class.getClassLoader(), new Class<?>[] {Path.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "toString" -> "broken.json";
          case "hashCode" -> 1;
          case "equals" -> proxy == args[0];
          default -> throw new IllegalStateException("the file system broke");
        });
    List<Throwable> seen = new java.util.ArrayList<>();
    CheckResult r = ENGLISH.check(broken, seen::add);
    assertThat(r.source()).isEqualTo("broken.json");
    assertThat(r.exercise()).isEmpty();
    assertThat(r.report().conforms()).isFalse();
    assertThat(r.report().findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("INT-01");
      assertThat(f.message()).contains("java.lang.IllegalStateException").contains("the file system broke")
          .contains("--debug");
    });
    assertThat(seen).singleElement().isInstanceOf(IllegalStateException.class);
    assertThat(FileRules.byId("INT-01")).isPresent();
  }

  @Test // R1: a FIFO named *.json blocked the read forever; it is reported and never opened
  @EnabledOnOs({OS.LINUX, OS.MAC})
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void aFifoIsReportedAndNeverOpened(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("pipe.json");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(p.waitFor()).isZero();
    CheckResult r = CHECKER.check(fifo);
    assertThat(r.report().findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("IO-01");
      assertThat(f.messageKey()).isEqualTo("IO-01.notRegular");
    });
  }

  @Test // Q1: locating findings cost findings × line length in minified non-ASCII files
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void locatingManyFindingsOnOneLongNonAsciiLineIsLinear() {
    StringBuilder json = new StringBuilder("{\"schemaVersion\":\"1.0\",\"id\":\"ñ\",\"awarenessEvents\":[");
    int events = 6000;
    for (int i = 0; i < events; i++) {
      json.append(i == 0 ? "" : ",").append("{\"id\":\"e").append(i).append("\",\"title\":\"")
          .append("ñandú ".repeat(40)).append("\",\"attendees\":-1}");
    }
    json.append("]}");
    assertThat(json.length()).isGreaterThan(1_500_000);
    long start = System.nanoTime();
    // every finding kept (a report keeps 1,000 per rule by default), so that all of them are located
    ReadResult r = PalReader.create(ReaderOptions.defaults(), Integer.MAX_VALUE)
        .read(json.toString().getBytes(StandardCharsets.UTF_8), "minified.json");
    List<Finding> located = r.findings();
    assertThat(located).hasSizeGreaterThanOrEqualTo(events);
    Finding last = located.stream().filter(f -> f.pointer().equals("/awarenessEvents/" + (events - 1)
        + "/attendees")).findFirst().orElseThrow();
    assertThat(last.line()).isEqualTo(1);
    String text = json.toString();
    int at = text.lastIndexOf("\"attendees\":-1") + "\"attendees\":".length();
    assertThat(last.column()).isEqualTo(at + 1);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
  }

  @Test // columns of findings in the byte path's offsets agree with the character path, line breaks included
  void byteAndCharacterLocationsAgreeOnMultiLineNonAsciiText() {
    String json = "{\"schemaVersion\":\"1.0\",\r\n\"id\":\"ñ\",\n \"awarenessEvents\":[{\"id\":\"é😀\","
        + "\"attendees\":-1},\r{\"id\":\"x\",\"attendees\":-2}]}";
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    assertThat(PalReader.create().read(bytes, "m").findings())
        .isEqualTo(PalReader.characterPathOnly(ReaderOptions.defaults()).read(bytes, "m").findings());
  }

  @Test
  void numberExponentsAreRead() {
    assertThat(NumberBounds.exponent("12.5E3")).isEqualTo(4);
    assertThat(NumberBounds.exponent("0.001")).isEqualTo(-3);
    assertThat(NumberBounds.exponent("-0.00")).isEqualTo(-2);
    assertThat(NumberBounds.exponent("0")).isZero();
    assertThat(NumberBounds.exponent("1E-2147483648")).isEqualTo(-1_000_000_000L);
    assertThat(NumberBounds.exponent("9.99e+300")).isEqualTo(300);
    // checked by build() (Immutables' @Value.Check), no longer by the setter itself
    assertThatCode(() -> ReaderOptions.builder().maxNumberExponent(308).build()).isInstanceOf(
        IllegalArgumentException.class);
  }

  @Test
  void anOrdinaryFileStillReadsCleanly(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("ok.json");
    Files.writeString(file, withAttendees("5"));
    assertThat(rules(CHECKER.check(file))).doesNotContain("INT-01", "LIM-04", "SCH-01");
  }
}
