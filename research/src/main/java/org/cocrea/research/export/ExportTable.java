package org.cocrea.research.export;

import java.util.List;
import java.util.Locale;

/**
 * The tidy tables of a corpus export: one CSV file each, one row per observation, with stable column names in
 * {@code snake_case} (documented in {@code docs/exports.md}). Codes are the model's constant names
 * ({@code CIVIL_SOCIETY}), dates as precise as recorded ({@code YYYY}, {@code YYYY-MM} or ISO {@code YYYY-MM-DD}:
 * a month stays a month), booleans {@code true}/{@code false}, absent values empty
 * cells, and several codes in one cell are separated by {@code ;}. Every row of an exercise starts with its
 * {@code exercise_id}, so that tables join on it (and on the element ids after it).
 *
 * @since 0.1.0
 */
public enum ExportTable {

  /** One row per file of the corpus, read or not, with why it could not be read. */
  FILES("files.csv", "source_file", "readable", "exercise_id", "conforms", "errors", "warnings", "infos", "reason"),

  /** One row per exercise read: jurisdiction, guarantor body, step, counts and conformance. */
  EXERCISES("exercises.csv", "exercise_id", "source_file", "title", "jurisdiction_name", "jurisdiction_code",
      "jurisdiction_level", "jurisdiction_state", "guarantor_body_id", "guarantor_body_name", "status",
      "current_step", "step_reached", "declarations", "first_declaration_on", "stls", "stl_operating", "plans",
      "tables", "commitments", "milestones", "organizations", "as_of", "conforms", "errors", "warnings", "infos",
      "rules_passed", "rules_failed", "rules_not_applicable", "verdict", "rules_not_recorded"),

  /** One row per organisation of an exercise's registry. */
  ORGANIZATIONS("organizations.csv", "exercise_id", "organization_id", "institution_key", "name", "acronym", "sector",
      "cso_type", "branch", "order", "obligated_subject", "legal_form", "region", "funding_from_government",
      "website_url"),

  /**
   * One row per person of an exercise's registry; the name only of public servants, email and phone never, unless
   * personal data is asked for ({@link ExportOptions#includePersonalData()}).
   */
  PEOPLE("people.csv", "exercise_id", "person_id", "organization_id", "public_servant", "seniority", "position",
      "change_agent_cohort", "name", "email", "phone"),

  /** One row per STL membership (seat, alternate, facilitator, observer). */
  MEMBERSHIPS("memberships.csv", "exercise_id", "stl_id", "stl_status", "stl_operating", "membership_id",
      "organization_id", "organization_name", "person_id", "person_name", "seat_sector", "seat_sector_recorded",
      "role", "seat", "titular", "alternate_of_id", "start_date", "end_date", "selection", "public_call_id",
      "region"),

  /** One row per participatory table of a plan's co-creation. */
  TABLES("tables.csv", "exercise_id", "plan_id", "table_id", "kind", "theme", "date", "city", "venue",
      "participation_level", "technique", "participants", "report_url"),

  /** One row per participant of a participatory table. */
  PARTICIPANTS("participants.csv", "exercise_id", "plan_id", "table_id", "participant", "organization_id",
      "organization_name", "person_id", "person_name", "sector", "sector_recorded", "stl_member"),

  /** One row per commitment, with its milestone counts and status as of the export's date. */
  COMMITMENTS("commitments.csv", "exercise_id", "plan_id", "plan_ordinal", "commitment_id", "number", "title", "type",
      "policy_area", "components", "ogp_values", "sdg_targets", "cross_cutting", "responsible_institutions",
      "co_responsible_csos", "start_date", "end_date", "milestones", "milestones_completed", "milestones_late",
      "status_as_of", "progress_percent", "budget_amount", "budget_currency", "no_specific_budget",
      "continues_existing_practice"),

  /**
   * One row per classification of a commitment (scheme {@code component}, {@code ogp_value}, {@code sdg_target} or
   * {@code cross_cutting}): the long form of the commitments' multi-valued columns.
   */
  CLASSIFICATIONS("classifications.csv", "exercise_id", "plan_id", "commitment_id", "scheme", "code"),

  /** One row per milestone, with its status as of the export's date. */
  MILESTONES("milestones.csv", "exercise_id", "plan_id", "commitment_id", "milestone_id", "number", "description",
      "deliverable", "verification_means", "start_date", "due_date", "completed_on", "period", "weight",
      "status_recorded", "status_as_of", "late", "days_late", "responsibles", "evidence_urls"),

  /** One row per evaluation of a plan. */
  EVALUATIONS("evaluations.csv", "exercise_id", "plan_id", "evaluation_id", "type", "evaluator_id", "evaluator_name",
      "independent_of_stl", "date", "report_url", "commitment_assessments"),

  /** One row per commitment assessment of an evaluation (IRM-style ratings). */
  ASSESSMENTS("assessments.csv", "exercise_id", "plan_id", "evaluation_id", "evaluation_type", "commitment_id", "date",
      "verifiable", "open_gov_lens", "potential_for_results", "specificity", "potential_impact", "completion",
      "high_completion", "did_it_open_government", "promising", "starred"),

  /** One row per finding of a file's validation report, failed files included. */
  FINDINGS("findings.csv", "source_file", "exercise_id", "rule_id", "family", "severity", "pointer", "line", "column",
      "message"),

  /** One row per rule run on an exercise, with its outcome and subject counts. */
  RULE_RESULTS("rule_results.csv", "source_file", "exercise_id", "rule_id", "family", "severity", "outcome",
      "applied", "passed", "failed", "not_applicable", "not_recorded");

  private final String fileName;
  private final List<String> columns;

  ExportTable(String fileName, String... columns) {
    this.fileName = fileName;
    this.columns = List.of(columns);
  }

  /**
   * The name of the table's file, for example {@code commitments.csv}.
   *
   * @return the file name, never null
   */
  public String fileName() {
    return fileName;
  }

  /**
   * The table's name: its file name without {@code .csv}.
   *
   * @return the name, never null
   */
  public String tableName() {
    return fileName.substring(0, fileName.length() - 4).toLowerCase(Locale.ROOT);
  }

  /**
   * The columns, in order; the header row of the file.
   *
   * @return the column names, never null
   */
  public List<String> columns() {
    return columns;
  }
}
