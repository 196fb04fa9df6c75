package org.cocrea.examples.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.cocrea.core.Budget;
import org.cocrea.core.Commitment;
import org.cocrea.core.CommitmentType;
import org.cocrea.core.Indicator;
import org.cocrea.core.IndicatorType;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Milestone;
import org.cocrea.core.MilestonePeriod;
import org.cocrea.core.MilestoneStatus;
import org.cocrea.core.PartialDate;
import org.cocrea.core.MilestoneUpdate;
import org.cocrea.core.OgpValue;
import org.cocrea.core.OpenGovComponent;
import org.cocrea.core.PlanStatus;
import org.cocrea.core.ProgressReport;
import org.cocrea.core.ReportAuthorRole;
import org.cocrea.core.ResolutionKind;
import org.cocrea.core.Responsible;
import org.cocrea.core.ResponsibleSide;
import org.cocrea.core.StlSession;

/**
 * Builds an example's Plan de Acción Local (steps 4 to 6) from its own facts (commitment titles, problems and
 * objectives, their milestones and how many were completed, the progress reports) by the conventions all the
 * examples share:
 *
 * <ul>
 *   <li>commitment {@code n} is {@code <CODE>-<year>-C<n>}; it runs over the whole plan period, covers transparency,
 *       participation and accountability, has no specific budget, one output indicator (its deliverables) and one
 *       effect indicator (consultations of what it publishes);</li>
 *   <li>its milestones split the period evenly; the first {@code completed} ones were completed a few days before
 *       they were due (evidence at {@code <web>/evidencias/<commitment id>-m<n>.pdf}); the others are late, in
 *       progress or not started as of the example's date;</li>
 *   <li>progress reports ({@code rep-<code>-1}, ...) cover the period one after the other, each reporting the
 *       completions, starts and delays inside its own period, published at {@code <web>/reportes/<file>.pdf};</li>
 *   <li>the plan ({@code pal-<code>-<year>}, the first and closed) was approved by the STL session holding the
 *       PAL_APPROVAL resolution and launched on the day it was published.</li>
 * </ul>
 *
 * <pre>{@code
 * ActionPlan pal = new ActionPlan("dgo", 2015, WEB, PERIOD_START, PERIOD_END, AS_OF);
 * List<Commitment> commitments = List.of(
 *     pal.regular(1, "Sigue los recursos del programa Agua Limpia", "pr-dgo-01", AGUA, CONSEJO, "6.1",
 *         "El problema.", "El objetivo.", 1,
 *         row("Publicar el padrón.", "Padrón publicado", "Conjunto de datos"),
 *         row("Publicar el informe.", "Informe publicado", "Informe en el portal")));
 * LocalActionPlan plan = pal.reportsBy(IDAIP, ReportAuthorRole.STL)
 *     .report(PERIOD_END, LocalDate.of(2016, 9, 15), "2016-1")
 *     .plan("Plan de Acción Local de Durango", stl, LocalDate.of(2015, 8, 25), "pal.pdf", commitments)
 *     .sections(sections).coCreation(coCreation.build()).build();
 * }</pre>
 */
final class ActionPlan {

  /** One milestone of a commitment as the plan states it. */
  record Row(String description, String deliverable, String verification) {}

  private record ReportSpec(LocalDate to, LocalDate publishedOn, String file) {}

  private final String code;
  private final int year;
  private final String web;
  private final LocalDate start;
  private final LocalDate end;
  private final LocalDate asOf;
  private final List<ReportSpec> reports = new ArrayList<>();
  private String reportAuthorId;
  private ReportAuthorRole reportAuthorRole;

  /**
   * A plan with no progress reports yet.
   *
   * @param code the exercise's short code in ids ({@code "dgo"} gives {@code pal-dgo-2015}, {@code DGO-2015-C1}, ...)
   * @param year the plan's year in ids
   * @param web the exercise's web address, without a trailing slash
   * @param start the first day of the plan's implementation period
   * @param end the last day of the plan's implementation period
   * @param asOf the example's date, which decides whether unfinished milestones are late, in progress or not started
   */
  ActionPlan(String code, int year, String web, LocalDate start, LocalDate end, LocalDate asOf) {
    this.code = Objects.requireNonNull(code, "code");
    this.year = year;
    this.web = Objects.requireNonNull(web, "web");
    this.start = Objects.requireNonNull(start, "start");
    this.end = Objects.requireNonNull(end, "end");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
  }

  /** A milestone: what is done, what it delivers and how that can be verified. */
  static Row row(String description, String deliverable, String verification) {
    return new Row(description, deliverable, verification);
  }

  // ------------------------------------------------------------------------------------------------ commitments

