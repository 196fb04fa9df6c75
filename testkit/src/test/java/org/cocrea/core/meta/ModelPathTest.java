package org.cocrea.core.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.cocrea.core.Commitment;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.Milestone;
import org.cocrea.testkit.Pointers;
import org.cocrea.testkit.RandomExercises;
import org.junit.jupiter.api.Test;

/** Paths that render their JSON Pointer when asked. */
class ModelPathTest {

  @Test
  void rootRendersTheEmptyPointer() {
    assertThat(ModelPath.root().pointer()).isEmpty();
    assertThat(ModelPath.root().isRoot()).isTrue();
    assertThat(ModelPath.root().property("plans").isRoot()).isFalse();
  }

  @Test
  void propertiesAndIndexesRenderAsPointerTokens() {
    ModelPath p = ModelPath.root().property("plans").index(0).property("commitments").index(12);
    assertThat(p.pointer()).isEqualTo("/plans/0/commitments/12");
    assertThat(p).hasToString("/plans/0/commitments/12");
    assertThat(p.property("title").pointer()).isEqualTo("/plans/0/commitments/12/title");
  }

  @Test
  void propertyNamesAreEscaped() {
    assertThat(ModelPath.root().property("a/b~c").pointer()).isEqualTo("/a~1b~0c");
  }

  @Test
  void pathsWithTheSamePointerAreEqual() {
    ModelPath a = ModelPath.root().property("plans").index(1);
    ModelPath b = ModelPath.root().property("plans").index(1);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(ModelPath.root().property("plans").index(2));
    assertThat(a).isNotEqualTo("/plans/1");
  }

  @Test
  void rejectsNegativeIndexesAndNullNames() {
    assertThatThrownBy(() -> ModelPath.root().index(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ModelPath.root().property(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void walkPathsGivesThePointersOfWalk() {
    RandomExercises.stream(91, 6).forEach(e -> {
      List<String> pointers = new ArrayList<>();
      ModelWalker.walk(e, (pointer, value) -> pointers.add(pointer));
      List<ModelPath> paths = new ArrayList<>();
      ModelWalker.walkPaths(e, (path, value) -> {
        paths.add(path);
        assertThat(Pointers.resolve(e, path.pointer())).containsSame(value);
      });
      assertThat(paths).extracting(ModelPath::pointer).isEqualTo(pointers);
    });
  }

  @Test
  void keptPathsRenderLaterWithoutTheirParentsRendered() {
    LocalExercise e = LocalExercise.builder().id("x").addPlan(LocalActionPlan.builder().id("pal-1")
        .addCommitment(Commitment.builder().id("c-1").build())
        .addCommitment(Commitment.builder().id("c-2").addMilestone(Milestone.builder().id("m-1").build()).build())
        .build()).build();
    List<ModelPath> milestones = new ArrayList<>();
    ModelWalker.walkPaths(e, (path, value) -> {
      if (value instanceof Milestone) {
        milestones.add(path);
      }
    });
    assertThat(milestones).extracting(ModelPath::pointer).containsExactly("/plans/0/commitments/1/milestones/0");
    assertThat(milestones.get(0).property("id").pointer()).isEqualTo("/plans/0/commitments/1/milestones/0/id");
  }

  @Test
  void walkPathsRejectsNullArgumentsAndPlainValues() {
    assertThatThrownBy(() -> ModelWalker.walkPaths(null, (p, v) -> { })).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ModelWalker.walkPaths(LocalExercise.builder().id("x").build(), null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ModelWalker.walkPaths("text", (p, v) -> { }))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
