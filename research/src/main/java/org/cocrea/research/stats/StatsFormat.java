package org.cocrea.research.stats;

import java.util.Locale;

/**
 * The formats of a corpus's statistics ({@code cocrea stats --format}).
 *
 * @since 0.1.0
 */
public enum StatsFormat {
  /** For people at a terminal: every figure as a labelled line or small table. */
  TEXT("txt"),
  /** Every figure, with codes as keys, for programs. */
  JSON("json"),
  /** Every figure in one long table ({@code statistic, exercise_id, key, count, total}), for pandas and R. */
  CSV("csv"),
  /** One self-contained page with charts (inline SVG) and tables, in Spanish or English. */
  HTML("html");

  private final String extension;

  StatsFormat(String extension) {
    this.extension = extension;
  }

  /**
   * The usual file extension, without the dot.
   *
   * @return the extension, never null
   */
  public String extension() {
    return extension;
  }

  /**
   * The name used on the command line: the lower-case constant name.
   *
   * @return the name, never null
   */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
