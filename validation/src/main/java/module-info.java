/**
 * Jakarta constraints and the rule engine: the catalogue of rules, findings and reports.
 */
module org.cocrea.validation {
  requires transitive org.cocrea.core;
  requires org.hibernate.validator;
  requires static org.immutables.value.annotations;
  requires static java.compiler;

  exports org.cocrea.validation;
  exports org.cocrea.validation.analysis;
  exports org.cocrea.validation.regime;
}
