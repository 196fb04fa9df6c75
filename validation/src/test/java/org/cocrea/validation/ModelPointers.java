package org.cocrea.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.cocrea.core.meta.Attribute;
import org.cocrea.core.meta.ModelBuilder;
import org.cocrea.core.meta.ModelTypes;

/**
 * JSON Pointers over model values, for tests: whether a pointer names something the JSON form writes (an attribute
 * whose Optional is present, a list, set or map that is not empty, an index in range, a key present), and a copy of a
 * model value with the element at a pointer replaced. Stricter than the testkit's {@code Pointers.resolve}, which also
 * resolves empty collections: the JSON form leaves those out, so a finding must not point at one.
 */
final class ModelPointers {

  private ModelPointers() {}

  /**
   * The value a pointer names in a model value: a model value, a collection element or an attribute's plain value.
   *
   * @return the value, or empty when the pointer names nothing the JSON form would write
   */
  static Optional<Object> resolve(Object root, String pointer) {
    if (pointer.isEmpty()) {
      return Optional.of(root);
    }
    if (!pointer.startsWith("/")) {
      return Optional.empty();
    }
    Object current = root;
    for (String raw : pointer.substring(1).split("/", -1)) {
      String token = raw.replace("~1", "/").replace("~0", "~");
      Optional<Object> next = step(current, token);
      if (next.isEmpty()) {
        return Optional.empty();
      }
      current = next.get();
    }
    return Optional.of(current);
  }

  private static Optional<Object> step(Object current, String token) {
    if (current instanceof List<?> list) {
      return index(token, list.size()).map(list::get);
    }
    if (current instanceof Collection<?> set) {
      return index(token, set.size()).map(i -> new ArrayList<>(set).get(i));
    }
    if (current instanceof Map<?, ?> map) {
      return map.entrySet().stream()
          .filter(e -> (e.getKey() instanceof Enum<?> k ? k.name() : String.valueOf(e.getKey())).equals(token))
          .map(e -> (Object) e.getValue())
          .findFirst();
    }
    Class<?> type = typeOrObject(current);
    if (!ModelTypes.isModelType(type)) {
      return Optional.empty();
    }
    Optional<Attribute> attribute = ModelTypes.attribute(type, token);
    if (attribute.isEmpty()) {
      return Optional.empty();
    }
    Object value = attribute.get().read(current);
    if (value instanceof Optional<?> o) {
      return o.map(v -> v);
    }
    if (value instanceof Collection<?> c && c.isEmpty() || value instanceof Map<?, ?> m && m.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(value);
  }

  private static Class<?> typeOrObject(Object value) {
    try {
      return ModelTypes.typeOf(value);
    } catch (IllegalArgumentException e) {
      return Object.class;
    }
  }

  private static Optional<Integer> index(String token, int size) {
    if (!token.matches("0|[1-9][0-9]{0,8}")) {
      return Optional.empty();
    }
    int i = Integer.parseInt(token);
    return i < size ? Optional.of(i) : Optional.empty();
  }

  /**
   * A copy of a model value in which the model value at a pointer (made of attribute names and list indexes) is
   * replaced by what the function makes of it.
   */
  static Object update(Object root, String pointer, UnaryOperator<Object> change) {
    if (pointer.isEmpty()) {
      return change.apply(root);
    }
    String rest = pointer.substring(1);
    int slash = rest.indexOf('/');
    String name = slash < 0 ? rest : rest.substring(0, slash);
    String after = slash < 0 ? "" : rest.substring(slash);
    Attribute attribute = ModelTypes.attribute(ModelTypes.typeOf(root), name).orElseThrow();
    Object value = attribute.read(root);
    Object replaced;
    if (value instanceof List<?> list) {
      int next = after.indexOf('/', 1);
      int i = Integer.parseInt(next < 0 ? after.substring(1) : after.substring(1, next));
      List<Object> copy = new ArrayList<>(list);
      copy.set(i, update(list.get(i), next < 0 ? "" : after.substring(next), change));
      replaced = copy;
    } else if (value instanceof Optional<?> o) {
      replaced = update(o.orElseThrow(), after, change);
    } else {
      replaced = update(value, after, change);
    }
    return with(root, name, replaced);
  }

  /** A copy of a model value with one attribute set (the plain value for Optionals, a collection for lists). */
  static Object with(Object model, String name, Object value) {
    Class<?> type = ModelTypes.typeOf(model);
    ModelBuilder builder = ModelBuilder.of(type);
    for (Attribute a : ModelTypes.attributes(type)) {
      Object v = a.name().equals(name) ? value : a.read(model);
      if (v instanceof Optional<?> o) {
        o.ifPresent(x -> builder.set(a, x));
      } else {
        builder.set(a, v);
      }
    }
    return builder.build();
  }
}
