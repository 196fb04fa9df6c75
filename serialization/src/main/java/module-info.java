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
  // the shipped schemas are read by the spreadsheet layout, which is generated from them
  opens org.cocrea.serialization to org.cocrea.spreadsheet;
}
