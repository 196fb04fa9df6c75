package org.cocrea.core.meta;

import java.util.List;

/**
 * Describes the attributes of one model type, reads them and fills its builder, by attribute slot (the attribute's
 * index in {@link ModelTypes#attributes}, sorted by name). The one implementation is generated: {@code
 * GeneratedAccess}, the descriptions as constants and plain method calls through a switch, written by {@code
 * org.cocrea.core.processor.ModelAccessProcessor} from the model interfaces in the same compilation that Immutables
 * writes the model's implementations in, so nothing is generated or worked out by reflection at run time (each
 * accessor {@code Method} is found by its name),
 * a cold start stays short, and the access cannot be stale.
 *
 * <p>Why there is no run-time fallback any more: while the access was a committed file, a model changed without
 * regenerating it fell back to method handles. Now a build that compiles the model always writes the access with it
 * (a build without annotation processing has no {@code Immutable*} classes either, and does not compile), so a
 * fallback could only hide a bug of the processor. It survives as the test oracle ({@code MethodHandleAccess} in the
 * tests), which checks that the generated calls read and build exactly what the accessors and builders do; likewise
 * the reflective description of the attributes ({@code ReflectiveDescriptions} in the tests) checks the generated one.
 */
abstract class ModelAccess {

  /** The type's attributes, by slot (sorted by name): what the build describes, or what the test oracle is given. */
  final List<Attribute> attributes;

  ModelAccess(Attribute... attributes) {
    this.attributes = List.of(attributes);
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

  /**
   * The generated access of a model type, with its attributes.
   *
   * @throws IllegalStateException if the build generated no access for the type (a bug of the processor: it writes
   *     one for every interface that {@link ModelTypes#isModelType} recognises)
   */
  static ModelAccess of(Class<?> type) {
    ModelAccess generated = GeneratedAccess.of(type);
    if (generated == null) {
      throw new IllegalStateException("the build generated no access for the model type " + type.getName()
          + " (a bug of ModelAccessProcessor)");
    }
    return generated;
  }
}
