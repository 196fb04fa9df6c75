package org.cocrea.examples.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cocrea.core.Accompaniment;
import org.cocrea.core.AccompanimentKind;
import org.cocrea.core.Audience;
import org.cocrea.core.AwarenessEvent;
import org.cocrea.core.ConceptEntry;
import org.cocrea.core.CsoType;
import org.cocrea.core.DeclarationKind;
import org.cocrea.core.DocumentKind;
import org.cocrea.core.DocumentRepository;
import org.cocrea.core.Evaluation;
import org.cocrea.core.EventFormat;
import org.cocrea.core.GovernmentBranch;
import org.cocrea.core.InstallationAct;
import org.cocrea.core.Introduction;
import org.cocrea.core.JointDeclaration;
import org.cocrea.core.Jurisdiction;
import org.cocrea.core.JurisdictionLevel;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.Framework;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.OperatingRules;
import org.cocrea.core.OrderOfGovernment;
import org.cocrea.core.Organization;
import org.cocrea.core.PartialDate;
import org.cocrea.core.PalSections;
import org.cocrea.core.Person;
import org.cocrea.core.ProgressReport;
import org.cocrea.core.RepositoryDocument;
import org.cocrea.core.Sector;
import org.cocrea.core.Seniority;
import org.cocrea.core.Signatory;
import org.cocrea.core.Step;
import org.cocrea.core.StlSession;

/**
 * Building blocks shared by the example exercises, for the values that are not part of the STL
 * ({@link Secretariat}), the co-creation ({@link CoCreation}) or the plan ({@link ActionPlan}): organisations, people
 * identified by their position, the Joint Declaration, INAI's accompaniment, awareness events, the PAL's sections and
 * the document repository, which is derived from what the exercise already holds. Everything here is deterministic.
 *
 * <p>To write another example, copy the shape of {@link Oaxaca2016}: constants for its dates and organisations, then
 * people, the secretariat, the co-creation, the commitments and the plan, and last the exercise itself, started with
 * {@link #exercise}.
 */
final class Kit {

  /** INAI's identifier in every example. */
  static final String INAI = "org-inai";

  /** The titles of the first, second and third progress reports in the repository. */
  private static final List<String> REPORT_TITLES = List.of("Primer reporte de avance", "Segundo reporte de avance",
      "Reporte final de avance");

  private Kit() {}

  // ------------------------------------------------------------------------------------------------ actors

  /** INAI, the national guarantor body that accompanies every exercise. */
  static Organization inai() {
    return Organization.builder().id(INAI).name("Instituto Nacional de Transparencia, Acceso a la Información y "
            + "Protección de Datos Personales").acronym("INAI").sector(Sector.NATIONAL_GUARANTOR)
        .branch(GovernmentBranch.AUTONOMOUS).order(OrderOfGovernment.FEDERAL).obligatedSubject(true)
        .websiteUrl("https://home.inai.org.mx").build();
  }

  /** The state's guarantor body (organismo garante), an autonomous obligated subject. */
  static Organization guarantor(String id, String name, String acronym) {
    return Organization.builder().id(id).name(name).acronym(acronym).sector(Sector.GUARANTOR_BODY)
        .branch(GovernmentBranch.AUTONOMOUS).order(OrderOfGovernment.STATE).obligatedSubject(true).build();
  }

  /** A government institution, an obligated subject. */
  static Organization government(String id, String name, GovernmentBranch branch, OrderOfGovernment order) {
    return Organization.builder().id(id).name(name).sector(Sector.GOVERNMENT).branch(branch).order(order)
        .obligatedSubject(true).build();
  }

  /**
   * A civil-society organisation; one whose name ends in " A.C." is an asociación civil.
   *
   * @param acronym its acronym, or null when it has none
   */
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

  /**
   * An academic institution.
   *
   * @param acronym its acronym, or null when it has none
   */
  static Organization academia(String id, String name, String acronym) {
    Organization.Builder b = Organization.builder().id(id).name(name).sector(Sector.ACADEMIA)
        .csoType(CsoType.ACADEMIC);
    if (acronym != null) {
      b.acronym(acronym);
    }
    return b.build();
  }

  /**
   * A person identified only by position (the sources do not name them).
   *
   * @param seniority their seniority, or null when it does not matter
   */
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

  /** A person signing for their organisation and sector (a declaration, an installation act). */
  static Signatory signatory(Person person, Sector sector) {
    return Signatory.builder().organizationId(person.organizationId().orElseThrow()).personId(person.id())
        .sector(sector).position(person.position().orElseThrow()).build();
  }

  /** INAI's accompaniment of the exercise. */
  static Accompaniment accompaniment(AccompanimentKind kind, LocalDate date, String description) {
    return Accompaniment.builder().organizationId(INAI).kind(kind).date(date).description(description).build();
  }

  // ------------------------------------------------------------------------------------------------ exercise

