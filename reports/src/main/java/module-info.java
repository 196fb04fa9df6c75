/**
 * Validation reports as text, JSON, SARIF and HTML.
 */
module org.cocrea.report {
  requires transitive org.cocrea.serialization;

  exports org.cocrea.report;
  // HTML building blocks shared with the statistics reports, not API
  exports org.cocrea.report.internal to org.cocrea.research;
}
