package org.cocrea.core.meta;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds a model value attribute by attribute, by reflection over the type's builder. Readers of other formats (JSON,
 * CSV) use it so that they need no code per type.
 *
 * <pre>{@code
 * ModelBuilder b = ModelBuilder.of(Organization.class);
 * b.set(ModelTypes.attribute(Organization.class, "id").orElseThrow(), "org-1");
 * Organization org = (Organization) b.build();
 * }</pre>
 *
 * <p>A builder is not thread-safe; the reflective plan behind it is computed once per type and shared.
 *
 * @since 0.1.0
 */
public final class ModelBuilder {

  private static final Map<Class<?>, Plan> PLANS = new ConcurrentHashMap<>();

  private final Plan plan;
  private final Object builder;

  private ModelBuilder(Plan plan) {
    this.plan = plan;
    try {
      this.builder = plan.factory.invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create a builder of " + plan.type.getName(), e);
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
    Objects.requireNonNull(type, "type");
    return new ModelBuilder(PLANS.computeIfAbsent(type, Plan::new));
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
    Method setter = plan.setters.get(attribute.name());
    if (setter == null) {
      throw new IllegalArgumentException("no attribute " + attribute.name() + " in " + plan.type.getSimpleName());
    }
    Object argument = attribute.kind() == Attribute.Kind.OPTIONAL ? Optional.of(value) : value;
    try {
      setter.invoke(builder, argument);
    } catch (IllegalArgumentException | ReflectiveOperationException e) {
      throw new IllegalArgumentException("cannot set " + attribute.name() + " of " + plan.type.getSimpleName(), e);
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
      return plan.build.invoke(builder);
    } catch (java.lang.reflect.InvocationTargetException e) {
      if (e.getCause() instanceof IllegalStateException ise) {
        throw ise;
      }
      throw new IllegalStateException("cannot build " + plan.type.getSimpleName(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + plan.type.getSimpleName(), e);
    }
  }

  private static final class Plan {
    final Class<?> type;
    final Method factory;
    final Method build;
    final Map<String, Method> setters = new HashMap<>();

    Plan(Class<?> type) {
      this.type = type;
      List<Attribute> attributes = ModelTypes.attributes(type);
      try {
        factory = type.getMethod("builder");
        Class<?> builderType = factory.getReturnType();
        build = accessible(builderType.getMethod("build"));
        for (Attribute a : attributes) {
          Class<?> parameter = switch (a.kind()) {
            case REQUIRED -> a.elementType();
            case OPTIONAL -> Optional.class;
            case LIST, SET -> Iterable.class;
            case MAP -> Map.class;
          };
          setters.put(a.name(), accessible(builderType.getMethod(a.name(), parameter)));
        }
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("unexpected builder shape for " + type.getName(), e);
      }
    }

    /**
     * The method, with access checks suppressed where allowed: the builder methods are declared by the generated,
     * package-private {@code Immutable*} classes, and checking access on every call was the largest single cost of
     * binding a document (a public method of a non-public class fails the fast access check).
     */
    private static Method accessible(Method m) {
      try {
        m.setAccessible(true);
      } catch (RuntimeException e) {
        // a security manager or module boundary said no: the public method still works, only slower
      }
      return m;
    }
  }
}
