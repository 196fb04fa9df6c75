package org.cocrea.core.meta;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.Ref;

/**
 * Introspection of the model: which types there are and which attributes each has. Serialization, validation and
 * tools use it so that the model is described once, by its interfaces.
 *
 * <pre>{@code
 * for (Attribute a : ModelTypes.attributes(Commitment.class)) {
 *   System.out.println(a.name() + " " + a.kind() + " " + a.elementType().getSimpleName());
 * }
 * }</pre>
 *
 * <p>Thread-safe: descriptions are computed once per type and cached.
 *
 * @since 0.1.0
 */
public final class ModelTypes {

  private static final Map<Class<?>, List<Attribute>> ATTRIBUTES = new ConcurrentHashMap<>();

  private static final ClassValue<Boolean> MODEL_TYPE = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> type) {
      if (!type.isInterface() || type.isAnnotation()
          || !LocalExercise.class.getPackageName().equals(type.getPackageName())) {
        return false;
      }
      try {
        Method builder = type.getMethod("builder");
        return Modifier.isStatic(builder.getModifiers()) && builder.getReturnType().getDeclaringClass() == type;
      } catch (NoSuchMethodException e) {
        return false;
      }
    }
  };

  private ModelTypes() {}

  /**
   * Whether a class is one of the model's immutable types (an interface of {@code org.cocrea.core} annotated
   * {@code @Value.Immutable}). {@code @Value.Immutable} is not retained at run time, so a model type is recognised by
   * what the annotation gives it: a static {@code builder()} returning the type's own nested {@code Builder}.
   *
   * @param type any class, must not be null
   * @return true for model types
   */
  public static boolean isModelType(Class<?> type) {
    return MODEL_TYPE.get(type);
  }

  /**
   * The model type of a value: the model interface that a built value implements.
   *
   * @param value a model value, must not be null
   * @return its model interface
   * @throws IllegalArgumentException if the value is not a model value
   */
  public static Class<?> typeOf(Object value) {
    Objects.requireNonNull(value, "value");
    for (Class<?> i : value.getClass().getInterfaces()) {
      if (isModelType(i)) {
        return i;
      }
    }
    throw new IllegalArgumentException("not a model value: " + value.getClass().getName());
  }

  /**
   * The attributes of a model type, sorted by name.
   *
   * @param type a model type, must not be null
   * @return its attributes, never null, unmodifiable
   * @throws IllegalArgumentException if the type is not a model type
   */
  public static List<Attribute> attributes(Class<?> type) {
    Objects.requireNonNull(type, "type");
    if (!isModelType(type)) {
      throw new IllegalArgumentException("not a model type: " + type.getName());
    }
    return ATTRIBUTES.computeIfAbsent(type, ModelTypes::describe);
  }

  /**
   * The attribute of a model type with the given name.
   *
   * @param type a model type, must not be null
   * @param name an attribute name, must not be null
   * @return the attribute, or empty when the type has none of that name
   */
  public static Optional<Attribute> attribute(Class<?> type, String name) {
    Objects.requireNonNull(name, "name");
    return attributes(type).stream().filter(a -> a.name().equals(name)).findFirst();
  }

  private static List<Attribute> describe(Class<?> type) {
    List<Attribute> result = new ArrayList<>();
    for (Method m : type.getMethods()) {
      if (!Modifier.isAbstract(m.getModifiers()) || m.getParameterCount() != 0 || m.getDeclaringClass() != type) {
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
