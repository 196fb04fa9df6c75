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

  private ModelWalker() {}

  /**
   * Walks a model value.
   *
   * @param root a model value, must not be null
   * @param visitor what to do with each value, must not be null
   */
  public static void walk(Object root, Visitor visitor) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(visitor, "visitor");
    walk("", root, visitor);
  }

  private static void walk(String pointer, Object value, Visitor visitor) {
    visitor.visit(pointer, value);
    for (Attribute a : ModelTypes.attributes(ModelTypes.typeOf(value))) {
      if (!a.isNested()) {
        continue;
      }
      Object v = a.read(value);
      String p = pointer + "/" + a.name();
      if (v instanceof Optional<?> o) {
        if (o.isPresent()) {
          walk(p, o.get(), visitor);
        }
      } else if (v instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          walk(p + "/" + i, list.get(i), visitor);
        }
      } else if (v instanceof Map<?, ?> map) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
          walk(p + "/" + escape(String.valueOf(e.getKey())), e.getValue(), visitor);
        }
      } else if (v instanceof Collection<?> c) {
        int i = 0;
        for (Object o : c) {
          walk(p + "/" + i++, o, visitor);
        }
      } else {
        walk(p, v, visitor);
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
