package org.cocrea.research.export;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cocrea.core.Commitment;
import org.cocrea.core.CommitmentAssessment;
import org.cocrea.core.Evaluation;
import org.cocrea.core.ExerciseIndex;
import org.cocrea.core.JointDeclaration;
import org.cocrea.core.Jurisdiction;
import org.cocrea.core.JurisdictionLevel;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Milestone;
import org.cocrea.core.MilestoneStatus;
import org.cocrea.core.Organization;
import org.cocrea.core.PartialDate;
import org.cocrea.core.Participation;
import org.cocrea.core.ParticipatoryTable;
import org.cocrea.core.Person;
import org.cocrea.core.Sector;
import org.cocrea.core.StlMembership;
import org.cocrea.core.StlRole;
import org.cocrea.core.analysis.Analyses;
import org.cocrea.research.CorpusEntry;
import org.cocrea.research.FailedFile;
import org.cocrea.validation.Finding;
import org.cocrea.validation.Outcome;
import org.cocrea.validation.RuleFamily;
import org.cocrea.validation.RuleResult;
import org.cocrea.validation.Severity;
import org.cocrea.validation.ValidationReport;

/** The rows every table gets from one file of a corpus. */
final class TidyRows {

  private final ExportOptions options;
  private final List<Row> rows = new ArrayList<>();

  private TidyRows(ExportOptions options) {
    this.options = options;
  }

  /** The rows of an exercise read from a file, table by table in {@link ExportTable} order. */
  static List<Row> of(CorpusEntry entry, ExportOptions options) {
    TidyRows t = new TidyRows(options);
    t.entry(entry);
    return t.rows;
  }

  /** The rows of a file that could not be read: a {@code files} row and its findings. */
  static List<Row> of(FailedFile file) {
    List<Row> rows = new ArrayList<>();
    rows.add(new Row(ExportTable.FILES).set("source_file", file.source()).set("readable", false)
        .set("conforms", false).set("errors", count(file.findings(), Severity.ERROR))
        .set("warnings", count(file.findings(), Severity.WARNING)).set("infos", count(file.findings(), Severity.INFO))
        .set("reason", file.reason()));
    for (Finding f : file.findings()) {
      rows.add(finding(file.source(), null, f));
    }
    return rows;
  }

