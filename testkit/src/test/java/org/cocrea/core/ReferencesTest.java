package org.cocrea.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.cocrea.core.References.Kind;
import org.cocrea.core.References.Problem;
import org.cocrea.core.meta.Attribute;
import org.cocrea.core.meta.ModelTypes;
import org.cocrea.core.meta.ModelWalker;
import org.cocrea.testkit.Pointers;
import org.cocrea.testkit.RandomExercises;
import org.junit.jupiter.api.Test;

/** Dangling references and duplicate identifiers, with their JSON Pointers. */
class ReferencesTest {

  private static Organization org(String id, Sector sector) {
    return Organization.builder().id(id).sector(sector).build();
  }

  private static LocalExercise.Builder base() {
    return LocalExercise.builder().id("mx-dur-2015").guarantorBodyId("org-idaip")
        .addOrganization(org("org-idaip", Sector.GUARANTOR_BODY))
        .addOrganization(org("org-mun", Sector.GOVERNMENT))
        .addOrganization(org("org-cca", Sector.CIVIL_SOCIETY))
        .addPeople(Person.builder().id("p-1").organizationId("org-cca").build());
  }

  @Test
  void consistentExerciseHasNoProblems() {
    LocalExercise e = base().addStl(LocalTechnicalSecretariat.builder().id("stl-1")
        .addMembership(StlMembership.builder().id("m-1").organizationId("org-cca").personId("p-1").build())
        .addMembership(StlMembership.builder().id("m-2").organizationId("org-cca").alternateOfId("m-1").build())
        .build()).build();
    assertThat(References.check(e)).isEmpty();
  }

  @Test
  void danglingSingleReferenceIsReportedAtItsAttribute() {
    LocalExercise e = base().guarantorBodyId("org-nope").build();
    assertThat(References.check(e)).containsExactly(
        new Problem(Kind.DANGLING, "/guarantorBodyId", "Organization", "org-nope", ""));
  }

  @Test
  void referencesResolveToElementsDeclaredBeforeOrAfterThem() {
    // org-a names org-b, declared after it in the walk, and org-b names org-a, declared before it; org-c names an
    // organisation declared nowhere, before and after the declared ones
    LocalExercise e = LocalExercise.builder().id("x")
        .addOrganization(Organization.builder().id("org-a").addSuccessorId("org-b").addSuccessorId("org-nope")
            .build())
        .addOrganization(Organization.builder().id("org-b").addPredecessorId("org-a").build())
        .addOrganization(Organization.builder().id("org-c").addPredecessorId("org-b").addPredecessorId("org-nope")
            .build())
        .build();
    assertThat(References.check(e)).containsExactly(
        new Problem(Kind.DANGLING, "/organizations/0/successorIds/1", "Organization", "org-nope", ""),
        new Problem(Kind.DANGLING, "/organizations/2/predecessorIds/1", "Organization", "org-nope", ""));
  }

  @Test
  void danglingListElementIsReportedAtItsIndex() {
    LocalExercise e = base().addPlan(LocalActionPlan.builder().id("pal-1").addCommitment(Commitment.builder()
        .id("c-1").addResponsibleInstitutionId("org-mun").addResponsibleInstitutionId("org-sec").build()).build())
        .build();
    assertThat(References.check(e)).containsExactly(new Problem(Kind.DANGLING,
        "/plans/0/commitments/0/responsibleInstitutionIds/1", "Organization", "org-sec", ""));
  }

  @Test
  void aCitedSourceMustBeASourceOfTheRecord() {
    LocalExercise e = base().record(RecordDeclaration.builder().addSource(Source.builder().id("S1").build()).build())
        .provenance(Provenance.builder().addSource(SourceCitation.builder().sourceId("S1").build())
            .addSource(SourceCitation.builder().sourceId("S9").build()).build())
        .build();
    // S1 is declared by the record; S9 is not, so where the value came from could not be followed
    assertThat(References.check(e)).containsExactly(
        new Problem(Kind.DANGLING, "/provenance/sources/1/sourceId", "Source", "S9", ""));
  }

  @Test
  void referenceToAnIdOfAnotherTypeDangles() {
    LocalExercise e = base().addPlan(LocalActionPlan.builder().id("pal-1").addCommitment(Commitment.builder()
        .id("c-1").contactPersonId("org-mun").build()).build()).build();
    assertThat(References.check(e)).extracting(Problem::pointer, Problem::targetType)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/plans/0/commitments/0/contactPersonId", "Person"));
  }

  @Test
  void duplicateIdentifierIsReportedAtTheSecondDeclaration() {
    LocalExercise e = base().addOrganization(org("org-mun", Sector.GOVERNMENT)).build();
    assertThat(References.check(e)).containsExactly(
        new Problem(Kind.DUPLICATE, "/organizations/3/id", "Organization", "org-mun", "/organizations/1"));
  }

