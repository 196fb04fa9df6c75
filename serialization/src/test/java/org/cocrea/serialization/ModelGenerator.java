package org.cocrea.serialization;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.cocrea.core.Constraints;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.meta.Attribute;
import org.cocrea.core.meta.ModelBuilder;
import org.cocrea.core.meta.ModelTypes;

/**
 * A seeded generator of random model values, generic over {@link ModelTypes}: every attribute of every type can be
 * produced, strings follow the model's patterns and stay within its size limits (read from the Jakarta annotations on
 * the accessors), and identifiers are unique per type. Unknown patterns fail loudly, so a new constraint in the model
 * cannot be silently ignored here.
 *
 * <p>It produces the 1.0 part of the model only (attributes the 1.0 schema has; {@code frameworks} INAI_LOCAL, which a
 * 1.0 document means), so that every value is a valid 1.0 document: the cross-property rules of 1.1 (a
 * {@code partCompleteness} key must name one of the element's lists, a source needs a title or an address) are beyond
 * a generic generator, and the 1.1 additions have their own tests.
 */
final class ModelGenerator {

  private static final String TEXT_CHARS =
      "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 áéíóúüñÁÉÍÓÚÑ¿¡ .,;:-_()\"'\\/{}[]<>#%&*+=?!@~`|$^"
          + "\t\n\u00a0\u2013\u201c\u201d\u20ac";
  private static final String[] EXTRA = {"😀", "🇲🇽", "\u0001", "\u001f", "\u2028", "\u0000", "𝄞"};

  private static final Map<Attribute, Annotation[]> ANNOTATIONS = new java.util.concurrent.ConcurrentHashMap<>();

  private final SplittableRandom random;
  private final Map<Class<?>, Integer> idCounters = new HashMap<>();
  private final double presence;

  /**
   * A generator.
   *
   * @param seed the seed
   */
  ModelGenerator(long seed) {
    this.random = new SplittableRandom(seed);
    this.presence = 0.3 + random.nextDouble() * 0.4;
  }

  /** A random, complete exercise. */
  LocalExercise exercise() {
    return (LocalExercise) value(LocalExercise.class, 0);
  }

  /** The properties of each type in the 1.0 schema. */
  private static final Map<String, Set<String>> PROPERTIES_1_0 = SchemaAccess.propertyNames(CocreaJson.SCHEMA_VERSION);

  /** Whether an attribute is part of format 1.0. */
  static boolean isVersion10(Class<?> type, Attribute a) {
    return PROPERTIES_1_0.getOrDefault(SchemaAccess.definitionName(type), Set.of()).contains(a.name());
  }

