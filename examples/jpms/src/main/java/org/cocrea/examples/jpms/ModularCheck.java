package org.cocrea.examples.jpms;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.cocrea.report.ReportFormat;
import org.cocrea.report.ReportRun;
import org.cocrea.report.ReportWriter;
import org.cocrea.serialization.CheckResult;
import org.cocrea.serialization.PalChecker;
import org.cocrea.serialization.ReaderOptions;
import org.cocrea.validation.Profile;
import org.cocrea.validation.ValidatorOptions;

/**
 * Checks one PAL file and returns its report in the given format and language, from a named module.
 *
 * <pre>{@code
 * String text = ModularCheck.report(Path.of("examples/pal/mx-dur-2015.json"), ReportFormat.TEXT, Locale.ENGLISH);
 * }</pre>
 */
public final class ModularCheck {

  private ModularCheck() {}

  /**
   * Reads, checks and reports one file.
   *
   * @param file the PAL file
   * @param format the report format
   * @param locale the language of every message (Spanish or English)
   * @return the report
   */
  public static String report(Path file, ReportFormat format, Locale locale) {
    ValidatorOptions options = ValidatorOptions.builder().locale(locale).profile(Profile.INAI_CORE)
        .asOf(LocalDate.of(2016, 12, 31)).build();
    CheckResult result = PalChecker.create(options, ReaderOptions.defaults()).check(file);
    ReportRun run = new ReportRun(List.of(result), locale, Profile.INAI_CORE, options.asOf().orElseThrow(), "jpms");
    return ReportWriter.of(format).render(run);
  }
}
