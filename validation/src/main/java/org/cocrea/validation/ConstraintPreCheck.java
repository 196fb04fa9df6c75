package org.cocrea.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import org.cocrea.core.ModelConstraints;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.cocrea.core.Constraints;
import org.cocrea.core.meta.Attribute;
import org.cocrea.core.meta.ModelAnnotations;
import org.cocrea.core.meta.ModelAnnotations.Site;
import org.cocrea.core.meta.ModelAnnotations.Use;
import org.cocrea.core.meta.ModelTypes;
import org.cocrea.core.meta.ModelWalker;

/**
 * A fast, conservative pre-check of the model's field-level Jakarta constraints: it says "certainly valid" only when
 * Hibernate Validator would report no violation at all, so that {@link FieldConstraints} can skip Hibernate Validator
 * (and its start-up) for well-formed exercises, and otherwise names the few (model object, attribute) pairs that
 * Hibernate Validator has to look at ({@link #suspects}).
 *
 * <p>It checks the constraints of each attribute as Hibernate Validator does: {@code @Size} on lengths and sizes,
 * {@code @Pattern} with the same {@code java.util.regex} semantics ({@code matches()}; the model's own patterns by
 * equivalent loops), the number constraints exactly on integers and decimals, and {@code @NotBlank} more strictly
 * than any reading of it (a character that is neither a control character, nor white space, nor a space separator).
 * Anything else — another constraint, a constraint on a class, on a derived method or on a container itself, a value
 * of another type — makes it answer "not sure". What to check on a class is worked out once per class (a {@link
 * Plan}), on first use: for a model interface from the annotations the build read from it ({@link ModelAnnotations},
 * without reflection), for any other class by reflection over its methods and its interface's (the reference, which
 * {@code GeneratedPlanTest} compares with the former for every model type); the model's own {@code Immutable*}
 * implementations share their interface's plan. Walking a valid exercise allocates nothing but the walker.
 * Thread-safe.
 *
 * <p>Working the plans out eagerly when a checker is created (so that the command line's warm-up thread would pay for
 * them) was measured and left out: on two cores both threads are busy, and the time moved from the check to the
 * warm-up came back as a slower command-line set-up.
 */
final class ConstraintPreCheck {

  /** Methods the validator's property selection ignores (see {@code AccessorPropertySelectionStrategy}). */
  private static final Set<String> NOT_PROPERTIES =
      Set.of("hashCode", "toString", "getClass", "clone", "finalize", "builder");

  private static final Plan UNSUPPORTED = new Plan(false, new Step[0]);

  private static final ClassValue<Plan> PLANS = new ClassValue<>() {
    @Override
    protected Plan computeValue(Class<?> type) {
      return plan(type);
    }
  };

  private static final Map<String, java.util.regex.Pattern> PATTERNS = new ConcurrentHashMap<>();

  private ConstraintPreCheck() {}

  /**
   * Whether a model value and everything Hibernate Validator's {@code @Valid} cascade reaches from it certainly
   * satisfies every field-level constraint.
   *
   * @param root a model value
   * @return true only when Hibernate Validator would report no violation
   */
  static boolean certainlyValid(Object root) {
    List<Suspect> suspects = suspects(root);
    return suspects != null && suspects.isEmpty();
  }

  /**
   * A model object and one of its properties that the pre-check could not prove valid, with the JSON Pointer of the
   * object in the exercise's JSON form.
   *
   * @param pointer the object's pointer ({@code ""} for the root)
   * @param bean the model object
   * @param attribute the attribute (bean property)
   * @param value the attribute's value in the object, as its accessor returns it
   */
  record Suspect(String pointer, Object bean, Attribute attribute, Object value) {}

