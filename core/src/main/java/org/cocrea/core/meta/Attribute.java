package org.cocrea.core.meta;

import java.lang.reflect.Method;
import java.util.Objects;
import java.util.Optional;

/**
 * One attribute of a model type: its name (also its JSON property name and JSON Pointer segment), its shape and the
 * type of its elements.
 *
 * @param name the attribute's name, as its accessor is named, never null
 * @param kind the attribute's shape, never null
 * @param elementType the type of the value, or of each element of a list, set or map value, never null
 * @param keyType the key type of a {@link Kind#MAP} attribute, {@code Void.class} for other kinds
 * @param refTarget the type of element an identifier refers to ({@link org.cocrea.core.Ref}), or {@code Void.class}
 * @param accessor the accessor method on the model interface, never null
 * @since 0.1.0
 */
public record Attribute(
    String name, Kind kind, Class<?> elementType, Class<?> keyType, Class<?> refTarget, Method accessor) {

  /** The shape of an attribute's value. */
  public enum Kind {
    /** A mandatory single value (identifiers). */
    REQUIRED,
    /** An {@code Optional} single value. */
    OPTIONAL,
    /** An ordered list. */
    LIST,
    /** A set (of enum codes), written in the enum's declaration order. */
    SET,
    /** A map keyed by an enum code. */
    MAP
  }

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public Attribute {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(elementType, "elementType");
    Objects.requireNonNull(keyType, "keyType");
    Objects.requireNonNull(refTarget, "refTarget");
    Objects.requireNonNull(accessor, "accessor");
  }

  /**
   * An attribute as the build describes it ({@code GeneratedAccess}, from the model interfaces): its accessor is the
   * public method of its name, without parameters, of the interface that declares it (the model type, or a shared
   * facet such as {@code Recorded}).
   */
  static Attribute described(
      String name, Kind kind, Class<?> elementType, Class<?> keyType, Class<?> refTarget, Class<?> owner) {
    try {
      return new Attribute(name, kind, elementType, keyType, refTarget, owner.getMethod(name));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("the build described " + owner.getName() + "." + name + "(), which is not there",
          e);
    }
  }

  /**
   * Whether the attribute's elements are themselves model types (nested objects).
   *
   * @return true for nested model values
   */
  public boolean isNested() {
    return ModelTypes.isModelType(elementType);
  }

  /**
   * The referenced type, for identifier attributes.
   *
   * @return the type referred to, or empty when the attribute is not a reference
   */
  public Optional<Class<?>> reference() {
    return refTarget == Void.class ? Optional.empty() : Optional.of(refTarget);
  }

  /**
   * Reads the attribute's value from a model object, as its accessor returns it ({@code Optional}, {@code List}, …).
   * Attributes obtained from {@link ModelTypes} are read by a generated plain call, in constant time, without
   * reflection.
   *
   * @param model a value of the attribute's model type, must not be null
   * @return the accessor's result, never null
   * @throws IllegalArgumentException if the value is not of the attribute's model type
   * @throws IllegalStateException if the accessor cannot be invoked (a bug)
   */
  public Object read(Object model) {
    TypeInfo info = TypeInfo.ofOwner(accessor.getDeclaringClass());
    if (info == null && model != null && accessor.getDeclaringClass().isInstance(model)) {
      // an accessor of a shared facet (Recorded, …): the value's own type knows it by name
      info = TypeInfo.ofValue(model);
    }
    if (info != null) {
      int slot = info.slot(this);
      if (slot >= 0) {
        return info.read(slot, model);
      }
    }
    try {
      return accessor.invoke(model);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + name + " of " + model.getClass().getName(), e);
    }
  }
}
