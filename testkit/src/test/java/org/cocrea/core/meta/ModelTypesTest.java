package org.cocrea.core.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cocrea.core.CoreClasses;
import org.cocrea.core.Commitment;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.Milestone;
import org.cocrea.core.OpenGovComponent;
import org.cocrea.core.Organization;
import org.cocrea.core.Person;
import org.cocrea.core.QuorumRule;
import org.cocrea.core.References;
import org.cocrea.core.Sector;
import org.cocrea.core.StlMembership;
import org.junit.jupiter.api.Test;

/** Describing the model's types and attributes. */
class ModelTypesTest {

  static final List<Class<?>> MODEL_TYPES = CoreClasses.MAIN.stream()
      .<Class<?>>map(c -> c.reflect()).filter(ModelTypes::isModelType)
      .sorted((a, b) -> a.getName().compareTo(b.getName())).toList();

  @Test
  void modelHasFiftyFourTypes() {
    // 43 of format 1.0 and 11 values of 1.1 (RecordDeclaration, Source, Provenance, StatedCount, Assessor, …)
    assertThat(MODEL_TYPES).hasSize(54).contains(LocalExercise.class, Commitment.class, QuorumRule.class,
        org.cocrea.core.RecordDeclaration.class, org.cocrea.core.Provenance.class);
  }

  @Test
  void everyModelTypeIsDescribableWithSortedUniqueNames() {
    for (Class<?> type : MODEL_TYPES) {
      List<Attribute> attributes = ModelTypes.attributes(type);
      List<String> names = attributes.stream().map(Attribute::name).toList();
      assertThat(attributes).as(type.getSimpleName()).isNotEmpty();
      assertThat(names).as(type.getSimpleName()).isSorted().doesNotHaveDuplicates();
      // declared by the type or by a shared facet it extends (Recorded, RecordedParts, Sourced)
      assertThat(attributes).allSatisfy(a -> assertThat(a.accessor().getDeclaringClass()).isAssignableFrom(type)
          .satisfies(owner -> assertThat(owner.getPackageName()).isEqualTo(type.getPackageName())));
    }
  }

