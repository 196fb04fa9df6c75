package org.cocrea.core.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.Organization;
import org.cocrea.testkit.RandomExercises;
import org.junit.jupiter.api.Test;

/**
 * The access that the build generates ({@code GeneratedAccess}, written by {@code ModelAccessProcessor} while core
 * compiles) against the method-handle oracle ({@link MethodHandleAccess}): for every model type the same attributes
 * in the same slots, the same values read, and the same values built.
 */
class GeneratedAccessTest {

  @Test
  void everyModelTypeHasAGeneratedAccessWithItsAttributesInSlotOrder() throws IOException {
    List<Class<?>> types = modelTypes();
    assertThat(types).hasSizeGreaterThan(40);
    for (Class<?> type : types) {
      ModelAccess generated = GeneratedAccess.of(type);
      assertThat(generated).as(type.getSimpleName()).isNotNull();
      assertThat(generated.attributes).as(type.getSimpleName()).isEqualTo(ModelTypes.attributes(type));
      assertThat(ModelTypes.info(type).access).as(type.getSimpleName()).isSameAs(ModelTypes.info(type).access)
          .hasSameClassAs(generated);
    }
    assertThat(GeneratedAccess.of(String.class)).isNull();
  }

  @Test
  void generatedAccessReadsAndBuildsWhatTheMethodHandlesDo() throws Throwable {
    Map<Class<?>, List<Object>> valuesByType = new HashMap<>();
    for (long seed = 1; seed <= 6; seed++) {
      LocalExercise exercise = RandomExercises.generate(seed);
      ModelWalker.walk(exercise, (pointer, value) ->
          valuesByType.computeIfAbsent(ModelTypes.typeOf(value), t -> new ArrayList<>()).add(value));
    }
    Set<Class<?>> checked = new LinkedHashSet<>();
    for (Map.Entry<Class<?>, List<Object>> entry : valuesByType.entrySet()) {
      Class<?> type = entry.getKey();
      List<Attribute> attributes = ModelTypes.attributes(type);
      ModelAccess generated = ModelTypes.info(type).access;
      ModelAccess handles = new MethodHandleAccess(type, attributes);
      for (Object value : entry.getValue()) {
        Object byGenerated = generated.newBuilder();
        Object byHandles = handles.newBuilder();
        for (int slot = 0; slot < attributes.size(); slot++) {
          Object read = generated.read(slot, value);
          assertThat(read).as(type.getSimpleName() + "." + attributes.get(slot).name())
              .isEqualTo(handles.read(slot, value));
          Object setting = settingOf(attributes.get(slot), read);
          if (setting != null) {
            generated.set(slot, byGenerated, setting);
            handles.set(slot, byHandles, setting);
          }
        }
        assertThat(generated.build(byGenerated)).as(type.getSimpleName()).isEqualTo(value)
            .isEqualTo(handles.build(byHandles));
      }
      checked.add(type);
    }
    // the generated exercises cover most of the model; the rest is covered by the slot-order test above
    assertThat(checked).hasSizeGreaterThan(25);
  }

  @Test
  void aTypeWithoutGeneratedAccessIsABugReportedAtOnce() {
    assertThatThrownBy(() -> ModelAccess.of(LocalExercise.Builder.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(LocalExercise.Builder.class.getName());
    assertThat(ModelAccess.of(Organization.class).attributes).isEqualTo(ModelTypes.attributes(Organization.class));
  }

  /** What a builder's slot is set to for a value read: the element of a present optional, null for an empty one. */
  private static Object settingOf(Attribute attribute, Object read) {
    if (attribute.kind() == Attribute.Kind.OPTIONAL) {
      return ((Optional<?>) read).orElse(null);
    }
    return read;
  }

  /** The model interfaces of org.cocrea.core (every main class of the package that is a model type), by name. */
  static List<Class<?>> modelTypes() throws IOException {
    List<Class<?>> types = new ArrayList<>();
    for (var c : org.cocrea.core.CoreClasses.MAIN) {
      if (c.getPackageName().equals("org.cocrea.core") && !c.isNestedClass()
          && !c.getSimpleName().startsWith("Immutable") && ModelTypes.isModelType(c.reflect())) {
        types.add(c.reflect());
      }
    }
    types.sort(java.util.Comparator.comparing(Class::getName));
    return types;
  }
}
