package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cocrea.core.Constraints;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.meta.Attribute;
import org.cocrea.core.meta.ModelTypes;
import org.cocrea.testkit.RandomExercises;
import org.junit.jupiter.api.Test;

/**
 * The field-constraint pre-check is sound (whenever it says a value holds, Hibernate Validator finds no violation)
 * and useful (it accepts the well-formed exercises the test kit generates).
 */
class ConstraintPreCheckTest {

  private static final FieldConstraints FIELDS = FieldConstraints.create(Locale.forLanguageTag("es-MX"));

  @Test
  void whateverTheTestKitGeneratesWellFormedIsAcceptedAndHibernateAgrees() {
    for (long seed = 1; seed <= 8; seed++) {
      LocalExercise e = RandomExercises.generate(seed, RandomExercises.Size.S, 0.0);
      assertThat(ConstraintPreCheck.certainlyValid(e)).as("seed %d", seed).isTrue();
      assertThat(FIELDS.checkFully(e)).isEmpty();
      assertThat(FIELDS.check(e)).isEmpty();
    }
  }

  @Test
  void onEveryConstrainedAttributeAcceptedValuesAreValidForHibernate() {
    int accepted = 0;
    int refused = 0;
    for (Class<?> type : modelTypes()) {
      for (Attribute a : ModelTypes.attributes(type)) {
        for (Object value : shaped(a)) {
          boolean pre = ConstraintPreCheck.attributeHolds(type, a, value);
          Set<?> hv = hibernate(type, a.name(), value);
          if (pre) {
            accepted++;
            assertThat(hv).as("%s.%s = %s", type.getSimpleName(), a.name(), value).isEmpty();
          } else {
            refused++;
          }
        }
      }
    }
    assertThat(accepted).isGreaterThan(1000);
    assertThat(refused).isGreaterThan(1000);
  }

  @Test
  void checkGivesHibernatesFindingsWhenThePreCheckIsNotSure() {
    LocalExercise broken = LocalExercise.builder().id("bad id").title(" ").websiteUrl("ftp://x").build();
    assertThat(ConstraintPreCheck.certainlyValid(broken)).isFalse();
    assertThat(FIELDS.check(broken)).isEqualTo(FIELDS.checkFully(broken)).isNotEmpty();
  }

  @Test
  void theModelsPatternsAreDecidedExactlyAsJavaRegexMatchesDoes() {
    String[] pieces = {"http", "https", "://", ":", "/", ".", "@", "1", "16", "17", "18", "0", "9", "10", "a", "z",
        "A", "Z", "MXN", "-", "_", " ", "\t", "\n", "\r", "\u000B", "\f", "\u00A0", "x", "\uD83D\uDE00", "é", ""};
    Map<String, List<String>> samples = Map.of(
        Constraints.URL_PATTERN, List.of("https://x.mx/a", "http://a", "https://a b"),
        Constraints.EMAIL_PATTERN, List.of("a@b.mx", "a.b@c.d.e", "a@b.c"),
        Constraints.SDG_TARGET_PATTERN, List.of("16.10", "5.a", "1.1", "17.99"),
        Constraints.ID_PATTERN, List.of("a-1", "A.b:c_d-1", "0"),
        Constraints.NOT_BLANK, List.of("x", " x "),
        "[A-Z]{3}", List.of("MXN"),
        "[0-9]+", List.of("10005", "1"));
    java.util.SplittableRandom random = new java.util.SplittableRandom(5);
    for (Map.Entry<String, List<String>> e : samples.entrySet()) {
      String regexp = e.getKey();
      java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(regexp);
      int accepted = 0;
      for (int i = 0; i < 20_000; i++) {
        StringBuilder text = new StringBuilder();
        if (random.nextBoolean()) { // a valid sample with one piece inserted, or one character replaced or removed
          text.append(e.getValue().get(random.nextInt(e.getValue().size())));
          int at = random.nextInt(text.length() + 1);
          switch (random.nextInt(4)) {
            case 0 -> text.insert(at, pieces[random.nextInt(pieces.length)]);
            case 1 -> {
              String piece = pieces[random.nextInt(pieces.length)];
              if (at < text.length() && !piece.isEmpty()) {
                text.setCharAt(at, piece.charAt(0));
              }
            }
            case 2 -> {
              if (at < text.length()) {
                text.deleteCharAt(at);
              }
            }
            default -> { } // unchanged
          }
        } else {
          for (int n = random.nextInt(7); n > 0; n--) {
            text.append(pieces[random.nextInt(pieces.length)]);
          }
        }
        String t = text.toString();
        boolean expected = pattern.matcher(t).matches();
        assertThat(ConstraintPreCheck.patternHolds(regexp, t)).as("%s on «%s»", regexp, t).isEqualTo(expected);
        accepted += expected ? 1 : 0;
      }
      assertThat(accepted).as(regexp).isBetween(1_000, 19_000);
    }
  }

