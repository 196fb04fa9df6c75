package org.cocrea.report;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cocrea.serialization.CheckResult;
import org.cocrea.validation.Finding;
import org.cocrea.validation.Profile;
import org.cocrea.validation.Severity;
import org.cocrea.validation.ValidationReport;
import org.cocrea.validation.ValidatorOptions;

/**
 * Jazzer fuzz target for the report writers (issue 15): every format, with fuzzed file names, pointers, messages and
 * arguments (lone surrogates, control characters, markup), written through a strict UTF-8 encoder that fails on
 * anything it cannot encode. Replays its committed inputs in a plain build; see {@code docs/fuzzing.md}.
 */
class ReportFuzzTest {

  private static final List<String> RULES = List.of("JSON-01", "SCH-01", "LIM-04", "INT-01", "STL-03", "MIL-05",
      "REF-01", "NOPE-99");

  @FuzzTest(maxDuration = "2m")
  void reports(FuzzedDataProvider data) throws IOException {
    Locale locale = data.consumeBoolean() ? Locale.ENGLISH : Locale.forLanguageTag("es-MX");
    ValidatorOptions options = ValidatorOptions.builder().locale(locale).profile(Profile.INAI_CORE)
        .asOf(LocalDate.of(2025, 6, 30)).build();
    List<CheckResult> files = new ArrayList<>();
    int fileCount = data.consumeInt(1, 3);
    for (int i = 0; i < fileCount; i++) {
      String source = data.consumeString(40);
      List<Finding> findings = new ArrayList<>();
      int n = data.consumeInt(0, 4);
      for (int j = 0; j < n; j++) {
        String rule = data.pickValue(RULES);
        Severity severity = data.pickValue(Severity.values());
        String pointer = data.consumeString(30);
        String argument = data.consumeString(30);
        String message = data.consumeString(80);
        findings.add(new Finding(rule, severity, pointer, data.consumeInt(0, 1000), data.consumeInt(0, 1000),
            rule + ".message", List.of(argument), message));
      }
      files.add(new CheckResult(source, Optional.empty(),
          ValidationReport.of(source, options, findings, List.of())));
    }
    for (ReportFormat format : ReportFormat.values()) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      Writer strict = new OutputStreamWriter(bytes, StandardCharsets.UTF_8.newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
      try (ReportStream report = ReportStream.start(format, strict, locale, Profile.INAI_CORE,
          LocalDate.of(2025, 6, 30), "fuzz")) {
        for (CheckResult f : files) {
          report.file(f);
        }
        report.finish();
      }
      strict.flush();
    }
  }
}
