package org.cocrea.core.meta;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where the Jakarta Validation annotations stand on one model type, as the build read them from the model interfaces
 * ({@code org.cocrea.core.processor.ModelAccessProcessor} writes them beside the attribute descriptions): the
 * class-level constraints, and for each property method (an argument-free, value-returning, non-static public method
 * of the interface or of one it extends) that carries a constraint or {@code @Valid} anywhere, the constraints and
 * {@code @Valid} on the method, on its return type and on the return type's type arguments. What a validator reads
 * by reflection ({@code getAnnotations}, {@code getAnnotatedReturnType}), without that reflection: the field
 * pre-check of {@code org.cocrea.validation} builds its plans from it. A constraint is an annotation retained at run
 * time whose type is meta-annotated {@code @Constraint} or lives in a {@code jakarta.validation}, {@code
 * javax.validation} or {@code org.hibernate.validator} package, except {@code @Valid} and {@code
 * org.cocrea.core.ModelConstraints}; the methods of {@code Object} and {@code builder()} are not property methods.
 *
 * <pre>{@code
 * ModelAnnotations m = ModelAnnotations.of(Milestone.class);
 * m.property("description").returned().arguments().get(0).constraints();
 * // [Use[type=jakarta.validation.constraints.Size, values={min=0, max=2000}], Use[type=...Pattern, ...]]
 * }</pre>
 *
 * @param classLevel whether the interface itself carries a constraint or {@code @Valid}
 * @param properties the property methods that carry a constraint or {@code @Valid} somewhere, sorted by name
 */
public record ModelAnnotations(boolean classLevel, List<Property> properties) {

  /**
   * Copies the properties.
   *
   * @param classLevel whether the interface carries a constraint or {@code @Valid}
   * @param properties the annotated property methods, never null
   */
  public ModelAnnotations {
    properties = List.copyOf(properties);
  }

  /**
   * The annotations of a model type, as the build read them.
   *
   * @param type a model type ({@link ModelTypes#isModelType}), must not be null
   * @return its annotations
   * @throws IllegalArgumentException if the type is not a model type
   */
  public static ModelAnnotations of(Class<?> type) {
    ModelAnnotations generated = ModelTypes.isModelType(type) ? GeneratedAnnotations.annotations(type) : null;
    if (generated == null) {
      throw new IllegalArgumentException("not a model type: " + type.getName());
    }
    return generated;
  }

  /**
   * The annotated property method of a name.
   *
   * @param name the method's name, must not be null
   * @return the property, or null when no method of that name carries a constraint or {@code @Valid}
   */
  public Property property(String name) {
    for (Property p : properties) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    return null;
  }

  /**
   * One property method: its name, whether it is an attribute's accessor (an abstract method of a model interface,
   * see {@link ModelTypes#attributes}) or a derived value (a default method), and the annotations on the method and
   * on its return type.
   *
   * @param name the method's name
   * @param attribute true for an attribute's accessor
   * @param method the constraints and {@code @Valid} on the method declaration (no type arguments)
   * @param returned the constraints and {@code @Valid} on the return type and its type arguments
   */
  public record Property(String name, boolean attribute, Site method, Site returned) {
    /**
     * Checks the components.
     *
     * @param name the method's name, never null
     * @param attribute true for an attribute's accessor
     * @param method the method's annotations, never null
     * @param returned the return type's annotations, never null
     */
    public Property {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(returned, "returned");
    }
  }

  /**
   * The annotations at one place: a method declaration, or a type use (the return type, or one of its type
   * arguments, which have their own sites in order; empty for a type that is not parameterized).
   *
   * @param constraints the constraints, in source order
   * @param valid whether {@code @Valid} stands there
   * @param arguments the sites of the type arguments, in order
   */
  public record Site(List<Use> constraints, boolean valid, List<Site> arguments) {
    /** A place without annotations and without type arguments. */
    public static final Site NONE = new Site(List.of(), false, List.of());

    /**
     * Copies the lists.
     *
     * @param constraints the constraints, never null
     * @param valid whether {@code @Valid} stands there
     * @param arguments the type arguments' sites, never null
     */
    public Site {
      constraints = List.copyOf(constraints);
      arguments = List.copyOf(arguments);
    }
  }

  /**
   * One constraint annotation: its type's qualified name and, for the constraints that {@code org.cocrea.validation}
   * checks itself, the values of their elements (defaults included): {@code min}, {@code max} ({@code Integer}) of
   * {@code @Size}; {@code regexp} ({@code String}) and {@code flags} (a {@code List} of {@code Pattern.Flag} names) of
   * {@code @Pattern}; {@code value} ({@code String}) and {@code inclusive} ({@code Boolean}) of {@code @DecimalMin}
   * and {@code @DecimalMax}. Other constraints have no values here.
   *
   * @param type the annotation type's qualified (binary) name
   * @param values the element values that matter, by element name
   */
  public record Use(String type, Map<String, Object> values) {
    /**
     * Copies the values.
     *
     * @param type the annotation type's name, never null
     * @param values the element values, never null
     */
    public Use {
      Objects.requireNonNull(type, "type");
      values = Map.copyOf(values);
    }

    /**
     * Whether another object is a use of the same constraint with equal values (written out rather than a record's
     * generated method: a cold run then bootstraps no method handles for it).
     *
     * @param o any object, may be null
     * @return true when the type and the values are equal
     */
    @Override
    public boolean equals(Object o) {
      return this == o || (o instanceof Use u && type.equals(u.type) && values.equals(u.values));
    }

    /**
     * A hash of the type and the values, consistent with {@link #equals}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
      return 31 * type.hashCode() + values.hashCode();
    }
  }
}