  @Test
  void notBlankIsStricterThanEveryReadingOfIt() {
    jakarta.validation.constraints.NotBlank notBlank = notBlank();
    assertThat(ConstraintPreCheck.holds(notBlank, "x")).isTrue();
    assertThat(ConstraintPreCheck.holds(notBlank, " \u00A0x")).isTrue();
    for (String blank : List.of("", " ", "\t\n", "\u0000", "\u001F", "\u00A0", "\u2003", "\u3000", "\u0085")) {
      assertThat(ConstraintPreCheck.holds(notBlank, blank)).as("«%s»", blank).isFalse();
    }
    assertThat(ConstraintPreCheck.holds(notBlank, null)).isFalse();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Set<?> hibernate(Class<?> type, String property, Object value) {
    return FIELDS.hibernate().validateValue((Class) type, property, value);
  }

  private static jakarta.validation.constraints.NotBlank notBlank() {
    try {
      return LocalExercise.class.getMethod("id").getAnnotation(jakarta.validation.constraints.NotBlank.class);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  /** Every model type reachable from the exercise. */
  private static Set<Class<?>> modelTypes() {
    Set<Class<?>> seen = new LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(LocalExercise.class));
    while (!todo.isEmpty()) {
      Class<?> t = todo.pop();
      if (seen.add(t)) {
        for (Attribute a : ModelTypes.attributes(t)) {
          if (a.isNested()) {
            todo.push(a.elementType());
          }
        }
      }
    }
    return seen;
  }

  /** Candidate values in the attribute's shape: edge strings and numbers around the model's limits. */
  private static List<Object> shaped(Attribute a) {
    List<Object> raw = new ArrayList<>();
    if (a.elementType() == String.class) {
      raw.addAll(List.of("", " ", "\t", "\u00A0", "\u2003", "\u0000", "\u001F", "x", " x ", "a b", "abc\n", "a-1",
          "A.b:c_d-1", "-a", "https://x.mx", "http://x.mx/a", "https://x.mx/a b", "ftp://x.mx", "a@b.mx", "a@b",
          "a b@c.mx", "16.10", "5.a", "18.1", "0.1", "MXN", "mxn", "MXNN", "123", "12a", "\uD83D\uDE00"));
      for (int n : new int[] {Constraints.ID_MAX, Constraints.SHORT_MAX, Constraints.TEXT_MAX, 40, 200, 320, 2000}) {
        raw.add("x".repeat(n));
        raw.add("x".repeat(n + 1));
        raw.add("a" + " ".repeat(Math.max(0, n - 1)));
      }
    } else if (a.elementType() == Integer.class) {
      raw.addAll(List.of(-1, 0, 1, 100, Integer.MAX_VALUE));
    } else if (a.elementType() == BigDecimal.class) {
      for (String d : List.of("-0.01", "0", "0.00", "0.5", "50", "100", "100.00", "100.01", "1E+3")) {
        raw.add(new BigDecimal(d));
      }
    } else {
      return List.of();
    }
    List<Object> out = new ArrayList<>();
    for (Object v : raw) {
      switch (a.kind()) {
        case REQUIRED -> out.add(v);
        case OPTIONAL -> out.add(Optional.of(v));
        case LIST -> out.add(List.of(v));
        case SET -> out.add(Set.of(v));
        case MAP -> out.add(Map.of(a.keyType().getEnumConstants()[0], v));
      }
    }
    if (a.kind() == Attribute.Kind.OPTIONAL) {
      out.add(Optional.empty());
    }
    return out;
  }
}
