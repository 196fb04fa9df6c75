package org.cocrea.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.cocrea.core.meta.Attribute;
import org.cocrea.core.meta.ModelBuilder;
import org.cocrea.core.meta.ModelTypes;

/**
 * Changes of model values at JSON Pointers, for tests: a copy of a model value with the element at a pointer replaced.
 * (Whether a pointer names something the JSON form writes is the testkit's {@code Pointers.resolveWritten}.)
 */
final class ModelPointers {

  private ModelPointers() {}

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
