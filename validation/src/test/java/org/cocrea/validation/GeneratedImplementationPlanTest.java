package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import jakarta.validation.Valid;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.Milestone;
import org.cocrea.core.meta.Attribute;
import org.cocrea.core.meta.ModelTypes;
import org.cocrea.testkit.RandomExercises;
import org.junit.jupiter.api.Test;

/**
 * The pre-check takes the plan of a model interface for the model's own implementation of it (the {@code Immutable*}
 * class its builder builds) without scanning that class: exact only because the generated class adds no constraint,
 * no {@code @Valid} and no class-level constraint to what its interface declares. These tests prove it for every
 * model type, and that any other implementation is still scanned in full.
 */
class GeneratedImplementationPlanTest {

  /** Every model type of org.cocrea.core, read from core's own class files (also {@link GeneratedPlanTest}'s). */
  static final List<Class<?>> MODEL_TYPES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importLocations(Set.of(Location.of(LocalExercise.class.getProtectionDomain().getCodeSource().getLocation())))
      .stream().<Class<?>>map(c -> c.reflect()).filter(ModelTypes::isModelType)
      .sorted((a, b) -> a.getName().compareTo(b.getName())).toList();

  @Test
  void everyModelTypeHasAGeneratedImplementationWhosePlanIsItsInterfaces() {
    assertThat(MODEL_TYPES).hasSizeGreaterThanOrEqualTo(54);
    int steps = 0;
    for (Class<?> type : MODEL_TYPES) {
      Class<?> implementation = ConstraintPreCheck.implementationOf(type);
      assertThat(implementation).as(type.getName()).isNotNull();
      assertThat(implementation.getSimpleName()).isEqualTo("Immutable" + type.getSimpleName());
      List<String> plans = ConstraintPreCheck.plans(implementation);
      // the plan used (the interface's) is the one a full scan of the generated class and its interface gives
      assertThat(plans.get(0)).as(type.getName()).isEqualTo(plans.get(1))
          .isEqualTo(ConstraintPreCheck.plans(type).get(0)).isNotEqualTo("unsupported");
      steps += plans.get(0).equals("[]") ? 0 : 1;
    }
    assertThat(steps).as("types with something to check").isGreaterThan(40);
  }

  @Test
  void theGeneratedImplementationsDeclareNoConstraintAndNoCascadeOfTheirOwn() {
    // what Hibernate Validator reads on a class: the class, every declared method (public or not) and every field
    for (Class<?> type : MODEL_TYPES) {
      Class<?> implementation = ConstraintPreCheck.implementationOf(type);
      assertThat(bare(implementation)).as(implementation.getName()).isTrue();
      for (Method m : implementation.getDeclaredMethods()) {
        assertThat(bare(m) && bare(m.getAnnotatedReturnType())).as(m.toString()).isTrue();
      }
      for (Field f : implementation.getDeclaredFields()) {
        assertThat(bare(f) && bare(f.getAnnotatedType())).as(f.toString()).isTrue();
      }
      assertThat(implementation.getSuperclass()).isEqualTo(Object.class);
      assertThat(Modifier.isFinal(implementation.getModifiers())).isTrue();
    }
  }

  @Test
  void theValuesOfGeneratedExercisesAreOfTheGeneratedImplementations() {
    Set<Class<?>> seen = new HashSet<>();
    for (long seed = 1; seed <= 4; seed++) {
      Deque<Object> todo = new ArrayDeque<>(List.of(RandomExercises.generate(seed, RandomExercises.Size.M, 0.0)));
      while (!todo.isEmpty()) {
        Object v = todo.pop();
        if (seen.add(v.getClass())) {
          assertThat(ConstraintPreCheck.implementationOf(ModelTypes.typeOf(v))).isSameAs(v.getClass());
        }
        for (Attribute a : ModelTypes.attributes(ModelTypes.typeOf(v))) {
          if (a.isNested()) {
            Object x = a.read(v);
            if (x instanceof Optional<?> o) {
              o.ifPresent(todo::push);
            } else if (x instanceof Iterable<?> i) {
              i.forEach(todo::push);
            } else {
              todo.push(x);
            }
          }
        }
      }
    }
    assertThat(seen).hasSizeGreaterThan(20);
  }

  @Test
  void anotherImplementationOfAModelInterfaceIsScannedInFull() {
    assertThat(ConstraintPreCheck.implementationOf(Milestone.class)).isNotEqualTo(HandMade.class);
    // its own constraint makes the pre-check unsure, as it makes Hibernate Validator check it
    assertThat(ConstraintPreCheck.plans(HandMade.class)).containsOnly("unsupported");
    assertThat(ConstraintPreCheck.plans(Plain.class).get(0)).isEqualTo(ConstraintPreCheck.plans(Milestone.class).get(0));
    assertThat(ConstraintPreCheck.implementationOf(String.class)).isNull();
  }

  private static boolean bare(AnnotatedElement e) {
    return ConstraintPreCheck.constraints(e.getAnnotations()).isEmpty() && !e.isAnnotationPresent(Valid.class);
  }

  private static boolean bare(AnnotatedType t) {
    return !ConstraintPreCheck.hasConstraint(t) && !ConstraintPreCheck.hasValid(t);
  }

  /** A user's own implementation that adds a derived, constrained property. */
  abstract static class HandMade implements Milestone {
    @jakarta.validation.constraints.NotBlank
    public String label() {
      return "";
    }
  }

  /** A user's own implementation that adds nothing. */
  abstract static class Plain implements Milestone {}
}
