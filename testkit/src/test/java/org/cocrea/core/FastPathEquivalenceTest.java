package org.cocrea.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.cocrea.core.meta.Attribute;
import org.cocrea.core.meta.ModelBuilder;
import org.cocrea.core.meta.ModelPath;
import org.cocrea.core.meta.ModelTypes;
import org.cocrea.core.meta.ModelWalker;
import org.cocrea.testkit.RandomExercises;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast model access (method handles, cached descriptors, lazy paths, one walk for the index and the reference
 * check) gives exactly what the former reflective implementation gave, kept here as the reference: same walk, same
 * pointers, same index, same reference problems, on generated exercises of sizes S and M, valid and with planted
 * defects, duplicates and dangling references.
 */
class FastPathEquivalenceTest {

  /** Generated once for all four comparisons. */
  private static List<Arguments> generated;

  static synchronized Stream<Arguments> exercises() {
    if (generated == null) {
      generated = generate();
    }
    return generated.stream();
  }

  private static List<Arguments> generate() {
    List<Arguments> result = new ArrayList<>();
    for (long seed = 0; seed < 6; seed++) {
      RandomExercises.Size size = seed % 3 == 2 ? RandomExercises.Size.M : RandomExercises.Size.S;
      LocalExercise e = RandomExercises.generate(4_000 + seed, size, seed % 2 == 0 ? 0 : 2);
      result.add(Arguments.of(size + " seed " + seed + " as generated", e));
      result.add(Arguments.of(size + " seed " + seed + " broken", broken(e, new SplittableRandom(seed))));
    }
    return result;
  }