  /**
   * The (model object, attribute) pairs, among everything Hibernate Validator's {@code @Valid} cascade reaches from
   * the root, whose constraints the pre-check could not prove; every pair outside this list certainly holds. Null
   * when the pre-check cannot reason about the value: a class with a class-level, derived or unknown constraint, a
   * cascade through a set or a map, or a suspect object reached along two paths (Hibernate Validator validates a
   * shared object once only, at whichever path it meets first). One walk; for a valid value it allocates nothing but
   * the walker.
   *
   * @param root a model value
   * @return the suspects in walk order (empty when the value is certainly valid), or null when only a full Hibernate
   *     Validator run can tell
   */
  static List<Suspect> suspects(Object root) {
    Walker walker = new Walker();
    if (!walker.walk(root, PLANS.get(root.getClass()))) {
      return null;
    }
    List<Suspect> suspects = walker.suspects;
    if (suspects == null) {
      return List.of();
    }
    // a shared object only matters when it holds a suspect: that object then shows up under two pointers
    Map<Object, String> pointers = new IdentityHashMap<>();
    for (Suspect s : suspects) {
      String previous = pointers.putIfAbsent(s.bean(), s.pointer());
      if (previous != null && !previous.equals(s.pointer())) {
        return null;
      }
    }
    return suspects;
  }

  /**
   * Whether the constraints of one attribute certainly hold for a value shaped like the attribute's ({@code
   * Optional}, list …); tests compare it with Hibernate Validator's {@code validateValue}.
   */
  static boolean attributeHolds(Class<?> type, Attribute attribute, Object value) {
    Plan plan = PLANS.get(type);
    if (!plan.supported) {
      return false;
    }
    for (Step s : plan.steps) {
      if (s.attribute.equals(attribute)) {
        return s.holds(value);
      }
    }
    return true;
  }

  /**
   * The plan of a runtime class as the pre-check uses it, and the plan that reading all its methods and its
   * interface's, each on its own, gives; tests compare the two for the model's own implementations (see {@link
   * #plan}).
   *
   * @return the two plans' descriptions: {@code [used, scanned in full]}
   */
  static List<String> plans(Class<?> runtime) {
    return List.of(PLANS.get(runtime).toString(), scan(runtime, modelTypeOf(runtime)).toString());
  }

  /**
   * The plan of a model interface from the build's description of its annotations, and the plan that reflection
   * over the interface's methods gives; tests compare the two for every model type.
   *
   * @return the two plans' descriptions: {@code [from the build's description, from reflection]}
   */
  static List<String> describedAndReflected(Class<?> modelType) {
    return List.of(described(modelType).toString(), scan(modelType, modelType).toString());
  }

  /** Whether one supported constraint certainly holds for a value ({@code null} for an empty {@code Optional}). */
  static boolean holds(Annotation a, Object value) {
    return Limit.of(use(a)).holds(value);
  }

  /** Whether a text matches a {@code @Pattern} regular expression (no flags) as the pre-check decides it. */
  static boolean patternHolds(String regexp, CharSequence text) {
    return Limit.pattern(regexp, 0).holds(text);
  }

  // ------------------------------------------------------------------------------------------ the walk

  /**
   * Walks what {@code @Valid} cascades reach, keeping the path as a stack of attribute tokens and list indexes that
   * becomes a pointer only for a suspect.
   */
  private static final class Walker {
    List<Suspect> suspects;
    private String[] names = new String[16];
    private int[] indexes = new int[16];
    private int depth;

    /** False when the pre-check cannot decide. */
    boolean walk(Object model, Plan plan) {
      if (!plan.supported) {
        return false;
      }
      for (Step s : plan.steps) {
        Object v = s.reader.apply(model);
        if (s.checked && !s.holds(v)) {
          if (suspects == null) {
            suspects = new ArrayList<>();
          }
          suspects.add(new Suspect(pointer(), model, s.attribute, v));
        }
        if (s.cascaded && !cascade(s, v)) {
          return false;
        }
      }
      return true;
    }

