package org.cocrea.testkit;

import java.time.LocalDate;
import java.util.List;
import org.cocrea.core.CoCreationProcess;
import org.cocrea.core.Commitment;
import org.cocrea.core.CommitmentAssessment;
import org.cocrea.core.Completion;
import org.cocrea.core.CrossCuttingTheme;
import org.cocrea.core.CsoType;
import org.cocrea.core.Evaluation;
import org.cocrea.core.EvaluationType;
import org.cocrea.core.ExerciseStatus;
import org.cocrea.core.JointDeclaration;
import org.cocrea.core.Jurisdiction;
import org.cocrea.core.JurisdictionLevel;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Milestone;
import org.cocrea.core.MilestoneStatus;
import org.cocrea.core.OgpValue;
import org.cocrea.core.OpenGovComponent;
import org.cocrea.core.Organization;
import org.cocrea.core.Participation;
import org.cocrea.core.ParticipatoryTable;
import org.cocrea.core.Person;
import org.cocrea.core.PotentialImpact;
import org.cocrea.core.Sector;
import org.cocrea.core.Specificity;
import org.cocrea.core.StlMembership;
import org.cocrea.core.StlRole;
import org.cocrea.core.StlStatus;

/**
 * Four small exercises whose analyses are worked out by hand in the tests (and in other modules' tests, through the
 * core test jar): a state exercise with every kind of seat, participant, commitment and assessment; a municipal
 * exercise of the same state sharing institutions; an exercise of another state; a suspended one.
 */
public final class ResearchFixtures {

  /** The as-of date the fixtures' milestone figures are worked out for. */
  public static final LocalDate AS_OF = LocalDate.of(2016, 6, 30);

  /** The email of the private person, which exports must leave out unless asked. */
  public static final String PRIVATE_EMAIL = "pedro.particular@example.org";
  /** The phone of the private person. */
  public static final String PRIVATE_PHONE = "+52 618 000 0000";
  /** The name of the private person (the STL's facilitator). */
  public static final String PRIVATE_NAME = "Pedro Particular";
  /** The name of the public servant, which exports keep. */
  public static final String PUBLIC_SERVANT_NAME = "Ana Servidora";

  private ResearchFixtures() {}

  /** All four exercises, in order. */
  public static List<LocalExercise> all() {
    return List.of(durango(), durangoMunicipality(), oaxaca(), suspended());
  }

