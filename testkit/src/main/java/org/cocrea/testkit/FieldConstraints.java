package org.cocrea.testkit;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.cocrea.core.meta.Attribute;
import org.cocrea.core.meta.ModelTypes;
import org.cocrea.core.meta.ModelWalker;

/**
 * A small, dependency-free check of the model's field-level constraints (the {@code jakarta.validation} annotations
 * on the accessors and their type arguments: {@code @NotBlank}, {@code @Size}, {@code @Pattern}, {@code @Positive},
 * {@code @PositiveOrZero}, {@code @DecimalMin}, {@code @DecimalMax}), so that core's tests can prove that generated
 * values are well-formed without a Bean Validation provider.
 *
 * <pre>{@code
 * assertThat(FieldConstraints.violations(RandomExercises.generate(7))).isEmpty();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class FieldConstraints {

  /**
   * One value that breaks a constraint.
   *
   * @param pointer JSON Pointer of the value, never null
   * @param constraint the constraint broken, as its annotation prints, never null
   * @param value the offending value, never null
   */
  public record Violation(String pointer, String constraint, Object value) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public Violation {
      Objects.requireNonNull(pointer, "pointer");
      Objects.requireNonNull(constraint, "constraint");
      Objects.requireNonNull(value, "value");
    }
  }

  private static final Map<String, java.util.regex.Pattern> PATTERNS = new ConcurrentHashMap<>();
  private static final Map<java.lang.reflect.Method, Annotation[]> CONSTRAINTS = new ConcurrentHashMap<>();

  private FieldConstraints() {}

  /**
   * Every value of a model tree that breaks a field-level constraint.
   *
   * @param root a model value, must not be null
   * @return the violations in walking order, never null, empty when every value is well-formed
   */
  public static List<Violation> violations(Object root) {
    Objects.requireNonNull(root, "root");
    List<Violation> result = new ArrayList<>();
    ModelWalker.walk(root, (pointer, value) -> {
      for (Attribute a : ModelTypes.attributes(ModelTypes.typeOf(value))) {
        Annotation[] constraints = CONSTRAINTS.computeIfAbsent(a.accessor(), m -> constraintsOf(a));
        if (constraints.length == 0) {
          continue;
        }
        String p = pointer + "/" + a.name();
        Object v = a.read(value);
        switch (a.kind()) {
          case REQUIRED -> check(constraints, p, v, result);
          case OPTIONAL -> ((Optional<?>) v).ifPresent(x -> check(constraints, p, x, result));
          case LIST, SET -> {
            int i = 0;
            for (Object x : (Collection<?>) v) {
              check(constraints, p + "/" + i++, x, result);
            }
          }
          case MAP -> {
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
              check(constraints, p + "/" + e.getKey(), e.getValue(), result);
            }
          }
        }
      }
    });
    return List.copyOf(result);
  }

  /** The constraints on an attribute's value, or on each element or map value of a container attribute. */
  private static Annotation[] constraintsOf(Attribute a) {
    AnnotatedType returned = a.accessor().getAnnotatedReturnType();
    return switch (a.kind()) {
      case REQUIRED -> a.accessor().getAnnotations();
      case OPTIONAL, LIST, SET -> argument(returned, 0);
      case MAP -> argument(returned, 1);
    };
  }

  private static Annotation[] argument(AnnotatedType type, int index) {
    return ((AnnotatedParameterizedType) type).getAnnotatedActualTypeArguments()[index].getAnnotations();
  }

  private static void check(Annotation[] annotations, String pointer, Object value, List<Violation> out) {
    for (Annotation an : annotations) {
      if (!holds(an, value)) {
        out.add(new Violation(pointer, an.toString(), value));
      }
    }
  }

  private static boolean holds(Annotation an, Object value) {
    if (an instanceof NotBlank) {
      return value instanceof CharSequence s && !s.toString().isBlank();
    }
    if (an instanceof Size size && value instanceof CharSequence s) {
      return s.length() >= size.min() && s.length() <= size.max();
    }
    if (an instanceof Pattern pattern && value instanceof CharSequence s) {
      return PATTERNS.computeIfAbsent(pattern.regexp(), java.util.regex.Pattern::compile).matcher(s).matches();
    }
    if (an instanceof Positive && value instanceof Number n) {
      return new BigDecimal(n.toString()).signum() > 0;
    }
    if (an instanceof PositiveOrZero && value instanceof Number n) {
      return new BigDecimal(n.toString()).signum() >= 0;
    }
    if (an instanceof DecimalMin min && value instanceof Number n) {
      int c = new BigDecimal(n.toString()).compareTo(new BigDecimal(min.value()));
      return min.inclusive() ? c >= 0 : c > 0;
    }
    if (an instanceof DecimalMax max && value instanceof Number n) {
      int c = new BigDecimal(n.toString()).compareTo(new BigDecimal(max.value()));
      return max.inclusive() ? c <= 0 : c < 0;
    }
    return true;
  }
}
