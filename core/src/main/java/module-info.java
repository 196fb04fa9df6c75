/**
 * The Cocrea domain model: immutable types of a local open-government exercise and pure derived values.
 */
module org.cocrea.core {
  requires transitive jakarta.validation;
  requires static org.immutables.value.annotations;
  // @javax.annotation.processing.Generated on the accessors the build writes (source retention)
  requires static java.compiler;

  exports org.cocrea.core;
  exports org.cocrea.core.analysis;
  // model introspection is an internal of Cocrea's own modules, not API
  exports org.cocrea.core.meta to org.cocrea.validation, org.cocrea.serialization, org.cocrea.testkit;
  // one language and bundle helper for Cocrea's own modules, not API
  exports org.cocrea.core.i18n to org.cocrea.validation, org.cocrea.serialization, org.cocrea.report,
      org.cocrea.research;

  // Hibernate Validator reads the model's constraints reflectively
  opens org.cocrea.core to org.hibernate.validator;
}