  /** The state exercise of Durango: everything the analyses look at. */
  public static LocalExercise durango() {
    LocalTechnicalSecretariat stl = LocalTechnicalSecretariat.builder().id("stl-a").status(StlStatus.ACTIVE)
        .addMembership(StlMembership.builder().id("m1").organizationId("g1").titular(true).build())
        .addMembership(StlMembership.builder().id("m2").organizationId("g2").seatSector(Sector.GOVERNMENT).build())
        .addMembership(StlMembership.builder().id("m3").organizationId("gb").build())
        .addMembership(StlMembership.builder().id("m4").organizationId("c1").role(StlRole.MEMBER).build())
        .addMembership(StlMembership.builder().id("m5").organizationId("c2").build())
        .addMembership(StlMembership.builder().id("m6").organizationId("c3").build())
        .addMembership(StlMembership.builder().id("m7").organizationId("c1").titular(false).alternateOfId("m4")
            .build())
        .addMembership(StlMembership.builder().id("m8").personId("p2").role(StlRole.FACILITATOR).build())
        .addMembership(StlMembership.builder().id("m9").organizationId("ac").role(StlRole.OBSERVER).build())
        .addMembership(StlMembership.builder().id("m10").alternateOfId("m1").personId("p1").build())
        .addMembership(StlMembership.builder().id("m11").build())
        .build();
    ParticipatoryTable t1 = ParticipatoryTable.builder().id("t1").theme("Salud")
        .addParticipant(Participation.builder().organizationId("g1").build())
        .addParticipant(Participation.builder().organizationId("g1").sector(Sector.CIVIL_SOCIETY).build())
        .addParticipant(Participation.builder().personId("p1").build())
        .addParticipant(Participation.builder().personId("p2").build())
        .build();
    ParticipatoryTable t2 = ParticipatoryTable.builder().id("t2")
        .addParticipant(Participation.builder().organizationId("ac").build()).build();
    ParticipatoryTable t3 = ParticipatoryTable.builder().id("t3").build();
    Commitment c1 = Commitment.builder().id("a-c1").number(1).title("Agua limpia")
        .addComponent(OpenGovComponent.TRANSPARENCY_ACCESS_TO_INFORMATION)
        .addComponent(OpenGovComponent.CITIZEN_PARTICIPATION).addOgpValue(OgpValue.ACCESS_TO_INFORMATION)
        .addSdgTarget("16.10").addSdgTarget("16.6").policyArea(" Salud ").addCrossCutting(CrossCuttingTheme.GENDER)
        .addResponsibleInstitutionId("g1")
        .addMilestone(Milestone.builder().id("a-c1-m1").status(MilestoneStatus.COMPLETED)
            .dueDate(LocalDate.of(2015, 12, 31)).build())
        .addMilestone(Milestone.builder().id("a-c1-m2").dueDate(LocalDate.of(2016, 1, 31)).build())
        .build();
    Commitment c2 = Commitment.builder().id("a-c2").number(2).title("Escuelas").addSdgTarget("4.1")
        .addMilestone(Milestone.builder().id("a-c2-m3").status(MilestoneStatus.IN_PROGRESS)
            .dueDate(LocalDate.of(2017, 1, 1)).build())
        .addMilestone(Milestone.builder().id("a-c2-m4").completedOn(LocalDate.of(2016, 3, 1))
            .dueDate(LocalDate.of(2016, 4, 1)).build())
        .build();
    Commitment c3 = Commitment.builder().id("a-c3").number(3).title("Sin hitos").build();
    Evaluation design = Evaluation.builder().id("ev-design").type(EvaluationType.DESIGN)
        .date(LocalDate.of(2015, 10, 1))
        .addCommitmentAssessment(CommitmentAssessment.builder().commitmentId("a-c1").verifiable(true)
            .openGovLens(true).specificity(Specificity.HIGH).potentialImpact(PotentialImpact.TRANSFORMATIVE).build())
        .build();
    Evaluation results = Evaluation.builder().id("ev-results").type(EvaluationType.RESULTS)
        .date(LocalDate.of(2016, 12, 1))
        .addCommitmentAssessment(CommitmentAssessment.builder().commitmentId("a-c1").completion(Completion.COMPLETE)
            .build())
        .addCommitmentAssessment(CommitmentAssessment.builder().commitmentId("a-c2").completion(Completion.LIMITED)
            .verifiable(false).build())
        .addCommitmentAssessment(CommitmentAssessment.builder().commitmentId("a-c2").date(LocalDate.of(2015, 1, 1))
            .completion(Completion.SUBSTANTIAL).build())
        .addCommitmentAssessment(CommitmentAssessment.builder().commitmentId("unknown").completion(Completion.COMPLETE)
            .build())
        .build();
    LocalActionPlan plan = LocalActionPlan.builder().id("pal-a").ordinal(1)
        .coCreation(CoCreationProcess.builder().addTable(t1).addTable(t2).addTable(t3).build())
        .addCommitment(c1).addCommitment(c2).addCommitment(c3).addEvaluation(design).addEvaluation(results).build();
    return LocalExercise.builder().id("mx-dur-a").title("Durango")
        .jurisdiction(Jurisdiction.builder().name("Durango").level(JurisdictionLevel.STATE).code("MX-DUR").build())
        .guarantorBodyId("gb")
        .addOrganization(org("g1", "Contraloría del Estado", Sector.GOVERNMENT))
        .addOrganization(org("g2", "H. Ayuntamiento de Durango", Sector.GOVERNMENT))
        .addOrganization(org("a1", "Tribunal Electoral", Sector.AUTONOMOUS_BODY))
        .addOrganization(org("gb", "IDAIP", Sector.GUARANTOR_BODY))
        .addOrganization(Organization.builder().id("c1").name("Consejo Ciudadano").sector(Sector.CIVIL_SOCIETY)
            .csoType(CsoType.ADVOCACY).build())
        .addOrganization(Organization.builder().id("c2").name("Cámara Empresarial").sector(Sector.CIVIL_SOCIETY)
            .csoType(CsoType.BUSINESS).build())
        .addOrganization(org("c3", "Colectivo", Sector.CIVIL_SOCIETY))
        .addOrganization(org("ac", "Universidad", Sector.ACADEMIA))
        .addPerson(Person.builder().id("p1").name(PUBLIC_SERVANT_NAME).organizationId("g1").publicServant(true)
            .email("ana@example.gob.mx").build())
        .addPerson(Person.builder().id("p2").name(PRIVATE_NAME).email(PRIVATE_EMAIL).phone(PRIVATE_PHONE).build())
        .addDeclaration(JointDeclaration.builder().id("decl-a").signedOn(LocalDate.of(2015, 3, 9)).build())
        .addStl(stl).addPlan(plan).build();
  }

