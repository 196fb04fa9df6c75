package org.cocrea.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.cocrea.core.meta.ModelTypes;
import org.cocrea.core.meta.ModelWalker;
import org.cocrea.testkit.Pointers;
import org.cocrea.testkit.RandomExercises;
import org.junit.jupiter.api.Test;

/** Resolving identifiers of an exercise by type, with their pointers. */
class ExerciseIndexTest {

  private static final Organization IDAIP = Organization.builder().id("org-idaip").name("IDAIP")
      .sector(Sector.GUARANTOR_BODY).build();
  private static final Organization CCA = Organization.builder().id("org-cca").name("Consejo Ciudadano").build();
  private static final Milestone M1 = Milestone.builder().id("DGO-2015-C1-M1").dueDate(LocalDate.of(2016, 2, 29))
      .build();

  private static LocalExercise exercise() {
    return LocalExercise.builder().id("mx-dur-2015").addOrganization(IDAIP).addOrganization(CCA)
        .addPeople(Person.builder().id("p-1").name("Lorena Cázarez").build())
        .addStl(LocalTechnicalSecretariat.builder().id("stl-1")
            .addMembership(StlMembership.builder().id("m-1").organizationId("org-idaip").build()).build())
        .addPlan(LocalActionPlan.builder().id("pal-1").addCommitment(Commitment.builder().id("DGO-2015-C1")
            .addMilestone(M1).build()).build())
        .build();
  }

  @Test
  void findsElementsByTypeAndId() {
    ExerciseIndex index = exercise().index();
    assertThat(index.organization("org-idaip")).contains(IDAIP);
    assertThat(index.person("p-1").flatMap(Person::name)).contains("Lorena Cázarez");
    assertThat(index.membership("m-1").flatMap(StlMembership::organizationId)).contains("org-idaip");
    assertThat(index.find(Milestone.class, "DGO-2015-C1-M1")).contains(M1);
    assertThat(index.find(LocalExercise.class, "mx-dur-2015")).isPresent();
  }

  @Test
  void unknownIdsAndOtherTypesFindNothing() {
    ExerciseIndex index = exercise().index();
    assertThat(index.organization("org-nope")).isEmpty();
    assertThat(index.find(Person.class, "org-idaip")).isEmpty();
    assertThat(index.find(String.class, "org-idaip")).isEmpty();
    assertThat(index.pointerOf(Commitment.class, "nope")).isEmpty();
  }

  @Test
  void givesThePointerOfEachDeclaration() {
    ExerciseIndex index = exercise().index();
    assertThat(index.pointerOf(Organization.class, "org-cca")).contains("/organizations/1");
    assertThat(index.pointerOf(Milestone.class, "DGO-2015-C1-M1")).contains("/plans/0/commitments/0/milestones/0");
    assertThat(index.pointerOf(StlMembership.class, "m-1")).contains("/stls/0/memberships/0");
    assertThat(index.pointerOf(LocalExercise.class, "mx-dur-2015")).contains("");
  }

  @Test
  void sectorOfIsTheOrganisationsRecordedSector() {
    ExerciseIndex index = exercise().index();
    assertThat(index.sectorOf("org-idaip")).contains(Sector.GUARANTOR_BODY);
    assertThat(index.sectorOf("org-cca")).as("no sector recorded").isEmpty();
    assertThat(index.sectorOf("org-nope")).isEmpty();
  }

  @Test
  void firstDeclarationWinsForDuplicates() {
    Organization second = Organization.builder().id("org-idaip").name("Otro").build();
    LocalExercise e = LocalExercise.builder().from(exercise()).addOrganization(second).build();
    assertThat(e.index().organization("org-idaip")).contains(IDAIP);
    assertThat(e.index().pointerOf(Organization.class, "org-idaip")).contains("/organizations/0");
  }

  @Test
  void everyIdentifiedElementOfGeneratedExercisesIsFoundAtItsPointer() {
    for (long seed = 0; seed < 15; seed++) {
      LocalExercise e = RandomExercises.generate(seed * 101);
      ExerciseIndex index = e.index();
      int[] checked = {0};
      ModelWalker.walk(e, (pointer, value) -> {
        Class<?> type = ModelTypes.typeOf(value);
        ModelTypes.attribute(type, "id").ifPresent(a -> {
          String id = (String) a.read(value);
          assertThat(index.find(type, id).map(Object.class::cast)).contains(value);
          assertThat(index.pointerOf(type, id)).contains(pointer);
          assertThat(Pointers.resolve(e, pointer)).contains(value);
          checked[0]++;
        });
      });
      assertThat(checked[0]).isGreaterThan(50);
    }
  }

  @Test
  void rejectsNullArguments() {
    ExerciseIndex index = exercise().index();
    assertThatThrownBy(() -> index.find(Organization.class, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> index.pointerOf(Organization.class, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ExerciseIndex.of(null)).isInstanceOf(NullPointerException.class);
  }
}
