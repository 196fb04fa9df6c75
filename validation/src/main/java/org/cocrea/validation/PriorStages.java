package org.cocrea.validation;

import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What the stages that ran before the validator (a file reader's syntax and limits, JSON Schema and binding stages)
 * already established about an exercise, so that the validator's own stages (references, field constraints, rules)
 * do not report the same problem again: each stage writes to one result and sees what the earlier ones wrote, in the
 * way HAPI FHIR's validation support chain lets each support answer what the ones before it could not. Immutable.
 *
 * <p>An exercise built in Java has no earlier stages ({@link #none()}). A reader that bound the exercise from a
 * document passes the places where it reported a problem and how the model's pointers map to the document's (they
 * differ below a list from which unreadable elements were left out):
 *
 * <pre>{@code
 * PriorStages prior = PriorStages.of(Set.of("/websiteUrl"), pointers::toDocument);
 * ValidationReport report = validator.validate(exercise, prior);   // no FLD-01 finding at /websiteUrl
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PriorStages {

  private static final PriorStages NONE = new PriorStages(Set.of(), UnaryOperator.identity());

  private final Set<String> reportedPlaces;
  private final UnaryOperator<String> documentPointer;

  private PriorStages(Set<String> reportedPlaces, UnaryOperator<String> documentPointer) {
    this.reportedPlaces = reportedPlaces;
    this.documentPointer = documentPointer;
  }

  /**
   * No earlier stage: the exercise was built in memory, and the validator reports everything it finds.
   *
   * @return the empty prior, never null
   */
  public static PriorStages none() {
    return NONE;
  }

  /**
   * What a reader established.
   *
   * @param reportedPlaces the document pointers (RFC 6901) of the values an earlier stage already reported a
   *     field-level problem for (the schema's failing values and missing members), must not be null
   * @param documentPointer maps a pointer into the bound exercise to the pointer of the same value in the document,
   *     must not be null
   * @return the prior, never null
   */
  public static PriorStages of(Set<String> reportedPlaces, UnaryOperator<String> documentPointer) {
    return new PriorStages(Set.copyOf(Objects.requireNonNull(reportedPlaces, "reportedPlaces")),
        Objects.requireNonNull(documentPointer, "documentPointer"));
  }

  /** Whether an earlier stage already reported a problem at the document place of a model pointer. */
  boolean reported(String modelPointer) {
    return !reportedPlaces.isEmpty() && reportedPlaces.contains(documentPointer.apply(modelPointer));
  }

  /** The document pointer of a model pointer (the identity without earlier stages). */
  String documentPointer(String modelPointer) {
    return documentPointer.apply(modelPointer);
  }
}
