package org.cocrea.testkit;

import java.util.Objects;
import java.util.Set;

/**
 * Which model types and attributes format 1.1 added to 1.0 ("real records", issue 11), for generators and coverage
 * tests that produce format 1.0 data and must leave the additions out to keep their seeded sequences. The normative
 * description is the pair of JSON Schemas shipped by {@code cocrea-serialization}; this list is checked against them by
 * that module's tests ({@code FormatVersionsAgreementTest}).
 *
 * <pre>{@code
 * boolean added = FormatVersions.isAddition(Commitment.class, "policyAreas");   // true
 * boolean old = FormatVersions.isAddition(Commitment.class, "policyArea");      // false
 * }</pre>
 *
 * @since 0.2.0
 */
public final class FormatVersions {

  /** The value types format 1.1 added, by simple name. */
  static final Set<String> TYPES_1_1 = Set.of("AlternativeTitle", "Assessor", "CommitmentReference",
      "ExternalId", "FieldProvenance", "OrganizationName", "Provenance", "RecordDeclaration", "Source",
      "SourceCitation", "StatedCount");

  /** The attributes of the shared facets (Recorded, RecordedParts, Sourced), on every element in 1.1. */
  static final Set<String> FACETS_1_1 = Set.of("completeness", "partCompleteness", "statedCounts", "provenance");

  /** The other attributes format 1.1 added to 1.0 types, as {@code Type.attribute}. */
  static final Set<String> ATTRIBUTES_1_1 = Set.of("LocalExercise.record", "LocalExercise.shortTitle",
      "LocalExercise.alternativeTitles", "LocalExercise.externalIds", "LocalExercise.otherFrameworkName",
      "LocalExercise.statusReason", "LocalExercise.statusSince", "Jurisdiction.country", "Organization.foundedOn",
      "Organization.extinguishedOn", "Organization.formerNames", "Organization.predecessorIds",
      "Organization.predecessorNames", "Organization.successorIds", "Organization.successorNames",
      "Organization.legalNature", "Organization.externalIds", "Person.organizationName",
      "JointDeclaration.witnessNames", "Signatory.organizationName", "Signatory.personName",
      "PromoterGroup.memberNames", "Accompaniment.organizationName", "AwarenessEvent.organizerNames",
      "LocalTechnicalSecretariat.name", "LocalTechnicalSecretariat.kind",
      "LocalTechnicalSecretariat.sharedWithExerciseIds", "StlMembership.organizationName",
      "StlMembership.personName", "LocalActionPlan.shortTitle", "LocalActionPlan.alternativeTitles",
      "LocalActionPlan.externalIds", "LocalActionPlan.jurisdictions", "LocalActionPlan.submittedOn",
      "LocalActionPlan.leadInstitutionIds", "LocalActionPlan.leadInstitutionNames", "Participation.organizationName",
      "Participation.personName", "Proposal.submittedByName", "Commitment.shortTitle", "Commitment.alternativeTitles",
      "Commitment.externalIds", "Commitment.sameCommitmentAs", "Commitment.policyAreas",
      "Commitment.responsibleInstitutionNames", "Commitment.coResponsibleCsoNames", "Commitment.otherActorNames",
      "Commitment.involvedInstitutionIds", "Commitment.involvedInstitutionNames", "Responsible.organizationName",
      "ProgressReport.authorName", "Evaluation.title", "Evaluation.assessors",
      "CommitmentAssessment.relevantToOgpValues", "CommitmentAssessment.ogpLocalPotentialForResults",
      "CommitmentAssessment.continuesExistingPractice", "CommitmentAssessment.completionText",
      "CommitmentAssessment.openedGovernment", "CommitmentAssessment.explanation", "CommitmentAssessment.assessors",
      "CommitmentAssessment.reportUrl");

  private FormatVersions() {}

  /**
   * Whether a model type is one format 1.1 added (a value such as {@code Provenance}).
   *
   * @param type a model type, must not be null
   * @return true for the types of 1.1
   */
  public static boolean isAddition(Class<?> type) {
    return TYPES_1_1.contains(Objects.requireNonNull(type, "type").getSimpleName());
  }

  /**
   * Whether an attribute of a model type is one format 1.1 added: every attribute of a 1.1 type, the shared facets,
   * {@code frameworks} and the additions to 1.0 types.
   *
   * @param type a model type, must not be null
   * @param attribute the attribute's name, must not be null
   * @return true for the attributes of 1.1
   */
  public static boolean isAddition(Class<?> type, String attribute) {
    Objects.requireNonNull(attribute, "attribute");
    return isAddition(type) || FACETS_1_1.contains(attribute) || attribute.equals("frameworks")
        || ATTRIBUTES_1_1.contains(type.getSimpleName() + "." + attribute);
  }
}
