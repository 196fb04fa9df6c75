package org.cocrea.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.cocrea.validation.Profile;
import org.cocrea.validation.ValidatorOptions;
import org.cocrea.validation.regime.StateRegimes;
import picocli.CommandLine.Option;

/**
 * The options that {@code validate} and {@code stats} share, declared once and mixed into both with picocli's
 * {@code @Mixin}: the language, the rule profile, the as-of date, the regime table and the number of files checked
 * at a time.
 */
final class CommonOptions {

  @Option(names = "--lang", paramLabel = "LANG", descriptionKey = "common.lang", defaultValue = "es")
  Lang lang;

  @Option(names = "--profile", paramLabel = "PROFILE", descriptionKey = "common.profile", defaultValue = "BY_FRAMEWORK")
  Profile profile;

  @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "common.asOf")
  LocalDate asOf;

  @Option(names = "--regime", paramLabel = "FILE", descriptionKey = "common.regime")
  Path regime;

  @Option(names = "--jobs", paramLabel = "N", descriptionKey = "common.jobs")
  Integer jobs;

  /**
   * The as-of date given, or today's in Mexico City: the library's default ({@link ValidatorOptions#resolveAsOf()}),
   * resolved once for the whole run so that every file and the report's header use one date.
   */
  LocalDate date() {
    return asOf != null ? asOf : ValidatorOptions.defaults().resolveAsOf().orElseThrow();
  }

  /**
   * The regime table: the user's file given with {@code --regime}, or the one shipped with Cocrea.
   *
   * @throws org.cocrea.validation.regime.RegimeTableException when the file cannot be read or is malformed
   */
  StateRegimes regimes() {
    return regime == null ? StateRegimes.defaults() : StateRegimes.read(regime);
  }

  /** The number of files checked at a time: the one given, or up to 4 by cores; null when out of 1 to 64. */
  Integer threads() {
    int threads = jobs != null ? jobs : Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    return threads < 1 || threads > 64 ? null : threads;
  }
}
