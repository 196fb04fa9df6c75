package org.cocrea.examples.data;

import java.time.LocalDate;
import java.util.List;
import org.cocrea.core.AccompanimentKind;
import org.cocrea.core.Accompaniment;
import org.cocrea.core.ConceptEntry;
import org.cocrea.core.CsoType;
import org.cocrea.core.DocumentKind;
import org.cocrea.core.GovernmentBranch;
import org.cocrea.core.Introduction;
import org.cocrea.core.OrderOfGovernment;
import org.cocrea.core.Organization;
import org.cocrea.core.PalSections;
import org.cocrea.core.Person;
import org.cocrea.core.RepositoryDocument;
import org.cocrea.core.Sector;
import org.cocrea.core.Seniority;
import org.cocrea.core.Signatory;

/**
 * Building blocks shared by the example exercises: organisations, unnamed people identified by their position,
 * seats, sessions, tables, proposals, milestones spread over a commitment's period and progress reports derived from
 * the milestones. Everything here is deterministic.
 */
final class Kit {

  /** INAI's identifier in every example. */
  static final String INAI = "org-inai";

  private Kit() {}

  // ------------------------------------------------------------------------------------------------ actors

  static Organization inai() {
    return Organization.builder().id(INAI).name("Instituto Nacional de Transparencia, Acceso a la Información y "
            + "Protección de Datos Personales").acronym("INAI").sector(Sector.NATIONAL_GUARANTOR)
        .branch(GovernmentBranch.AUTONOMOUS).order(OrderOfGovernment.FEDERAL).obligatedSubject(true)
        .websiteUrl("https://home.inai.org.mx").build();
  }

  static Organization guarantor(String id, String name, String acronym) {
    return Organization.builder().id(id).name(name).acronym(acronym).sector(Sector.GUARANTOR_BODY)
        .branch(GovernmentBranch.AUTONOMOUS).order(OrderOfGovernment.STATE).obligatedSubject(true).build();
  }

  static Organization government(String id, String name, GovernmentBranch branch, OrderOfGovernment order) {
    return Organization.builder().id(id).name(name).sector(Sector.GOVERNMENT).branch(branch).order(order)
        .obligatedSubject(true).build();
  }

  static Organization cso(String id, String name, String acronym, CsoType type) {
    Organization.Builder b = Organization.builder().id(id).name(name).sector(Sector.CIVIL_SOCIETY).csoType(type)
        .obligatedSubject(false);
    if (acronym != null) {
      b.acronym(acronym);
    }
    if (name.endsWith(" A.C.")) {
      b.legalForm("A.C.");
    }
    return b.build();
  }

  static Organization academia(String id, String name, String acronym) {
    Organization.Builder b = Organization.builder().id(id).name(name).sector(Sector.ACADEMIA)
        .csoType(CsoType.ACADEMIC);
    if (acronym != null) {
      b.acronym(acronym);
    }
    return b.build();
  }

  /** A person identified only by position (the sources do not name them). */
  static Person officer(String id, String orgId, String position, boolean publicServant, Seniority seniority) {
    Person.Builder b = Person.builder().id(id).organizationId(orgId).position(position).publicServant(publicServant);
    if (seniority != null) {
      b.seniority(seniority);
    }
    return b.build();
  }

  /** A person the public sources name. */
  static Person named(String id, String name, String orgId, String position, boolean publicServant) {
    return Person.builder().id(id).name(name).organizationId(orgId).position(position).publicServant(publicServant)
        .build();
  }

  static Signatory signatory(Person person, Sector sector) {
    return Signatory.builder().organizationId(person.organizationId().orElseThrow()).personId(person.id())
        .sector(sector).position(person.position().orElseThrow()).build();
  }

  static Accompaniment accompaniment(AccompanimentKind kind, LocalDate date, String description) {
    return Accompaniment.builder().organizationId(INAI).kind(kind).date(date).description(description).build();
  }

  // ------------------------------------------------------------------------------------------------ plans

  /** The PAL format's sections: introduction, legal context and concept map, plus the unverified later ones. */
  static PalSections sections(String context, String actors, List<String> actorIds, String composition,
      String methodology) {
    return PalSections.builder()
        .introduction(Introduction.builder().context(context)
            .importance("El ejercicio abre un espacio permanente de diálogo y colaboración entre autoridades, "
                + "sociedad civil y el organismo garante.")
            .actors(actors).actorIds(actorIds)
            .expectedOutcomes("Servicios públicos de mejor calidad, uso transparente de los recursos y una "
                + "ciudadanía que participa en su vigilancia.")
            .build())
        .addLegalContext("Constitución Política de los Estados Unidos Mexicanos, artículo 6")
        .addLegalContext("Ley General de Transparencia y Acceso a la Información Pública")
        .addLegalContext("Declaración Conjunta para la Implementación de Acciones para un Gobierno Abierto")
        .addConceptMap(ConceptEntry.builder().term("Acceso a la información")
            .definition("Derecho de toda persona a solicitar y recibir información pública.").build())
        .addConceptMap(ConceptEntry.builder().term("Acta de instalación")
            .definition("Testimonio escrito que formaliza y da cuenta del acto de integración del órgano.").build())
        .stlComposition(composition)
        .coCreationMethodology(methodology)
        .followUpMechanism("Reportes de avance revisados en las sesiones ordinarias del STL y publicados.")
        .build();
  }

  // ------------------------------------------------------------------------------------------------ repository

  static RepositoryDocument document(DocumentKind kind, String title, String url, LocalDate publishedOn) {
    return RepositoryDocument.builder().kind(kind).title(title).url(url).publishedOn(publishedOn).build();
  }
}
