/**
 * Corpora of PAL files: statistics, tidy CSV exports and statistics reports.
 */
module org.cocrea.research {
  requires transitive org.cocrea.report;
  requires org.cocrea.spreadsheet;
  requires tools.jackson.dataformat.csv;
  requires static org.immutables.value.annotations;
  requires static java.compiler;

  exports org.cocrea.research;
  exports org.cocrea.research.export;
  exports org.cocrea.research.stats;
}
