package org.cocrea.core.meta;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Walks a model value depth-first, in attribute-name order, and reports every nested model value with the JSON
 * Pointer (RFC 6901) that locates it in the value's JSON form. Property names of the JSON form are attribute names,
 * so pointers computed here are the pointers findings use.
 *
 * <pre>{@code
 * ModelWalker.walk(exercise, (pointer, value) -> System.out.println(pointer + " " + value.getClass()));
 * }</pre>
 *
 * <p>{@link #walkPaths} does the same walk but hands out {@link ModelPath}s, which render their pointer only when
 * asked: prefer it when few of the pointers are needed.
 *
 * <pre>{@code
 * ModelWalker.walkPaths(exercise, (path, value) -> {
 *   if (value instanceof Commitment c && c.milestones().isEmpty()) {
 *     System.out.println(path.pointer());      // rendered for these values only
 *   }
 * });
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ModelWalker {

  /** Receives each model value met, with its pointer. */
  @FunctionalInterface
  public interface Visitor {
    /**
     * Called once per model value, parents before children.
     *
     * @param pointer the value's JSON Pointer, {@code ""} for the root, never null
     * @param value the model value, never null
     */
    void visit(String pointer, Object value);
  }

  /**
   * Receives each model value met, with its path.
   *
   * @since 0.2.0
   */
  @FunctionalInterface
  public interface PathVisitor {
    /**
     * Called once per model value, parents before children.
     *
     * @param path the value's path, {@link ModelPath#root()} for the root, never null; it may be kept
     * @param value the model value, never null
     */
    void visit(ModelPath path, Object value);
  }

  private ModelWalker() {}

  /**
   * Walks a model value, with the JSON Pointer of every value.
   *
   * @param root a model value, must not be null
   * @param visitor what to do with each value, must not be null
   * @throws IllegalArgumentException if the root is not a model value
   */
  public static void walk(Object root, Visitor visitor) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(visitor, "visitor");
    walkPaths(root, (path, value) -> visitor.visit(path.pointer(), value));
  }

  /**
   * Walks a model value, with the path of every value: the same values in the same order as {@link #walk}, whose
   * pointers are the paths' {@link ModelPath#pointer()}.
   *
   * <pre>{@code
   * Map<String, ModelPath> milestones = new HashMap<>();
   * ModelWalker.walkPaths(exercise, (path, value) -> {
   *   if (value instanceof Milestone m) {
   *     milestones.put(m.id(), path);
   *   }
   * });
   * }</pre>
   *
   * @param root a model value, must not be null
   * @param visitor what to do with each value, must not be null
   * @throws IllegalArgumentException if the root is not a model value
   * @since 0.2.0
   */
  public static void walkPaths(Object root, PathVisitor visitor) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(visitor, "visitor");
    walk(ModelPath.root(), root, TypeInfo.ofValue(root), visitor);
  }

  private static void walk(ModelPath path, Object value, TypeInfo info, PathVisitor visitor) {
    visitor.visit(path, value);
    int[] nested = info.nested;
    for (int n = 0; n < nested.length; n++) {
      Object v = info.read(nested[n], value);
      String token = info.nestedTokens[n];
      if (v instanceof Optional<?> o) {
        if (o.isPresent()) {
          Object child = o.get();
          walk(path.escapedProperty(token), child, TypeInfo.ofValue(child), visitor);
        }
      } else if (v instanceof List<?> list) {
        for (int i = 0, size = list.size(); i < size; i++) {
          Object child = list.get(i);
          walk(path.element(token, i), child, TypeInfo.ofValue(child), visitor);
        }
      } else if (v instanceof Map<?, ?> map) {
        ModelPath p = path.escapedProperty(token);
        for (Map.Entry<?, ?> e : map.entrySet()) {
          Object child = e.getValue();
          walk(p.escapedProperty(escape(String.valueOf(e.getKey()))), child, TypeInfo.ofValue(child), visitor);
        }
      } else if (v instanceof Collection<?> c) {
        int i = 0;
        for (Object child : c) {
          walk(path.element(token, i++), child, TypeInfo.ofValue(child), visitor);
        }
      } else {
        walk(path.escapedProperty(token), v, TypeInfo.ofValue(v), visitor);
      }
    }
  }

  /**
   * Escapes one JSON Pointer reference token ({@code ~} to {@code ~0}, {@code /} to {@code ~1}).
   *
   * @param token a raw token, must not be null
   * @return the escaped token
   */
  public static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }
}
