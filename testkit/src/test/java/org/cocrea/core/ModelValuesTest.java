package org.cocrea.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cocrea.testkit.RandomExercises;
import org.junit.jupiter.api.Test;

/** Builders, equality and immutability of representative model types. */
class ModelValuesTest {

  private static Organization idaip() {
    return Organization.builder().id("org-idaip").name("Instituto Duranguense de Acceso a la Información Pública")
        .acronym("IDAIP").sector(Sector.GUARANTOR_BODY).build();
  }

  @Test
  void builderSetsOptionalAttributesAndLeavesTheRestEmpty() {
    Organization org = idaip();
    assertThat(org.id()).isEqualTo("org-idaip");
    assertThat(org.acronym()).contains("IDAIP");
    assertThat(org.sector()).contains(Sector.GUARANTOR_BODY);
    assertThat(org.csoType()).isEmpty();
    assertThat(org.websiteUrl()).isEmpty();
  }

  @Test
  void optionalSettersAcceptOptionals() {
    Commitment c = Commitment.builder().id("c-1").title(Optional.of("Agua limpia")).problem(Optional.empty()).build();
    assertThat(c.title()).contains("Agua limpia");
    assertThat(c.problem()).isEmpty();
  }

  @Test
  void onlyTheIdentifierIsMandatory() {
    assertThatThrownBy(() -> Commitment.builder().title("Sin id").build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("id");
    assertThat(Budget.builder().build().amount()).isEmpty();
    assertThat(LocalExercise.builder().id("x").build().plans()).isEmpty();
  }

  @Test
  void builtValuesAreEqualWhenTheirAttributesAre() {
    Milestone a = Milestone.builder().id("m-1").number(1).dueDate(LocalDate.of(2016, 2, 29))
        .weight(new BigDecimal("25")).build();
    Milestone b = Milestone.builder().id("m-1").number(1).dueDate(LocalDate.of(2016, 2, 29))
        .weight(new BigDecimal("25")).build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(Milestone.builder().from(a).number(2).build());
    assertThat(a.toString()).contains("m-1");
  }

  @Test
  void wholeExercisesCompareByValue() {
    LocalExercise e = RandomExercises.generate(9);
    LocalExercise copy = LocalExercise.builder().from(e).build();
    assertThat(copy).isEqualTo(e).hasSameHashCodeAs(e);
    assertThat(LocalExercise.builder().from(e).title("Otro").build()).isNotEqualTo(e);
  }

  @Test
  void listsAreCopiedAndUnmodifiable() {
    List<String> ids = new ArrayList<>(List.of("org-a", "org-b"));
    Commitment c = Commitment.builder().id("c-1").responsibleInstitutionIds(ids).addMilestone(
        Milestone.builder().id("m-1").build()).build();
    ids.add("org-c");
    assertThat(c.responsibleInstitutionIds()).containsExactly("org-a", "org-b");
    assertThatThrownBy(() -> c.responsibleInstitutionIds().add("org-d"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> c.milestones().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void setsAndMapsAreUnmodifiableAndKeepEnumOrder() {
    Commitment c = Commitment.builder().id("c-1").addComponent(OpenGovComponent.TECHNOLOGICAL_INNOVATION)
        .addComponent(OpenGovComponent.TRANSPARENCY_ACCESS_TO_INFORMATION).build();
    assertThat(c.components()).containsExactly(OpenGovComponent.TRANSPARENCY_ACCESS_TO_INFORMATION,
        OpenGovComponent.TECHNOLOGICAL_INNOVATION);
    assertThatThrownBy(() -> c.components().add(OpenGovComponent.ACCOUNTABILITY))
        .isInstanceOf(UnsupportedOperationException.class);
    QuorumRule q = QuorumRule.builder().minMembers(4).putMinPerSector(Sector.CIVIL_SOCIETY, 1)
        .putMinPerSector(Sector.GOVERNMENT, 1).build();
    assertThat(q.minPerSector()).containsExactly(Map.entry(Sector.GOVERNMENT, 1), Map.entry(Sector.CIVIL_SOCIETY, 1));
    assertThatThrownBy(() -> q.minPerSector().put(Sector.GUARANTOR_BODY, 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void setsIgnoreRepeatedElements() {
    AwarenessEvent e = AwarenessEvent.builder().id("ev-1").addAudience(Audience.CSO).addAudience(Audience.CSO)
        .audiences(EnumSet.of(Audience.CSO, Audience.PUBLIC_SERVANTS)).build();
    assertThat(e.audiences()).isEqualTo(Set.of(Audience.CSO, Audience.PUBLIC_SERVANTS));
  }

  @Test
  void nullsAreRejected() {
    assertThatThrownBy(() -> Commitment.builder().addMilestone(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Commitment.builder().id(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Organization.builder().name((String) null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void depluralisedAddersAddOneElement() {
    LocalExercise e = LocalExercise.builder().id("x").addPeople(Person.builder().id("p-1").build())
        .addStl(LocalTechnicalSecretariat.builder().id("stl-1").build())
        .addPlan(LocalActionPlan.builder().id("pal-1").addCommitment(Commitment.builder().id("c-1")
            .addSdgTarget("16.10").build()).build())
        .build();
    assertThat(e.people()).hasSize(1); // "people" depluralises to addPeople(Person)
    assertThat(e.stls()).hasSize(1);
    assertThat(e.plans().get(0).commitments().get(0).sdgTargets()).containsExactly("16.10");
    StlSession s = StlSession.builder().id("s-1").addAttendance(Attendance.builder().membershipId("m-1").build())
        .build();
    assertThat(s.attendance()).hasSize(1);
  }

  @Test
  void builderHoldsWrongDataForTheValidatorToReport() {
    Milestone m = Milestone.builder().id("m-1").weight(new BigDecimal("250")).number(-3).description(" ").build();
    assertThat(m.weight()).contains(new BigDecimal("250"));
    assertThat(m.number()).contains(-3);
  }

  @Test
  void exerciseIndexIsComputedOnce() {
    LocalExercise e = RandomExercises.generate(4);
    assertThat(e.index()).isSameAs(e.index());
  }
}
