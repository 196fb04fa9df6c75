package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The report's queries and summary, and the order of findings. */
class ValidationReportTest {

  private static Finding finding(String rule, Severity severity, String pointer) {
    return new Finding(rule, severity, pointer, 0, 0, rule + ".message", List.of(), rule + " at " + pointer);
  }

  private static ValidationReport report(Locale locale) {
    List<Finding> findings = List.of(
        finding("COM-01", Severity.ERROR, "/plans/0/commitments/10"),
        finding("COM-04", Severity.WARNING, "/plans/0/commitments/2"),
        finding("MIL-01", Severity.ERROR, "/plans/0/commitments/2/milestones/0"),
        finding("STL-03", Severity.WARNING, "/stls/0"),
        finding("EVA-06", Severity.INFO, "/plans/0/evaluations/0/commitmentAssessments/1"));
    List<RuleResult> results = List.of(
        new RuleResult("REF-01", Severity.ERROR, Outcome.PASS, 1, 1, 0, 0),
        new RuleResult("STL-03", Severity.WARNING, Outcome.FAIL, 1, 0, 1, 0),
        new RuleResult("STL-06", Severity.ERROR, Outcome.NOT_APPLICABLE, 0, 0, 0, 1),
        new RuleResult("COM-01", Severity.ERROR, Outcome.FAIL, 11, 10, 1, 0),
        new RuleResult("COM-04", Severity.WARNING, Outcome.FAIL, 11, 10, 1, 0),
        new RuleResult("MIL-01", Severity.ERROR, Outcome.FAIL, 3, 2, 1, 0),
        new RuleResult("EVA-06", Severity.INFO, Outcome.FAIL, 2, 1, 1, 0));
    ValidatorOptions options = ValidatorOptions.builder().locale(locale).asOf(LocalDate.of(2016, 12, 31)).build();
    return ValidationReport.of("mx-dur-2015", options, findings, results);
  }

  @Test
  void findingsAreSortedWithListIndexesByNumber() {
    assertThat(report(Locale.ENGLISH).findings()).extracting(Finding::pointer).containsExactly(
        "/plans/0/commitments/2",
        "/plans/0/commitments/2/milestones/0",
        "/plans/0/commitments/10",
        "/plans/0/evaluations/0/commitmentAssessments/1",
        "/stls/0");
  }

  @Test
  void queriesSelectByRuleSeverityElementOutcomeAndFamily() {
    ValidationReport report = report(Locale.ENGLISH);

    assertThat(report.findings("COM-04")).extracting(Finding::pointer).containsExactly("/plans/0/commitments/2");
    assertThat(report.findings("STL-06")).isEmpty();
    assertThat(report.errors()).extracting(Finding::ruleId).containsExactly("MIL-01", "COM-01");
    assertThat(report.warnings()).extracting(Finding::ruleId).containsExactly("COM-04", "STL-03");
    assertThat(report.findingsUnder("/plans/0/commitments/2")).extracting(Finding::ruleId)
        .containsExactly("COM-04", "MIL-01");
    assertThat(report.findingsUnder("/plans/0/commitments/1")).isEmpty();
    assertThat(report.findingsUnder("")).hasSize(5);
    assertThat(report.results(Outcome.NOT_APPLICABLE)).extracting(RuleResult::ruleId).containsExactly("STL-06");
    assertThat(report.resultsByFamily().keySet())
        .containsExactly(RuleFamily.STL, RuleFamily.COM, RuleFamily.MIL, RuleFamily.EVA, RuleFamily.REF);
    assertThat(report.resultsByFamily().get(RuleFamily.STL)).extracting(RuleResult::ruleId)
        .containsExactly("STL-03", "STL-06");
    assertThat(report.conforms()).isFalse();
  }