  /** A random value of a model type. */
  Object value(Class<?> type, int depth) {
    ModelBuilder b = ModelBuilder.of(type);
    if (type == LocalExercise.class) {
      b.set(ModelTypes.attribute(type, ModelCodec.FRAMEWORKS_PROPERTY).orElseThrow(), ModelCodec.FRAMEWORKS_1_0);
    }
    for (Attribute a : ModelTypes.attributes(type)) {
      if (!isVersion10(type, a)) {
        continue;
      }
      Annotation[] annotations = elementAnnotations(a);
      switch (a.kind()) {
        case REQUIRED -> b.set(a, scalarOrModel(a, annotations, depth));
        case OPTIONAL -> {
          if (random.nextDouble() < presence) {
            b.set(a, scalarOrModel(a, annotations, depth));
          }
        }
        case LIST -> {
          int n = random.nextDouble() < presence ? random.nextInt(1, maxListSize(depth) + 1) : 0;
          List<Object> list = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            list.add(scalarOrModel(a, annotations, depth));
          }
          b.set(a, list);
        }
        case SET -> {
          Set<Object> set = new LinkedHashSet<>();
          if (random.nextDouble() < presence) {
            Object[] constants = a.elementType().getEnumConstants();
            int n = random.nextInt(1, constants.length + 1);
            for (int i = 0; i < n; i++) {
              set.add(constants[random.nextInt(constants.length)]);
            }
          }
          b.set(a, set);
        }
        case MAP -> {
          Map<Object, Object> map = new LinkedHashMap<>();
          if (random.nextDouble() < presence) {
            Object[] keys = a.keyType().getEnumConstants();
            int n = random.nextInt(1, keys.length + 1);
            for (int i = 0; i < n; i++) {
              map.put(keys[random.nextInt(keys.length)], scalarOrModel(a, annotations, depth));
            }
          }
          b.set(a, map);
        }
      }
    }
    return b.build();
  }

  /** Records which attributes of a built value hold something (non-empty). */
  static void coverage(Object model, Set<String> covered) {
    org.cocrea.core.meta.ModelWalker.walk(model, (pointer, value) -> {
      Class<?> type = ModelTypes.typeOf(value);
      for (Attribute a : ModelTypes.attributes(type)) {
        Object v = a.read(value);
        boolean present = switch (a.kind()) {
          case REQUIRED -> true;
          case OPTIONAL -> ((java.util.Optional<?>) v).isPresent();
          case LIST, SET -> !((java.util.Collection<?>) v).isEmpty();
          case MAP -> !((Map<?, ?>) v).isEmpty();
        };
        if (present) {
          covered.add(type.getSimpleName() + "." + a.name());
        }
      }
    });
  }

  /** Every {@code Type.attribute} of the model. */
  static Set<String> allAttributes() {
    Set<String> all = new HashSet<>();
    for (Class<?> type : CocreaModule.modelTypes()) {
      for (Attribute a : ModelTypes.attributes(type)) {
        if (isVersion10(type, a)) {
          all.add(type.getSimpleName() + "." + a.name());
        }
      }
    }
    return all;
  }

  private int maxListSize(int depth) {
    return depth < 3 ? 2 : 1;
  }

  private Object scalarOrModel(Attribute a, Annotation[] annotations, int depth) {
    Class<?> type = a.elementType();
    if (ModelTypes.isModelType(type)) {
      return value(type, depth + 1);
    }
    if (a.name().equals("id") && a.kind() == Attribute.Kind.REQUIRED) {
      int n = idCounters.merge(a.accessor().getDeclaringClass(), 1, Integer::sum);
      return a.accessor().getDeclaringClass().getSimpleName().toLowerCase(java.util.Locale.ROOT) + "-" + n
          + (random.nextBoolean() ? "" : "_x.y:" + random.nextInt(100));
    }
    return scalar(type, annotations);
  }

  Object scalar(Class<?> type, Annotation[] annotations) {
    if (type == String.class) {
      return string(annotations);
    }
    if (type == Boolean.class) {
      return random.nextBoolean();
    }
    if (type == Integer.class) {
      boolean positive = has(annotations, Positive.class);
      boolean zeroOk = has(annotations, PositiveOrZero.class);
      if (positive) {
        return random.nextInt(1, random.nextBoolean() ? 50 : Integer.MAX_VALUE);
      }
      if (zeroOk) {
        return random.nextInt(0, random.nextBoolean() ? 50 : Integer.MAX_VALUE);
      }
      return random.nextInt(0, 200);
    }
    if (type == BigDecimal.class) {
      return decimal(annotations);
    }
    if (type == LocalDate.class) {
      return LocalDate.ofEpochDay(random.nextLong(LocalDate.of(1990, 1, 1).toEpochDay(),
          LocalDate.of(2040, 12, 31).toEpochDay() + 1));
    }
    if (type == org.cocrea.core.PartialDate.class) {
      // format 1.0 holds days only: a 1.0 exercise's dates are day-precision partial dates
      return org.cocrea.core.PartialDate.of(LocalDate.ofEpochDay(random.nextLong(LocalDate.of(1990, 1, 1).toEpochDay(),
          LocalDate.of(2040, 12, 31).toEpochDay() + 1)));
    }
    if (type.isEnum()) {
      Object[] constants = type.getEnumConstants();
      return constants[random.nextInt(constants.length)];
    }
    throw new IllegalStateException("no generator for " + type.getName());
  }

  private BigDecimal decimal(Annotation[] annotations) {
    DecimalMin min = find(annotations, DecimalMin.class);
    DecimalMax max = find(annotations, DecimalMax.class);
    int scale = random.nextInt(0, 4);
    if (max != null) {
      long hundredths = random.nextLong(0, new BigDecimal(max.value()).movePointRight(2).longValueExact() + 1);
      return BigDecimal.valueOf(hundredths, 2).setScale(Math.min(scale, 2), java.math.RoundingMode.DOWN);
    }
    long unscaled = switch (random.nextInt(4)) {
      case 0 -> 250_000L;
      case 1 -> random.nextLong(0, 1_000_000_000_000L);
      default -> random.nextLong(0, 100_000);
    };
    BigDecimal value = BigDecimal.valueOf(unscaled, scale);
    return min == null && random.nextInt(4) == 0 ? value.negate() : value;
  }

  private String string(Annotation[] annotations) {
    Pattern pattern = find(annotations, Pattern.class);
    Size size = find(annotations, Size.class);
    int max = size == null ? Integer.MAX_VALUE : size.max();
    String regexp = pattern == null ? null : pattern.regexp();
    if (regexp == null || regexp.equals(Constraints.NOT_BLANK)) {
      return text(Math.min(max, Constraints.TEXT_MAX));
    }
    String value = switch (regexp) {
      case Constraints.ID_PATTERN -> id();
      case Constraints.URL_PATTERN -> (random.nextBoolean() ? "https" : "http") + "://www.example.gob.mx/"
          + id().toLowerCase(java.util.Locale.ROOT) + (random.nextBoolean() ? "" : "?q=1&r=%C3%B1#a");
      case Constraints.EMAIL_PATTERN -> "persona." + random.nextInt(1000) + "@example.org.mx";
      case Constraints.SDG_TARGET_PATTERN -> random.nextInt(1, 18) + "."
          + (random.nextBoolean() ? Integer.toString(random.nextInt(1, 100)) : String.valueOf((char) ('a' + random.nextInt(26))));
      case "[A-Z]{3}" -> random.nextBoolean() ? "MXN" : "USD";
      case "[0-9]+" -> digits(random.nextInt(1, Math.min(max, 12) + 1));
      default -> throw new IllegalStateException("no generator for the pattern " + regexp);
    };
    if (value.length() > max) {
      throw new IllegalStateException("generated " + value + " longer than " + max);
    }
    return value;
  }

  private String id() {
    String first = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    String rest = first + "._:-";
    StringBuilder s = new StringBuilder().append(first.charAt(random.nextInt(first.length())));
    int n = random.nextInt(0, random.nextInt(10) == 0 ? Constraints.ID_MAX : 20);
    for (int i = 0; i < n; i++) {
      s.append(rest.charAt(random.nextInt(rest.length())));
    }
    return s.toString();
  }

  private String digits(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append((char) ('0' + random.nextInt(10)));
    }
    return s.toString();
  }

  private String text(int max) {
    int length = random.nextInt(1000) == 0 ? max : random.nextInt(1, Math.min(max, 40) + 1);
    StringBuilder s = new StringBuilder();
    while (s.length() < length) {
      if (random.nextInt(20) == 0) {
        String extra = EXTRA[random.nextInt(EXTRA.length)];
        if (s.length() + extra.length() <= length) {
          s.append(extra);
          continue;
        }
      }
      s.append(TEXT_CHARS.charAt(random.nextInt(TEXT_CHARS.length())));
    }
    if (s.toString().isBlank()) {
      s.setCharAt(0, 'x');
    }
    return s.toString();
  }

  /** The Jakarta annotations of an attribute's value (type-use on the element, or on the accessor itself). */
  static Annotation[] elementAnnotations(Attribute a) {
    return ANNOTATIONS.computeIfAbsent(a, ModelGenerator::readAnnotations);
  }

  private static Annotation[] readAnnotations(Attribute a) {
    AnnotatedType t = a.accessor().getAnnotatedReturnType();
    return switch (a.kind()) {
      case REQUIRED -> a.accessor().getAnnotations();
      case OPTIONAL, LIST, SET -> ((AnnotatedParameterizedType) t).getAnnotatedActualTypeArguments()[0].getAnnotations();
      case MAP -> ((AnnotatedParameterizedType) t).getAnnotatedActualTypeArguments()[1].getAnnotations();
    };
  }

  private static boolean has(Annotation[] annotations, Class<? extends Annotation> type) {
    return find(annotations, type) != null;
  }

  private static <A extends Annotation> A find(Annotation[] annotations, Class<A> type) {
    for (Annotation a : annotations) {
      if (type.isInstance(a)) {
        return type.cast(a);
      }
    }
    return null;
  }
}