  /**
   * A regular commitment.
   *
   * @param number its number in the plan
   * @param proposal the proposal it comes from
   * @param responsible the government institution responsible for it and its milestones
   * @param cso the civil-society organisation co-responsible for it and its milestones
   * @param sdg the Sustainable Development Goal target it serves
   * @param completed how many of its milestones, from the first, were completed
   * @param rows its milestones, in order
   */
  Commitment regular(int number, String title, String proposal, String responsible, String cso, String sdg,
      String problem, String objective, int completed, Row... rows) {
    return commitment(number, CommitmentType.REGULAR, title, proposal, responsible, cso, sdg, problem, objective,
        completed, rows);
  }

  /** A proactive commitment; the parameters are those of {@link #regular}. */
  Commitment proactive(int number, String title, String proposal, String responsible, String cso, String sdg,
      String problem, String objective, int completed, Row... rows) {
    return commitment(number, CommitmentType.PROACTIVE, title, proposal, responsible, cso, sdg, problem, objective,
        completed, rows);
  }

  private Commitment commitment(int number, CommitmentType type, String title, String proposal, String responsible,
      String cso, String sdg, String problem, String objective, int completed, Row... rows) {
    String id = code.toUpperCase(Locale.ROOT) + "-" + year + "-C" + number;
    List<Milestone> milestones = milestones(id, responsible, cso, completed, rows);
    return Commitment.builder().id(id).number(number).title(title).type(type)
        .problem(problem).objective(objective)
        .statusQuo("Al inicio del plan la información no se publicaba de forma completa ni periódica.")
        .description(objective)
        .contributionToProblem("Publicar la información y abrir su seguimiento a la sociedad civil permite vigilar "
            + "y corregir el problema.")
        .components(EnumSet.of(OpenGovComponent.TRANSPARENCY_ACCESS_TO_INFORMATION,
            OpenGovComponent.CITIZEN_PARTICIPATION, OpenGovComponent.ACCOUNTABILITY))
        .ogpValues(EnumSet.of(OgpValue.ACCESS_TO_INFORMATION, OgpValue.CIVIC_PARTICIPATION))
        .addResponsibleInstitutionId(responsible).addCoResponsibleCsoId(cso)
        .startDate(start).endDate(end)
        .milestones(milestones)
        .addIndicator(Indicator.builder().id(id + "-I1").name("Entregables publicados")
            .variable("Entregables publicados").unitOfMeasure("entregables")
            .baseline(BigDecimal.ZERO).target(BigDecimal.valueOf(milestones.size()))
            .targetDate(end).period("Periodo de implementación del plan").frequency("Semestral")
            .type(IndicatorType.OUTPUT).build())
        .addIndicator(Indicator.builder().id(id + "-I2").name("Consultas ciudadanas a la información publicada")
            .variable("Consultas a la información publicada").unitOfMeasure("consultas")
            .baseline(BigDecimal.ZERO).target(BigDecimal.valueOf(1000)).targetDate(end)
            .period("Periodo de implementación del plan").frequency("Trimestral")
            .type(IndicatorType.INTERMEDIATE_RESULT).build())
        .budget(Budget.builder().noSpecificBudget(true).build())
        .addSdgTarget(sdg)
        .addOriginProposalId(proposal)
        .continuesExistingPractice(false)
        .build();
  }

