package org.cocrea.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cocrea.report.ReportFixtures.AS_OF;
import static org.cocrea.report.ReportFixtures.EN;
import static org.cocrea.report.ReportFixtures.ES;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.cocrea.serialization.CheckResult;
import org.cocrea.validation.Finding;
import org.cocrea.validation.Outcome;
import org.cocrea.validation.Profile;
import org.cocrea.validation.RuleResult;
import org.cocrea.validation.Severity;
import org.cocrea.validation.ValidationReport;
import org.junit.jupiter.api.Test;

class ReportStreamTest {

  private static final List<ReportFormat> STREAMED = List.of(ReportFormat.TEXT, ReportFormat.JSON,
      ReportFormat.SARIF);

  @Test
  void everyFormatStreamedIsTheWritersOutputForTheFixtureAndForNoFiles() throws Exception {
    for (ReportFormat format : ReportFormat.values()) {
      for (Locale locale : List.of(ES, EN)) {
        ReportRun run = ReportFixtures.run(locale);
        ReportRun empty = new ReportRun(List.of(), locale, Profile.OGP_LOCAL, AS_OF, "0.1.0-test");
        for (ReportRun r : List.of(run, empty)) {
          StringWriter out = new StringWriter();
          try (ReportStream stream = start(format, out, r)) {
            for (CheckResult file : r.files()) {
              stream.file(file);
            }
            stream.finish();
            stream.finish(); // a second finish writes nothing more
            assertThat(stream.conforms()).isEqualTo(r.conforms());
          }
          assertThat(out.toString()).as(format + " " + locale + " " + r.files().size())
              .isEqualTo(ReportWriter.of(format).render(r));
        }
      }
    }
  }

  @Test
  void jsonAndSarifStreamedAreTheWritersOutputOnGeneratedRunsInMemoryAndSpilled() throws Exception {
    SplittableRandom random = new SplittableRandom(20261125L);
    for (int i = 0; i < 40; i++) {
      Locale locale = random.nextBoolean() ? ES : EN;
      Profile profile = random.nextBoolean() ? Profile.INAI_CORE : Profile.OGP_LOCAL;
      List<CheckResult> files = new ArrayList<>();
      int n = random.nextInt(0, 12);
      for (int f = 0; f < n; f++) {
        files.add(randomResult(random, f, locale));
      }
      ReportRun run = new ReportRun(files, locale, profile, AS_OF.plusDays(i), "0.1." + i);
      // a limit of 0 spills at the first char; 300 spills part-way; the default keeps everything in memory
      for (int limit : List.of(0, 300, Spool.DEFAULT_LIMIT)) {
        assertThat(streamed(ReportFormat.JSON, run, limit)).as("json %d limit %d", i, limit)
            .isEqualTo(ReportWriter.of(ReportFormat.JSON).render(run));
        assertThat(streamed(ReportFormat.SARIF, run, limit)).as("sarif %d limit %d", i, limit)
            .isEqualTo(ReportWriter.of(ReportFormat.SARIF).render(run));
      }
    }
  }

  @Test
  void streamedJsonStillMatchesTheReportSchema() throws Exception {
    SplittableRandom random = new SplittableRandom(5L);
    List<CheckResult> files = new ArrayList<>();
    for (int f = 0; f < 30; f++) {
      files.add(randomResult(random, f, EN));
    }
    ReportRun run = new ReportRun(files, EN, Profile.INAI_CORE, AS_OF, "0.1.0");
    assertThat(JsonReportTest.reportSchema().validate(streamed(ReportFormat.JSON, run, 100),
        com.networknt.schema.InputFormat.JSON)).isEmpty();
  }