  @Test
  void withFindingsAddsAndResorts() {
    ValidationReport report = report(Locale.ENGLISH)
        .withFindings(List.of(finding("JSON-001", Severity.ERROR, "/plans/0/commitments/3")));

    assertThat(report.findings()).extracting(Finding::pointer).containsSubsequence(
        "/plans/0/commitments/2/milestones/0", "/plans/0/commitments/3", "/plans/0/commitments/10");
  }

  @Test
  void summaryForJshellInEnglish() {
    String text = report(Locale.ENGLISH).toString();

    assertThat(text).startsWith("mx-dur-2015: does not conform (profile BY_FRAMEWORK, as of 2016-12-31)");
    assertThat(text).contains("rules: 1 pass, 5 fail, 1 not applicable");
    assertThat(text).contains("findings: 2 errors, 2 warnings, 1 information");
    assertThat(text).contains("failing rules: STL-03, COM-01, COM-04, MIL-01, EVA-06");
    assertThat(text).contains("\n  WARNING COM-04 /plans/0/commitments/2: COM-04 at /plans/0/commitments/2");
  }

  @Test
  void summaryForJshellInSpanish() {
    String text = report(Locale.forLanguageTag("es-MX")).toString();

    assertThat(text).startsWith("mx-dur-2015: no cumple (perfil BY_FRAMEWORK, al 2016-12-31)");
    assertThat(text).contains("reglas: 1 cumplen, 5 no cumplen, 1 no aplican");
    assertThat(text).contains("hallazgos: 2 errores, 2 advertencias, 1 informativos");
    assertThat(text).contains("reglas que no se cumplen: STL-03");
  }

  @Test
  void summaryListsTenFindingsAndCountsTheRest() {
    List<Finding> many = new ArrayList<>();
    for (int i = 0; i < 13; i++) {
      many.add(finding("COM-01", Severity.ERROR, "/plans/0/commitments/" + i));
    }
    String text = ValidationReport.of("x", ValidatorOptions.builder().locale(Locale.ENGLISH).build(), many, List.of())
        .toString();

    assertThat(text.lines().filter(l -> l.startsWith("  ERROR"))).hasSize(10);
    assertThat(text).endsWith("… 3 more");
  }

  @Test
  void pointerOrderIsATotalOrder() {
    SplittableRandom random = new SplittableRandom(20151);
    String[] tokens = {"plans", "commitments", "0", "1", "2", "10", "9", "01", "a", "1a", "", "~1", "GOVERNMENT"};
    List<String> pointers = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      StringBuilder p = new StringBuilder();
      int depth = random.nextInt(4);
      for (int d = 0; d < depth; d++) {
        p.append('/').append(tokens[random.nextInt(tokens.length)]);
      }
      pointers.add(p.toString());
    }
    for (String a : pointers) {
      assertThat(Finding.POINTER_ORDER.compare(a, a)).isZero();
      for (String b : pointers) {
        int ab = Integer.signum(Finding.POINTER_ORDER.compare(a, b));
        assertThat(ab).isEqualTo(-Integer.signum(Finding.POINTER_ORDER.compare(b, a)));
        if (ab == 0) {
          assertThat(a).isEqualTo(b);
        }
      }
    }
    List<String> sorted = new ArrayList<>(pointers);
    Collections.shuffle(sorted, new java.util.Random(7));
    sorted.sort(Finding.POINTER_ORDER);
    for (int i = 1; i < sorted.size(); i++) {
      for (int j = i; j < Math.min(sorted.size(), i + 20); j++) {
        assertThat(Finding.POINTER_ORDER.compare(sorted.get(i - 1), sorted.get(j))).isLessThanOrEqualTo(0);
      }
    }
    assertThat(Finding.POINTER_ORDER.compare("", "/a")).isNegative();
    assertThat(Finding.POINTER_ORDER.compare("/a", "/a/0")).isNegative();
    assertThat(Finding.POINTER_ORDER.compare("/a/9", "/a/10")).isNegative();
    assertThat(Finding.POINTER_ORDER.compare("/a/10", "/a/b")).isNegative();
  }
}
