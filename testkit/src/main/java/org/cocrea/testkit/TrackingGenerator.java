package org.cocrea.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.cocrea.core.CitizenComment;
import org.cocrea.core.Commitment;
import org.cocrea.core.CommitmentAssessment;
import org.cocrea.core.Completion;
import org.cocrea.core.DidItOpenGovernment;
import org.cocrea.core.DocumentKind;
import org.cocrea.core.Evaluation;
import org.cocrea.core.EvaluationType;
import org.cocrea.core.Milestone;
import org.cocrea.core.MilestoneStatus;
import org.cocrea.core.MilestoneUpdate;
import org.cocrea.core.OgpValue;
import org.cocrea.core.PotentialForResults;
import org.cocrea.core.PotentialImpact;
import org.cocrea.core.ProcessAssessment;
import org.cocrea.core.ProgressReport;
import org.cocrea.core.ReportAuthorRole;
import org.cocrea.core.Specificity;
import org.cocrea.testkit.RandomExercises.Size;

/** Step 6: progress reports and evaluations of a plan (a part of {@link Generation}). */
class TrackingGenerator extends AdhesionGenerator {

  TrackingGenerator(long seed, Size size, double rate) {
    super(seed, size, rate);
  }

  // ---------------------------------------------------------------------------------------------- step 6

  List<ProgressReport> progressReports(PlanDates d, List<Commitment> commitments) {
    List<ProgressReport> result = new ArrayList<>();
    if (defect(0.04)) {
      return result;
    }
    boolean skipOne = defect(0.1);
    int months = chance(0.3) ? 4 : 6;
    LocalDate from = d.periodStart;
    for (int i = 0; !from.isAfter(d.periodEnd); i++) {
      LocalDate to = min(from.plusMonths(months).minusDays(1), d.periodEnd);
      LocalDate published = to.plusDays(between(5, 30));
      if (published.isAfter(asOf)) {
        break;
      }
      if (!(skipOne && i == 1)) {
        result.add(progressReport(d, commitments, from, to, published));
      }
      from = to.plusDays(1);
    }
    return result;
  }

  ProgressReport progressReport(PlanDates d, List<Commitment> commitments, LocalDate from, LocalDate to,
      LocalDate published) {
    String id = next("rep-");
    double r = rnd.nextDouble();
    ReportAuthorRole role = r < 0.4 ? ReportAuthorRole.GUARANTOR : r < 0.7 ? ReportAuthorRole.STL
        : r < 0.9 ? ReportAuthorRole.GOVERNMENT : ReportAuthorRole.CIVIL_SOCIETY;
    String author = switch (role) {
      case GUARANTOR, STL -> guarantor;
      case GOVERNMENT -> head;
      case CIVIL_SOCIETY -> civilSociety.get(0);
    };
    ProgressReport.Builder b = ProgressReport.builder().id(id).periodFrom(from).periodTo(to).publishedOn(published)
        .authorId(author).authorRole(role).url(url("plan-" + d.ordinal + "/reportes/" + id + ".pdf"));
    for (Commitment c : commitments) {
      for (Milestone m : c.milestones()) {
        MilestoneStatus status = null;
        if (day(m.completedOn()).map(x -> !x.isBefore(from) && !x.isAfter(to)).orElse(false)) {
          status = MilestoneStatus.COMPLETED;
        } else if (day(m.completedOn()).map(x -> x.isBefore(from)).orElse(false)) {
          continue;
        } else if (day(m.dueDate()).map(x -> !x.isBefore(from) && !x.isAfter(to)).orElse(false)) {
          status = MilestoneStatus.LATE;
        } else if (day(m.startDate()).map(x -> !x.isBefore(from) && !x.isAfter(to)).orElse(false)) {
          status = MilestoneStatus.IN_PROGRESS;
        }
        if (status == null) {
          continue;
        }
        MilestoneUpdate.Builder u = MilestoneUpdate.builder().milestoneId(m.id()).status(status);
        if (!defect(0.05)) {
          u.narrative(switch (status) {
            case COMPLETED -> "Se concluyó el hito y se publicó su evidencia.";
            case LATE -> "El hito se retrasó por falta de información de la dependencia responsable.";
            default -> "El hito avanza conforme al calendario acordado.";
          });
        }
        if (!defect(0.05)) {
          u.addEvidenceUrl(m.evidenceUrls().isEmpty() ? url("plan-" + d.ordinal + "/evidencias/" + m.id() + ".pdf")
              : m.evidenceUrls().get(0));
        }
        b.addMilestoneUpdate(u.build());
      }
    }
    int comments = published.isBefore(asOf) ? between(0, 3) : 0;
    for (int i = 0; i < comments; i++) {
      CitizenComment.Builder cc = CitizenComment.builder().date(dateBetween(published, asOf))
          .text(pick(new String[] {"¿Cuándo se publicarán los datos completos?",
            "Felicito a las organizaciones por el seguimiento.", "La liga de la evidencia no abre.",
            "Solicito que se incluya a mi colonia en las mesas."}));
      if (chance(0.8)) {
        cc.reply("Gracias por su comentario; la dependencia responsable dará respuesta en la siguiente sesión.");
      }
      b.addCitizenComment(cc.build());
    }
    documents.add(document(DocumentKind.PROGRESS_REPORT, "Reporte de avance " + id,
        "plan-" + d.ordinal + "/reportes/" + id + ".pdf", published));
    return b.build();
  }

