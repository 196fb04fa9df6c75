package org.cocrea.core.meta;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.cocrea.core.LocalExercise;

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
   * The model type of a value: the model interface that a built value implements. Constant time: the answer is cached
   * per implementation class.
   *
   * @param value a model value, must not be null
   * @return its model interface
   * @throws IllegalArgumentException if the value is not a model value
   */
  public static Class<?> typeOf(Object value) {
    Objects.requireNonNull(value, "value");
    return TypeInfo.ofValue(value).type;
  }

  /**
   * The attributes of a model type, sorted by name.
   *
   * @param type a model type, must not be null
   * @return its attributes, never null, unmodifiable
   * @throws IllegalArgumentException if the type is not a model type
   */
  public static List<Attribute> attributes(Class<?> type) {
    return info(type).attributes;
  }

  /**
   * The attribute of a model type with the given name. Constant time.
   *
   * @param type a model type, must not be null
   * @param name an attribute name, must not be null
   * @return the attribute, or empty when the type has none of that name
   * @throws IllegalArgumentException if the type is not a model type
   */
  public static Optional<Attribute> attribute(Class<?> type, String name) {
    Objects.requireNonNull(name, "name");
    TypeInfo info = info(type);
    int slot = info.slot(name);
    return slot < 0 ? Optional.empty() : Optional.of(info.attributes.get(slot));
  }

  /**
   * A reader of one attribute of a model type: it returns what {@link Attribute#read} does, by the type's generated
   * plain call, without finding the attribute among the type's on each read. For walks that read the same attributes
   * of many values.
   *
   * <pre>{@code
   * Function<Object, Object> title = ModelTypes.reader(Commitment.class, ModelTypes.attribute(Commitment.class,
   *     "title").orElseThrow());
   * for (Commitment c : plan.commitments()) {
   *   System.out.println(title.apply(c));   // Optional[...]
   * }
   * }</pre>
   *
   * @param type a model type, must not be null
   * @param attribute one of the type's {@link #attributes}, must not be null
   * @return the reader; it reads any value of the type, and throws {@link IllegalArgumentException} for a value of
   *     another type, as {@link Attribute#read} does
   * @throws IllegalArgumentException if the type is not a model type, or the attribute is not one of its attributes
   * @since 0.2.0
   */
  public static Function<Object, Object> reader(Class<?> type, Attribute attribute) {
    Objects.requireNonNull(attribute, "attribute");
    TypeInfo info = info(type);
    int slot = info.slot(attribute);
    if (slot < 0) {
      throw new IllegalArgumentException(attribute.name() + " is not an attribute of " + type.getName());
    }
    return model -> info.read(slot, model);
  }

  /** The cached description of a model type. */
  static TypeInfo info(Class<?> type) {
    Objects.requireNonNull(type, "type");
    if (!isModelType(type)) {
      throw new IllegalArgumentException("not a model type: " + type.getName());
    }
    return TypeInfo.of(type);
  }
}
