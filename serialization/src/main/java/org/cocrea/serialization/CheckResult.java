package org.cocrea.serialization;

import java.util.Objects;
import java.util.Optional;
import org.cocrea.core.LocalExercise;
import org.cocrea.validation.ValidationReport;
import org.cocrea.validation.Verdict;

/**
 * The outcome of checking one file with {@link PalChecker}: the exercise read from it, when readable, and one report
 * holding the file-level findings and the rules' findings, every one located. {@code report().subject()} is the
 * source.
 *
 * <pre>{@code
 * CheckResult result = PalChecker.create().check(Path.of("plan.json"));
 * System.out.println(result.report());
 * if (result.verdict() == Verdict.UNDETERMINED) {
 *   result.report().undecided().forEach(System.out::println);   // the facts that would decide it
 * }
 * }</pre>
 *
 * @param source the file path as given, or the name passed with the bytes, never null
 * @param exercise the exercise, or empty when the file is unreadable
 * @param report the report, never null
 * @since 0.1.0
 */
public record CheckResult(String source, Optional<LocalExercise> exercise, ValidationReport report) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public CheckResult {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(exercise, "exercise");
    Objects.requireNonNull(report, "report");
  }

  /**
   * Whether the file conforms: it could be read and no finding is an error ({@link ValidationReport#conforms()}).
   *
   * @return true when it conforms
   * @since 0.1.0
   */
  public boolean conforms() {
    return report.conforms();
  }

  /**
   * The file's verdict: CONFORMS, DOES_NOT_CONFORM, or UNDETERMINED when no error was found but an ERROR-level rule
   * could not judge some subject because the record does not hold the facts ({@link ValidationReport#verdict()}).
   *
   * <pre>{@code
   * boolean strictOk = result.verdict() == Verdict.CONFORMS;     // as --require-complete judges it
   * }</pre>
   *
   * @return the verdict, never null
   * @since 0.1.0
   */
  public Verdict verdict() {
    return report.verdict();
  }
}
