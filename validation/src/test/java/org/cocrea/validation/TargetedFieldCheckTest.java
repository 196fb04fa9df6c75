package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.cocrea.core.Commitment;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.Milestone;
import org.cocrea.core.Organization;
import org.cocrea.core.meta.Attribute;
import org.cocrea.core.meta.ModelBuilder;
import org.cocrea.core.meta.ModelTypes;
import org.cocrea.testkit.RandomExercises;
import org.junit.jupiter.api.Test;

/**
 * Hibernate Validator asked only about the properties the pre-check could not prove ({@link
 * FieldConstraints#checkTargeted}) gives exactly the findings of a full Hibernate Validator run ({@link
 * FieldConstraints#checkFully}): same pointers, message keys, arguments, messages, order.
 */
class TargetedFieldCheckTest {

  private static final FieldConstraints SPANISH = FieldConstraints.create(Locale.forLanguageTag("es-MX"));
  private static final FieldConstraints ENGLISH = FieldConstraints.create(Locale.ENGLISH);

  /** Texts that break each text constraint of the model: blank, identifier, URL, e-mail, SDG, currency, digits, size. */
  private static final String[] BAD_TEXTS = {
      "", " ", "\t\n", "\u00A0", "\u3000", "bad id", "-starts-with-dash", "ftp://x.mx", "https://x.mx/a b", "https://",
      "a@b", "a@@b.mx", "@b.mx", "a@b.", "18.1", "1.0", "16.100", "mxn", "MXNN", "12a", "", "x".repeat(201),
      "x".repeat(501), "https://x.mx/" + "x".repeat(2000), "y".repeat(20_001), "\uD83D\uDE00"};
  /** Texts that satisfy many of them. */
  private static final String[] GOOD_TEXTS = {
      "ok-1", "https://ejemplo.mx/a", "a@b.mx", "16.10", "5.a", "MXN", "10005", "Agua limpia"};

  @Test
  void targetedFindingsEqualTheFullRunOnGeneratedExercisesWithPlantedFieldDefects() {
    int exercises = 0;
    int targeted = 0;
    Set<String> constraints = new TreeSet<>();
    Set<String> pointersSeen = new LinkedHashSet<>();
    for (long seed = 1; seed <= 36; seed++) {
      RandomExercises.Size size = seed % 12 == 0 ? RandomExercises.Size.M : RandomExercises.Size.S;
      double defects = 1 + (seed % 4) * 3; // 1, 4, 7, 10: high rates of rule defects too
      LocalExercise generated = RandomExercises.generate(seed, size, defects);
      double rate = new double[] {0.002, 0.01, 0.05, 0.2}[(int) (seed % 4)];
      LocalExercise planted = (LocalExercise) new Planter(seed, rate).plant(generated);
      FieldConstraints fields = seed % 3 == 0 ? ENGLISH : SPANISH;

      List<Finding> full = fields.checkFully(planted);
      List<Finding> fast = fields.checkTargeted(planted);

      assertThat(fast).as("seed %d", seed).isNotNull().isEqualTo(full);
      assertThat(fields.check(planted)).as("seed %d", seed).isEqualTo(full);
      exercises++;
      targeted += full.isEmpty() ? 0 : 1;
      full.forEach(f -> constraints.add(f.arguments().get(0)));
      full.forEach(f -> pointersSeen.add(f.pointer()));
    }
    assertThat(exercises).isEqualTo(36);
    assertThat(targeted).isGreaterThan(30);
    assertThat(pointersSeen.size()).isGreaterThan(300);
    assertThat(constraints).containsExactlyInAnyOrder(
        "NotBlank", "Pattern", "Size", "Positive", "PositiveOrZero", "DecimalMin", "DecimalMax");
  }

  @Test
  void targetedFindingsEqualTheFullRunOnArbitraryExercises() {
    int withFindings = 0;
    for (long seed = 1; seed <= 150; seed++) {
      LocalExercise e = ArbitraryExercises.generate(seed);
      List<Finding> full = SPANISH.checkFully(e);
      assertThat(SPANISH.checkTargeted(e)).as("seed %d", seed).isNotNull().isEqualTo(full);
      assertThat(SPANISH.check(e)).as("seed %d", seed).isEqualTo(full);
      withFindings += full.isEmpty() ? 0 : 1;
    }
    assertThat(withFindings).isGreaterThan(50);
  }

  @Test
  void validGeneratedExercisesHaveNoSuspects() {
    for (long seed = 1; seed <= 4; seed++) {
      LocalExercise e = RandomExercises.generate(seed, RandomExercises.Size.S, 5);
      assertThat(ConstraintPreCheck.suspects(e)).isEmpty();
      assertThat(SPANISH.checkTargeted(e)).isEmpty();
    }
  }

