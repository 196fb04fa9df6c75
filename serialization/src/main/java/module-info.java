/**
 * The JSON form of the model, its JSON Schema and the file checker.
 */
module org.cocrea.serialization {
  requires transitive org.cocrea.validation;
  requires transitive tools.jackson.databind;
  requires com.networknt.schema;
  requires static org.immutables.value.annotations;
  requires static java.compiler;

  exports org.cocrea.serialization;
  // the JSON report's parts, shared with the report writers, not API
  exports org.cocrea.serialization.internal to org.cocrea.report;
  // the shipped schemas are read by the spreadsheet layout, which is generated from them
  opens org.cocrea.serialization to org.cocrea.spreadsheet;
}
