package org.cocrea.core.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cocrea.core.Commitment;
import org.cocrea.core.Recorded;
import org.junit.jupiter.api.Test;

/**
 * The attribute descriptions that the build generates ({@code GeneratedAccess}, written by {@code
 * ModelAccessProcessor}) against reflection over the same interfaces ({@link ReflectiveDescriptions}): for every
 * model type the same attributes in the same slots, with the same name, kind, element, key and reference types, and
 * the same accessor (declared by the same interface: the type itself or a shared facet such as {@code Recorded}).
 */
class GeneratedDescriptionsTest {

  @Test
  void everyModelTypeIsDescribedAsReflectionDescribesIt() throws Exception {
    List<Class<?>> types = GeneratedAccessTest.modelTypes();
    assertThat(types).hasSize(54);
    int facetAccessors = 0;
    int references = 0;
    int maps = 0;
    for (Class<?> type : types) {
      List<Attribute> reflected = ReflectiveDescriptions.describe(type);
      // a fresh description
      List<Attribute> generated = GeneratedAccess.of(type).attributes;
      assertThat(generated).as(type.getSimpleName()).hasSameSizeAs(reflected);
      for (int i = 0; i < reflected.size(); i++) {
        Attribute r = reflected.get(i);
        Attribute g = generated.get(i);
        String where = type.getSimpleName() + "." + r.name();
        assertThat(g.name()).as(where).isEqualTo(r.name());
        assertThat(g.kind()).as(where).isEqualTo(r.kind());
        assertThat(g.elementType()).as(where).isEqualTo(r.elementType());
        assertThat(g.keyType()).as(where).isEqualTo(r.keyType());
        assertThat(g.refTarget()).as(where).isEqualTo(r.refTarget());
        // the very method reflection finds, declared where reflection says
        assertThat(g.accessor()).as(where).isEqualTo(r.accessor());
        assertThat(g.accessor().getDeclaringClass()).as(where).isEqualTo(r.accessor().getDeclaringClass());
        assertThat(g).as(where).isEqualTo(r).hasSameHashCodeAs(r).hasToString(r.toString());
        facetAccessors += g.accessor().getDeclaringClass() != type ? 1 : 0;
        references += g.reference().isPresent() ? 1 : 0;
        maps += g.kind() == Attribute.Kind.MAP ? 1 : 0;
      }
      assertThat(ModelTypes.attributes(type)).as(type.getSimpleName()).isEqualTo(reflected);
    }
    // the comparison covers the shapes that can go wrong
    assertThat(facetAccessors).isGreaterThan(20);
    assertThat(references).isGreaterThan(20);
    assertThat(maps).isPositive();
  }

  @Test
  void aFacetAccessorIsTheFacetsMethod() throws NoSuchMethodException {
    Attribute completeness = ModelTypes.attribute(Commitment.class, "completeness").orElseThrow();
    assertThat(completeness.accessor()).isEqualTo(Recorded.class.getMethod("completeness"));
    assertThat(completeness.accessor().getDeclaringClass()).isEqualTo(Recorded.class);
  }

  @Test
  void attributesWithAnotherAccessorDiffer() throws NoSuchMethodException {
    Attribute id = GeneratedAccess.of(Commitment.class).attributes.stream()
        .filter(a -> a.name().equals("id")).findFirst().orElseThrow();
    // the same components but another interface's accessor of that name
    Attribute other = new Attribute("id", id.kind(), id.elementType(), id.keyType(), id.refTarget(),
        org.cocrea.core.Milestone.class.getMethod("id"));
    assertThat(id).isNotEqualTo(other);
    assertThat(other).isNotEqualTo(id);
    Attribute same = new Attribute("id", id.kind(), id.elementType(), id.keyType(), id.refTarget(),
        Commitment.class.getMethod("id"));
    assertThat(id).isEqualTo(same).hasSameHashCodeAs(same);
  }

  @Test
  void aDescriptionOfAMethodThatIsNotThereIsABuildBug() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Attribute.described("nope", Attribute.Kind.OPTIONAL,
        String.class, Void.class, Void.class, Commitment.class)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("org.cocrea.core.Commitment.nope()");
  }
}
