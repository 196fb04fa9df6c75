package org.cocrea.testkit;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cocrea.core.meta.Attribute;
import org.cocrea.core.meta.ModelTypes;

/**
 * Resolves a JSON Pointer (RFC 6901) against a model value, the way it would resolve against the value's JSON form
 * (property names are attribute names, list and set elements are indexed from 0, map entries are keyed by the enum
 * constant's name). Tests use it to prove that the pointers reported by indexes, checks and findings locate what they
 * claim.
 *
 * <pre>{@code
 * Object milestone = Pointers.resolve(exercise, "/plans/0/commitments/2/milestones/1").orElseThrow();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Pointers {

  private Pointers() {}

  /**
   * The value a pointer locates: a model value, or the element of a list, set or map, or an attribute's plain value
   * (the content of a present {@code Optional}).
   *
   * @param root a model value, must not be null
   * @param pointer a JSON Pointer, {@code ""} for the root, must not be null
   * @return the value, or empty when the pointer locates nothing
   */
  public static Optional<Object> resolve(Object root, String pointer) {
    return resolve(root, pointer, false);
  }

  /**
   * The value a pointer locates in what the JSON form writes: as {@link #resolve}, except that an empty list, set or
   * map, which the JSON form leaves out, locates nothing (so a finding must not point at one).
   *
   * <pre>{@code
   * Pointers.resolveWritten(exercise, "/plans/0/commitments");   // empty when the plan has no commitments
   * }</pre>
   *
   * @param root a model value, must not be null
   * @param pointer a JSON Pointer, {@code ""} for the root, must not be null
   * @return the value, or empty when the pointer locates nothing the JSON form writes
   * @since 0.2.0
   */
  public static Optional<Object> resolveWritten(Object root, String pointer) {
    return resolve(root, pointer, true);
  }

  private static Optional<Object> resolve(Object root, String pointer, boolean written) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(pointer, "pointer");
    if (pointer.isEmpty()) {
      return Optional.of(root);
    }
    if (!pointer.startsWith("/")) {
      return Optional.empty();
    }
    Object current = root;
    for (String raw : pointer.substring(1).split("/", -1)) {
      String token = raw.replace("~1", "/").replace("~0", "~");
      current = step(current, token);
      if (current == null || written && (current instanceof Collection<?> c && c.isEmpty()
          || current instanceof Map<?, ?> m && m.isEmpty())) {
        return Optional.empty();
      }
    }
    return Optional.of(current);
  }

  private static Object step(Object current, String token) {
    if (current instanceof List<?> list) {
      int i = index(token);
      return i >= 0 && i < list.size() ? list.get(i) : null;
    }
    if (current instanceof Collection<?> set) {
      int i = index(token);
      return i >= 0 && i < set.size() ? set.stream().skip(i).findFirst().orElse(null) : null;
    }
    if (current instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (String.valueOf(e.getKey()).equals(token)) {
          return e.getValue();
        }
      }
      return null;
    }
    if (!isModelValue(current)) {
      return null;
    }
    Optional<Attribute> attribute = ModelTypes.attribute(ModelTypes.typeOf(current), token);
    if (attribute.isEmpty()) {
      return null;
    }
    Object value = attribute.get().read(current);
    return value instanceof Optional<?> o ? o.orElse(null) : value;
  }

  private static boolean isModelValue(Object value) {
    for (Class<?> i : value.getClass().getInterfaces()) {
      if (ModelTypes.isModelType(i)) {
        return true;
      }
    }
    return false;
  }

  private static int index(String token) {
    if (!token.matches("0|[1-9][0-9]{0,8}")) {
      return -1;
    }
    return Integer.parseInt(token);
  }
}