  @Test
  void suspectsNameTheObjectsPointerAndTheAttribute() {
    Milestone m = Milestone.builder().id("m 1").weight(new BigDecimal("101")).build();
    LocalExercise e = LocalExercise.builder().id("x")
        .addPlan(LocalActionPlan.builder().id("p")
            .addCommitment(Commitment.builder().id("c-0").build())
            .addCommitment(Commitment.builder().id("c-1").addMilestone(m).build())
            .build())
        .build();

    assertThat(ConstraintPreCheck.suspects(e))
        .extracting(ConstraintPreCheck.Suspect::pointer, s -> s.attribute().name())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("/plans/0/commitments/1/milestones/0", "id"),
            org.assertj.core.groups.Tuple.tuple("/plans/0/commitments/1/milestones/0", "weight"));
    assertThat(SPANISH.check(e)).extracting(Finding::pointer).containsExactly(
        "/plans/0/commitments/1/milestones/0/id", "/plans/0/commitments/1/milestones/0/weight");
  }

  @Test
  void aSharedObjectMakesThePreCheckUnsureAndTheFullRunDecides() {
    Organization broken = Organization.builder().id("org mal").build();
    LocalExercise e = LocalExercise.builder().id("x").addOrganization(broken).addOrganization(broken).build();

    assertThat(ConstraintPreCheck.suspects(e)).isNull();
    assertThat(SPANISH.checkTargeted(e)).isNull();
    assertThat(SPANISH.check(e)).isEqualTo(SPANISH.checkFully(e)).isNotEmpty();
  }

  @Test
  void aSharedValidObjectChangesNothingAndTheTargetedRunStillDecides() {
    Organization fine = Organization.builder().id("org-ok").name("IDAIP").build();
    LocalExercise e = LocalExercise.builder().id("x").title(" ").addOrganization(fine).addOrganization(fine).build();

    assertThat(SPANISH.checkTargeted(e)).isNotNull().isEqualTo(SPANISH.checkFully(e))
        .extracting(Finding::pointer).containsExactly("/title");
  }

  @Test
  void validateValueChecksContainerElementsWithTheirIndexAndNothingElse() {
    Commitment c = Commitment.builder().id("c-1").title("x".repeat(501)).addSdgTarget("16.10").addSdgTarget("18.1")
        .addMilestone(Milestone.builder().id("m 1").build())
        .build();

    Set<ConstraintViolation<Commitment>> targets =
        SPANISH.hibernate().validateValue(Commitment.class, "sdgTargets", c.sdgTargets());
    Set<ConstraintViolation<Commitment>> title = SPANISH.hibernate().validateValue(Commitment.class, "title", c.title());

    assertThat(targets).extracting(v -> FieldConstraints.toJsonPointer(v.getPropertyPath()))
        .containsExactly("/sdgTargets/1");
    assertThat(title).extracting(v -> FieldConstraints.toJsonPointer(v.getPropertyPath())).containsExactly("/title");
  }

  @Test
  void validatePropertyWouldAlsoReportSameNamedPropertiesOfCascadedObjects() {
    // why checkTargeted asks validateValue: validateProperty(exercise, "title") reaches the commitments' titles too
    LocalExercise e = LocalExercise.builder().id("x").title(" ")
        .addPlan(LocalActionPlan.builder().id("p")
            .addCommitment(Commitment.builder().id("c-1").title("x".repeat(501)).build()).build())
        .build();

    assertThat(SPANISH.hibernate().validateProperty(e, "title"))
        .extracting(v -> FieldConstraints.toJsonPointer(v.getPropertyPath()))
        .contains("/title", "/plans/0/commitments/0/title");
    assertThat(SPANISH.checkTargeted(e)).extracting(Finding::pointer)
        .containsExactly("/plans/0/commitments/0/title", "/title");
  }

  /** Rebuilds an exercise, replacing scalar values (and adding list elements) by breaking or valid ones at a rate. */
  private static final class Planter {
    private final SplittableRandom random;
    private final double rate;

    Planter(long seed, double rate) {
      this.random = new SplittableRandom(seed * 31 + 7);
      this.rate = rate;
    }

    Object plant(Object model) {
      Class<?> type = ModelTypes.typeOf(model);
      ModelBuilder builder = ModelBuilder.of(type);
      for (Attribute a : ModelTypes.attributes(type)) {
        Object v = a.read(model);
        switch (a.kind()) {
          case REQUIRED -> builder.set(a, element(a, v));
          case OPTIONAL -> {
            Optional<?> o = (Optional<?>) v;
            if (o.isPresent()) {
              builder.set(a, element(a, o.get()));
            } else if (!a.isNested() && plantable(a) && chance()) {
              builder.set(a, bad(a));
            }
          }
          case LIST, SET -> {
            List<Object> elements = new ArrayList<>();
            for (Object x : (Iterable<?>) v) {
              elements.add(element(a, x));
            }
            if (!a.isNested() && plantable(a) && chance()) {
              elements.add(random.nextInt(elements.size() + 1), bad(a));
            }
            builder.set(a, a.kind() == Attribute.Kind.SET ? new LinkedHashSet<>(elements) : elements);
          }
          case MAP -> {
            @SuppressWarnings({"unchecked", "rawtypes"})
            Map<Object, Object> map = a.keyType().isEnum() ? new EnumMap(a.keyType()) : new java.util.LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) v).entrySet()) {
              map.put(entry.getKey(), element(a, entry.getValue()));
            }
            builder.set(a, map);
          }
        }
      }
      return builder.build();
    }

    private Object element(Attribute a, Object v) {
      if (a.isNested()) {
        return plant(v);
      }
      return plantable(a) && chance() ? bad(a) : v;
    }

    private static boolean plantable(Attribute a) {
      Class<?> t = a.elementType();
      return t == String.class || t == Integer.class || t == BigDecimal.class;
    }

    private Object bad(Attribute a) {
      Class<?> t = a.elementType();
      if (t == Integer.class) {
        return random.nextInt(4) - 2; // -2 .. 1
      }
      if (t == BigDecimal.class) {
        String[] values = {"-0.01", "0", "0.00", "100", "100.00", "100.01", "1E+3", "-1E-10", "50"};
        return new BigDecimal(values[random.nextInt(values.length)]);
      }
      return random.nextInt(5) == 0 ? GOOD_TEXTS[random.nextInt(GOOD_TEXTS.length)]
          : BAD_TEXTS[random.nextInt(BAD_TEXTS.length)];
    }

    private boolean chance() {
      return random.nextDouble() < rate;
    }
  }
}
