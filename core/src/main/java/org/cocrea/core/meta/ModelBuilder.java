package org.cocrea.core.meta;

import java.util.Objects;

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
 * <p>A builder is not thread-safe; what fills it (plain calls of the generated builder's methods, made at build time,
 * or method handles found once per type for a type the generated code does not know) is shared.
 *
 * @since 0.1.0
 */
public final class ModelBuilder {

  private final TypeInfo info;
  private final Object builder;

  private ModelBuilder(TypeInfo info) {
    this.info = info;
    try {
      this.builder = info.access.newBuilder();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("cannot create a builder of " + info.type.getName(), e);
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
    return new ModelBuilder(ModelTypes.info(type));
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
    int slot = info.slot(attribute.name());
    if (slot < 0) {
      throw new IllegalArgumentException("no attribute " + attribute.name() + " in " + info.type.getSimpleName());
    }
    try {
      info.access.set(slot, builder, value);
    } catch (Error e) {
      throw e;
    } catch (Throwable e) {
      // a value of the wrong type (a failed cast) or one the generated setter refuses, as Method.invoke reported it
      throw new IllegalArgumentException("cannot set " + attribute.name() + " of " + info.type.getSimpleName(), e);
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
      return info.access.build(builder);
    } catch (IllegalStateException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("cannot build " + info.type.getSimpleName(), e);
    }
  }
}
