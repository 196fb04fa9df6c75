package org.cocrea.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cocrea.core.meta.Attribute;
import org.cocrea.core.meta.ModelTypes;
import org.cocrea.core.meta.ModelWalker;

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
   * Finds every dangling reference and duplicate identifier of an exercise, in pointer order.
   *
   * @param exercise the exercise, must not be null
   * @return the problems, never null, empty when all references resolve
   */
  public static List<Problem> check(LocalExercise exercise) {
    Objects.requireNonNull(exercise, "exercise");
    Map<Class<?>, Map<String, String>> declared = new HashMap<>();
    List<Problem> problems = new ArrayList<>();
    List<Object[]> refs = new ArrayList<>();
    ModelWalker.walk(exercise, (pointer, value) -> {
      Class<?> type = ModelTypes.typeOf(value);
      for (Attribute a : ModelTypes.attributes(type)) {
        if (a.name().equals("id") && a.kind() == Attribute.Kind.REQUIRED) {
          String id = (String) a.read(value);
          String previous = declared.computeIfAbsent(type, t -> new HashMap<>()).putIfAbsent(id, pointer);
          if (previous != null) {
            problems.add(new Problem(Kind.DUPLICATE, pointer + "/id", type.getSimpleName(), id, previous));
          }
        }
        Optional<Class<?>> target = a.reference();
        if (target.isPresent()) {
          Object v = a.read(value);
          String p = pointer + "/" + a.name();
          if (v instanceof Optional<?> o) {
            o.ifPresent(id -> refs.add(new Object[] {target.get(), id, p}));
          } else if (v instanceof Collection<?> c) {
            int i = 0;
            for (Object id : c) {
              refs.add(new Object[] {target.get(), id, p + "/" + i++});
            }
          }
        }
      }
    });
    for (Object[] r : refs) {
      Class<?> target = (Class<?>) r[0];
      String id = (String) r[1];
      if (!declared.getOrDefault(target, Map.of()).containsKey(id)) {
        problems.add(new Problem(Kind.DANGLING, (String) r[2], target.getSimpleName(), id, ""));
      }
    }
    problems.sort(Comparator.comparing(Problem::pointer));
    return List.copyOf(problems);
  }
}