  /**
   * An exercise of INAI's programme: its title, web site (last updated on the example's date) and the current step,
   * monitoring and evaluation, where every example stands (set {@code currentStep} again for one that does not).
   *
   * @param title the place and years, such as {@code "Durango 2015-2016"}
   */
  static LocalExercise.Builder exercise(String id, String title, String web, LocalDate asOf) {
    return LocalExercise.builder().id(id).title("Gobierno Abierto: Cocreación desde lo Local — " + title)
        .addFrameworks(Framework.INAI_LOCAL)
        .currentStep(Step.S6_MONITORING_EVALUATION).websiteUrl(web).websiteLastUpdated(asOf);
  }

  /** A Mexican state, by its ISO 3166-2 code and its INEGI code. */
  static Jurisdiction state(String isoCode, String name, String inegiCode) {
    return Jurisdiction.builder().code(isoCode).name(name).level(JurisdictionLevel.STATE).inegiCode(inegiCode)
        .build();
  }

  /**
   * The original Joint Declaration ({@code decl-<code>}), witnessed by INAI and published at
   * {@code <web>/declaracion-conjunta.pdf}.
   */
  static JointDeclaration declaration(String code, String web, LocalDate signedOn, String aims,
      Signatory... signatories) {
    return JointDeclaration.builder().id("decl-" + code).signedOn(signedOn).kind(DeclarationKind.ORIGINAL)
        .signatories(List.of(signatories)).addWitnessId(INAI).documentUrl(web + "/declaracion-conjunta.pdf")
        .declaredAims(aims).build();
  }

  /**
   * An awareness event (step 1).
   *
   * @param attendees how many attended, or null when the sources do not say
   */
  static AwarenessEvent event(String id, String title, LocalDate date, String city, EventFormat format,
      Set<Audience> audiences, Integer attendees, String... organizers) {
    AwarenessEvent.Builder b = AwarenessEvent.builder().id(id).title(title).date(date).city(city).format(format)
        .audiences(audiences).organizerIds(List.of(organizers));
    if (attendees != null) {
      b.attendees(attendees);
    }
    return b.build();
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

  /** A document of the repository. */
  static RepositoryDocument document(DocumentKind kind, String title, String url, LocalDate publishedOn) {
    return document(kind, title, url, PartialDate.of(publishedOn));
  }

  /** A document of the repository, dated as the record it copies is (a day, a month or a year). */
  static RepositoryDocument document(DocumentKind kind, String title, String url, PartialDate publishedOn) {
    return RepositoryDocument.builder().kind(kind).title(title).url(url).publishedOn(publishedOn).build();
  }

  /**
   * The exercise's document repository at {@code <web>/repositorio}, in the order of the methodology's steps: the
   * Joint Declaration, the STL's installation act, its operating rules, the minutes of the session that approved the
   * PAL, the report of the tables, the PAL, its progress reports (first, second, final) and its evaluations.
   *
   * @throws IndexOutOfBoundsException if the plan has more than three progress reports (add their title first)
   * @param tablesReport the report of the participatory tables
   * @param palTitle the PAL document's title
   */
  static DocumentRepository repository(String web, JointDeclaration declaration, LocalTechnicalSecretariat stl,
      LocalActionPlan plan, RepositoryDocument tablesReport, String palTitle) {
    InstallationAct act = stl.installationAct().orElseThrow();
    OperatingRules rules = stl.rules().orElseThrow();
    String approval = plan.approvedByResolutionId().orElseThrow();
    StlSession approving = stl.sessions().stream()
        .filter(s -> s.resolutions().stream().anyMatch(r -> r.id().equals(approval))).findFirst().orElseThrow();
    DocumentRepository.Builder b = DocumentRepository.builder().url(web + "/repositorio")
        .addDocument(document(DocumentKind.DECLARATION, "Declaración Conjunta", declaration.documentUrl().orElseThrow(),
            declaration.signedOn().orElseThrow()))
        .addDocument(document(DocumentKind.INSTALLATION_ACT, "Acta de instalación del STL",
            act.documentUrl().orElseThrow(), act.date().orElseThrow()))
        .addDocument(document(DocumentKind.OPERATING_RULES, "Lineamientos de operación del STL",
            rules.publishedUrl().orElseThrow(), rules.approvedOn().orElseThrow()))
        .addDocument(document(DocumentKind.MINUTES, "Minuta de la sesión de aprobación del PAL",
            approving.minutesUrl().orElseThrow(), approving.date().orElseThrow()))
        .addDocument(tablesReport)
        .addDocument(document(DocumentKind.PAL, palTitle, plan.documentUrl().orElseThrow(),
            plan.publishedOn().orElseThrow()));
    List<ProgressReport> reports = plan.progressReports();
    for (int i = 0; i < reports.size(); i++) {
      ProgressReport r = reports.get(i);
      b.addDocument(document(DocumentKind.PROGRESS_REPORT, REPORT_TITLES.get(i), r.url().orElseThrow(),
          r.publishedOn().orElseThrow()));
    }
    for (Evaluation e : plan.evaluations()) {
      String by = e.evaluatorId().filter(INAI::equals).map(id -> " (INAI)").orElse("");
      b.addDocument(document(DocumentKind.EVALUATION, e.type().orElseThrow().labelEs() + by,
          e.reportUrl().orElseThrow(), e.date().orElseThrow()));
    }
    return b.build();
  }
}