  @Test
  void spilledPartsAreDeletedWhenFinishedOrClosed() throws Exception {
    ReportRun run = ReportFixtures.run(ES);
    for (boolean finish : List.of(true, false)) {
      StringWriter out = new StringWriter();
      JsonReportStream json = new JsonReportStream(out, ES, Profile.INAI_CORE, AS_OF, "0", 10);
      StringWriter sarifOut = new StringWriter();
      SarifReportStream sarif = new SarifReportStream(sarifOut, ES, Profile.INAI_CORE, AS_OF, "0", 10);
      for (CheckResult file : run.files()) {
        json.file(file);
        sarif.file(file);
      }
      List<Path> spoolFiles = new ArrayList<>(sarif.spoolFiles());
      spoolFiles.add(json.spoolFile());
      assertThat(spoolFiles).hasSize(3).allMatch(Files::exists);
      if (finish) {
        json.finish();
        sarif.finish();
        assertThat(out.toString()).isEqualTo(ReportWriter.of(ReportFormat.JSON).render(
            new ReportRun(run.files(), ES, Profile.INAI_CORE, AS_OF, "0")));
      }
      json.close();
      sarif.close();
      json.close(); // a second close does nothing
      if (!finish) {
        assertThat(out.toString()).as("an abandoned JSON report writes nothing").isEmpty();
        assertThat(sarifOut.toString()).as("an abandoned SARIF report writes nothing").isEmpty();
        assertThatThrownBy(json::finish).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> sarif.file(run.files().get(0))).isInstanceOf(IllegalStateException.class);
      }
      assertThat(spoolFiles).as("finished " + finish).noneMatch(Files::exists);
    }
  }

  @Test
  void spoolKeepsCharsInMemoryUnderItsLimitThenInAFileItDeletes() throws Exception {
    Spool small = new Spool(8);
    small.write("ñandú «");
    assertThat(small.spilled()).isFalse();
    small.write("» €𝄞 end");
    assertThat(small.spilled()).isTrue();
    Path file = small.file();
    assertThat(file).exists();
    StringWriter out = new StringWriter();
    small.transferTo(out);
    assertThat(out.toString()).isEqualTo("ñandú «» €𝄞 end");
    assertThat(file).doesNotExist();
    assertThatThrownBy(() -> small.write("x")).isInstanceOf(IOException.class);
  }

  @Test
  void streamsKeepNoReferenceToAFileOnceItIsWritten() throws Exception {
    for (ReportFormat format : STREAMED) {
      List<WeakReference<CheckResult>> given = new ArrayList<>();
      SplittableRandom random = new SplittableRandom(7L);
      try (ReportStream stream = ReportStream.start(format, Writer.nullWriter(), EN, Profile.INAI_CORE, AS_OF,
          "0")) {
        for (int i = 0; i < 2_000; i++) {
          CheckResult file = randomResult(random, i, EN);
          stream.file(file);
          if (i % 100 == 0) {
            given.add(new WeakReference<>(file));
          }
        }
        awaitCleared(given);
        assertThat(given).as(format + ": results still reachable after being written")
            .allMatch(ref -> ref.get() == null);
        stream.finish();
      }
    }
  }

  @Test
  void theHtmlStreamKeepsTheWholeRun() throws Exception {
    List<WeakReference<CheckResult>> given = new ArrayList<>();
    try (ReportStream stream = ReportStream.start(ReportFormat.HTML, Writer.nullWriter(), EN, Profile.INAI_CORE,
        AS_OF, "0")) {
      CheckResult file = ReportFixtures.clean(EN);
      stream.file(file);
      given.add(new WeakReference<>(file));
      file = null;
      awaitCleared(given);
      assertThat(given.get(0).get()).isNotNull();
    }
  }

  private static void awaitCleared(List<WeakReference<CheckResult>> refs) throws InterruptedException {
    for (int attempt = 0; attempt < 10 && refs.stream().anyMatch(r -> r.get() != null); attempt++) {
      System.gc();
      Thread.sleep(10);
    }
  }

  private static ReportStream start(ReportFormat format, Writer out, ReportRun run) throws IOException {
    return ReportStream.start(format, out, run.locale(), run.profile(), run.asOf(), run.toolVersion());
  }

  private static String streamed(ReportFormat format, ReportRun run, int limit) throws IOException {
    StringWriter out = new StringWriter();
    try (ReportStream stream = format == ReportFormat.JSON
        ? new JsonReportStream(out, run.locale(), run.profile(), run.asOf(), run.toolVersion(), limit)
        : new SarifReportStream(out, run.locale(), run.profile(), run.asOf(), run.toolVersion(), limit)) {
      for (CheckResult file : run.files()) {
        stream.file(file);
      }
      stream.finish();
      assertThat(stream.conforms()).isEqualTo(run.conforms());
    }
    return out.toString();
  }

  private static final String[] RULES = {"JSON-01", "IO-01", "REF-01", "REF-02", "FLD-01", "STL-03", "PAL-01",
      "XYZ-99"};
  private static final String[] TEXTS = {"", "plan «Oaxaca»", "línea\nnueva\t\"citada\" \\", "<b>&amp;</b>",
      "\u001b[31m rojo \u2028 𝄞", "a/b~c"};
  private static final String[] PATHS = {"a.json", "dir/sub/a b.json", "año/plan.json", "c:plan.json",
      "/tmp/x y.json", "dir\\win.json"};

  /** A check result with 0-8 findings of any severity, location and text, and 0-4 rule results. */
  static CheckResult randomResult(SplittableRandom random, int n, Locale locale) {
    List<Finding> findings = new ArrayList<>();
    for (int i = random.nextInt(0, 9); i > 0; i--) {
      String rule = RULES[random.nextInt(RULES.length)];
      boolean located = random.nextBoolean();
      String pointer = random.nextInt(3) == 0 ? "" : "/plans/" + random.nextInt(3) + "/title";
      findings.add(new Finding(rule, Severity.values()[random.nextInt(3)], pointer,
          located ? random.nextInt(1, 5000) : 0, located && random.nextBoolean() ? random.nextInt(1, 80) : 0,
          rule + ".message", List.of(), TEXTS[random.nextInt(TEXTS.length)] + " " + n));
    }
    List<RuleResult> results = new ArrayList<>();
    for (int i = random.nextInt(0, 5); i > 0; i--) {
      int passed = random.nextInt(0, 10);
      int failed = random.nextInt(0, 3);
      Outcome outcome = failed > 0 ? Outcome.FAIL : passed > 0 ? Outcome.PASS : Outcome.NOT_APPLICABLE;
      results.add(new RuleResult(RULES[random.nextInt(RULES.length)], Severity.WARNING, outcome, passed + failed,
          passed, failed, 0));
    }
    String source = PATHS[random.nextInt(PATHS.length)].replace(".json", "-" + n + ".json");
    return new CheckResult(source, Optional.empty(),
        ValidationReport.of(source, ReportFixtures.options(locale), findings, results));
  }
}
