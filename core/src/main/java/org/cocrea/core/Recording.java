package org.cocrea.core;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cocrea.core.meta.Attribute;
import org.cocrea.core.meta.ModelTypes;

/**
 * Answers "is this part recorded?": the {@link Completeness} that applies to an element of an exercise, or to one of
 * an element's lists, under the declarations of format 1.1 (real-records.md §2). The rules ask it before reading an
 * absence as a failure: in a {@link Completeness#COMPLETE} part what is absent does not exist, in a
 * {@link Completeness#PARTIAL} part it was not recorded.
 *
 * <p>The narrowest declaration wins, walking up from the place asked about:
 * <ol>
 *   <li>an element's own {@link Recorded#completeness()};</li>
 *   <li>for an element in a list, or for the list itself, the list's entry in its owner's
 *       {@link RecordedParts#partCompleteness()}; a list whose owner states more items than it lists
 *       ({@link RecordedParts#statedCounts()}, a count above the list's size) is {@link Completeness#PARTIAL} whatever
 *       is declared, because the source says items are missing;</li>
 *   <li>the owner's completeness, found the same way, up to the exercise, whose completeness is
 *       {@link RecordDeclaration#completeness()};</li>
 *   <li>nothing declared anywhere: {@link Completeness#COMPLETE}, which is how every 1.0 file reads.</li>
 * </ol>
 *
 * <pre>{@code
 * // once, for a single question
 * Completeness milestones = Recording.of(exercise, commitment, "milestones");
 * // many questions about one exercise: index it once
 * Recording recording = Recording.of(exercise);
 * if (recording.completeness(commitment, "milestones") == Completeness.PARTIAL) {
 *   // an empty list says "not recorded", not "none"
 * }
 * Completeness members = recording.at("/stls/0/members");
 * }</pre>
 *
 * <p>Elements are found by identity in the exercise's tree (the same instance placed twice counts where it is met
 * first, in attribute-name order). Immutable once built and thread-safe.
 *
 * @since 0.2.0
 */
public final class Recording {

  /** Where an element sits: its owner and the owner's attribute that holds it. */
  private record Place(Object owner, String property) {}

  private final LocalExercise exercise;
  private final Map<Object, Place> places = new IdentityHashMap<>();

  private Recording(LocalExercise exercise) {
    this.exercise = exercise;
    index(exercise);
  }

  /**
   * Indexes an exercise for questions about its parts. The index costs one walk of the exercise; keep it for many
   * questions.
   *
   * @param exercise the exercise, must not be null
   * @return the resolver, never null
   */
  public static Recording of(LocalExercise exercise) {
    return new Recording(Objects.requireNonNull(exercise, "exercise"));
  }

  /**
   * The completeness of one list (or other property) of an element: a one-off question, which walks the exercise
   * once; use {@link #of(LocalExercise)} for many.
   *
   * @param exercise the exercise, must not be null
   * @param owner the exercise itself or an element of it, must not be null
   * @param listProperty a property of the owner's type, for example {@code "milestones"}, must not be null
   * @return the completeness that applies, never null
   * @throws IllegalArgumentException if the owner is not in the exercise or has no such property
   */
  public static Completeness of(LocalExercise exercise, Object owner, String listProperty) {
    return of(exercise).completeness(owner, listProperty);
  }

  /**
   * The completeness of an element: its own declaration, or that of the list holding it, or that of its owner, up to
   * the record's.
   *
   * @param element the exercise itself or an element of it, must not be null
   * @return the completeness that applies, never null
   * @throws IllegalArgumentException if the element is not in the exercise
   */
  public Completeness completeness(Object element) {
    Objects.requireNonNull(element, "element");
    if (element == exercise) {
      return exercise.record().flatMap(RecordDeclaration::completeness).orElse(Completeness.COMPLETE);
    }
    Place place = places.get(element);
    if (place == null) {
      throw new IllegalArgumentException("not an element of exercise " + exercise.id() + ": " + element);
    }
    if (element instanceof Recorded r && r.completeness().isPresent()) {
      return r.completeness().get();
    }
    return completeness(place.owner(), place.property());
  }

