package org.cocrea.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Valid;
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
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.cocrea.core.Constraints;
import org.cocrea.core.meta.Attribute;
import org.cocrea.core.meta.ModelTypes;

/**
 * A fast, conservative pre-check of the model's field-level Jakarta constraints: it says "certainly valid" only when
 * Hibernate Validator would report no violation at all, so that {@link FieldConstraints} can skip Hibernate Validator
 * (and its start-up) for well-formed exercises and keep its exact findings for all others.
 *
 * <p>It walks every nested model value (a superset of what {@code @Valid} cascades reach) and checks the constraints
 * of each attribute as Hibernate Validator does: {@code @Size} on lengths and sizes, {@code @Pattern} with the same
 * {@code java.util.regex} pattern and flags ({@code matches()}; the model's "not blank" pattern by an equivalent loop),
 * the number constraints exactly on integers and decimals, and {@code @NotBlank} more strictly than any reading of it
 * (a character that is neither a control character, nor white space, nor a space separator). Anything else — another
 * constraint, a constraint on a derived method or on a container itself, a value of another type — makes it answer
 * "not sure". Thread-safe.
 */
final class ConstraintPreCheck {

  /** Methods the validator's property selection ignores (see {@code AccessorPropertySelectionStrategy}). */
  private static final Set<String> NOT_PROPERTIES =
      Set.of("hashCode", "toString", "getClass", "clone", "finalize", "builder");

  private static final Map<Class<?>, Plan> PLANS = new ConcurrentHashMap<>();
  private static final Map<String, java.util.regex.Pattern> PATTERNS = new ConcurrentHashMap<>();

  private ConstraintPreCheck() {}

  /**
   * Whether a model value and everything nested in it certainly satisfies every field-level constraint.
   *
   * @param root a model value
   * @return true only when Hibernate Validator would report no violation
   */
  static boolean certainlyValid(Object root) {
    return valid(root);
  }

  /**
   * Whether the constraints of one attribute certainly hold for a value shaped like the attribute's ({@code
   * Optional}, list …); tests compare it with Hibernate Validator's {@code validateValue}.
   */
  static boolean attributeHolds(Class<?> type, Attribute attribute, Object value) {
    Plan plan = PLANS.computeIfAbsent(type, ConstraintPreCheck::plan);
    if (!plan.supported) {
      return false;
    }
    for (Check c : plan.checks) {
      if (c.attribute.equals(attribute)) {
        return c.holds(value);
      }
    }
    return true;
  }

  private static boolean valid(Object model) {
    Plan plan = PLANS.computeIfAbsent(model.getClass(), ConstraintPreCheck::plan);
    if (!plan.supported) {
      return false;
    }
    for (Check c : plan.checks) {
      Object v = c.attribute.read(model);
      if (!c.holds(v)) {
        return false;
      }
    }
    for (Attribute a : plan.nested) {
      Object v = a.read(model);
      if (v instanceof Optional<?> o) {
        if (o.isPresent() && !valid(o.get())) {
          return false;
        }
      } else if (v instanceof Map<?, ?> map) {
        for (Object x : map.values()) {
          if (!valid(x)) {
            return false;
          }
        }
      } else if (v instanceof Collection<?> c) {
        for (Object x : c) {
          if (!valid(x)) {
            return false;
          }
        }
      } else if (!valid(v)) {
        return false;
      }
    }
    return true;
  }

  /** What to check on one runtime class; {@code supported} is false when the pre-check cannot decide. */
  private record Plan(boolean supported, List<Check> checks, List<Attribute> nested) {}

  /** The constraints on one attribute: on its single value, or on each element, or on each map key and value. */
  private record Check(Attribute attribute, Rule[] value, Rule[] key) {

