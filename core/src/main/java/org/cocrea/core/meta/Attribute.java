package org.cocrea.core.meta;

import java.lang.reflect.Method;
import java.util.Objects;
import java.util.Optional;

/**
 * One attribute of a model type: its name (also its JSON property name and JSON Pointer segment), its shape and the
 * type of its elements. A value of six components (those of the {@linkplain #Attribute(String, Kind, Class, Class,
 * Class, Method) constructor}, with an accessor method of each name; equal when the components are equal). The
 * attributes of {@link ModelTypes} are described by the build, from the model interfaces, and look their {@link
 * #accessor() accessor} method up only when it is first asked for, so that describing, reading and building values
 * takes no reflection.
 *
 * <pre>{@code
 * Attribute title = ModelTypes.attribute(LocalExercise.class, "title").orElseThrow();
 * title.kind();          // OPTIONAL
 * title.elementType();   // String.class
 * title.read(exercise);  // Optional[...]
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Attribute {

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

  private final String name;
  private final Kind kind;
  private final Class<?> elementType;
  private final Class<?> keyType;
  private final Class<?> refTarget;
  /** The interface that declares the accessor (the model type, or a shared facet such as {@code Recorded}). */
  private final Class<?> owner;
  /** The accessor's name (the attribute's name, unless the attribute was made by hand otherwise). */
  private final String accessorName;
  /** The accessor, once looked up (or as given to the public constructor). */
  private volatile Method accessor;

  /**
   * Creates an attribute from its components (the library's own attributes come from {@link ModelTypes}).
   *
   * @param name the attribute's name, as its accessor is named, never null
   * @param kind the attribute's shape, never null
   * @param elementType the type of the value, or of each element of a list, set or map value, never null
   * @param keyType the key type of a {@link Kind#MAP} attribute, {@code Void.class} for other kinds
   * @param refTarget the type of element an identifier refers to ({@link org.cocrea.core.Ref}), or {@code Void.class}
   * @param accessor the accessor method on the model interface, never null
   * @throws NullPointerException if a component is null
   */
  public Attribute(
      String name, Kind kind, Class<?> elementType, Class<?> keyType, Class<?> refTarget, Method accessor) {
    this(Objects.requireNonNull(name, "name"), Objects.requireNonNull(kind, "kind"),
        Objects.requireNonNull(elementType, "elementType"), Objects.requireNonNull(keyType, "keyType"),
        Objects.requireNonNull(refTarget, "refTarget"),
        Objects.requireNonNull(accessor, "accessor").getDeclaringClass(), accessor.getName(), accessor);
  }

  private Attribute(String name, Kind kind, Class<?> elementType, Class<?> keyType, Class<?> refTarget,
      Class<?> owner, String accessorName, Method accessor) {
    this.name = name;
    this.kind = kind;
    this.elementType = elementType;
    this.keyType = keyType;
    this.refTarget = refTarget;
    this.owner = owner;
    this.accessorName = accessorName;
    this.accessor = accessor;
  }

  /**
   * An attribute as the build describes it ({@code GeneratedAccess}): its accessor is the public method of its name,
   * without parameters, of the interface that declares it, looked up on first use.
   */
  static Attribute described(
      String name, Kind kind, Class<?> elementType, Class<?> keyType, Class<?> refTarget, Class<?> owner) {
    return new Attribute(name, kind, elementType, keyType, refTarget, owner, name, null);
  }

  /**
   * The attribute's name, as its accessor is named.
   *
   * @return the name, never null
   */
  public String name() {
    return name;
  }

  /**
   * The attribute's shape.
   *
   * @return the kind, never null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The type of the value, or of each element of a list, set or map value.
   *
   * @return the element type, never null
   */
  public Class<?> elementType() {
    return elementType;
  }

  /**
   * The key type of a {@link Kind#MAP} attribute.
   *
   * @return the key type, {@code Void.class} for other kinds
   */
  public Class<?> keyType() {
    return keyType;
  }

  /**
   * The type of element an identifier refers to ({@link org.cocrea.core.Ref}).
   *
   * @return the referenced type, or {@code Void.class}
   */
  public Class<?> refTarget() {
    return refTarget;
  }

  /**
   * The accessor method on the model interface that declares it (the model type itself, or a shared facet such as
   * {@code Recorded} that it extends). Looked up on the first call, then the same method every time; thread-safe.
   *
   * @return the accessor, never null
   * @throws IllegalStateException if the declaring interface has no such public method (a bug of the build)
   */
  public Method accessor() {
    Method m = accessor;
    if (m == null) {
      synchronized (this) {
        m = accessor;
        if (m == null) {
          try {
            m = owner.getMethod(accessorName);
          } catch (NoSuchMethodException e) {
            throw new IllegalStateException("no accessor " + accessorName + "() on " + owner.getName(), e);
          }
          accessor = m;
        }
      }
    }
    return m;
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
    TypeInfo info = TypeInfo.ofOwner(owner);
    if (info == null && model != null && owner.isInstance(model)) {
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
      return accessor().invoke(model);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + name + " of " + model.getClass().getName(), e);
    }
  }

  /**
   * Whether another object is an attribute with equal components (the same name, kind, element, key and reference
   * types, and the same accessor).
   *
   * @param o any object, may be null
   * @return true when the components are equal
   */
  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof Attribute a && name.equals(a.name) && kind == a.kind
        && elementType == a.elementType && keyType == a.keyType && refTarget == a.refTarget && sameAccessor(a));
  }

  /**
   * Whether two attributes have equal accessors, without looking a lazy one up: a looked-up accessor is the
   * declaring interface's public method of that name without parameters, returning what the kind and element say.
   */
  private boolean sameAccessor(Attribute a) {
    if (owner != a.owner || !accessorName.equals(a.accessorName)) {
      return false;
    }
    Method mine = accessor;
    Method theirs = a.accessor;
    if (mine != null && theirs != null) {
      return mine.equals(theirs);
    }
    if (mine == null && theirs == null) {
      return true; // both described by the build: the same method of the same interface
    }
    Method known = mine != null ? mine : theirs;
    return known.getParameterCount() == 0 && known.getReturnType() == returnType(mine != null ? a : this);
  }

  /** The raw return type of a described attribute's accessor. */
  private static Class<?> returnType(Attribute a) {
    return switch (a.kind) {
      case REQUIRED -> a.elementType;
      case OPTIONAL -> Optional.class;
      case LIST -> java.util.List.class;
      case SET -> java.util.Set.class;
      case MAP -> java.util.Map.class;
    };
  }

  /**
   * A hash of the components, consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    // the accessor's part is Method.hashCode(), computed without looking the method up
    int h = name.hashCode();
    h = 31 * h + kind.hashCode();
    h = 31 * h + elementType.hashCode();
    h = 31 * h + keyType.hashCode();
    h = 31 * h + refTarget.hashCode();
    return 31 * h + (owner.getName().hashCode() ^ accessorName.hashCode());
  }

  /**
   * The components, as {@code Attribute[name=…, kind=…, elementType=…, keyType=…, refTarget=…, accessor=…]}
   * (which looks the accessor up).
   *
   * @return a description for diagnostics
   */
  @Override
  public String toString() {
    return "Attribute[name=" + name + ", kind=" + kind + ", elementType=" + elementType + ", keyType=" + keyType
        + ", refTarget=" + refTarget + ", accessor=" + accessor() + "]";
  }
}
