package org.cocrea.examples.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.cocrea.core.AccompanimentKind;
import org.cocrea.core.Accompaniment;
import org.cocrea.core.Budget;
import org.cocrea.core.Commitment;
import org.cocrea.core.CommitmentType;
import org.cocrea.core.ConceptEntry;
import org.cocrea.core.CsoType;
import org.cocrea.core.DocumentKind;
import org.cocrea.core.GovernmentBranch;
import org.cocrea.core.Indicator;
import org.cocrea.core.IndicatorType;
import org.cocrea.core.Introduction;
import org.cocrea.core.Milestone;
import org.cocrea.core.MilestonePeriod;
import org.cocrea.core.MilestoneStatus;
import org.cocrea.core.MilestoneUpdate;
import org.cocrea.core.OgpValue;
import org.cocrea.core.OpenGovComponent;
import org.cocrea.core.OrderOfGovernment;
import org.cocrea.core.Organization;
import org.cocrea.core.PalSections;
import org.cocrea.core.Person;
import org.cocrea.core.ProgressReport;
import org.cocrea.core.ReportAuthorRole;
import org.cocrea.core.RepositoryDocument;
import org.cocrea.core.Responsible;
import org.cocrea.core.ResponsibleSide;
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

  /** An effect indicator of a commitment (use of the information published). */
  static Indicator effectIndicator(String commitmentId, LocalDate end, int target) {
    return Indicator.builder().id(commitmentId + "-I2").name("Consultas ciudadanas a la "
            + "información publicada").variable("Consultas a la información publicada").unitOfMeasure("consultas")
        .baseline(BigDecimal.ZERO).target(BigDecimal.valueOf(target)).targetDate(end)
        .period("Periodo de implementación del plan").frequency("Trimestral")
        .type(IndicatorType.INTERMEDIATE_RESULT).build();
  }

  // ------------------------------------------------------------------------------------------------ plans

  /**
   * A commitment with the parts every example shares: status quo, contribution, the three core components and
   * values, an output and an effect indicator.
   */
  static Commitment commitment(String id, int number, CommitmentType type, String title, String problem,
      String objective, List<String> responsible, List<String> csos, List<String> sdgs, List<String> proposals,
      LocalDate start, LocalDate end, Budget budget, List<Milestone> milestones) {
    return Commitment.builder().id(id).number(number).title(title).type(type)
        .problem(problem).objective(objective)
        .statusQuo("Al inicio del plan la información no se publicaba de forma completa ni periódica.")
        .description(objective)
        .contributionToProblem("Publicar la información y abrir su seguimiento a la sociedad civil permite vigilar "
            + "y corregir el problema.")
        .components(EnumSet.of(OpenGovComponent.TRANSPARENCY_ACCESS_TO_INFORMATION,
            OpenGovComponent.CITIZEN_PARTICIPATION, OpenGovComponent.ACCOUNTABILITY))
        .ogpValues(EnumSet.of(OgpValue.ACCESS_TO_INFORMATION, OgpValue.CIVIC_PARTICIPATION))
        .responsibleInstitutionIds(responsible).coResponsibleCsoIds(csos)
        .startDate(start).endDate(end)
        .milestones(milestones)
        .addIndicator(Indicator.builder().id(id + "-I1").name("Entregables publicados")
            .variable("Entregables publicados").unitOfMeasure("entregables")
            .baseline(BigDecimal.ZERO).target(BigDecimal.valueOf(milestones.size()))
            .targetDate(end).period("Periodo de implementación del plan").frequency("Semestral")
            .type(IndicatorType.OUTPUT).build())
        .addIndicator(effectIndicator(id, end, 1000))
        .budget(budget)
        .sdgTargets(sdgs)
        .originProposalIds(proposals)
        .continuesExistingPractice(false)
        .build();
  }

  static Budget noBudget() {
    return Budget.builder().noSpecificBudget(true).build();
  }

  static Budget budget(long pesos, String source) {
    return Budget.builder().amount(BigDecimal.valueOf(pesos)).currency("MXN").source(source)
        .noSpecificBudget(false).build();
  }

  static String[] row(String description, String deliverable, String verification) {
    return new String[] {description, deliverable, verification};
  }

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

  // ------------------------------------------------------------------------------------------------ milestones

  /**
   * Milestones spread evenly over a commitment's period, each with a government responsible and, when given, a
   * civil-society one. The first {@code completed} milestones are completed a few days before they are due; the
   * others are in progress, or not started when they start after {@code asOf}.
   *
   * @param rows one row per milestone: description, deliverable, means of verification
   */
  static List<Milestone> milestones(String commitmentId, LocalDate start, LocalDate end, LocalDate periodStart,
      String government, String cso, int completed, LocalDate asOf, String evidenceBase, String[]... rows) {
    List<Milestone> result = new ArrayList<>();
    long days = ChronoUnit.DAYS.between(start, end) + 1;
    int n = rows.length;
    for (int i = 0; i < n; i++) {
      LocalDate from = start.plusDays(days * i / n);
      LocalDate due = i == n - 1 ? end : start.plusDays(days * (i + 1) / n - 1);
      long months = ChronoUnit.MONTHS.between(periodStart, due);
      Milestone.Builder m = Milestone.builder().id(commitmentId + "-M" + (i + 1)).number(i + 1)
          .description(rows[i][0]).deliverable(rows[i][1]).verificationMeans(rows[i][2])
          .addResponsible(Responsible.builder().organizationId(government).side(ResponsibleSide.GOVERNMENT).build())
          .startDate(from).dueDate(due)
          .period(i == n - 1 ? MilestonePeriod.FINAL : months < 6 ? MilestonePeriod.SEMESTER_1
              : months < 12 ? MilestonePeriod.SEMESTER_2 : MilestonePeriod.SEMESTER_3);
      if (cso != null) {
        m.addResponsible(Responsible.builder().organizationId(cso).side(ResponsibleSide.CIVIL_SOCIETY).build());
      }
      if (i < completed) {
        LocalDate done = due.minusDays(Math.min(5, ChronoUnit.DAYS.between(from, due)));
        m.status(MilestoneStatus.COMPLETED).completedOn(done)
            .completionNarrative("Entregable concluido y publicado; revisado en sesión del STL.")
            .addEvidenceUrl(evidenceBase + "/" + commitmentId.toLowerCase(java.util.Locale.ROOT) + "-m" + (i + 1)
                + ".pdf");
      } else if (due.isBefore(asOf)) {
        m.status(MilestoneStatus.LATE).progressNarrative(
            "El entregable no se concluyó en el plazo previsto; la dependencia responsable informó retrasos.");
      } else if (!from.isAfter(asOf)) {
        m.status(MilestoneStatus.IN_PROGRESS).progressNarrative("En proceso conforme al calendario acordado.");
      } else {
        m.status(MilestoneStatus.NOT_STARTED);
      }
      result.add(m.build());
    }
    return result;
  }

  // ------------------------------------------------------------------------------------------------ tracking

  /** A progress report whose milestone updates are the completions, starts and delays inside its period. */
  static ProgressReport report(String id, List<Commitment> commitments, LocalDate from, LocalDate to,
      LocalDate publishedOn, String authorId, ReportAuthorRole role, String url) {
    ProgressReport.Builder b = ProgressReport.builder().id(id).periodFrom(from).periodTo(to).publishedOn(publishedOn)
        .authorId(authorId).authorRole(role).url(url);
    for (Commitment c : commitments) {
      for (Milestone m : c.milestones()) {
        MilestoneStatus status;
        String narrative;
        if (m.completedOn().map(d -> !d.isBefore(from) && !d.isAfter(to)).orElse(false)) {
          status = MilestoneStatus.COMPLETED;
          narrative = "Se concluyó el hito y se publicó su evidencia.";
        } else if (m.completedOn().map(d -> d.isBefore(from)).orElse(false)) {
          continue;
        } else if (m.dueDate().map(d -> !d.isBefore(from) && !d.isAfter(to)).orElse(false)) {
          status = MilestoneStatus.LATE;
          narrative = "El hito no se concluyó en el plazo; la dependencia responsable explicó las causas del retraso.";
        } else if (m.startDate().map(d -> !d.isBefore(from) && !d.isAfter(to)).orElse(false)) {
          status = MilestoneStatus.IN_PROGRESS;
          narrative = "El hito inició conforme al calendario.";
        } else {
          continue;
        }
        MilestoneUpdate.Builder u = MilestoneUpdate.builder().milestoneId(m.id()).status(status).narrative(narrative);
        u.addEvidenceUrl(m.evidenceUrls().isEmpty() ? url : m.evidenceUrls().get(0));
        b.addMilestoneUpdate(u.build());
      }
    }
    return b.build();
  }

  static RepositoryDocument document(DocumentKind kind, String title, String url, LocalDate publishedOn) {
    return RepositoryDocument.builder().kind(kind).title(title).url(url).publishedOn(publishedOn).build();
  }
}
