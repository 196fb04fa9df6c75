package org.cocrea.core.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
      // a fresh description, whose accessors are not looked up yet
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
        // equal before the lazy accessor is looked up (compared by declaring interface, name and return type) …
        assertThat(g).as(where).isEqualTo(r).hasSameHashCodeAs(r);
        assertThat(r).as(where).isEqualTo(g);
        // … and after: the very method reflection finds, declared where reflection says
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
  void aLazyAccessorIsLookedUpOnceAndTheSameForEveryThread() throws Exception {
    List<Attribute> fresh = GeneratedAccess.of(Commitment.class).attributes;
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Method>>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        Callable<List<Method>> task = () -> fresh.stream().map(Attribute::accessor).toList();
        results.add(pool.submit(task));
      }
      List<Method> first = results.get(0).get();
      for (Future<List<Method>> r : results) {
        List<Method> methods = r.get();
        for (int i = 0; i < methods.size(); i++) {
          assertThat(methods.get(i)).as(fresh.get(i).name()).isSameAs(first.get(i));
        }
      }
      for (int i = 0; i < fresh.size(); i++) {
        assertThat(fresh.get(i).accessor()).isSameAs(first.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
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
    // a lazy accessor returns what its kind says (Optional here): the method returning String is another one
    Attribute optional = Attribute.described("id", Attribute.Kind.OPTIONAL, String.class, Void.class, Void.class,
        Commitment.class);
    Attribute required = new Attribute("id", Attribute.Kind.OPTIONAL, String.class, Void.class, Void.class,
        Commitment.class.getMethod("id"));
    assertThat(optional).isNotEqualTo(required);
    assertThat(required).isNotEqualTo(optional);
  }
}
