package org.cocrea.core.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cocrea.core.Commitment;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.Milestone;
import org.cocrea.core.OpenGovComponent;
import org.cocrea.core.Organization;
import org.cocrea.core.QuorumRule;
import org.cocrea.core.Sector;
import org.cocrea.testkit.RandomExercises;
import org.junit.jupiter.api.Test;

/** Building model values reflectively, attribute by attribute. */
class ModelBuilderTest {

  private static Attribute attribute(Class<?> type, String name) {
    return ModelTypes.attribute(type, name).orElseThrow();
  }

  @Test
  void everyModelTypeIsBuildableWithOnlyItsId() {
    for (Class<?> type : ModelTypesTest.MODEL_TYPES) {
      ModelBuilder b = ModelBuilder.of(type);
      ModelTypes.attribute(type, "id").ifPresent(id -> b.set(id, "x-1"));
      Object value = b.build();
      assertThat(ModelTypes.typeOf(value)).as(type.getSimpleName()).isEqualTo(type);
      for (Attribute a : ModelTypes.attributes(type)) {
        Object v = a.read(value);
        if (a.kind() == Attribute.Kind.REQUIRED) {
          assertThat(v).isEqualTo("x-1");
        } else {
          boolean empty = v instanceof Optional<?> o ? o.isEmpty()
              : v instanceof Collection<?> c ? c.isEmpty() : ((Map<?, ?>) v).isEmpty();
          assertThat(empty).as(type.getSimpleName() + "." + a.name()).isTrue();
        }
      }
    }
  }

  @Test
  void setsEachKindOfAttribute() {
    Commitment c = (Commitment) ModelBuilder.of(Commitment.class)
        .set(attribute(Commitment.class, "id"), "c-1")
        .set(attribute(Commitment.class, "title"), "Agua limpia")
        .set(attribute(Commitment.class, "responsibleInstitutionIds"), List.of("org-a", "org-b"))
        .set(attribute(Commitment.class, "components"), Set.of(OpenGovComponent.ACCOUNTABILITY))
        .set(attribute(Commitment.class, "milestones"), List.of(Milestone.builder().id("m-1").build()))
        .build();
    assertThat(c).isEqualTo(Commitment.builder().id("c-1").title("Agua limpia").addResponsibleInstitutionId("org-a")
        .addResponsibleInstitutionId("org-b").addComponent(OpenGovComponent.ACCOUNTABILITY)
        .addMilestone(Milestone.builder().id("m-1").build()).build());
    QuorumRule q = (QuorumRule) ModelBuilder.of(QuorumRule.class)
        .set(attribute(QuorumRule.class, "minPerSector"), Map.of(Sector.CIVIL_SOCIETY, 2)).build();
    assertThat(q.minPerSector()).containsEntry(Sector.CIVIL_SOCIETY, 2);
  }

  @Test
  void rebuildsEveryValueOfGeneratedExercisesEqually() {
    RandomExercises.stream(900, 10).forEach(e -> {
      int[] rebuilt = {0};
      ModelWalker.walk(e, (pointer, value) -> {
        assertThat(rebuild(value)).as(pointer).isEqualTo(value);
        rebuilt[0]++;
      });
      assertThat(rebuilt[0]).isGreaterThan(100);
    });
  }

  private static Object rebuild(Object value) {
    Class<?> type = ModelTypes.typeOf(value);
    ModelBuilder b = ModelBuilder.of(type);
    for (Attribute a : ModelTypes.attributes(type)) {
      Object v = a.read(value);
      if (v instanceof Optional<?> o) {
        o.ifPresent(x -> b.set(a, x));
      } else {
        b.set(a, v);
      }
    }
    return b.build();
  }

  @Test
  void missingIdFailsTheBuild() {
    assertThatThrownBy(() -> ModelBuilder.of(Organization.class).build()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void valueOfTheWrongTypeIsRejected() {
    ModelBuilder b = ModelBuilder.of(Organization.class);
    assertThatThrownBy(() -> b.set(attribute(Organization.class, "sector"), "GOVERNMENT"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.set(attribute(Commitment.class, "milestones"), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("milestones");
    assertThatThrownBy(() -> b.set(attribute(Organization.class, "name"), null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void rejectsTypesOutsideTheModel() {
    assertThatThrownBy(() -> ModelBuilder.of(String.class)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ModelBuilder.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void buildersAreIndependent() {
    ModelBuilder a = ModelBuilder.of(LocalExercise.class).set(attribute(LocalExercise.class, "id"), "a");
    ModelBuilder b = ModelBuilder.of(LocalExercise.class).set(attribute(LocalExercise.class, "id"), "b");
    assertThat(((LocalExercise) a.build()).id()).isEqualTo("a");
    assertThat(((LocalExercise) b.build()).id()).isEqualTo("b");
  }
}
