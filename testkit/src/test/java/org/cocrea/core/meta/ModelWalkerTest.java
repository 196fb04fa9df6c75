package org.cocrea.core.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.cocrea.core.Commitment;
import org.cocrea.core.Jurisdiction;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.Milestone;
import org.cocrea.core.Organization;
import org.cocrea.core.OperatingRules;
import org.cocrea.core.QuorumRule;
import org.cocrea.core.Responsible;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Sector;
import org.cocrea.testkit.Pointers;
import org.cocrea.testkit.RandomExercises;
import org.junit.jupiter.api.Test;

/** Walking a model tree with JSON Pointers. */
class ModelWalkerTest {

  @Test
  void visitsParentsBeforeChildrenInAttributeNameOrder() {
    LocalExercise e = LocalExercise.builder().id("x")
        .jurisdiction(Jurisdiction.builder().name("Durango").build())
        .addOrganization(Organization.builder().id("org-1").build())
        .addOrganization(Organization.builder().id("org-2").build())
        .addPlan(LocalActionPlan.builder().id("pal-1").addCommitment(Commitment.builder().id("c-1")
            .addMilestone(Milestone.builder().id("m-1").addResponsible(Responsible.builder().build()).build())
            .build()).build())
        .build();
    List<String> pointers = new ArrayList<>();
    ModelWalker.walk(e, (pointer, value) -> pointers.add(pointer));
    assertThat(pointers).containsExactly("", "/jurisdiction", "/organizations/0", "/organizations/1", "/plans/0",
        "/plans/0/commitments/0", "/plans/0/commitments/0/milestones/0",
        "/plans/0/commitments/0/milestones/0/responsibles/0");
  }

  @Test
  void doesNotVisitPlainValuesOrMapValues() {
    LocalTechnicalSecretariat stl = LocalTechnicalSecretariat.builder().id("stl-1")
        .rules(OperatingRules.builder().quorum(QuorumRule.builder().putMinPerSector(Sector.GOVERNMENT, 1).build())
            .build())
        .addValue("Transparencia").build();
    List<String> pointers = new ArrayList<>();
    ModelWalker.walk(stl, (pointer, value) -> pointers.add(pointer));
    assertThat(pointers).containsExactly("", "/rules", "/rules/quorum");
  }

  @Test
  void everyPointerOfGeneratedExercisesLocatesItsValue() {
    RandomExercises.stream(700, 10).forEach(e -> ModelWalker.walk(e, (pointer, value) ->
        assertThat(Pointers.resolve(e, pointer)).as(pointer).containsSame(value)));
  }

  @Test
  void escapesPointerTokens() {
    assertThat(ModelWalker.escape("plain")).isEqualTo("plain");
    assertThat(ModelWalker.escape("a/b~c")).isEqualTo("a~1b~0c");
    assertThat(ModelWalker.escape("~1")).isEqualTo("~01");
  }

  @Test
  void rejectsNullArguments() {
    assertThatThrownBy(() -> ModelWalker.walk(null, (p, v) -> { })).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ModelWalker.walk(LocalExercise.builder().id("x").build(), null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ModelWalker.walk("text", (p, v) -> { })).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pointersThatLocateNothingResolveToEmpty() {
    LocalExercise e = RandomExercises.generate(1);
    assertThat(Pointers.resolve(e, "/plans/9")).isEmpty();
    assertThat(Pointers.resolve(e, "/nope")).isEmpty();
    assertThat(Pointers.resolve(e, "plans")).isEmpty();
    assertThat(Pointers.resolve(e, "/plans/01")).isEmpty();
    assertThat(Pointers.resolve(e, "/id")).contains(e.id());
    assertThat(Pointers.resolve(e, "/promoterGroup/nope")).isEmpty();
  }
}
