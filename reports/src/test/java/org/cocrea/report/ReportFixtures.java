package org.cocrea.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cocrea.core.Commitment;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.Milestone;
import org.cocrea.core.MilestoneStatus;
import org.cocrea.serialization.CheckResult;
import org.cocrea.validation.Finding;
import org.cocrea.validation.NotRecorded;
import org.cocrea.validation.Outcome;
import org.cocrea.validation.Profile;
import org.cocrea.validation.RuleResult;
import org.cocrea.validation.Severity;
import org.cocrea.validation.ValidationReport;
import org.cocrea.validation.ValidatorOptions;

/** Check results built by hand, with markup meant to inject into the HTML report in every user-supplied text. */
final class ReportFixtures {

  static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String IMG = "\"><img src=x onerror=alert(2)>";
  static final String STYLE = "</style><script>alert('3')</script>";

  private ReportFixtures() {}

  /** A plan with one done, one late, one pending and one undated milestone. */
  static LocalExercise exercise() {
    Commitment c1 = Commitment.builder().id("c-1").number(1).title("Datos abiertos " + SCRIPT)
        .startDate(LocalDate.of(2024, 9, 1)).endDate(LocalDate.of(2025, 12, 31))
        .addMilestone(Milestone.builder().id("c-1-m1").number(1).deliverable("Inventario " + IMG)
            .startDate(LocalDate.of(2024, 9, 1)).dueDate(LocalDate.of(2024, 12, 15))
            .status(MilestoneStatus.COMPLETED).completedOn(LocalDate.of(2024, 12, 10)).build())
        .addMilestone(Milestone.builder().id("c-1-m2").number(2).deliverable("Portal " + STYLE)
            .dueDate(LocalDate.of(2025, 3, 31)).status(MilestoneStatus.IN_PROGRESS).build())
        .build();
    Commitment c2 = Commitment.builder().id("c-2").number(2).title("Presupuesto participativo")
        .addMilestone(Milestone.builder().id("c-2-m1").number(1).deliverable("Consulta pública")
            .startDate(LocalDate.of(2025, 5, 1)).dueDate(LocalDate.of(2025, 10, 31)).build())
        .addMilestone(Milestone.builder().id("c-2-m2").number(2).description("Sin fecha").build())
        .build();
    return LocalExercise.builder().id("mx-oax")
        .addPlan(LocalActionPlan.builder().id("pal-1").title("PAL Oaxaca " + SCRIPT).addCommitment(c1)
            .addCommitment(c2).build())
        .build();
  }

  static ValidatorOptions options(Locale locale) {
    return ValidatorOptions.builder().locale(locale).profile(Profile.INAI_CORE).asOf(AS_OF).build();
  }

  /** A readable file with findings of three severities, one of them carrying injection text and an escape. */
  static CheckResult readable(Locale locale) {
    List<Finding> findings = List.of(
        new Finding("REF-01", Severity.ERROR, "/plans/0/commitments/0/responsibleInstitutionIds/0", 12, 9,
            "REF-01.message", List.of(SCRIPT), "El identificador «" + SCRIPT + "» no existe."),
        new Finding("FLD-01", Severity.WARNING, "/plans/0/title", 5, 14, "FLD-01.message", List.of(),
            "Texto " + IMG + " con escape \u001b[31m rojo"),
        new Finding("FLD-01", Severity.INFO, "", 0, 0, "FLD-01.message", List.of(), "Nota " + STYLE));
    List<RuleResult> results = List.of(
        new RuleResult("REF-01", Severity.ERROR, Outcome.FAIL, 3, 2, 1, 0),
        new RuleResult("REF-02", Severity.ERROR, Outcome.PASS, 4, 4, 0, 0),
        new RuleResult("FLD-01", Severity.ERROR, Outcome.NOT_APPLICABLE, 0, 0, 0, 1));
    String source = "examples/pal/oaxaca " + SCRIPT + ".json";
    return new CheckResult(source, Optional.of(exercise()),
        ValidationReport.of(source, options(locale), findings, results));
  }

  /** A file that could not be read: one JSON-01 finding, no exercise, no rule results. */
  static CheckResult unreadable(Locale locale) {
    Finding f = new Finding("JSON-01", Severity.ERROR, "", 3, 1, "JSON-01.message", List.of(),
        "JSON mal formado");
    return new CheckResult("broken.json", Optional.empty(),
        ValidationReport.of("broken.json", options(locale), List.of(f), List.of()));
  }

  /** A conforming file without findings. */
  static CheckResult clean(Locale locale) {
    return new CheckResult("ok.json", Optional.of(LocalExercise.builder().id("ok").build()),
        ValidationReport.of("ok.json", options(locale), List.of(),
            List.of(new RuleResult("REF-01", Severity.ERROR, Outcome.PASS, 1, 1, 0, 0))));
  }

  /**
   * A file with no ERROR finding whose ERROR rule MIL-01 could not judge one commitment (its milestones are not
   * recorded), and whose WARNING rule COM-04 could not judge two: verdict UNDETERMINED.
   */
  static CheckResult undetermined(Locale locale) {
    List<Finding> findings = List.of(new Finding("COM-04", Severity.WARNING, "/plans/0/commitments/0", 7, 5,
        "COM-04.message", List.of(), "Advertencia"));
    List<RuleResult> results = List.of(
        new RuleResult("MIL-01", Severity.ERROR, Outcome.NOT_RECORDED, 1, 1, 0, 0, 1),
        new RuleResult("COM-04", Severity.WARNING, Outcome.FAIL, 1, 0, 1, 0, 2));
    List<NotRecorded> notRecorded = List.of(
        new NotRecorded("MIL-01", Severity.ERROR, "/plans/0/commitments/1",
            List.of("/plans/0/commitments/1/milestones")),
        new NotRecorded("COM-04", Severity.WARNING, "/plans/0/commitments/1", List.of("/plans/0/commitments/1")),
        new NotRecorded("COM-04", Severity.WARNING, "/plans/0/commitments/2", List.of("/plans/0/commitments/2")));
    return new CheckResult("partial.json", Optional.of(exercise()),
        ValidationReport.of("partial.json", options(locale), findings, results, notRecorded));
  }

  /** The undetermined file beside a conforming one. */
  static ReportRun undeterminedRun(Locale locale) {
    return new ReportRun(List.of(undetermined(locale), clean(locale)), locale, Profile.INAI_CORE, AS_OF,
        "0.1.0-test");
  }

  static ReportRun run(Locale locale) {
    return new ReportRun(List.of(readable(locale), unreadable(locale), clean(locale)), locale, Profile.INAI_CORE,
        AS_OF, "0.1.0-test");
  }

  static final Locale ES = Locale.forLanguageTag("es-MX");
  static final Locale EN = Locale.ENGLISH;
}
