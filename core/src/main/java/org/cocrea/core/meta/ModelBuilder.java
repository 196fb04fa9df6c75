package org.cocrea.core.meta;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds a model value attribute by attribute, over the type's generated builder. Readers of other formats (JSON,
 * CSV) use it so that they need no code per type.
 *
 * <pre>{@code
 * ModelBuilder b = ModelBuilder.of(Organization.class);
 * b.set(ModelTypes.attribute(Organization.class, "id").orElseThrow(), "org-1");
 * Organization org = (Organization) b.build();
 * }</pre>
 *
 * <p>A builder is not thread-safe; the plan behind it (method handles for the builder's factory, setters and
 * {@code build()}, found by reflection once per type, on first use) is shared.
 *
 * @since 0.1.0
 */
public final class ModelBuilder {

  private static final MethodType FACTORY = MethodType.methodType(Object.class);
  private static final MethodType SETTER = MethodType.methodType(void.class, Object.class, Object.class);
  private static final MethodType BUILD = MethodType.methodType(Object.class, Object.class);

  private static final ClassValue<Plan> PLANS = new ClassValue<>() {
    @Override
    protected Plan computeValue(Class<?> type) {
      return new Plan(type);
    }
  };

  private final Plan plan;
  private final Object builder;

  private ModelBuilder(Plan plan) {
    this.plan = plan;
    try {
      this.builder = (Object) plan.factory.invokeExact();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("cannot create a builder of " + plan.info.type.getName(), e);
    }
  }

  /**
   * A new builder for a model type.
   *
   * @param type a model type, must not be null
   * @return a builder, never null
   * @throws IllegalArgumentException if the type is not a model type
   */
  public static ModelBuilder of(Class<?> type) {
    ModelTypes.info(type);
    return new ModelBuilder(PLANS.get(type));
  }

  /**
   * Sets an attribute. The value is the element itself for required and optional attributes, a {@code Collection}
   * for lists and sets, a {@code Map} for maps.
   *
   * @param attribute an attribute of this builder's type, must not be null
   * @param value the value, must not be null
   * @return this builder
   * @throws IllegalArgumentException if the value does not fit the attribute
   */
  public ModelBuilder set(Attribute attribute, Object value) {
    Objects.requireNonNull(value, "value");
    int slot = plan.info.slot(attribute.name());
    if (slot < 0) {
      throw new IllegalArgumentException("no attribute " + attribute.name() + " in " + plan.info.type.getSimpleName());
    }
    Object argument = plan.wrap[slot] ? Optional.of(value) : value;
    try {
      plan.setters[slot].invokeExact(builder, argument);
    } catch (RuntimeException e) {
      // a value of the wrong type (a failed cast) or one the generated setter refuses, as Method.invoke reported it
      throw new IllegalArgumentException(
          "cannot set " + attribute.name() + " of " + plan.info.type.getSimpleName(), e);
    } catch (Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalArgumentException(
          "cannot set " + attribute.name() + " of " + plan.info.type.getSimpleName(), e);
    }
    return this;
  }

  /**
   * Builds the value.
   *
   * @return the built value, an instance of the model type
   * @throws IllegalStateException if a mandatory attribute (an identifier) was not set
   */
  public Object build() {
    try {
      return (Object) plan.build.invokeExact(builder);
    } catch (IllegalStateException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("cannot build " + plan.info.type.getSimpleName(), e);
    }
  }

  /** The method handles that build values of one type. */
  private static final class Plan {
    final TypeInfo info;
    final MethodHandle factory;
    final MethodHandle build;
    /** The setter of each attribute, by slot. */
    final MethodHandle[] setters;
    /** Whether the setter of a slot takes an {@code Optional} (the value must be wrapped). */
    final boolean[] wrap;

    Plan(Class<?> type) {
      this.info = TypeInfo.of(type);
      List<Attribute> attributes = info.attributes;
      setters = new MethodHandle[attributes.size()];
      wrap = new boolean[attributes.size()];
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      try {
        Method factoryMethod = type.getMethod("builder");
        factory = lookup.unreflect(factoryMethod).asType(FACTORY);
        Class<?> builderType = factoryMethod.getReturnType();
        build = handle(lookup, builderType.getMethod("build")).asType(BUILD);
        for (int i = 0; i < attributes.size(); i++) {
          Attribute a = attributes.get(i);
          Method setter = null;
          if (a.kind() == Attribute.Kind.OPTIONAL) {
            // the element setter (title(String)) stores exactly what title(Optional.of(value)) stores, without
            // the Optional
            setter = element(builderType, a);
          }
          if (setter == null) {
            Class<?> parameter = switch (a.kind()) {
              case REQUIRED -> a.elementType();
              case OPTIONAL -> Optional.class;
              case LIST, SET -> Iterable.class;
              case MAP -> Map.class;
            };
            setter = builderType.getMethod(a.name(), parameter);
            wrap[i] = a.kind() == Attribute.Kind.OPTIONAL;
          }
          setters[i] = handle(lookup, setter).asType(SETTER);
        }
      } catch (NoSuchMethodException | IllegalAccessException e) {
        throw new IllegalStateException("unexpected builder shape for " + type.getName(), e);
      }
    }

    private static Method element(Class<?> builderType, Attribute a) {
      try {
        return builderType.getMethod(a.name(), a.elementType());
      } catch (NoSuchMethodException e) {
        return null;
      }
    }

    /**
     * A handle on a builder method. The methods are declared by the generated, package-private {@code Immutable*}
     * classes, so access checks are suppressed where allowed; where not, the public method is looked up through the
     * public builder type.
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