  @Test
  void identifiersAreUniquePerTypeAcrossTheWholeExercise() {
    Commitment c1 = Commitment.builder().id("c-1").addMilestone(Milestone.builder().id("m-1").build()).build();
    Commitment c2 = Commitment.builder().id("c-2").addMilestone(Milestone.builder().id("m-1").build()).build();
    LocalExercise e = base()
        .addPlan(LocalActionPlan.builder().id("pal-1").addCommitment(c1).build())
        .addPlan(LocalActionPlan.builder().id("pal-2").addCommitment(c2).build())
        .build();
    assertThat(References.check(e)).containsExactly(new Problem(Kind.DUPLICATE,
        "/plans/1/commitments/0/milestones/0/id", "Milestone", "m-1", "/plans/0/commitments/0/milestones/0"));
  }

  @Test
  void sameIdentifierInDifferentTypesIsFine() {
    LocalExercise e = base().addPeople(Person.builder().id("org-cca").build()).build();
    assertThat(References.check(e)).isEmpty();
  }

  @Test
  void problemsComeInPointerOrder() {
    LocalExercise e = base().guarantorBodyId("x-1")
        .addPeople(Person.builder().id("p-2").organizationId("x-2").build())
        .addOrganization(org("org-idaip", Sector.GUARANTOR_BODY)).build();
    List<Problem> problems = References.check(e);
    assertThat(problems).extracting(Problem::pointer)
        .containsExactly("/guarantorBodyId", "/organizations/3/id", "/people/1/organizationId");
  }

  @Test
  void everyReferenceToARemovedOrganisationIsReportedWhereItStands() {
    for (long seed = 0; seed < 25; seed++) {
      LocalExercise e = RandomExercises.generate(seed * 31);
      SplittableRandom random = new SplittableRandom(seed);
      Organization removed = e.organizations().get(random.nextInt(e.organizations().size()));
      List<Organization> kept = new ArrayList<>(e.organizations());
      kept.remove(removed);
      LocalExercise broken = LocalExercise.builder().from(e).organizations(kept).build();

      List<String> expected = referencesTo(broken, Organization.class, removed.id());
      List<Problem> problems = References.check(broken);
      assertThat(problems).as("seed %d", seed * 31).allSatisfy(p -> {
        assertThat(p.kind()).isEqualTo(Kind.DANGLING);
        assertThat(p.id()).isEqualTo(removed.id());
        assertThat(Pointers.resolve(broken, p.pointer())).contains(removed.id());
      });
      assertThat(problems).extracting(Problem::pointer).containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  @Test
  void duplicatedMilestoneInAGeneratedExerciseIsFound() {
    LocalExercise e = RandomExercises.generate(8);
    LocalActionPlan plan = e.plans().get(0);
    Commitment first = plan.commitments().get(0);
    Commitment second = plan.commitments().get(1);
    Commitment copy = Commitment.builder().from(second).addMilestone(first.milestones().get(0)).build();
    List<Commitment> commitments = new ArrayList<>(plan.commitments());
    commitments.set(1, copy);
    LocalExercise broken = LocalExercise.builder().from(e)
        .plans(List.of(LocalActionPlan.builder().from(plan).commitments(commitments).build())).build();
    assertThat(References.check(broken)).containsExactly(new Problem(Kind.DUPLICATE,
        "/plans/0/commitments/1/milestones/" + second.milestones().size() + "/id", "Milestone",
        first.milestones().get(0).id(), "/plans/0/commitments/0/milestones/0"));
  }

  @Test
  void problemRejectsNullComponents() {
    assertThatThrownBy(() -> new Problem(Kind.DANGLING, null, "Organization", "x", ""))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> References.check(null)).isInstanceOf(NullPointerException.class);
  }

  /** Pointers of every reference attribute value naming an id of a type, found independently of References. */
  static List<String> referencesTo(LocalExercise e, Class<?> type, String id) {
    List<String> result = new ArrayList<>();
    ModelWalker.walk(e, (pointer, value) -> {
      for (Attribute a : ModelTypes.attributes(ModelTypes.typeOf(value))) {
        if (a.reference().filter(type::equals).isEmpty()) {
          continue;
        }
        Object v = a.read(value);
        if (v instanceof Optional<?> o && o.filter(id::equals).isPresent()) {
          result.add(pointer + "/" + a.name());
        } else if (v instanceof Collection<?> c) {
          int i = 0;
          for (Object x : c) {
            if (id.equals(x)) {
              result.add(pointer + "/" + a.name() + "/" + i);
            }
            i++;
          }
        }
      }
    });
    return result;
  }
}