    private boolean cascade(Step step, Object v) {
      if (depth == names.length) {
        names = java.util.Arrays.copyOf(names, depth * 2);
        indexes = java.util.Arrays.copyOf(indexes, depth * 2);
      }
      int level = depth++;
      names[level] = step.token;
      indexes[level] = -1;
      boolean sure;
      if (v instanceof Optional<?> o) {
        sure = o.isEmpty() || walk(o.get(), step.planOf(o.get()));
      } else if (v instanceof List<?> list) {
        sure = true;
        for (int i = 0, n = list.size(); i < n && sure; i++) {
          indexes[level] = i;
          Object x = list.get(i);
          sure = walk(x, step.planOf(x));
        }
      } else if (v instanceof Collection<?> || v instanceof Map<?, ?>) {
        sure = false; // paths through sets and maps: not worth mirroring, the model has none
      } else {
        sure = walk(v, step.planOf(v));
      }
      depth = level;
      return sure;
    }

    private String pointer() {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < depth; i++) {
        b.append('/').append(names[i]);
        if (indexes[i] >= 0) {
          b.append('/').append(indexes[i]);
        }
      }
      return b.toString();
    }
  }

  /** A runtime class and its plan. */
  private record Seen(Class<?> type, Plan plan) {}

  /** What to check on one runtime class; {@code supported} is false when the pre-check cannot decide. */
  private record Plan(boolean supported, Step[] steps) {
    /** Every step with its constraints, for tests to compare plans. */
    @Override
    public String toString() {
      return supported ? java.util.Arrays.toString(steps) : "unsupported";
    }
  }

  /**
   * One attribute worth reading: its constraints (on its single value, or on each element, or on each map key and
   * value), and whether Hibernate Validator cascades into the model values it holds.
   */
  private static final class Step {
    final Attribute attribute;
    /** Reads the attribute from the plan's values by a plain generated call ({@link Attribute#read} looks it up). */
    final Function<Object, Object> reader;
    final Attribute.Kind kind;
    final Limit[] value;
    final Limit[] key;
    final boolean checked;
    final boolean cascaded;
    final String token;
    /** The last runtime class met in this attribute and its plan (racy but safe: an immutable pair). */
    private Seen seen;

    Step(Class<?> type, Attribute attribute, Limit[] value, Limit[] key, boolean cascaded) {
      this.attribute = attribute;
      this.reader = ModelTypes.reader(type, attribute);
      this.kind = attribute.kind();
      this.value = value;
      this.key = key;
      this.checked = value.length > 0 || key.length > 0;
      this.cascaded = cascaded;
      this.token = ModelWalker.escape(attribute.name());
    }

    /** The plan of a value of this attribute, without a class-value lookup when its class is the last one's. */
    Plan planOf(Object value) {
      Class<?> type = value.getClass();
      Seen last = seen;
      if (last != null && last.type == type) {
        return last.plan;
      }
      Plan plan = PLANS.get(type);
      seen = new Seen(type, plan);
      return plan;
    }

    @Override
    public String toString() {
      return attribute.name() + " " + kind + " " + java.util.Arrays.toString(value) + " "
          + java.util.Arrays.toString(key) + (cascaded ? " @Valid" : "");
    }

    boolean holds(Object v) {
      switch (kind) {
        case REQUIRED:
          return all(value, v);
        case OPTIONAL:
          return all(value, ((Optional<?>) v).orElse(null));
        case LIST:
          if (v instanceof List<?> list) {
            for (int i = 0, n = list.size(); i < n; i++) {
              if (!all(value, list.get(i))) {
                return false;
              }
            }
            return true;
          }
          return allElements(v);
        case SET:
          return allElements(v);
        case MAP:
          for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
            if (!all(key, e.getKey()) || !all(value, e.getValue())) {
              return false;
            }
          }
          return true;
        default:
          throw new IllegalStateException(kind.toString());
      }
    }

    private boolean allElements(Object v) {
      for (Object x : (Collection<?>) v) {
        if (!all(value, x)) {
          return false;
        }
      }
      return true;
    }
  }

  private static boolean all(Limit[] limits, Object value) {
    for (Limit l : limits) {
      if (!l.holds(value)) {
        return false;
      }
    }
    return true;
  }

  /** One supported constraint, read from its annotation once: whether it certainly holds for a value. */
  private static final class Limit {
    static final int NOT_BLANK = 0;
    static final int BLANK_PATTERN = 1;
    static final int ID = 2;
    static final int URL = 3;
    static final int EMAIL = 4;
    static final int SDG = 5;
    static final int REGEX = 6;
    static final int SIZE = 7;
    static final int POSITIVE = 8;
    static final int POSITIVE_OR_ZERO = 9;
    static final int MIN = 10;
    static final int MAX = 11;

    final int op;
    final java.util.regex.Pattern regex;
    final int min;
    final int max;
    final BigDecimal bound;
    final boolean inclusive;

    private Limit(int op, java.util.regex.Pattern regex, int min, int max, BigDecimal bound, boolean inclusive) {
      this.op = op;
      this.regex = regex;
      this.min = min;
      this.max = max;
      this.bound = bound;
      this.inclusive = inclusive;
    }

    @Override
    public String toString() {
      return op + (regex == null ? "" : "/" + regex.flags() + "/" + regex.pattern()) + " " + min + ".." + max + " "
          + bound + (inclusive ? " inclusive" : "");
    }

    private static Limit simple(int op) {
      return new Limit(op, null, 0, 0, null, false);
    }

    static Limit of(Use c) {
      Map<String, Object> v = c.values();
      switch (c.type()) {
        case NOT_BLANK_TYPE:
          return simple(NOT_BLANK);
        case PATTERN_TYPE:
          int flags = 0;
          for (Object f : (List<?>) v.get("flags")) {
            flags |= Pattern.Flag.valueOf((String) f).getValue();
          }
          return pattern((String) v.get("regexp"), flags);
        case SIZE_TYPE:
          return new Limit(SIZE, null, (Integer) v.get("min"), (Integer) v.get("max"), null, false);
        case POSITIVE_TYPE:
          return simple(POSITIVE);
        case POSITIVE_OR_ZERO_TYPE:
          return simple(POSITIVE_OR_ZERO);
        case DECIMAL_MIN_TYPE:
          return new Limit(MIN, null, 0, 0, new BigDecimal((String) v.get("value")), (Boolean) v.get("inclusive"));
        case DECIMAL_MAX_TYPE:
          return new Limit(MAX, null, 0, 0, new BigDecimal((String) v.get("value")), (Boolean) v.get("inclusive"));
        default:
          throw new IllegalArgumentException("unsupported constraint " + c);
      }
    }

    static Limit pattern(String regexp, int flags) {
      if (flags == 0) {
        switch (regexp) {
          case Constraints.NOT_BLANK:
            return simple(BLANK_PATTERN);
          case Constraints.ID_PATTERN:
            return simple(ID);
          case Constraints.URL_PATTERN:
            return simple(URL);
          case Constraints.EMAIL_PATTERN:
            return simple(EMAIL);
          case Constraints.SDG_TARGET_PATTERN:
            return simple(SDG);
          default:
            break;
        }
      }
      java.util.regex.Pattern compiled = PATTERNS.computeIfAbsent(flags + "/" + regexp,
          k -> java.util.regex.Pattern.compile(regexp, flags));
      return new Limit(REGEX, compiled, 0, 0, null, false);
    }

    boolean holds(Object v) {
      if (v instanceof String s) { // the common case, and an exact class test (no interface check)
        return textHolds(s);
      }
      if (v == null) {
        return op != NOT_BLANK; // every other supported constraint accepts null
      }
      if (v instanceof CharSequence s) {
        return textHolds(s.toString());
      }
      switch (op) {
        case NOT_BLANK, BLANK_PATTERN, ID, URL, EMAIL, SDG, REGEX:
          return false; // not a text: the pre-check cannot decide
        case SIZE:
          return sizeHolds(v);
        default:
          return numberHolds(v);
      }
    }

    private boolean textHolds(String s) {
      switch (op) {
        case NOT_BLANK:
          return hasVisibleCharacter(s);
        case BLANK_PATTERN:
          // "(?s).*\S.*" matches exactly the texts with a character outside [ \t\n\x0B\f\r]
          return hasNonRegexSpace(s);
        case ID:
          return Constraints.isIdentifier(s);
        case URL:
          return isUrl(s);
        case EMAIL:
          return isEmail(s);
        case SDG:
          return isSdgTarget(s);
        case REGEX:
          return regex.matcher(s).matches();
        case SIZE:
          int n = s.length();
          return n >= min && n <= max;
        default:
          return false; // a number constraint on a text: the pre-check cannot decide
      }
    }

    private boolean sizeHolds(Object v) {
      int n;
      if (v instanceof Collection<?> c) {
        n = c.size();
      } else if (v instanceof Map<?, ?> m) {
        n = m.size();
      } else {
        return false;
      }
      return n >= min && n <= max;
    }

    private boolean numberHolds(Object v) {
      if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
        long n = ((Number) v).longValue();
        switch (op) {
          case POSITIVE:
            return n > 0;
          case POSITIVE_OR_ZERO:
            return n >= 0;
          default:
            return compared(BigDecimal.valueOf(n));
        }
      }
      BigDecimal d;
      if (v instanceof BigDecimal b) {
        d = b;
      } else if (v instanceof BigInteger i) {
        d = new BigDecimal(i);
      } else {
        return false; // another type: the pre-check cannot decide
      }
      switch (op) {
        case POSITIVE:
          return d.signum() > 0;
        case POSITIVE_OR_ZERO:
          return d.signum() >= 0;
        default:
          return compared(d);
      }
    }

    private boolean compared(BigDecimal d) {
      int c = d.compareTo(bound);
      if (op == MIN) {
        return inclusive ? c >= 0 : c > 0;
      }
      return inclusive ? c <= 0 : c < 0;
    }
  }

  private static final String NOT_BLANK_TYPE = "jakarta.validation.constraints.NotBlank";
  private static final String PATTERN_TYPE = "jakarta.validation.constraints.Pattern";
  private static final String SIZE_TYPE = "jakarta.validation.constraints.Size";
  private static final String POSITIVE_TYPE = "jakarta.validation.constraints.Positive";
  private static final String POSITIVE_OR_ZERO_TYPE = "jakarta.validation.constraints.PositiveOrZero";
  private static final String DECIMAL_MIN_TYPE = "jakarta.validation.constraints.DecimalMin";
  private static final String DECIMAL_MAX_TYPE = "jakarta.validation.constraints.DecimalMax";

  private static boolean isSupported(Use c) {
    return switch (c.type()) {
      case NOT_BLANK_TYPE, PATTERN_TYPE, SIZE_TYPE, POSITIVE_TYPE, POSITIVE_OR_ZERO_TYPE, DECIMAL_MIN_TYPE,
          DECIMAL_MAX_TYPE -> true;
      default -> false;
    };
  }

  /**
   * A constraint annotation as the build describes one ({@link ModelAnnotations.Use}): its type's name and the values
   * of the elements the pre-check reads, for the constraints it supports.
   */
  static Use use(Annotation a) {
    Map<String, Object> values;
    if (a instanceof Pattern p) {
      List<String> flags = new ArrayList<>();
      for (Pattern.Flag f : p.flags()) {
        flags.add(f.name());
      }
      values = Map.of("regexp", p.regexp(), "flags", flags);
    } else if (a instanceof Size z) {
      values = Map.of("min", z.min(), "max", z.max());
    } else if (a instanceof DecimalMin m) {
      values = Map.of("value", m.value(), "inclusive", m.inclusive());
    } else if (a instanceof DecimalMax m) {
      values = Map.of("value", m.value(), "inclusive", m.inclusive());
    } else {
      values = Map.of();
    }
    return new Use(a.annotationType().getName(), values);
  }

  /** A character that is neither a control character, nor white space, nor a space separator. */
  private static boolean hasVisibleCharacter(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c > ' ' && !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !Character.isISOControl(c)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a text matches {@code ^https?://\S+$} as a whole. */
  private static boolean isUrl(String s) {
    int start;
    if (startsWith(s, "https://")) {
      start = 8;
    } else if (startsWith(s, "http://")) {
      start = 7;
    } else {
      return false;
    }
    int n = s.length();
    if (n == start) {
      return false;
    }
    for (int i = start; i < n; i++) {
      if (isRegexSpace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a text matches {@code ^[^@\s]+@[^@\s]+\.[^@\s]+$} as a whole. */
  private static boolean isEmail(String s) {
    int n = s.length();
    int at = -1;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (isRegexSpace(c)) {
        return false;
      }
      if (c == '@') {
        if (at >= 0) {
          return false;
        }
        at = i;
      }
    }
    if (at < 1) {
      return false;
    }
    // the domain s[at+1, n) needs a dot with at least one character on each side
    for (int i = at + 2; i < n - 1; i++) {
      if (s.charAt(i) == '.') {
        return true;
      }
    }
    return false;
  }

  /** Whether a text matches {@code ^(1[0-7]|[1-9])\.([1-9][0-9]?|[a-z])$} as a whole. */
  private static boolean isSdgTarget(String s) {
    int n = s.length();
    int dot;
    if (n >= 3 && s.charAt(1) == '.') {
      char g = s.charAt(0);
      if (g < '1' || g > '9') {
        return false;
      }
      dot = 1;
    } else if (n >= 4 && s.charAt(2) == '.') {
      if (s.charAt(0) != '1' || s.charAt(1) < '0' || s.charAt(1) > '7') {
        return false;
      }
      dot = 2;
    } else {
      return false;
    }
    int rest = n - dot - 1;
    char t = s.charAt(dot + 1);
    if (rest == 1) {
      return (t >= '1' && t <= '9') || (t >= 'a' && t <= 'z');
    }
    if (rest == 2) {
      char u = s.charAt(dot + 2);
      return t >= '1' && t <= '9' && u >= '0' && u <= '9';
    }
    return false;
  }

  private static boolean startsWith(String s, String prefix) {
    int n = prefix.length();
    if (s.length() < n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (s.charAt(i) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the regular expression {@code \s} matches a character ({@code [ \t\n\x0B\f\r]}). */
  private static boolean isRegexSpace(char c) {
    return c <= ' ' && (c == ' ' || (c >= '\t' && c <= '\r')); // \t \n \x0B \f \r are 9 to 13
  }

  /** A character that the regular expression {@code \S} matches (anything outside {@code [ \t\n\x0B\f\r]}). */
  private static boolean hasNonRegexSpace(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if (!isRegexSpace(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------------------------------ plans per class

  /**
   * The plan of a runtime class. The model's own implementation of a type (the {@code Immutable*} class its builder
   * builds) shares the plan of its interface: it declares no constraint, no {@code @Valid} and no class-level
   * constraint of its own ({@code GeneratedImplementationPlanTest} proves it for every model type, and compares the
   * two plans), so scanning its many methods ({@code with*}, {@code copyOf} …) would only cost a cold run's time. Any
   * other class (an application's own implementation of a model interface) is scanned in full, with its interface.
   * The plan of a model interface comes from the build's description of its annotations ({@link #described}).
   */
  private static Plan plan(Class<?> runtime) {
    Class<?> type = modelTypeOf(runtime);
    if (type != null && type == runtime) {
      return described(type);
    }
    if (type != null && runtime == implementationOf(type)) {
      return PLANS.get(type);
    }
    return scan(runtime, type);
  }

  /**
   * The plan of a model interface from the annotations the build read on it ({@link ModelAnnotations}): what {@link
   * #scan} finds by reflection, without reflection. Steps in attribute-name order, as {@link #scan} sorts them.
   */
  private static Plan described(Class<?> type) {
    ModelAnnotations annotations = ModelAnnotations.of(type);
    if (annotations.classLevel()) {
      return UNSUPPORTED;
    }
    List<Step> steps = new ArrayList<>();
    for (ModelAnnotations.Property p : annotations.properties()) {
      Attribute a = p.attribute() ? ModelTypes.attribute(type, p.name()).orElse(null) : null;
      Reading r = read(type, p.method(), p.returned(), a);
      if (!r.supported) {
        return UNSUPPORTED;
      }
      if (r.step != null) {
        steps.add(r.step);
      }
    }
    return new Plan(true, steps.toArray(new Step[0]));
  }

  /**
   * The model's own implementation of a model type: the class that {@code type.builder()} builds, the enclosing class
   * of the generated builder that the type's nested {@code Builder} extends ({@code Milestone.Builder extends
   * ImmutableMilestone.Builder}); null when the type does not have that shape. Generated classes are final, so no
   * other class can be one.
   */
  static Class<?> implementationOf(Class<?> type) {
    try {
      Class<?> generatedBuilder = type.getMethod("builder").getReturnType().getSuperclass();
      Class<?> implementation = generatedBuilder == null ? null : generatedBuilder.getEnclosingClass();
      return implementation != null && type.isAssignableFrom(implementation)
          && Modifier.isFinal(implementation.getModifiers()) ? implementation : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /**
   * The plan of a runtime class from its methods and those of its model interface, as Hibernate Validator reads
   * them; {@link #plan} calls it for other implementations than the model's own, tests for the model's interfaces.
   */
  private static Plan scan(Class<?> runtime, Class<?> type) {
    if (type == null || !constraints(type.getAnnotations()).isEmpty()
        || !constraints(runtime.getAnnotations()).isEmpty()
        || type.isAnnotationPresent(Valid.class) || runtime.isAnnotationPresent(Valid.class)) {
      return UNSUPPORTED; // not a model value, or a class-level constraint
    }
    Map<String, Attribute> attributes = new HashMap<>();
    for (Attribute a : ModelTypes.attributes(type)) {
      attributes.put(a.name(), a);
    }
    List<Step> steps = new ArrayList<>();
    Set<Method> methods = new LinkedHashSet<>(List.of(type.getMethods()));
    if (runtime != type) {
      methods.addAll(List.of(runtime.getMethods()));
    }
    for (Method m : methods) {
      if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0 || m.getReturnType() == void.class
          || NOT_PROPERTIES.contains(m.getName())) {
        continue;
      }
      Attribute a = attributes.get(m.getName());
      Reading r = read(type, m, a);
      if (!r.supported) {
        return UNSUPPORTED;
      }
      if (r.step != null) {
        steps.add(r.step);
      }
    }
    // the walk's order does not change what it finds (suspects are sorted into findings), only how plans compare
    steps.sort(Comparator.comparing(step -> step.attribute.name()));
    return new Plan(true, steps.toArray(new Step[0]));
  }

  /** What one property method of a class asks the pre-check: nothing, one step, or a constraint it cannot decide. */
  private record Reading(boolean supported, Step step) {
    static final Reading NOTHING = new Reading(true, null);
    static final Reading UNSURE = new Reading(false, null);
  }

  /**
   * Reads the constraints of one property method (argument-free, value-returning, not static) by reflection, as
   * Hibernate Validator does; {@code a} is the attribute of the same name of the class's model type {@code type}, or
   * null.
   */
  private static Reading read(Class<?> type, Method m, Attribute a) {
    // the type's own accessor, or one it inherits from a shared facet of the model (Recorded, Sourced, …)
    boolean declaredByModel = a != null && a.accessor().equals(m);
    Site method = new Site(uses(m.getAnnotations()), m.isAnnotationPresent(Valid.class), List.of());
    return read(type, method, site(m.getAnnotatedReturnType()), declaredByModel ? a : null);
  }

  /** The constraints, {@code @Valid} and type arguments of a type use, read by reflection. */
  private static Site site(AnnotatedType type) {
    List<Site> arguments = new ArrayList<>();
    if (type instanceof AnnotatedParameterizedType p) {
      for (AnnotatedType t : p.getAnnotatedActualTypeArguments()) {
        arguments.add(site(t));
      }
    }
    return new Site(uses(type.getAnnotations()), type.isAnnotationPresent(Valid.class), arguments);
  }

  private static List<Use> uses(Annotation[] annotations) {
    List<Use> uses = new ArrayList<>();
    for (Annotation a : constraints(annotations)) {
      uses.add(use(a));
    }
    return uses;
  }

  /**
   * What one property method asks the pre-check, from the constraints and {@code @Valid} on the method and on its
   * return type (as reflection or the build read them); {@code a} is the attribute of the model type {@code type}
   * whose accessor the method is, or null for any other property method (generated overrides, derived values).
   */
  private static Reading read(Class<?> type, Site method, Site returned, Attribute a) {
    if (a == null) {
      // generated overrides, derived values: Hibernate Validator would check (or cascade) there too
      if (!method.constraints().isEmpty() || hasConstraint(returned) || method.valid() || hasValid(returned)) {
        return Reading.UNSURE;
      }
      return Reading.NOTHING;
    }
    List<Use> value;
    List<Use> key = List.of();
    boolean cascaded = method.valid() || returned.valid();
    switch (a.kind()) {
      case REQUIRED -> {
        Set<Use> union = new LinkedHashSet<>(method.constraints());
        union.addAll(returned.constraints());
        if (hasNestedConstraint(returned)) {
          return Reading.UNSURE;
        }
        value = List.copyOf(union);
      }
      case OPTIONAL, LIST, SET, MAP -> {
        List<Site> args = returned.arguments();
        int index = a.kind() == Attribute.Kind.MAP ? 1 : 0;
        if (!method.constraints().isEmpty() || !returned.constraints().isEmpty() || args.size() <= index) {
          return Reading.UNSURE; // a constraint on the container itself, or a raw container
        }
        Site element = args.get(index);
        if (a.kind() == Attribute.Kind.MAP) {
          if (hasNestedConstraint(args.get(0)) || hasValid(args.get(0))) {
            return Reading.UNSURE;
          }
          key = args.get(0).constraints();
        }
        if (hasNestedConstraint(element) || anyValid(element.arguments())) {
          return Reading.UNSURE;
        }
        cascaded |= element.valid();
        value = element.constraints();
      }
      default -> throw new IllegalStateException(a.kind().toString());
    }
    for (Use c : value) {
      if (!isSupported(c)) {
        return Reading.UNSURE;
      }
    }
    for (Use c : key) {
      if (!isSupported(c)) {
        return Reading.UNSURE;
      }
    }
    if (cascaded && !a.isNested()) {
      return Reading.UNSURE; // a cascade into something that is not a model value
    }
    if (!value.isEmpty() || !key.isEmpty() || cascaded) {
      return new Reading(true, new Step(type, a, limits(value), limits(key), cascaded));
    }
    return Reading.NOTHING;
  }

  private static Limit[] limits(List<Use> constraints) {
    Limit[] limits = new Limit[constraints.size()];
    for (int i = 0; i < limits.length; i++) {
      limits[i] = Limit.of(constraints.get(i));
    }
    return limits;
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
  static List<Annotation> constraints(Annotation[] annotations) {
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
    if (t == Valid.class || t == ModelConstraints.class) {
      return false; // @ModelConstraints is for standard validators; Cocrea's own makes its validator inert
    }
    String pkg = t.getPackageName();
    return t.isAnnotationPresent(Constraint.class) || pkg.startsWith("jakarta.validation")
        || pkg.startsWith("javax.validation") || pkg.startsWith("org.hibernate.validator");
  }

  /** Whether a constraint sits on a type use or anywhere inside its type arguments (read by reflection). */
  static boolean hasConstraint(AnnotatedType type) {
    return hasConstraint(site(type));
  }

  /** Whether {@code @Valid} sits on a type use or anywhere inside its type arguments (read by reflection). */
  static boolean hasValid(AnnotatedType type) {
    return hasValid(site(type));
  }

  private static boolean hasConstraint(Site site) {
    return !site.constraints().isEmpty() || hasNestedConstraint(site);
  }

  private static boolean hasNestedConstraint(Site site) {
    for (Site t : site.arguments()) {
      if (hasConstraint(t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasValid(Site site) {
    return site.valid() || anyValid(site.arguments());
  }

  private static boolean anyValid(List<Site> sites) {
    for (Site t : sites) {
      if (hasValid(t)) {
        return true;
      }
    }
    return false;
  }
}
