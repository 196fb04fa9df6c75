package org.cocrea.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.cocrea.serialization.CheckResult;
import org.cocrea.validation.Profile;
import org.cocrea.validation.Verdict;

/**
 * What one report is about: the files checked in one run, in the order they are to be reported, and the settings
 * shared by all of them (language, profile, as-of date, version of the tool). Immutable.
 *
 * <pre>{@code
 * ReportRun run = new ReportRun(List.of(checker.check(path)), Locale.ENGLISH, Profile.INAI_CORE,
 *     LocalDate.of(2025, 6, 30), "0.1.0");
 * String html = ReportWriter.of(ReportFormat.HTML).render(run);
 * }</pre>
 *
 * @param files the results, one per file, in report order, never null
 * @param locale the language of the report: English for {@code en}, Spanish (es-MX) otherwise, never null
 * @param profile the profile the files were checked with, never null
 * @param asOf the as-of date the time-aware rules and the timelines use, never null
 * @param toolVersion the version of cocrea that checked the files, never null
 * @since 0.1.0
 */
public record ReportRun(List<CheckResult> files, Locale locale, Profile profile, LocalDate asOf, String toolVersion) {

  /**
   * Checks and copies the components.
   *
   * @throws NullPointerException if a component or a file result is null
   */
  public ReportRun {
    files = List.copyOf(files);
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(toolVersion, "toolVersion");
  }

  /**
   * Whether every file conforms: none has an ERROR finding.
   *
   * @return true when every file conforms (also when there are no files)
   */
  public boolean conforms() {
    return files.stream().allMatch(f -> f.report().conforms());
  }

  /**
   * The run's verdict: DOES_NOT_CONFORM if any file does not conform, else UNDETERMINED if any file's verdict is
   * undetermined, else CONFORMS (also when there are no files).
   *
   * <pre>{@code
   * if (run.verdict() == Verdict.UNDETERMINED) { ... }   // no error, but some facts are not recorded
   * }</pre>
   *
   * @return the verdict, never null
   * @since 0.1.0
   */
  public Verdict verdict() {
    return files.stream().map(CheckResult::verdict).reduce(Verdict.CONFORMS, Verdict::and);
  }
}