  private static long count(List<Finding> findings, Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  private Row add(ExportTable table) {
    Row r = new Row(table);
    rows.add(r);
    return r;
  }

  private void entry(CorpusEntry entry) {
    LocalExercise e = entry.exercise();
    ExerciseIndex index = e.index();
    ValidationReport report = entry.report();
    Optional<LocalDate> asOf = options.asOf().or(report::asOf);
    Map<Severity, Integer> bySeverity = report.countsBySeverity();
    Map<Outcome, Integer> byOutcome = report.countsByOutcome();
    String id = e.id();

    add(ExportTable.FILES).set("source_file", entry.source()).set("readable", true).set("exercise_id", id)
        .set("conforms", report.conforms()).set("errors", bySeverity.get(Severity.ERROR))
        .set("warnings", bySeverity.get(Severity.WARNING)).set("infos", bySeverity.get(Severity.INFO));

    long commitments = 0;
    long milestones = 0;
    long tables = 0;
    for (LocalActionPlan plan : e.plans()) {
      commitments += plan.commitments().size();
      for (Commitment c : plan.commitments()) {
        milestones += c.milestones().size();
      }
      tables += plan.coCreation().map(c -> c.tables().size()).orElse(0);
    }
    Optional<Jurisdiction> j = e.jurisdiction();
    add(ExportTable.EXERCISES).set("exercise_id", id).set("source_file", entry.source()).set("title", e.title())
        .set("jurisdiction_name", j.flatMap(Jurisdiction::name))
        .set("jurisdiction_code", j.flatMap(Jurisdiction::code))
        .set("jurisdiction_level", j.flatMap(Jurisdiction::level))
        .set("jurisdiction_state", j.flatMap(x -> x.level().orElse(null) == JurisdictionLevel.STATE
            ? x.name() : x.parentName()))
        .set("guarantor_body_id", e.guarantorBodyId())
        .set("guarantor_body_name", e.guarantorBodyId().flatMap(index::organization).flatMap(Organization::name))
        .set("status", e.status()).set("current_step", e.currentStep().map(s -> s.number()))
        .set("step_reached", e.stepReached().number()).set("declarations", e.declarations().size())
        .set("first_declaration_on", e.declarations().stream().map(JointDeclaration::signedOn)
            .flatMap(Optional::stream).min(PartialDate.SORT_ORDER))
        .set("stls", e.stls().size())
        .set("stl_operating", e.stls().stream().anyMatch(s -> Analyses.isOperating(e, s)))
        .set("plans", e.plans().size()).set("tables", tables).set("commitments", commitments)
        .set("milestones", milestones).set("organizations", e.organizations().size()).set("as_of", asOf)
        .set("conforms", report.conforms()).set("errors", bySeverity.get(Severity.ERROR))
        .set("warnings", bySeverity.get(Severity.WARNING)).set("infos", bySeverity.get(Severity.INFO))
        .set("rules_passed", byOutcome.get(Outcome.PASS)).set("rules_failed", byOutcome.get(Outcome.FAIL))
        .set("rules_not_applicable", byOutcome.get(Outcome.NOT_APPLICABLE)).set("verdict", report.verdict())
        .set("rules_not_recorded", byOutcome.get(Outcome.NOT_RECORDED));

    for (Organization o : e.organizations()) {
      add(ExportTable.ORGANIZATIONS).set("exercise_id", id).set("organization_id", o.id())
          .set("institution_key", Analyses.institutionKey(e, o)).set("name", o.name()).set("acronym", o.acronym())
          .set("sector", o.sector()).set("cso_type", o.csoType()).set("branch", o.branch()).set("order", o.order())
          .set("obligated_subject", o.obligatedSubject()).set("legal_form", o.legalForm()).set("region", o.region())
          .set("funding_from_government", o.fundingFromGovernment()).set("website_url", o.websiteUrl());
    }

    for (Person p : e.people()) {
      Row r = add(ExportTable.PEOPLE).set("exercise_id", id).set("person_id", p.id())
          .set("organization_id", p.organizationId()).set("public_servant", p.publicServant())
          .set("seniority", p.seniority()).set("position", p.position())
          .set("change_agent_cohort", p.changeAgentCohort()).set("name", publishableName(p));
      if (options.includePersonalData()) {
        r.set("email", p.email()).set("phone", p.phone());
      }
    }

    for (LocalTechnicalSecretariat stl : e.stls()) {
      boolean operating = Analyses.isOperating(e, stl);
      for (StlMembership m : stl.memberships()) {
        StlRole role = m.role().orElse(null);
        boolean seat = role != StlRole.FACILITATOR && role != StlRole.OBSERVER;
        Optional<Sector> sector = m.seatSector().or(() -> m.organizationId().flatMap(index::sectorOf));
        add(ExportTable.MEMBERSHIPS).set("exercise_id", id).set("stl_id", stl.id()).set("stl_status", stl.status())
            .set("stl_operating", operating).set("membership_id", m.id()).set("organization_id", m.organizationId())
            .set("organization_name", m.organizationId().flatMap(index::organization).flatMap(Organization::name))
            .set("person_id", m.personId()).set("person_name", m.personId().flatMap(index::person)
                .flatMap(this::publishableName))
            .set("seat_sector", sector).set("seat_sector_recorded", m.seatSector()).set("role", m.role())
            .set("seat", seat).set("titular", seat ? Optional.of(m.titular().orElse(true) && m.alternateOfId()
                .isEmpty()) : Optional.empty())
            .set("alternate_of_id", m.alternateOfId()).set("start_date", m.startDate()).set("end_date", m.endDate())
            .set("selection", m.selection()).set("public_call_id", m.publicCallId()).set("region", m.region());
      }
    }

    for (LocalActionPlan plan : e.plans()) {
      planRows(e, index, plan, asOf);
    }

    for (Finding f : report.findings()) {
      rows.add(finding(entry.source(), id, f));
    }
    for (RuleResult r : report.results()) {
      add(ExportTable.RULE_RESULTS).set("source_file", entry.source()).set("exercise_id", id)
          .set("rule_id", r.ruleId()).set("family", r.family().map(RuleFamily::name)).set("severity", r.severity())
          .set("outcome", r.outcome()).set("applied", r.applied()).set("passed", r.passed())
          .set("failed", r.failed()).set("not_applicable", r.notApplicable()).set("not_recorded", r.notRecorded());
    }
  }

  private void planRows(LocalExercise e, ExerciseIndex index, LocalActionPlan plan, Optional<LocalDate> asOf) {
    String id = e.id();
    for (ParticipatoryTable t : plan.coCreation().map(c -> c.tables()).orElse(List.of())) {
      add(ExportTable.TABLES).set("exercise_id", id).set("plan_id", plan.id()).set("table_id", t.id())
          .set("kind", t.kind()).set("theme", t.theme()).set("date", t.date()).set("city", t.city())
          .set("venue", t.venue()).set("participation_level", t.participationLevel()).set("technique", t.technique())
          .set("participants", t.participants().size()).set("report_url", t.reportUrl());
      int n = 0;
      for (Participation p : t.participants()) {
        add(ExportTable.PARTICIPANTS).set("exercise_id", id).set("plan_id", plan.id()).set("table_id", t.id())
            .set("participant", ++n).set("organization_id", p.organizationId())
            .set("organization_name", p.organizationId().flatMap(index::organization).flatMap(Organization::name))
            .set("person_id", p.personId())
            .set("person_name", p.personId().flatMap(index::person).flatMap(this::publishableName))
            .set("sector", Analyses.sectorOf(e, p)).set("sector_recorded", p.sector())
            .set("stl_member", p.stlMember());
      }
    }

    for (Commitment c : plan.commitments()) {
      long completed = c.milestones().stream().filter(m -> m.status().orElse(null) == MilestoneStatus.COMPLETED
          || m.completedOn().isPresent()).count();
      Optional<Long> late = asOf.map(d -> c.milestones().stream().filter(m -> m.isLate(d)).count());
      add(ExportTable.COMMITMENTS).set("exercise_id", id).set("plan_id", plan.id()).set("plan_ordinal", plan.ordinal())
          .set("commitment_id", c.id()).set("number", c.number()).set("title", c.title()).set("type", c.type())
          .set("policy_area", c.policyArea()).set("components", c.components()).set("ogp_values", c.ogpValues())
          .set("sdg_targets", c.sdgTargets()).set("cross_cutting", c.crossCutting())
          .set("responsible_institutions", c.responsibleInstitutionIds().size())
          .set("co_responsible_csos", c.coResponsibleCsoIds().size()).set("start_date", c.startDate())
          .set("end_date", c.endDate()).set("milestones", c.milestones().size())
          .set("milestones_completed", completed).set("milestones_late", late)
          .set("status_as_of", asOf.flatMap(d -> Analyses.commitmentStatus(c, d))).set("progress_percent", c.progress())
          .set("budget_amount", c.budget().flatMap(b -> b.amount()))
          .set("budget_currency", c.budget().flatMap(b -> b.currency()))
          .set("no_specific_budget", c.budget().flatMap(b -> b.noSpecificBudget()))
          .set("continues_existing_practice", c.continuesExistingPractice());
      classify(id, plan.id(), c.id(), "component", c.components());
      classify(id, plan.id(), c.id(), "ogp_value", c.ogpValues());
      classify(id, plan.id(), c.id(), "sdg_target", c.sdgTargets());
      classify(id, plan.id(), c.id(), "cross_cutting", c.crossCutting());
      for (Milestone m : c.milestones()) {
        Optional<Boolean> isLate = asOf.map(m::isLate);
        add(ExportTable.MILESTONES).set("exercise_id", id).set("plan_id", plan.id()).set("commitment_id", c.id())
            .set("milestone_id", m.id()).set("number", m.number()).set("description", m.description())
            .set("deliverable", m.deliverable()).set("verification_means", m.verificationMeans())
            .set("start_date", m.startDate()).set("due_date", m.dueDate()).set("completed_on", m.completedOn())
            .set("period", m.period()).set("weight", m.weight()).set("status_recorded", m.status())
            .set("status_as_of", asOf.map(m::statusAsOf)).set("late", isLate)
            .set("days_late", asOf.filter(m::isLate)
                .map(d -> ChronoUnit.DAYS.between(m.dueDate().orElseThrow().latest(), d)))
            .set("responsibles", m.responsibles().size()).set("evidence_urls", m.evidenceUrls().size());
      }
    }

    for (Evaluation ev : plan.evaluations()) {
      add(ExportTable.EVALUATIONS).set("exercise_id", id).set("plan_id", plan.id()).set("evaluation_id", ev.id())
          .set("type", ev.type()).set("evaluator_id", ev.evaluatorId())
          .set("evaluator_name", ev.evaluatorId().flatMap(index::organization).flatMap(Organization::name))
          .set("independent_of_stl", ev.independentOfStl()).set("date", ev.date()).set("report_url", ev.reportUrl())
          .set("commitment_assessments", ev.commitmentAssessments().size());
      for (CommitmentAssessment a : ev.commitmentAssessments()) {
        add(ExportTable.ASSESSMENTS).set("exercise_id", id).set("plan_id", plan.id()).set("evaluation_id", ev.id())
            .set("evaluation_type", ev.type()).set("commitment_id", a.commitmentId()).set("date", a.date())
            .set("verifiable", a.verifiable()).set("open_gov_lens", a.openGovLens())
            .set("potential_for_results", a.potentialForResults()).set("specificity", a.specificity())
            .set("potential_impact", a.potentialImpact()).set("completion", a.completion())
            .set("high_completion", a.completion().map(x -> a.highCompletion()))
            .set("did_it_open_government", a.didItOpenGovernment()).set("promising", a.promising())
            .set("starred", a.isStarred(false));
      }
    }
  }

  private void classify(String exerciseId, String planId, String commitmentId, String scheme,
      java.util.Collection<?> codes) {
    for (Object code : codes) {
      add(ExportTable.CLASSIFICATIONS).set("exercise_id", exerciseId).set("plan_id", planId)
          .set("commitment_id", commitmentId).set("scheme", scheme).set("code", code);
    }
  }

  /** A person's name when it may be published: a public servant's, or anyone's when personal data is asked for. */
  private Optional<String> publishableName(Person p) {
    return options.includePersonalData() || p.publicServant().orElse(false) ? p.name() : Optional.empty();
  }

  private static Row finding(String source, String exerciseId, Finding f) {
    int dash = f.ruleId().indexOf('-');
    String prefix = dash > 0 ? f.ruleId().substring(0, dash) : "";
    Optional<String> family = java.util.Arrays.stream(RuleFamily.values()).map(Enum::name)
        .filter(prefix::equals).findFirst();
    return new Row(ExportTable.FINDINGS).set("source_file", source).set("exercise_id", exerciseId)
        .set("rule_id", f.ruleId()).set("family", family).set("severity", f.severity()).set("pointer", f.pointer())
        .set("line", f.line() > 0 ? f.line() : null).set("column", f.column() > 0 ? f.column() : null)
        .set("message", f.message());
  }
}
