/**
 * An application with its own module descriptor that embeds Cocrea: it needs only {@code requires org.cocrea.report}
 * (which brings the JSON format, the checker, the rules and the model with it).
 */
module org.cocrea.examples.jpms {
  requires org.cocrea.report;

  exports org.cocrea.examples.jpms;
}
