package org.cocrea.serialization;

import java.util.HashSet;
import java.util.Set;

/**
 * Where the schema stage reported a problem, as document pointers: the places of its problems (shown or only
 * counted) and the rejected values it kept whole past the findings a report keeps ({@link PalSchema.Bounded}),
 * everything at or below which counts as reported. The later stages (binding, field constraints, references) do not
 * report these places again. Filled by one read, then only read.
 */
final class SchemaPlaces {

  static final SchemaPlaces NONE = new SchemaPlaces();

  private final Set<String> places = new HashSet<>();
  private final Set<String> wholeValues = new HashSet<>();

  void add(String pointer) {
    places.add(pointer);
  }

  void addWhole(String pointer) {
    wholeValues.add(pointer);
  }

  boolean isEmpty() {
    return places.isEmpty() && wholeValues.isEmpty();
  }

  /** Whether the schema reported a problem at a document pointer, or at a value kept whole that holds it. */
  boolean covers(String pointer) {
    if (places.contains(pointer)) {
      return true;
    }
    if (wholeValues.isEmpty()) {
      return false;
    }
    if (wholeValues.contains(pointer)) {
      return true;
    }
    for (int slash = pointer.indexOf('/', 1); slash > 0; slash = pointer.indexOf('/', slash + 1)) {
      if (wholeValues.contains(pointer.substring(0, slash))) {
        return true;
      }
    }
    return pointer.length() > 0 && wholeValues.contains("");
  }
}
