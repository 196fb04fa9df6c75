package org.cocrea.core;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cocrea.core.meta.ModelTypes;
import org.cocrea.core.meta.ModelWalker;

/**
 * Resolves identifiers of one exercise: every element with an {@code id} (organisations, people, memberships,
 * resolutions, tables, proposals, commitments, milestones, …) by type and id, with the JSON Pointer where it is
 * declared. Built in one pass; lookups are constant time. When an id is declared twice the first declaration wins
 * ({@link References#check} reports the duplicate).
 *
 * <pre>{@code
 * ExerciseIndex index = exercise.index();
 * Optional<Sector> sector = index.organization("org-idaip").flatMap(Organization::sector);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ExerciseIndex {

  private final Map<Class<?>, Map<String, Object>> byId = new HashMap<>();
  private final Map<Class<?>, Map<String, String>> pointers = new HashMap<>();

  private ExerciseIndex(LocalExercise exercise) {
    ModelWalker.walk(exercise, (pointer, value) -> {
      Class<?> type = ModelTypes.typeOf(value);
      ModelTypes.attribute(type, "id").ifPresent(a -> {
        String id = (String) a.read(value);
        if (byId.computeIfAbsent(type, t -> new HashMap<>()).putIfAbsent(id, value) == null) {
          pointers.computeIfAbsent(type, t -> new HashMap<>()).put(id, pointer);
        }
      });
    });
  }

  /**
   * Indexes an exercise. Prefer {@link LocalExercise#index()}, which computes it once.
   *
   * @param exercise the exercise, must not be null
   * @return its index, never null
   */
  public static ExerciseIndex of(LocalExercise exercise) {
    return new ExerciseIndex(Objects.requireNonNull(exercise, "exercise"));
  }

  /**
   * The element of a type with an id.
   *
   * @param <T> the element type
   * @param type a model type with an {@code id}, must not be null
   * @param id the identifier, must not be null
   * @return the element, or empty when none is declared
   */
  public <T> Optional<T> find(Class<T> type, String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(byId.getOrDefault(type, Map.of()).get(id)).map(type::cast);
  }

  /**
   * The JSON Pointer of the element of a type with an id.
   *
   * @param type a model type with an {@code id}, must not be null
   * @param id the identifier, must not be null
   * @return the pointer, or empty when none is declared
   */
  public Optional<String> pointerOf(Class<?> type, String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(pointers.getOrDefault(type, Map.of()).get(id));
  }

  /**
   * The organisation with an id.
   *
   * @param id the identifier, must not be null
   * @return the organisation, or empty
   */
  public Optional<Organization> organization(String id) {
    return find(Organization.class, id);
  }

  /**
   * The person with an id.
   *
   * @param id the identifier, must not be null
   * @return the person, or empty
   */
  public Optional<Person> person(String id) {
    return find(Person.class, id);
  }

  /**
   * The STL membership with an id.
   *
   * @param id the identifier, must not be null
   * @return the membership, or empty
   */
  public Optional<StlMembership> membership(String id) {
    return find(StlMembership.class, id);
  }

  /**
   * The sector of an organisation.
   *
   * @param organizationId the organisation's identifier, must not be null
   * @return its sector, or empty when the organisation or its sector is not recorded
   */
  public Optional<Sector> sectorOf(String organizationId) {
    return organization(organizationId).flatMap(Organization::sector);
  }
}
