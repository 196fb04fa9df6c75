package org.cocrea.core.meta;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The test oracle of the generated access: method handles on the accessors and on the builder, found by reflection
 * (what the library used as a run-time fallback while the generated access was a committed file).
 */
final class MethodHandleAccess extends ModelAccess {
  private static final MethodType READER = MethodType.methodType(Object.class, Object.class);
  private static final MethodType FACTORY = MethodType.methodType(Object.class);
  private static final MethodType SETTER = MethodType.methodType(void.class, Object.class, Object.class);
  private static final MethodType BUILD = MethodType.methodType(Object.class, Object.class);

  private final Class<?> type;
  private final List<Attribute> attributes;
  private final MethodHandle[] readers;
  /** The builder's handles, found on first use (a type that is only read never needs them). */
  private volatile Builder builder;

  MethodHandleAccess(Class<?> type, List<Attribute> attributes) {
    super(attributes.toArray(new Attribute[0]));
    this.type = type;
    this.attributes = attributes;
    this.readers = new MethodHandle[attributes.size()];
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    for (int i = 0; i < readers.length; i++) {
      try {
        readers[i] = lookup.unreflect(attributes.get(i).accessor()).asType(READER);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot read " + attributes.get(i).name() + " of " + type.getName(), e);
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
