package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cocrea.core.Milestone;
import org.cocrea.core.meta.ModelAnnotations;
import org.junit.jupiter.api.Test;

/**
 * The pre-check builds the plan of a model interface from the annotations the build read on it ({@link
 * ModelAnnotations}, written by core's processor) instead of reflecting over them at run time. The reflective scan
 * stays for other classes and is the reference: for every model type the two plans are equal.
 */
class GeneratedPlanTest {

  private static final List<Class<?>> MODEL_TYPES = GeneratedImplementationPlanTest.MODEL_TYPES;

  @Test
  void forEveryModelTypeThePlanFromTheBuildsDescriptionIsThePlanFromReflection() {
    assertThat(MODEL_TYPES).hasSizeGreaterThanOrEqualTo(54);
    int constrained = 0;
    for (Class<?> type : MODEL_TYPES) {
      List<String> plans = ConstraintPreCheck.describedAndReflected(type);
      assertThat(plans.get(0)).as(type.getName()).isEqualTo(plans.get(1)).isNotEqualTo("unsupported");
      // and it is the plan the pre-check uses for the interface and its generated implementation
      assertThat(ConstraintPreCheck.plans(type).get(0)).as(type.getName()).isEqualTo(plans.get(0));
      constrained += plans.get(0).equals("[]") ? 0 : 1;
    }
    assertThat(constrained).as("types with something to check").isGreaterThan(40);
  }

  @Test
  void theBuildReadsConstraintsWhereTheyStandWithTheirParameters() {
    ModelAnnotations milestone = ModelAnnotations.of(Milestone.class);
    assertThat(milestone.classLevel()).isFalse(); // @ModelConstraints is not one the pre-check counts
    // a declaration annotation that is also a type use: on the method and on the return type
    ModelAnnotations.Property id = milestone.property("id");
    assertThat(id.attribute()).isTrue();
    assertThat(id.method().constraints()).extracting(ModelAnnotations.Use::type).containsExactly(
        "jakarta.validation.constraints.NotBlank", "jakarta.validation.constraints.Size",
        "jakarta.validation.constraints.Pattern");
    assertThat(id.returned().constraints()).isEqualTo(id.method().constraints());
    // the same constraint on both is one constraint of the plan (equal uses, equal hashes), as with reflection
    assertThat(new java.util.HashSet<>(id.returned().constraints())).hasSize(3)
        .isEqualTo(new java.util.HashSet<>(id.method().constraints()));
    assertThat(id.method().constraints().get(1)).isNotEqualTo(id.method().constraints().get(2))
        .isEqualTo(new ModelAnnotations.Use("jakarta.validation.constraints.Size",
            java.util.Map.of("min", 0, "max", org.cocrea.core.Constraints.ID_MAX)));
    assertThat(ConstraintPreCheck.plans(Milestone.class).get(0))
        .contains("id REQUIRED [0 0..0 null, 7 0.." + org.cocrea.core.Constraints.ID_MAX + " null, 2 0..0 null] []");
    // type arguments: Optional<@Size(max = 2000) @Pattern(regexp = NOT_BLANK) String>
    ModelAnnotations.Site description = milestone.property("description").returned().arguments().get(0);
    assertThat(description.constraints().get(0).values()).containsEntry("min", 0).containsEntry("max", 2000);
    assertThat(description.constraints().get(1).values()).containsEntry("flags", List.of())
        .containsEntry("regexp", org.cocrea.core.Constraints.NOT_BLANK);
    // Optional<@DecimalMin("0") @DecimalMax("100") BigDecimal>
    assertThat(milestone.property("weight").returned().arguments().get(0).constraints())
        .extracting(ModelAnnotations.Use::values)
        .containsExactly(java.util.Map.of("value", "0", "inclusive", true),
            java.util.Map.of("value", "100", "inclusive", true));
    // List<@Valid Responsible>: the cascade on the type argument
    ModelAnnotations.Site responsibles = milestone.property("responsibles").returned();
    assertThat(responsibles.valid()).isFalse();
    assertThat(responsibles.arguments().get(0).valid()).isTrue();
    // an attribute without any annotation is not described
    assertThat(milestone.property("dueDate")).isNull();
  }

  @Test
  void onlyModelTypesAreDescribed() {
    assertThatThrownBy(() -> ModelAnnotations.of(String.class)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ModelAnnotations.of(org.cocrea.core.Recorded.class))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