  /**
   * The completeness of one property of an element, normally a list: the list's own declaration in the owner's
   * {@code partCompleteness}, {@link Completeness#PARTIAL} when a stated count exceeds the items listed, otherwise the
   * owner's completeness. For a property that is not a list the owner's completeness applies.
   *
   * @param owner the exercise itself or an element of it, must not be null
   * @param property a property of the owner's type, for example {@code "milestones"}, must not be null
   * @return the completeness that applies, never null
   * @throws IllegalArgumentException if the owner is not in the exercise or its type has no such property
   */
  public Completeness completeness(Object owner, String property) {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(property, "property");
    Attribute attribute = ModelTypes.attribute(ModelTypes.typeOf(owner), property)
        .orElseThrow(() -> new IllegalArgumentException(
            "no property " + property + " in " + ModelTypes.typeOf(owner).getSimpleName()));
    if (owner instanceof RecordedParts parts) {
      Object value = attribute.read(owner);
      if (value instanceof Collection<?> items) {
        for (StatedCount stated : parts.statedCounts()) {
          if (stated.of().filter(property::equals).isPresent()
              && stated.count().filter(n -> n > items.size()).isPresent()) {
            return Completeness.PARTIAL;
          }
        }
      }
      Completeness declared = parts.partCompleteness().get(property);
      if (declared != null) {
        return declared;
      }
    }
    return completeness(owner);
  }

  /**
   * The completeness of the place a JSON Pointer names in the exercise's JSON form: an element
   * ({@code /plans/0/commitments/2}), a list ({@code /plans/0/commitments/2/milestones}) or any other value (whose
   * owner's completeness applies). Pointers of findings are of this form.
   *
   * @param pointer a JSON Pointer (RFC 6901), {@code ""} for the exercise, must not be null
   * @return the completeness that applies, never null
   * @throws IllegalArgumentException if the pointer names no place in the exercise
   */
  public Completeness at(String pointer) {
    Objects.requireNonNull(pointer, "pointer");
    if (pointer.isEmpty()) {
      return completeness(exercise);
    }
    if (pointer.charAt(0) != '/') {
      throw new IllegalArgumentException("not a JSON Pointer: " + pointer);
    }
    String[] tokens = pointer.substring(1).split("/", -1);
    Object current = exercise;
    int i = 0;
    while (true) {
      String name = tokens[i].replace("~1", "/").replace("~0", "~");
      Attribute attribute = ModelTypes.attribute(ModelTypes.typeOf(current), name)
          .orElseThrow(() -> noPlace(pointer));
      Object value = attribute.read(current);
      boolean last = i == tokens.length - 1;
      Object element;
      if (value instanceof Optional<?> o) {
        element = o.filter(Recording::isModel).orElse(null);
        i += 1;
      } else if (value instanceof Collection<?> items) {
        if (last) {
          return completeness(current, name);
        }
        int index = index(tokens[i + 1]);
        if (index < 0 || index >= items.size()) {
          throw noPlace(pointer);
        }
        element = items instanceof List<?> list ? list.get(index) : items.stream().skip(index).findFirst().get();
        last = i + 1 == tokens.length - 1;
        i += 2;
      } else {
        element = isModel(value) ? value : null;
        i += 1;
      }
      if (element == null || !isModel(element)) {
        // a value that is not an element (text, a date, a map's entry): its owner's property applies
        return completeness(current, name);
      }
      if (last) {
        return completeness(element);
      }
      current = element;
    }
  }

  private IllegalArgumentException noPlace(String pointer) {
    return new IllegalArgumentException("no place " + pointer + " in exercise " + exercise.id());
  }

  private static int index(String token) {
    if (token.isEmpty() || token.length() > 9 || (token.length() > 1 && token.charAt(0) == '0')) {
      return -1;
    }
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) < '0' || token.charAt(i) > '9') {
        return -1;
      }
    }
    return Integer.parseInt(token);
  }

  private static boolean isModel(Object value) {
    try {
      ModelTypes.typeOf(value);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Records the place of every element below an owner. */
  private void index(Object owner) {
    for (Attribute a : ModelTypes.attributes(ModelTypes.typeOf(owner))) {
      if (!a.isNested()) {
        continue;
      }
      Object value = a.read(owner);
      if (value instanceof Optional<?> o) {
        o.ifPresent(child -> place(child, owner, a.name()));
      } else if (value instanceof Map<?, ?> map) {
        map.values().forEach(child -> place(child, owner, a.name()));
      } else if (value instanceof Collection<?> c) {
        c.forEach(child -> place(child, owner, a.name()));
      } else if (value != null) {
        place(value, owner, a.name());
      }
    }
  }

  private void place(Object child, Object owner, String property) {
    if (places.putIfAbsent(child, new Place(owner, property)) == null) {
      index(child);
    }
  }
}
