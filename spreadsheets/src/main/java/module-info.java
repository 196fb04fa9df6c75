/**
 * PAL workbooks both ways: a blank template generated from the JSON Schema, import of filled XLSX workbooks and CSV
 * folders to JSON trees with the cell of every value, and export of JSON trees to the same layout.
 */
module org.cocrea.spreadsheet {
  requires transitive org.cocrea.serialization;
  requires transitive tools.jackson.databind;
  requires org.dhatim.fastexcel;
  requires java.xml;

  exports org.cocrea.spreadsheet;
}
