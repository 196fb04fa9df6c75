package org.cocrea.serialization;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cocrea.core.LocalExercise;
import org.cocrea.validation.Finding;

/**
 * What {@link PalReader} made of one file: the exercise, when the document could be bound (possibly with findings),
 * and the file-level findings, each located by line and column. Immutable.
 *
 * <pre>{@code
 * ReadResult result = PalReader.create().read(Path.of("plan.json"));
 * result.findings().forEach(System.out::println);      // ERROR SCH-01 /plans/0 (12:7): ...
 * result.exercise().ifPresent(e -> System.out.println(e.id()));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ReadResult {

  private final String source;
  private final LocalExercise exercise;
  private final List<Finding> findings;
  private final Locations locations;
  private final PointerMap pointers;
  private final String schemaVersion;
  private final SchemaPlaces schemaPlaces;

  ReadResult(String source, LocalExercise exercise, List<Finding> findings, Locations locations,
      PointerMap pointers) {
    this(source, exercise, findings, locations, pointers, null, SchemaPlaces.NONE);
  }

  ReadResult(String source, LocalExercise exercise, List<Finding> findings, Locations locations,
      PointerMap pointers, String schemaVersion, SchemaPlaces schemaPlaces) {
    this.schemaVersion = exercise == null ? null : schemaVersion;
    this.schemaPlaces = schemaPlaces;
    this.source = Objects.requireNonNull(source, "source");
    this.exercise = exercise;
    this.locations = locations;
    this.pointers = pointers == null ? PointerMap.IDENTITY : pointers;
    List<Finding> sorted = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      sorted.add(f.hasLocation() || locations == null ? f : at(f, f.pointer()));
    }
    sorted.sort(Finding.ORDER);
    this.findings = List.copyOf(sorted);
  }

  /** Where the schema stage reported problems (every one, also those past the findings kept). */
  SchemaPlaces schemaPlaces() {
    return schemaPlaces;
  }

  /** A result for a file that could not be read at all. */
  static ReadResult unreadable(String source, List<Finding> findings) {
    return new ReadResult(source, null, findings, null, null);
  }

  /**
   * Where the document came from: the file path as given, or the name passed with the bytes.
   *
   * @return the source, never null
   */
  public String source() {
    return source;
  }

  /**
   * The exercise, present when the document could be bound to the model; elements that could not be bound are left
   * out and reported.
   *
   * @return the exercise, or empty when the file is unreadable
   */
  public Optional<LocalExercise> exercise() {
    return Optional.ofNullable(exercise);
  }

  /**
   * The format version the document was read as: the schema of this version checked it and the model was bound by
   * its rules ({@code "1.0"} when the document says no version, with an SCH-02 finding). Writing the exercise back
   * gives the same version unless it was changed to use something of 1.1.
   *
   * <pre>{@code
   * String version = PalReader.create().read(Path.of("plan.json")).schemaVersion().orElse("unreadable");
   * }</pre>
   *
   * @return {@code "1.0"} or {@code "1.1"}; empty when the file is unreadable
   */
  public Optional<String> schemaVersion() {
    return Optional.ofNullable(schemaVersion);
  }

  /**
   * The file-level findings (JSON, LIM, SCH, BND, IO), located, in {@link Finding#ORDER}.
   *
   * @return the findings, never null
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Whether the document could be bound: {@code exercise().isPresent()}.
   *
   * @return true when an exercise was read
   */
  public boolean readable() {
    return exercise != null;
  }

  /**
   * Locates a finding about this file's exercise: its pointer, which names a place in the bound model, becomes the
   * pointer of the same place in the document (they differ only below a list from which unreadable elements were
   * left out), and it gets the line and column where that value starts, or where its nearest existing ancestor starts
   * (for a missing member, the object that lacks it). A finding that already has a location is returned as is.
   *
   * @param finding a finding, for example from a validator run on {@link #exercise()}, must not be null
   * @return the located finding, never null
   */
  public Finding locate(Finding finding) {
    Objects.requireNonNull(finding, "finding");
    if (finding.hasLocation() || locations == null) {
      return finding;
    }
    return at(finding, pointers.toDocument(finding.pointer()));
  }

  /** The finding at a document pointer, located. */
  private Finding at(Finding finding, String documentPointer) {
    long where = locations.locate(documentPointer);
    Finding moved = documentPointer.equals(finding.pointer()) ? finding : new Finding(finding.ruleId(),
        finding.severity(), documentPointer, 0, 0, finding.messageKey(), finding.arguments(), finding.message());
    return moved.withLocation(Locations.line(where), Locations.column(where));
  }

  /** The document pointer of a model pointer. */
  String documentPointer(String modelPointer) {
    return pointers.toDocument(modelPointer);
  }

  @Override
  public String toString() {
    return "ReadResult[" + source + ", readable=" + readable() + ", findings=" + findings.size() + "]";
  }
}
