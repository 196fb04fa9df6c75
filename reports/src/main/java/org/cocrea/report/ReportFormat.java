package org.cocrea.report;

import java.util.Locale;

/**
 * The formats of a validation report.
 *
 * @since 0.1.0
 */
public enum ReportFormat {
  /** For people at a terminal: grouped by file and rule, with line:column, statement and source. */
  TEXT("txt"),
  /** A stable JSON shape for machines, described by {@code cocrea-report.schema.json}. */
  JSON("json"),
  /** SARIF 2.1.0, for code-scanning tools and CI pipelines. */
  SARIF("sarif"),
  /** One self-contained, accessible HTML page with summaries, findings and timelines. */
  HTML("html");

  private final String extension;

  ReportFormat(String extension) {
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
