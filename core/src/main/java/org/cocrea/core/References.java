package org.cocrea.core;

import java.util.List;
import java.util.Objects;

/**
 * Checks the identifiers of an exercise: every {@link Ref} attribute must name an element of the referenced type that
 * the exercise declares, and no two elements of one type may share an identifier. Identifiers are unique per type
 * across the whole exercise (a milestone id is unique among all milestones of all plans).
 *
 * <pre>{@code
 * for (References.Problem p : References.check(exercise)) {
 *   System.out.println(p.pointer() + ": " + p.kind() + " " + p.id());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class References {

  /** What is wrong with an identifier. */
  public enum Kind {
    /** A reference names no element of the referenced type. */
    DANGLING,
    /** A second element of the same type uses an identifier already declared. */
    DUPLICATE
  }

  /**
   * One problem with an identifier.
   *
   * @param kind what is wrong, never null
   * @param pointer JSON Pointer of the offending value (the reference, or the duplicate's {@code id}), never null
   * @param targetType simple name of the type referred to or declared twice, never null
   * @param id the identifier, never null
   * @param firstPointer for duplicates, the pointer of the element that declared the id first; otherwise empty
   */
  public record Problem(Kind kind, String pointer, String targetType, String id, String firstPointer) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public Problem {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(pointer, "pointer");
      Objects.requireNonNull(targetType, "targetType");
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(firstPointer, "firstPointer");
    }
  }

  private References() {}

  /**
   * Finds every dangling reference and duplicate identifier of an exercise, in pointer order. The exercise's {@link
   * LocalExercise#index() index} records declarations and references in its one walk, so this walks nothing more, and
   * the answer is computed once per exercise.
   *
   * @param exercise the exercise, must not be null
   * @return the problems, never null, empty when all references resolve
   */
  public static List<Problem> check(LocalExercise exercise) {
    Objects.requireNonNull(exercise, "exercise");
    return exercise.index().problems();
  }
}