  /** The exercise with organisations and people removed, and organisations, milestones and a plan repeated. */
  static LocalExercise broken(LocalExercise e, SplittableRandom random) {
    List<Organization> organizations = new ArrayList<>(e.organizations());
    organizations.remove(random.nextInt(organizations.size()));
    organizations.add(organizations.get(random.nextInt(organizations.size())));
    organizations.add(0, organizations.get(random.nextInt(organizations.size())));
    List<Person> people = new ArrayList<>(e.people());
    if (!people.isEmpty()) {
      people.remove(random.nextInt(people.size()));
    }
    List<LocalActionPlan> plans = new ArrayList<>(e.plans());
    if (!plans.isEmpty()) {
      LocalActionPlan plan = plans.get(0);
      List<Commitment> commitments = new ArrayList<>(plan.commitments());
      if (commitments.size() > 1 && !commitments.get(0).milestones().isEmpty()) {
        commitments.set(1, Commitment.builder().from(commitments.get(1))
            .addMilestone(commitments.get(0).milestones().get(0)).addResponsibleInstitutionId("org-nowhere")
            .build());
      }
      plans.set(0, LocalActionPlan.builder().from(plan).commitments(commitments).build());
      plans.add(plans.get(random.nextInt(plans.size())));
    }
    return LocalExercise.builder().from(e).organizations(organizations).people(people).plans(plans)
        .guarantorBodyId("org-gone").build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exercises")
  void walkVisitsTheSameValuesWithTheSamePointersAsTheReflectiveWalk(String name, LocalExercise e) {
    List<String> expectedPointers = new ArrayList<>();
    List<Object> expectedValues = new ArrayList<>();
    Reference.walk("", e, (p, v) -> {
      expectedPointers.add(p);
      expectedValues.add(v);
    });
    List<String> pointers = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    ModelWalker.walk(e, (p, v) -> {
      pointers.add(p);
      values.add(v);
    });
    List<ModelPath> paths = new ArrayList<>();
    List<Object> pathValues = new ArrayList<>();
    ModelWalker.walkPaths(e, (p, v) -> {
      paths.add(p);
      pathValues.add(v);
    });
    assertThat(pointers).isEqualTo(expectedPointers);
    assertThat(paths).extracting(ModelPath::pointer).isEqualTo(expectedPointers);
    assertThat(values).hasSameSizeAs(expectedValues);
    assertThat(pathValues).hasSameSizeAs(expectedValues);
    for (int i = 0; i < values.size(); i++) {
      assertThat(values.get(i)).isSameAs(expectedValues.get(i));
      assertThat(pathValues.get(i)).isSameAs(expectedValues.get(i));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exercises")
  void referenceProblemsAreThoseOfTheReflectiveCheck(String name, LocalExercise e) {
    List<References.Problem> expected = Reference.check(e);
    assertThat(References.check(e)).isEqualTo(expected);
    assertThat(References.check(LocalExercise.builder().from(e).build())).isEqualTo(expected);
    if (name.endsWith("broken")) {
      assertThat(expected).extracting(References.Problem::kind)
          .contains(References.Kind.DANGLING, References.Kind.DUPLICATE);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exercises")
  void indexFindsWhatTheReflectiveIndexFound(String name, LocalExercise e) {
    Map<Class<?>, Map<String, Object>> byId = new HashMap<>();
    Map<Class<?>, Map<String, String>> pointers = new HashMap<>();
    Reference.index(e, byId, pointers);
    ExerciseIndex index = ExerciseIndex.of(e);
    byId.forEach((type, ids) -> ids.forEach((id, value) -> {
      assertThat(index.find(type, id).map(Object.class::cast)).containsSame(value);
      assertThat(index.pointerOf(type, id)).contains(pointers.get(type).get(id));
      assertThat(index.find(type, id + "-absent")).isEmpty();
      assertThat(index.pointerOf(type, id + "-absent")).isEmpty();
    }));
    assertThat(index.find(String.class, "x")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exercises")
  void attributesReadAndRebuildEveryValueAsTheAccessorsDo(String name, LocalExercise e) {
    ModelWalker.walk(e, (pointer, value) -> {
      Class<?> type = Reference.typeOf(value);
      assertThat(ModelTypes.typeOf(value)).isSameAs(type);
      ModelBuilder builder = ModelBuilder.of(type);
      for (Attribute a : ModelTypes.attributes(type)) {
        Object read = a.read(value);
        assertThat(read).as(pointer + "/" + a.name()).isEqualTo(Reference.read(a.accessor(), value));
        assertThat(ModelTypes.attribute(type, a.name())).containsSame(a);
        Object argument = read instanceof Optional<?> o ? o.orElse(null) : read;
        if (argument != null) {
          builder.set(a, argument);
        }
      }
      assertThat(builder.build()).as(pointer).isEqualTo(value);
    });
  }

  /** The former, reflective implementations, kept as the reference the fast ones must agree with. */
  static final class Reference {

    static Class<?> typeOf(Object value) {
      for (Class<?> i : value.getClass().getInterfaces()) {
        if (ModelTypes.isModelType(i)) {
          return i;
        }
      }
      throw new IllegalArgumentException("not a model value: " + value.getClass().getName());
    }

    static Object read(Method accessor, Object value) {
      try {
        return accessor.invoke(value);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }

    static void walk(String pointer, Object value, BiConsumer<String, Object> visitor) {
      visitor.accept(pointer, value);
      for (Attribute a : ModelTypes.attributes(typeOf(value))) {
        if (!ModelTypes.isModelType(a.elementType())) {
          continue;
        }
        Object v = read(a.accessor(), value);
        String p = pointer + "/" + a.name();
        if (v instanceof Optional<?> o) {
          if (o.isPresent()) {
            walk(p, o.get(), visitor);
          }
        } else if (v instanceof List<?> list) {
          for (int i = 0; i < list.size(); i++) {
            walk(p + "/" + i, list.get(i), visitor);
          }
        } else if (v instanceof Map<?, ?> map) {
          for (Map.Entry<?, ?> entry : map.entrySet()) {
            walk(p + "/" + ModelWalker.escape(String.valueOf(entry.getKey())), entry.getValue(), visitor);
          }
        } else if (v instanceof Collection<?> c) {
          int i = 0;
          for (Object o : c) {
            walk(p + "/" + i++, o, visitor);
          }
        } else {
          walk(p, v, visitor);
        }
      }
    }

    static void index(LocalExercise exercise, Map<Class<?>, Map<String, Object>> byId,
        Map<Class<?>, Map<String, String>> pointers) {
      walk("", exercise, (pointer, value) -> {
        Class<?> type = typeOf(value);
        for (Attribute a : ModelTypes.attributes(type)) {
          if (a.name().equals("id")) {
            String id = (String) read(a.accessor(), value);
            if (byId.computeIfAbsent(type, t -> new HashMap<>()).putIfAbsent(id, value) == null) {
              pointers.computeIfAbsent(type, t -> new HashMap<>()).put(id, pointer);
            }
          }
        }
      });
    }

    static List<References.Problem> check(LocalExercise exercise) {
      Map<Class<?>, Map<String, String>> declared = new HashMap<>();
      List<References.Problem> problems = new ArrayList<>();
      List<Object[]> refs = new ArrayList<>();
      walk("", exercise, (pointer, value) -> {
        Class<?> type = typeOf(value);
        for (Attribute a : ModelTypes.attributes(type)) {
          if (a.name().equals("id") && a.kind() == Attribute.Kind.REQUIRED) {
            String id = (String) read(a.accessor(), value);
            String previous = declared.computeIfAbsent(type, t -> new HashMap<>()).putIfAbsent(id, pointer);
            if (previous != null) {
              problems.add(new References.Problem(References.Kind.DUPLICATE, pointer + "/id", type.getSimpleName(),
                  id, previous));
            }
          }
          Optional<Class<?>> target = a.reference();
          if (target.isPresent()) {
            Object v = read(a.accessor(), value);
            String p = pointer + "/" + a.name();
            if (v instanceof Optional<?> o) {
              o.ifPresent(id -> refs.add(new Object[] {target.get(), id, p}));
            } else if (v instanceof Collection<?> c) {
              int i = 0;
              for (Object id : c) {
                refs.add(new Object[] {target.get(), id, p + "/" + i++});
              }
            }
          }
        }
      });
      for (Object[] r : refs) {
        Class<?> target = (Class<?>) r[0];
        String id = (String) r[1];
        if (!declared.getOrDefault(target, Map.of()).containsKey(id)) {
          problems.add(new References.Problem(References.Kind.DANGLING, (String) r[2], target.getSimpleName(), id,
              ""));
        }
      }
      problems.sort(Comparator.comparing(References.Problem::pointer));
      return List.copyOf(problems);
    }
  }
}