  /** A municipal exercise of Durango: the same state institutions under other spellings, an STL reconfiguring. */
  public static LocalExercise durangoMunicipality() {
    return LocalExercise.builder().id("mx-dur-b")
        .jurisdiction(Jurisdiction.builder().name("Durango (municipio)").level(JurisdictionLevel.MUNICIPALITY)
            .parentName("Durango").build())
        .guarantorBodyId("idaip")
        .addOrganization(org("contraloria", "Contraloria  del  ESTADO", Sector.GOVERNMENT))
        .addOrganization(org("idaip", "IDAIP", Sector.GUARANTOR_BODY))
        .addOrganization(org("consejo", "Consejo ciudadano", Sector.CIVIL_SOCIETY))
        .addOrganization(org("otra", "Otra A.C.", Sector.CIVIL_SOCIETY))
        .addDeclaration(JointDeclaration.builder().id("decl-b").build())
        .addStl(LocalTechnicalSecretariat.builder().id("stl-b").status(StlStatus.RECONFIGURING)
            .installedOn(LocalDate.of(2016, 1, 1)).build())
        .addPlan(LocalActionPlan.builder().id("pal-b")
            .addCommitment(Commitment.builder().id("b-c1").policyArea("Agua").build())
            .addCommitment(Commitment.builder().id("b-c2").policyArea("Salud").build()).build())
        .build();
  }

  /** Oaxaca: its own Contraloría del Estado, a guarantor without a declaration, an STL installed without status. */
  public static LocalExercise oaxaca() {
    return LocalExercise.builder().id("mx-oax-c")
        .jurisdiction(Jurisdiction.builder().code("MX-OAX").build())
        .guarantorBodyId("iaip")
        .addOrganization(org("contraloria", "Contraloría del Estado", Sector.GOVERNMENT))
        .addOrganization(org("iaip", "IAIP Oaxaca", Sector.GUARANTOR_BODY))
        .addStl(LocalTechnicalSecretariat.builder().id("stl-c").installedOn(LocalDate.of(2015, 4, 7)).build())
        .build();
  }

  /** A suspended exercise with an active STL and a declaration naming a guarantor it does not declare. */
  public static LocalExercise suspended() {
    return LocalExercise.builder().id("mx-sus-d").status(ExerciseStatus.SUSPENDED).guarantorBodyId("gb-x")
        .addDeclaration(JointDeclaration.builder().id("decl-d").build())
        .addStl(LocalTechnicalSecretariat.builder().id("stl-d").status(StlStatus.ACTIVE).build())
        .build();
  }

  private static Organization org(String id, String name, Sector sector) {
    return Organization.builder().id(id).name(name).sector(sector).build();
  }
}