  @Test
  void attributesAreDescribedOnce() {
    assertThat(ModelTypes.attributes(Commitment.class)).isSameAs(ModelTypes.attributes(Commitment.class));
    assertThatThrownBy(() -> ModelTypes.attributes(Commitment.class).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void describesEachKindOfAttribute() {
    Attribute id = ModelTypes.attribute(LocalExercise.class, "id").orElseThrow();
    assertThat(id.kind()).isEqualTo(Attribute.Kind.REQUIRED);
    assertThat(id.elementType()).isEqualTo(String.class);
    assertThat(id.isNested()).isFalse();

    Attribute title = ModelTypes.attribute(LocalExercise.class, "title").orElseThrow();
    assertThat(title.kind()).isEqualTo(Attribute.Kind.OPTIONAL);
    assertThat(title.elementType()).isEqualTo(String.class);

    Attribute organizations = ModelTypes.attribute(LocalExercise.class, "organizations").orElseThrow();
    assertThat(organizations.kind()).isEqualTo(Attribute.Kind.LIST);
    assertThat(organizations.elementType()).isEqualTo(Organization.class);
    assertThat(organizations.isNested()).isTrue();

    Attribute components = ModelTypes.attribute(Commitment.class, "components").orElseThrow();
    assertThat(components.kind()).isEqualTo(Attribute.Kind.SET);
    assertThat(components.elementType()).isEqualTo(OpenGovComponent.class);

    Attribute perSector = ModelTypes.attribute(QuorumRule.class, "minPerSector").orElseThrow();
    assertThat(perSector.kind()).isEqualTo(Attribute.Kind.MAP);
    assertThat(perSector.keyType()).isEqualTo(Sector.class);
    assertThat(perSector.elementType()).isEqualTo(Integer.class);
    assertThat(id.keyType()).isEqualTo(Void.class);
  }

  @Test
  void describesReferences() {
    Attribute org = ModelTypes.attribute(Person.class, "organizationId").orElseThrow();
    assertThat(org.reference()).contains(Organization.class);
    assertThat(org.refTarget()).isEqualTo(Organization.class);
    Attribute responsible = ModelTypes.attribute(Commitment.class, "responsibleInstitutionIds").orElseThrow();
    assertThat(responsible.kind()).isEqualTo(Attribute.Kind.LIST);
    assertThat(responsible.elementType()).isEqualTo(String.class);
    assertThat(responsible.reference()).contains(Organization.class);
    assertThat(ModelTypes.attribute(StlMembership.class, "alternateOfId").orElseThrow().reference())
        .contains(StlMembership.class);
    assertThat(ModelTypes.attribute(Person.class, "name").orElseThrow().reference()).isEmpty();
  }

  @Test
  void everyReferenceTargetsAModelTypeWithARequiredId() {
    Set<Class<?>> targets = MODEL_TYPES.stream().flatMap(t -> ModelTypes.attributes(t).stream())
        .flatMap(a -> a.reference().stream()).collect(Collectors.toSet());
    assertThat(targets).isNotEmpty().allSatisfy(t -> {
      assertThat(ModelTypes.isModelType(t)).isTrue();
      assertThat(ModelTypes.attribute(t, "id")).hasValueSatisfying(a ->
          assertThat(a.kind()).isEqualTo(Attribute.Kind.REQUIRED));
    });
  }

  @Test
  void onlyIdentifiersAreRequiredAndReferencesHoldStrings() {
    for (Class<?> type : MODEL_TYPES) {
      for (Attribute a : ModelTypes.attributes(type)) {
        if (a.kind() == Attribute.Kind.REQUIRED) {
          assertThat(a.name()).as(type.getSimpleName()).isEqualTo("id");
        }
        if (a.reference().isPresent()) {
          assertThat(a.elementType()).as(type.getSimpleName() + "." + a.name()).isEqualTo(String.class);
          assertThat(a.name()).endsWith(a.kind() == Attribute.Kind.LIST ? "Ids" : "Id");
        }
      }
    }
  }

  @Test
  void recognisesModelTypesOnly() {
    assertThat(ModelTypes.isModelType(Milestone.class)).isTrue();
    assertThat(ModelTypes.isModelType(Milestone.builder().id("m").build().getClass())).as("generated class")
        .isFalse();
    assertThat(ModelTypes.isModelType(Sector.class)).isFalse();
    assertThat(ModelTypes.isModelType(String.class)).isFalse();
    assertThat(ModelTypes.isModelType(References.class)).isFalse();
  }

  @Test
  void typeOfGivesTheModelInterfaceOfABuiltValue() {
    assertThat(ModelTypes.typeOf(Milestone.builder().id("m").build())).isEqualTo(Milestone.class);
    assertThatThrownBy(() -> ModelTypes.typeOf("text")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ModelTypes.attributes(String.class)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void unknownAttributeIsEmpty() {
    assertThat(ModelTypes.attribute(Milestone.class, "nope")).isEqualTo(Optional.empty());
  }

  @Test
  void readerReadsWhatTheAttributeReads() {
    Milestone m = Milestone.builder().id("m-1").deliverable("Portal").build();
    for (Attribute a : ModelTypes.attributes(Milestone.class)) {
      assertThat(ModelTypes.reader(Milestone.class, a).apply(m)).as(a.name()).isEqualTo(a.read(m));
    }
    // an attribute inherited from a shared facet (Recorded) is read through the type that inherits it
    Attribute completeness = ModelTypes.attribute(Commitment.class, "completeness").orElseThrow();
    assertThat(completeness.accessor().getDeclaringClass()).isNotEqualTo(Commitment.class);
    Commitment c = Commitment.builder().id("c-1").build();
    assertThat(ModelTypes.reader(Commitment.class, completeness).apply(c)).isEqualTo(completeness.read(c));
  }

  @Test
  void readerRejectsAnotherTypesAttributeOrValue() {
    Attribute commitmentId = ModelTypes.attribute(Commitment.class, "id").orElseThrow();
    assertThatThrownBy(() -> ModelTypes.reader(Milestone.class, commitmentId))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ModelTypes.reader(String.class, commitmentId))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ModelTypes.reader(Commitment.class, commitmentId).apply(Milestone.builder().id("m")
        .build())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void attributeRejectsNullComponents() {
    Attribute id = ModelTypes.attribute(Milestone.class, "id").orElseThrow();
    assertThatThrownBy(() -> new Attribute(null, id.kind(), String.class, Void.class, Void.class, id.accessor()))
        .isInstanceOf(NullPointerException.class);
  }
}
