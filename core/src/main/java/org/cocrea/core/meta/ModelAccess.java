package org.cocrea.core.meta;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the attributes of one model type and fills its builder, by attribute slot (the attribute's index in {@link
 * ModelTypes#attributes}, sorted by name). Two implementations: the generated one ({@link GeneratedAccess}, plain
 * method calls through a switch, made at build time so that nothing is generated at run time and a cold start stays
 * short), and {@link Handles}, method handles found by reflection, for a type that the generated code does not know
 * or knows in another shape (a model changed without regenerating; {@code GeneratedAccessTest} reports that).
 */
abstract class ModelAccess {

  /** The attribute names, by slot, that this access was made for. */
  final String[] names;

  ModelAccess(String[] names) {
    this.names = names;
  }

  /** The accessor's result for the attribute in a slot. */
  abstract Object read(int slot, Object model) throws Throwable;

  /** A new builder of the type. */
  abstract Object newBuilder() throws Throwable;

  /**
   * Sets the attribute in a slot: the value is the element for required and optional attributes (an optional one is
   * set through the builder's {@code Optional} setter), an {@code Iterable} for lists and sets, a {@code Map} for maps.
   */
  abstract void set(int slot, Object builder, Object value) throws Throwable;

  /** Builds the value. */
  abstract Object build(Object builder) throws Throwable;

  /** The access of a type: the generated one when it has exactly these attributes, method handles otherwise. */
  static ModelAccess of(Class<?> type, List<Attribute> attributes) {
    ModelAccess generated = GeneratedAccess.of(type);
    if (generated != null && generated.names.length == attributes.size()) {
      boolean same = true;
      for (int i = 0; i < attributes.size() && same; i++) {
        same = generated.names[i].equals(attributes.get(i).name());
      }
      if (same) {
        return generated;
      }
    }
    return new Handles(type, attributes);
  }

  /** Method handles on the accessors and on the builder, found by reflection. */
  static final class Handles extends ModelAccess {
    private static final MethodType READER = MethodType.methodType(Object.class, Object.class);
    private static final MethodType FACTORY = MethodType.methodType(Object.class);
    private static final MethodType SETTER = MethodType.methodType(void.class, Object.class, Object.class);
    private static final MethodType BUILD = MethodType.methodType(Object.class, Object.class);

    private final Class<?> type;
    private final List<Attribute> attributes;
    private final MethodHandle[] readers;
    /** The builder's handles, found on first use (a type that is only read never needs them). */
    private volatile Builder builder;

    Handles(Class<?> type, List<Attribute> attributes) {
      super(attributes.stream().map(Attribute::name).toArray(String[]::new));
      this.type = type;
      this.attributes = attributes;
      this.readers = new MethodHandle[attributes.size()];
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      for (int i = 0; i < readers.length; i++) {
        try {
          readers[i] = lookup.unreflect(attributes.get(i).accessor()).asType(READER);
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("cannot read " + names[i] + " of " + type.getName(), e);
        }
      }
    }

    @Override
    Object read(int slot, Object model) throws Throwable {
      return (Object) readers[slot].invokeExact(model);
    }

    @Override
    Object newBuilder() throws Throwable {
      return (Object) builder().factory.invokeExact();
    }

    @Override
    void set(int slot, Object target, Object value) throws Throwable {
      builder().setters[slot].invokeExact(target, value);
    }

    @Override
    Object build(Object target) throws Throwable {
      return (Object) builder().build.invokeExact(target);
    }

    private Builder builder() {
      Builder b = builder;
      if (b == null) {
        b = new Builder(type, attributes);
        builder = b;
      }
      return b;
    }

    /** The handles of a type's builder. */
    private static final class Builder {
      final MethodHandle factory;
      final MethodHandle build;
      final MethodHandle[] setters;

      Builder(Class<?> type, List<Attribute> attributes) {
        setters = new MethodHandle[attributes.size()];
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        try {
          Method factoryMethod = type.getMethod("builder");
          factory = lookup.unreflect(factoryMethod).asType(FACTORY);
          Class<?> builderType = factoryMethod.getReturnType();
          build = handle(lookup, builderType.getMethod("build")).asType(BUILD);
          MethodHandle wrap = lookup.findStatic(Optional.class, "of", MethodType.methodType(Optional.class,
              Object.class));
          for (int i = 0; i < attributes.size(); i++) {
            Attribute a = attributes.get(i);
            Class<?> parameter = switch (a.kind()) {
              case REQUIRED -> a.elementType();
              case OPTIONAL -> Optional.class;
              case LIST, SET -> Iterable.class;
              case MAP -> Map.class;
            };
            MethodHandle setter = handle(lookup, builderType.getMethod(a.name(), parameter));
            if (a.kind() == Attribute.Kind.OPTIONAL) {
              setter = MethodHandles.filterArguments(setter, 1, wrap);
            }
            setters[i] = setter.asType(SETTER);
          }
        } catch (NoSuchMethodException | IllegalAccessException e) {
          throw new IllegalStateException("unexpected builder shape for " + type.getName(), e);
        }
      }

      /**
       * A handle on a builder method. The methods are declared by the generated, package-private {@code Immutable*}
       * classes, so access checks are suppressed where allowed; where not, the public method is looked up as is.
       */
      private static MethodHandle handle(MethodHandles.Lookup lookup, Method m) throws IllegalAccessException {
        try {
          m.setAccessible(true);
          return lookup.unreflect(m);
        } catch (RuntimeException | IllegalAccessException e) {
          try {
            return MethodHandles.publicLookup().unreflect(m);
          } catch (IllegalAccessException again) {
            again.addSuppressed(e);
            throw again;
          }
        }
      }
    }
  }
}
