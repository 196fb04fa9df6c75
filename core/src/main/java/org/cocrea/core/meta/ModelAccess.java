package org.cocrea.core.meta;

import java.util.Arrays;
import java.util.List;

/**
 * Reads the attributes of one model type and fills its builder, by attribute slot (the attribute's index in {@link
 * ModelTypes#attributes}, sorted by name). The one implementation is generated: {@code GeneratedAccess}, plain method
 * calls through a switch, written by {@code org.cocrea.core.processor.ModelAccessProcessor} from the model interfaces
 * in the same compilation that Immutables writes the model's implementations in, so nothing is generated at run time,
 * a cold start stays short, and the access cannot be stale.
 *
 * <p>Why there is no run-time fallback any more: while the access was a committed file, a model changed without
 * regenerating it fell back to method handles. Now a build that compiles the model always writes the access with it
 * (a build without annotation processing has no {@code Immutable*} classes either, and does not compile), so a
 * fallback could only hide a bug of the processor. It survives as the test oracle ({@code MethodHandleAccess} in the
 * tests), which checks that the generated calls read and build exactly what the accessors and builders do.
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

  /**
   * The generated access of a model type.
   *
   * @throws IllegalStateException if the generated access does not know the type with exactly these attributes (a
   *     bug of the processor: the build writes it from the same interfaces)
   */
  static ModelAccess of(Class<?> type, List<Attribute> attributes) {
    ModelAccess generated = GeneratedAccess.of(type);
    String[] names = attributes.stream().map(Attribute::name).toArray(String[]::new);
    if (generated == null || !Arrays.equals(generated.names, names)) {
      throw new IllegalStateException("the generated access of " + type.getName() + " does not match its attributes "
          + Arrays.toString(names) + " (a bug of ModelAccessProcessor)");
    }
    return generated;
  }
}