    boolean holds(Object v) {
      return switch (attribute.kind()) {
        case REQUIRED -> all(value, v);
        case OPTIONAL -> all(value, ((Optional<?>) v).orElse(null));
        case LIST, SET -> {
          for (Object x : (Collection<?>) v) {
            if (!all(value, x)) {
              yield false;
            }
          }
          yield true;
        }
        case MAP -> {
          for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
            if (!all(key, e.getKey()) || !all(value, e.getValue())) {
              yield false;
            }
          }
          yield true;
        }
      };
    }
  }

  /** One constraint, read from its annotation once: whether it certainly holds for a value. */
  @FunctionalInterface
  private interface Rule {
    boolean holds(Object value);
  }

  private static boolean all(Rule[] rules, Object value) {
    for (Rule r : rules) {
      if (!r.holds(value)) {
        return false;
      }
    }
    return true;
  }

  /** The rule of a supported constraint annotation. */
  private static Rule rule(Annotation a) {
    if (a instanceof Pattern p) {
      if (p.flags().length == 0 && Constraints.NOT_BLANK.equals(p.regexp())) {
        // "(?s).*\S.*" matches exactly the texts with a character outside [ \t\n\x0B\f\r]
        return v -> v == null || (v instanceof CharSequence s && hasNonRegexSpace(s));
      }
      if (p.flags().length == 0 && Constraints.ID_PATTERN.equals(p.regexp())) {
        return v -> v == null || (v instanceof CharSequence s && isIdentifier(s));
      }
      java.util.regex.Pattern compiled = compiled(p);
      return v -> v == null || (v instanceof CharSequence s && compiled.matcher(s).matches());
    }
    if (a instanceof Size size) {
      int min = size.min();
      int max = size.max();
      return v -> {
        if (v == null) {
          return true;
        }
        int n;
        if (v instanceof CharSequence s) {
          n = s.length();
        } else if (v instanceof Collection<?> c) {
          n = c.size();
        } else if (v instanceof Map<?, ?> m) {
          n = m.size();
        } else {
          return false;
        }
        return n >= min && n <= max;
      };
    }
    return v -> holds(a, v);
  }

  /** Whether one supported constraint certainly holds for a value ({@code null} for an empty {@code Optional}). */
  static boolean holds(Annotation a, Object value) {
    if (a instanceof NotBlank) {
      return value instanceof CharSequence s && hasVisibleCharacter(s);
    }
    if (value == null) {
      return true; // every other supported constraint accepts null
    }
    if (a instanceof Size size) {
      int n;
      if (value instanceof CharSequence s) {
        n = s.length();
      } else if (value instanceof Collection<?> c) {
        n = c.size();
      } else if (value instanceof Map<?, ?> m) {
        n = m.size();
      } else {
        return false;
      }
      return n >= size.min() && n <= size.max();
    }
    if (a instanceof Pattern p) {
      if (!(value instanceof CharSequence s)) {
        return false;
      }
      return compiled(p).matcher(s).matches();
    }
    BigDecimal number = exact(value);
    if (number == null) {
      return false;
    }
    if (a instanceof Positive) {
      return number.signum() > 0;
    }
    if (a instanceof PositiveOrZero) {
      return number.signum() >= 0;
    }
    if (a instanceof DecimalMin min) {
      int c = number.compareTo(new BigDecimal(min.value()));
      return min.inclusive() ? c >= 0 : c > 0;
    }
    if (a instanceof DecimalMax max) {
      int c = number.compareTo(new BigDecimal(max.value()));
      return max.inclusive() ? c <= 0 : c < 0;
    }
    return false;
  }

  private static boolean isSupported(Annotation a) {
    return a instanceof NotBlank || a instanceof Size || a instanceof Pattern || a instanceof Positive
        || a instanceof PositiveOrZero || a instanceof DecimalMin || a instanceof DecimalMax;
  }

  private static java.util.regex.Pattern compiled(Pattern p) {
    int flags = 0;
    for (Pattern.Flag f : p.flags()) {
      flags |= f.getValue();
    }
    int all = flags;
    return PATTERNS.computeIfAbsent(all + "/" + p.regexp(), k -> java.util.regex.Pattern.compile(p.regexp(), all));
  }

  /** Integers and decimals as exact decimals; null for any other type (the pre-check then cannot decide). */
  private static BigDecimal exact(Object value) {
    if (value instanceof BigDecimal d) {
      return d;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof BigInteger i) {
      return new BigDecimal(i);
    }
    return null;
  }

  /** A character that is neither a control character, nor white space, nor a space separator. */
  private static boolean hasVisibleCharacter(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > ' ' && !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !Character.isISOControl(c)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a text matches {@code ^[A-Za-z0-9][A-Za-z0-9._:-]*$} as a whole (as {@code matches()} does). */
  static boolean isIdentifier(CharSequence s) {
    int n = s.length();
    if (n == 0 || !isAsciiLetterOrDigit(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = s.charAt(i);
      if (!isAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** A character that the regular expression {@code \S} matches (anything outside {@code [ \t\n\x0B\f\r]}). */
  private static boolean hasNonRegexSpace(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------------------------------ plans per class

  private static Plan plan(Class<?> runtime) {
    Class<?> type = modelTypeOf(runtime);
    if (type == null || !constraints(type.getAnnotations()).isEmpty()
        || !constraints(runtime.getAnnotations()).isEmpty()) {
      return new Plan(false, List.of(), List.of()); // not a model value, or a class-level constraint
    }
    Map<String, Attribute> attributes = new java.util.HashMap<>();
    for (Attribute a : ModelTypes.attributes(type)) {
      attributes.put(a.name(), a);
    }
    List<Check> checks = new ArrayList<>();
    List<Attribute> nested = new ArrayList<>();
    Set<Method> methods = new LinkedHashSet<>(List.of(type.getMethods()));
    methods.addAll(List.of(runtime.getMethods()));
    for (Method m : methods) {
      if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0 || m.getReturnType() == void.class
          || NOT_PROPERTIES.contains(m.getName())) {
        continue;
      }
      Attribute a = attributes.get(m.getName());
      boolean declaredByModel = a != null && m.getDeclaringClass() == type;
      List<Annotation> onMethod = constraints(m.getAnnotations());
      AnnotatedType returned = m.getAnnotatedReturnType();
      if (!declaredByModel) {
        // generated overrides, derived values: Hibernate Validator would check constraints there too
        if (!onMethod.isEmpty() || hasConstraint(returned)) {
          return new Plan(false, List.of(), List.of());
        }
        continue;
      }
      Annotation[] value;
      Annotation[] key = new Annotation[0];
      switch (a.kind()) {
        case REQUIRED -> {
          Set<Annotation> union = new LinkedHashSet<>(onMethod);
          union.addAll(constraints(returned.getAnnotations()));
          if (returned instanceof AnnotatedParameterizedType p && anyConstraint(p.getAnnotatedActualTypeArguments())) {
            return new Plan(false, List.of(), List.of());
          }
          value = union.toArray(new Annotation[0]);
        }
        case OPTIONAL, LIST, SET, MAP -> {
          if (!onMethod.isEmpty() || !constraints(returned.getAnnotations()).isEmpty()
              || !(returned instanceof AnnotatedParameterizedType p)) {
            return new Plan(false, List.of(), List.of()); // a constraint on the container itself
          }
          AnnotatedType[] args = p.getAnnotatedActualTypeArguments();
          AnnotatedType element = args[a.kind() == Attribute.Kind.MAP ? 1 : 0];
          if (a.kind() == Attribute.Kind.MAP) {
            if (hasNestedConstraint(args[0])) {
              return new Plan(false, List.of(), List.of());
            }
            key = constraints(args[0].getAnnotations()).toArray(new Annotation[0]);
          }
          if (hasNestedConstraint(element)) {
            return new Plan(false, List.of(), List.of());
          }
          value = constraints(element.getAnnotations()).toArray(new Annotation[0]);
        }
        default -> throw new IllegalStateException(a.kind().toString());
      }
      for (Annotation c : value) {
        if (!isSupported(c)) {
          return new Plan(false, List.of(), List.of());
        }
      }
      for (Annotation c : key) {
        if (!isSupported(c)) {
          return new Plan(false, List.of(), List.of());
        }
      }
      if (value.length > 0 || key.length > 0) {
        checks.add(new Check(a, rules(value), rules(key)));
      }
      if (a.isNested()) {
        nested.add(a);
      }
    }
    return new Plan(true, List.copyOf(checks), List.copyOf(nested));
  }

  private static Rule[] rules(Annotation[] annotations) {
    Rule[] rules = new Rule[annotations.length];
    for (int i = 0; i < annotations.length; i++) {
      rules[i] = rule(annotations[i]);
    }
    return rules;
  }

  /** The model interface a runtime class implements, or null. */
  private static Class<?> modelTypeOf(Class<?> runtime) {
    if (ModelTypes.isModelType(runtime)) {
      return runtime;
    }
    for (Class<?> i : runtime.getInterfaces()) {
      if (ModelTypes.isModelType(i)) {
        return i;
      }
    }
    return null;
  }

  /** The constraint annotations among some annotations; {@code @Valid} is not one. */
  private static List<Annotation> constraints(Annotation[] annotations) {
    List<Annotation> out = new ArrayList<>();
    for (Annotation a : annotations) {
      if (isConstraint(a)) {
        out.add(a);
      }
    }
    return out;
  }

  private static boolean isConstraint(Annotation a) {
    Class<? extends Annotation> t = a.annotationType();
    if (t == Valid.class) {
      return false;
    }
    String pkg = t.getPackageName();
    return t.isAnnotationPresent(Constraint.class) || pkg.startsWith("jakarta.validation")
        || pkg.startsWith("javax.validation") || pkg.startsWith("org.hibernate.validator");
  }

  private static boolean hasConstraint(AnnotatedType type) {
    return !constraints(type.getAnnotations()).isEmpty() || hasNestedConstraint(type);
  }

  private static boolean hasNestedConstraint(AnnotatedType type) {
    return type instanceof AnnotatedParameterizedType p && anyConstraint(p.getAnnotatedActualTypeArguments());
  }

  private static boolean anyConstraint(AnnotatedType[] types) {
    for (AnnotatedType t : types) {
      if (hasConstraint(t)) {
        return true;
      }
    }
    return false;
  }
}
