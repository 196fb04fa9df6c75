package org.cocrea.validation;

import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
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

  private static final PriorStages NONE = new PriorStages(null, UnaryOperator.identity());

  /** Whether an earlier stage reported a problem at a document pointer; null when none reported anything. */
  private final Predicate<String> reportedAt;
  private final UnaryOperator<String> documentPointer;

  private PriorStages(Predicate<String> reportedAt, UnaryOperator<String> documentPointer) {
    this.reportedAt = reportedAt;
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
    Set<String> places = Set.copyOf(Objects.requireNonNull(reportedPlaces, "reportedPlaces"));
    return new PriorStages(places.isEmpty() ? null : places::contains,
        Objects.requireNonNull(documentPointer, "documentPointer"));
  }

  /**
   * What a reader established, as a test of document pointers: for a reader that knows some places only as whole
   * values (a value the schema rejected past the findings a report keeps is not examined member by member, so
   * everything below it counts as reported).
   *
   * <pre>{@code
   * PriorStages prior = PriorStages.reportedWhere(
   *     pointer -> pointer.equals("/plans/7") || pointer.startsWith("/plans/7/"), pointers::toDocument);
   * }</pre>
   *
   * @param reportedAt whether an earlier stage already reported a field-level problem at a document pointer (RFC
   *     6901), must not be null; it must not change while the validator runs
   * @param documentPointer maps a pointer into the bound exercise to the pointer of the same value in the document,
   *     must not be null
   * @return the prior, never null
   * @since 0.2.0
   */
  public static PriorStages reportedWhere(Predicate<String> reportedAt, UnaryOperator<String> documentPointer) {
    return new PriorStages(Objects.requireNonNull(reportedAt, "reportedAt"),
        Objects.requireNonNull(documentPointer, "documentPointer"));
  }

  /** Whether an earlier stage already reported a problem at the document place of a model pointer. */
  boolean reported(String modelPointer) {
    return reportedAt != null && reportedAt.test(documentPointer.apply(modelPointer));
  }

  /** The document pointer of a model pointer (the identity without earlier stages). */
  String documentPointer(String modelPointer) {
    return documentPointer.apply(modelPointer);
  }
}
