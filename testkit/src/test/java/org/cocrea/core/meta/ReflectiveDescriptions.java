package org.cocrea.core.meta;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cocrea.core.Ref;

/**
 * The test oracle of the attribute descriptions that the build generates: a model type's attributes found by
 * reflection (what {@code TypeInfo} computed at run time before {@code ModelAccessProcessor} described them) —
 * its public abstract accessors without parameters declared in the model's package, their shape from the raw return
 * type, element and key types from the generic return type, the reference target from {@code @Ref}, sorted by name.
 */
final class ReflectiveDescriptions {

  private ReflectiveDescriptions() {}

  static List<Attribute> describe(Class<?> type) {
    List<Attribute> result = new ArrayList<>();
    for (Method m : type.getMethods()) {
      // its own accessors and those inherited from the model's shared facets (interfaces of the same package)
      if (!Modifier.isAbstract(m.getModifiers()) || m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers())
          || !m.getDeclaringClass().getPackageName().equals(type.getPackageName())) {
        continue;
      }
      Class<?> ref = m.isAnnotationPresent(Ref.class) ? m.getAnnotation(Ref.class).value() : Void.class;
      Class<?> raw = m.getReturnType();
      Type generic = m.getGenericReturnType();
      Attribute.Kind kind;
      Class<?> element;
      Class<?> key = Void.class;
      if (raw == Optional.class) {
        kind = Attribute.Kind.OPTIONAL;
        element = argument(generic, 0);
      } else if (raw == List.class) {
        kind = Attribute.Kind.LIST;
        element = argument(generic, 0);
      } else if (raw == Set.class) {
        kind = Attribute.Kind.SET;
        element = argument(generic, 0);
      } else if (raw == Map.class) {
        kind = Attribute.Kind.MAP;
        key = argument(generic, 0);
        element = argument(generic, 1);
      } else {
        kind = Attribute.Kind.REQUIRED;
        element = raw;
      }
      result.add(new Attribute(m.getName(), kind, element, key, ref, m));
    }
    result.sort(Comparator.comparing(Attribute::name));
    return List.copyOf(result);
  }

  private static Class<?> argument(Type generic, int index) {
    Type arg = ((ParameterizedType) generic).getActualTypeArguments()[index];
    if (arg instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return (Class<?>) arg;
  }
}