  List<Evaluation> evaluations(PlanDates d, List<Commitment> commitments) {
    List<Evaluation> result = new ArrayList<>();
    boolean ogp = chance(0.15);
    String evaluator = independentEvaluator();
    if (defect(0.05)) {
      evaluator = memberships.get(0).organizationId().orElseThrow();
    }
    LocalDate design = d.publishedOn.plusDays(defect(0.08) ? between(80, 150) : between(20, 55));
    if (!design.isAfter(asOf)) {
      result.add(evaluation(d, ogp ? EvaluationType.INCEPTION : EvaluationType.DESIGN, evaluator,
          design, commitments));
    }
    if (ogp) {
      List<Commitment> done = commitments.stream().filter(c -> c.milestones().stream()
          .allMatch(m -> m.completedOn().isPresent())).limit(2).toList();
      for (Commitment c : done) {
        LocalDate finished = c.milestones().stream().map(m -> m.completedOn().orElseThrow().latest())
            .max(LocalDate::compareTo).orElseThrow();
        LocalDate on = finished.plusDays(between(10, 30));
        if (!on.isAfter(asOf)) {
          result.add(evaluation(d, EvaluationType.END_OF_COMMITMENT, evaluator, on, List.of(c)));
        }
      }
    }
    LocalDate results = d.periodEnd.plusDays(between(30, 120));
    if (!results.isAfter(asOf) && !defect(0.06)) {
      result.add(evaluation(d, EvaluationType.RESULTS, evaluator, results, commitments));
    }
    return result;
  }

  String independentEvaluator() {
    if (!inaiObserves) {
      return inai;
    }
    List<String> candidates = new ArrayList<>(international);
    candidates.addAll(academia);
    candidates.addAll(civilSociety);
    return candidates.stream().filter(o -> !memberOrgs.contains(o)).findFirst().orElse(inai);
  }

  Evaluation evaluation(PlanDates d, EvaluationType type, String evaluator,
      LocalDate date, List<Commitment> assessed) {
    String id = next("eva-");
    boolean results = type.isResultsEvaluation();
    Evaluation.Builder e = Evaluation.builder().id(id).type(type).evaluatorId(evaluator)
        .independentOfStl(!memberOrgs.contains(evaluator)).date(date)
        .summary(results ? "La mayoría de los compromisos alcanzó un cumplimiento sustancial o completo."
            : "Los compromisos son relevantes y verificables; algunos requieren precisar sus indicadores.")
        .processAssessment(ProcessAssessment.builder().forumExists(true).forumMultiStakeholder(true)
            .nonGovEndorsedPlan(chance(0.9)).websiteUpdatedEvery4Months(chance(0.7))
            .infoSharedBeforeMeetings(chance(0.8)).reasonedResponseGiven(chance(0.8)).build());
    if (!defect(0.08)) {
      e.reportUrl(url("plan-" + d.ordinal + "/evaluaciones/" + id + ".pdf"));
      documents.add(document(DocumentKind.EVALUATION, "Evaluación " + type.labelEs(),
          "plan-" + d.ordinal + "/evaluaciones/" + id + ".pdf", date));
    }
    for (Commitment c : assessed) {
      CommitmentAssessment.Builder a = CommitmentAssessment.builder().commitmentId(c.id()).date(date)
          .verifiable(c.milestones().stream().anyMatch(m -> m.deliverable().isPresent()))
          .openGovLens(!c.ogpValues().equals(EnumSet.of(OgpValue.TECHNOLOGY_AND_INNOVATION)))
          .potentialForResults(c.continuesExistingPractice().orElse(false) ? PotentialForResults.UNCLEAR
              : pick(new PotentialForResults[] {PotentialForResults.MODEST, PotentialForResults.SUBSTANTIAL}))
          .specificity(pick(Specificity.values())).potentialImpact(pick(PotentialImpact.values()))
          .promising(chance(0.3));
      if (results) {
        BigDecimal progress = c.progress().orElse(BigDecimal.ZERO);
        Completion completion = progress.compareTo(BigDecimal.valueOf(100)) >= 0 ? Completion.COMPLETE
            : progress.compareTo(BigDecimal.valueOf(60)) >= 0 ? Completion.SUBSTANTIAL
            : progress.signum() > 0 ? Completion.LIMITED : Completion.NOT_STARTED;
        double r = rnd.nextDouble();
        if (r < 0.03) {
          completion = Completion.WITHDRAWN;
        } else if (r < 0.06) {
          completion = Completion.NO_EVIDENCE_AVAILABLE;
        }
        a.completion(completion).didItOpenGovernment(pick(DidItOpenGovernment.values()));
      }
      e.addCommitmentAssessment(a.build());
    }
    return e.build();
  }

}