  private List<Milestone> milestones(String commitmentId, String government, String cso, int completed,
      Row... rows) {
    List<Milestone> result = new ArrayList<>();
    long days = ChronoUnit.DAYS.between(start, end) + 1;
    int n = rows.length;
    for (int i = 0; i < n; i++) {
      LocalDate from = start.plusDays(days * i / n);
      LocalDate due = i == n - 1 ? end : start.plusDays(days * (i + 1) / n - 1);
      long months = ChronoUnit.MONTHS.between(start, due);
      Milestone.Builder m = Milestone.builder().id(commitmentId + "-M" + (i + 1)).number(i + 1)
          .description(rows[i].description()).deliverable(rows[i].deliverable())
          .verificationMeans(rows[i].verification())
          .addResponsible(Responsible.builder().organizationId(government).side(ResponsibleSide.GOVERNMENT).build())
          .addResponsible(Responsible.builder().organizationId(cso).side(ResponsibleSide.CIVIL_SOCIETY).build())
          .startDate(from).dueDate(due)
          .period(i == n - 1 ? MilestonePeriod.FINAL : months < 6 ? MilestonePeriod.SEMESTER_1
              : months < 12 ? MilestonePeriod.SEMESTER_2 : MilestonePeriod.SEMESTER_3);
      if (i < completed) {
        LocalDate done = due.minusDays(Math.min(5, ChronoUnit.DAYS.between(from, due)));
        m.status(MilestoneStatus.COMPLETED).completedOn(done)
            .completionNarrative("Entregable concluido y publicado; revisado en sesión del STL.")
            .addEvidenceUrl(evidenceUrl(commitmentId, i + 1));
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

  /** Where the evidence of a completed milestone is published. */
  String evidenceUrl(String commitmentId, int milestone) {
    return web + "/evidencias/" + commitmentId.toLowerCase(Locale.ROOT) + "-m" + milestone + ".pdf";
  }

  // ------------------------------------------------------------------------------------------------ tracking

  /** Sets who writes the progress reports. */
  ActionPlan reportsBy(String authorId, ReportAuthorRole role) {
    reportAuthorId = authorId;
    reportAuthorRole = role;
    return this;
  }

  /**
   * Adds the next progress report: it covers from the day after the previous report's period (the plan's start for
   * the first) to {@code to}, and is published at {@code <web>/reportes/<file>.pdf}.
   */
  ActionPlan report(LocalDate to, LocalDate publishedOn, String file) {
    reports.add(new ReportSpec(to, publishedOn, file));
    return this;
  }

  private List<ProgressReport> reports(List<Commitment> commitments) {
    List<ProgressReport> result = new ArrayList<>();
    LocalDate from = start;
    for (ReportSpec spec : reports) {
      result.add(report("rep-" + code + "-" + (result.size() + 1), commitments, from, spec.to(), spec.publishedOn(),
          web + "/reportes/" + spec.file() + ".pdf"));
      from = spec.to().plusDays(1);
    }
    return result;
  }

  /** A progress report whose milestone updates are the completions, starts and delays inside its period. */
  private ProgressReport report(String id, List<Commitment> commitments, LocalDate from, LocalDate to,
      LocalDate publishedOn, String url) {
    ProgressReport.Builder b = ProgressReport.builder().id(id).periodFrom(from).periodTo(to).publishedOn(publishedOn)
        .authorId(reportAuthorId).authorRole(reportAuthorRole).url(url);
    for (Commitment c : commitments) {
      for (Milestone m : c.milestones()) {
        MilestoneStatus status;
        String narrative;
        if (m.completedOn().map(PartialDate::earliest).map(d -> !d.isBefore(from) && !d.isAfter(to)).orElse(false)) {
          status = MilestoneStatus.COMPLETED;
          narrative = "Se concluyó el hito y se publicó su evidencia.";
        } else if (m.completedOn().map(PartialDate::earliest).map(d -> d.isBefore(from)).orElse(false)) {
          continue;
        } else if (m.dueDate().map(PartialDate::earliest).map(d -> !d.isBefore(from) && !d.isAfter(to)).orElse(false)) {
          status = MilestoneStatus.LATE;
          narrative = "El hito no se concluyó en el plazo; la dependencia responsable explicó las causas del retraso.";
        } else if (m.startDate().map(PartialDate::earliest).map(d -> !d.isBefore(from) && !d.isAfter(to)).orElse(false)) {
          status = MilestoneStatus.IN_PROGRESS;
          narrative = "El hito inició conforme al calendario.";
        } else {
          continue;
        }
        b.addMilestoneUpdate(MilestoneUpdate.builder().milestoneId(m.id()).status(status).narrative(narrative)
            .addEvidenceUrl(m.evidenceUrls().isEmpty() ? url : m.evidenceUrls().get(0)).build());
      }
    }
    return b.build();
  }

  // ------------------------------------------------------------------------------------------------ the plan

  /**
   * The plan, ready for the exercise's own sections, cross-cutting review, co-creation and evaluations.
   *
   * @param stl the secretariat whose session approved the plan (the one with a PAL_APPROVAL resolution)
   * @param publishedOn the day the plan was published and launched
   * @param file the plan document's file name under the exercise's web address
   * @param commitments the plan's commitments, which the progress reports follow
   * @throws IllegalStateException if no session of {@code stl} approves the plan
   */
  LocalActionPlan.Builder plan(String title, LocalTechnicalSecretariat stl, LocalDate publishedOn, String file,
      List<Commitment> commitments) {
    StlSession approval = stl.sessions().stream().filter(s -> s.resolutions().stream()
            .anyMatch(r -> r.kind().orElse(null) == ResolutionKind.PAL_APPROVAL)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no session approves the plan"));
    String resolutionId = approval.resolutions().stream()
        .filter(r -> r.kind().orElse(null) == ResolutionKind.PAL_APPROVAL).findFirst().orElseThrow().id();
    return LocalActionPlan.builder().id("pal-" + code + "-" + year).ordinal(1)
        .title(title)
        .periodStart(start).periodEnd(end)
        .approvedOn(approval.date().orElseThrow()).approvedByResolutionId(resolutionId)
        .publishedOn(publishedOn).launchEventOn(publishedOn)
        .documentUrl(web + "/" + file)
        .status(PlanStatus.CLOSED)
        .commitments(commitments)
        .progressReports(reports(commitments));
  }
}
