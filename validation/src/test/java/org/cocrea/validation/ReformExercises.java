package org.cocrea.validation;

import java.time.LocalDate;
import org.cocrea.core.Evaluation;
import org.cocrea.core.GovernmentBranch;
import org.cocrea.core.JointDeclaration;
import org.cocrea.core.Jurisdiction;
import org.cocrea.core.JurisdictionLevel;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.OrderOfGovernment;
import org.cocrea.core.Organization;
import org.cocrea.core.Sector;
import org.cocrea.core.Signatory;
import org.cocrea.core.StlMembership;

/**
 * Small exercises around the 2025 reform (issue 13), in any state and at any date: the same STL, declaration and
 * evaluation, with the guarantor seat vacant, held by the state's old body, or held by a body of the Executive.
 */
final class ReformExercises {

  /** Who holds the guarantor seat (and signs the declaration as guarantor). */
  enum Guarantor { NONE, OLD_BODY, EXECUTIVE }

  private ReformExercises() {}

  /**
   * An exercise in a state whose declaration is signed on {@code day}, whose STL is installed 30 days later and whose
   * plan is evaluated a year after, by the Executive's transparency office presented as independent.
   *
   * @param state the ISO 3166-2 code ({@code MX-VER})
   * @param oldAcronym the acronym of the state's old guarantor body ({@code IVAI})
   */
  static LocalExercise exercise(String state, String oldAcronym, LocalDate day, Guarantor guarantor) {
    Organization government = Organization.builder().id("org-gov").name("Contraloría General del Estado")
        .sector(Sector.GOVERNMENT).branch(GovernmentBranch.EXECUTIVE).order(OrderOfGovernment.STATE).build();
    Organization cso = Organization.builder().id("org-osc").name("Observatorio Ciudadano A.C.")
        .sector(Sector.CIVIL_SOCIETY).build();
    Organization oldBody = Organization.builder().id("org-old").acronym(oldAcronym)
        .sector(Sector.GUARANTOR_BODY).branch(GovernmentBranch.AUTONOMOUS).order(OrderOfGovernment.STATE).build();
    Organization executiveGuarantor = Organization.builder().id("org-tpp").name("Transparencia para el Pueblo")
        .sector(Sector.GUARANTOR_BODY).branch(GovernmentBranch.EXECUTIVE).order(OrderOfGovernment.STATE).build();
    LocalDate installed = day.plusDays(30);
    LocalTechnicalSecretariat.Builder stl = LocalTechnicalSecretariat.builder().id("stl").installedOn(installed)
        .addMemberships(seat("m-gov", "org-gov", Sector.GOVERNMENT), seat("m-osc", "org-osc", Sector.CIVIL_SOCIETY));
    JointDeclaration.Builder declaration = JointDeclaration.builder().id("decl").signedOn(day)
        .addSignatories(Signatory.builder().organizationId("org-gov").build(),
            Signatory.builder().organizationId("org-osc").build());
    String guarantorId = guarantor == Guarantor.OLD_BODY ? "org-old" : "org-tpp";
    if (guarantor != Guarantor.NONE) {
      stl.addMemberships(seat("m-gar", guarantorId, Sector.GUARANTOR_BODY));
      declaration.addSignatories(Signatory.builder().organizationId(guarantorId).build());
    }
    LocalActionPlan plan = LocalActionPlan.builder().id("pal").periodStart(installed.plusMonths(2))
        .periodEnd(installed.plusMonths(14))
        .addEvaluations(Evaluation.builder().id("eva").evaluatorId("org-tpp").independentOfStl(true)
            .date(installed.plusMonths(15)).build())
        .build();
    return LocalExercise.builder().id("mx-reform")
        .jurisdiction(Jurisdiction.builder().code(state).level(JurisdictionLevel.STATE).build())
        .addOrganizations(government, cso, oldBody, executiveGuarantor)
        .addDeclarations(declaration.build()).addStls(stl.build()).addPlans(plan).build();
  }

  private static StlMembership seat(String id, String organizationId, Sector sector) {
    return StlMembership.builder().id(id).organizationId(organizationId).seatSector(sector).build();
  }
}
