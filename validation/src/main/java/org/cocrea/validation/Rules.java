package org.cocrea.validation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.cocrea.validation.rules.co.Co01TableBeforeApproval;
import org.cocrea.validation.rules.co.Co02ThreeSectorParticipation;
import org.cocrea.validation.rules.co.Co03TableSectorMix;
import org.cocrea.validation.rules.co.Co04OpenTables;
import org.cocrea.validation.rules.co.Co05TimelineNotice;
import org.cocrea.validation.rules.co.Co06ProposalDisposition;
import org.cocrea.validation.rules.co.Co07PalApprovalResolution;
import org.cocrea.validation.rules.co.Co08ParticipationLevel;
import org.cocrea.validation.rules.co.Co09DiagnosticInput;
import org.cocrea.validation.rules.com.Com01PublicProblem;
import org.cocrea.validation.rules.com.Com02Objective;
import org.cocrea.validation.rules.com.Com03ResponsibleInstitution;
import org.cocrea.validation.rules.com.Com04CoResponsibleCso;
import org.cocrea.validation.rules.com.Com05OpenGovernmentValues;
import org.cocrea.validation.rules.com.Com06AllFiveComponents;
import org.cocrea.validation.rules.com.Com07Verifiable;
import org.cocrea.validation.rules.com.Com08DatesInsidePeriod;
import org.cocrea.validation.rules.com.Com09Contribution;
import org.cocrea.validation.rules.com.Com10Baseline;
import org.cocrea.validation.rules.com.Com11Budget;
import org.cocrea.validation.rules.com.Com12NotContinuation;
import org.cocrea.validation.rules.com.Com13FromTableProposal;
import org.cocrea.validation.rules.com.Com14RecordedChanges;
import org.cocrea.validation.rules.com.Com15RegisteredTwice;
import org.cocrea.validation.rules.eva.Eva01ResultsEvaluation;
import org.cocrea.validation.rules.eva.Eva02DesignEvaluation;
import org.cocrea.validation.rules.eva.Eva03EndOfCommitmentAssessment;
import org.cocrea.validation.rules.eva.Eva04IndependentEvaluator;
import org.cocrea.validation.rules.eva.Eva05CompletionScale;
import org.cocrea.validation.rules.eva.Eva06StarredCommitment;
import org.cocrea.validation.rules.eva.Eva07PublishedEvaluations;
import org.cocrea.validation.rules.eva.Eva08IndependentOfExecutive;
import org.cocrea.validation.rules.eva.Eva09AssessmentDisagreement;
import org.cocrea.validation.rules.exe.Exe01SignedDeclarationBeforeInstallation;
import org.cocrea.validation.rules.exe.Exe02DeclarationSignatorySectors;
import org.cocrea.validation.rules.exe.Exe03InaiAccompaniment;
import org.cocrea.validation.rules.exe.Exe04AwarenessEvents;
import org.cocrea.validation.rules.exe.Exe05HighLevelCommitment;
import org.cocrea.validation.rules.exe.Exe06ActsWithinExistence;
import org.cocrea.validation.rules.ind.Ind01CompleteIndicator;
import org.cocrea.validation.rules.ind.Ind02EffectIndicator;
import org.cocrea.validation.rules.ind.Ind03QuantifiedTarget;
import org.cocrea.validation.rules.mil.Mil01DeliverableAndVerification;
import org.cocrea.validation.rules.mil.Mil02DueDateInsidePeriod;
import org.cocrea.validation.rules.mil.Mil03MilestoneResponsible;
import org.cocrea.validation.rules.mil.Mil04SemesterSpread;
import org.cocrea.validation.rules.mil.Mil05WeightsSum;
import org.cocrea.validation.rules.pal.Pal01RegularCommitment;
import org.cocrea.validation.rules.pal.Pal02CommitmentCount;
import org.cocrea.validation.rules.pal.Pal03PalPeriod;
import org.cocrea.validation.rules.pal.Pal04FormatSections;
import org.cocrea.validation.rules.pal.Pal05IntroductionActors;
import org.cocrea.validation.rules.pal.Pal06CrossCuttingReview;
import org.cocrea.validation.rules.pal.Pal07SdgTarget;
import org.cocrea.validation.rules.pal.Pal08PublishedAsApproved;
import org.cocrea.validation.rules.pal.Pal09StatedCounts;
import org.cocrea.validation.rules.ses.Ses01SessionMinutes;
import org.cocrea.validation.rules.ses.Ses02ResolutionQuorum;
import org.cocrea.validation.rules.ses.Ses03AgendaNotice;
import org.cocrea.validation.rules.sim.Sim01OrganisationDominance;
import org.cocrea.validation.rules.sim.Sim02GovernmentLinkedCso;
import org.cocrea.validation.rules.sim.Sim03InvitationOnlySeats;
import org.cocrea.validation.rules.sim.Sim04CommitmentsWithoutCso;
import org.cocrea.validation.rules.sim.Sim05NonGovernmentParticipants;
import org.cocrea.validation.rules.sim.Sim06UntraceableCommitments;
import org.cocrea.validation.rules.sim.Sim07GovernmentAttendance;
import org.cocrea.validation.rules.sim.Sim08DormantStl;
import org.cocrea.validation.rules.sim.Sim09ContinuationShare;
import org.cocrea.validation.rules.sim.Sim10CsoKindDiversity;
import org.cocrea.validation.rules.sim.Sim11PersonInTwoSectors;
import org.cocrea.validation.rules.sim.Sim12GuarantorOnlyNonGovernment;
import org.cocrea.validation.rules.sim.Sim13RubberStamp;
import org.cocrea.validation.rules.stl.Stl01ThreeSectorSeats;
import org.cocrea.validation.rules.stl.Stl02InstallationAct;
import org.cocrea.validation.rules.stl.Stl03CivilSocietyParity;
import org.cocrea.validation.rules.stl.Stl04NonPublicServantMajority;
import org.cocrea.validation.rules.stl.Stl05PublicOperatingRules;
import org.cocrea.validation.rules.stl.Stl06SessionGap;
import org.cocrea.validation.rules.stl.Stl07TitularAlternates;
import org.cocrea.validation.rules.stl.Stl08Facilitator;
import org.cocrea.validation.rules.stl.Stl09CsoSeatPublicCall;
import org.cocrea.validation.rules.stl.Stl10ContinuityProvisions;
import org.cocrea.validation.rules.stl.Stl11DistinctCsos;
import org.cocrea.validation.rules.stl.Stl12GuarantorNotExecutive;
import org.cocrea.validation.rules.trk.Trk01ProgressReportPublished;
import org.cocrea.validation.rules.trk.Trk02SemestralReports;
import org.cocrea.validation.rules.trk.Trk03StatusChangeNarrative;
import org.cocrea.validation.rules.trk.Trk04LateMilestones;
import org.cocrea.validation.rules.trk.Trk05SidesDifferentiated;
import org.cocrea.validation.rules.trk.Trk06ImplementationSession;
import org.cocrea.validation.rules.trn.Trn01UpdatedWebsite;
import org.cocrea.validation.rules.trn.Trn02DocumentRepository;
import org.cocrea.validation.rules.trn.Trn03PalPublication;

/**
 * The rule catalogue of the methodology's minimum standards (methodology.md section 4): every rule with its stable
 * id, severity, family, source and thresholds, in catalogue order. Each rule is one class named after its id and
 * meaning, in the family's package: STL-03 is {@code org.cocrea.validation.rules.stl.Stl03CivilSocietyParity}.
 *
 * <pre>{@code
 * Rules.catalogue().forEach(r -> System.out.println(r.id() + "  " + r.statement(Locale.ENGLISH)));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Rules {

  private static final List<Rule> CATALOGUE = List.of(
      Exe01SignedDeclarationBeforeInstallation.RULE, Exe02DeclarationSignatorySectors.RULE,
      Exe03InaiAccompaniment.RULE, Exe04AwarenessEvents.RULE, Exe05HighLevelCommitment.RULE,
      Exe06ActsWithinExistence.RULE,
      Stl01ThreeSectorSeats.RULE, Stl02InstallationAct.RULE, Stl03CivilSocietyParity.RULE,
      Stl04NonPublicServantMajority.RULE, Stl05PublicOperatingRules.RULE, Stl06SessionGap.RULE,
      Stl07TitularAlternates.RULE, Stl08Facilitator.RULE, Stl09CsoSeatPublicCall.RULE, Stl10ContinuityProvisions.RULE,
      Stl11DistinctCsos.RULE, Stl12GuarantorNotExecutive.RULE,
      Ses01SessionMinutes.RULE, Ses02ResolutionQuorum.RULE, Ses03AgendaNotice.RULE,
      Trn01UpdatedWebsite.RULE, Trn02DocumentRepository.RULE, Trn03PalPublication.RULE,
      Co01TableBeforeApproval.RULE, Co02ThreeSectorParticipation.RULE, Co03TableSectorMix.RULE, Co04OpenTables.RULE,
      Co05TimelineNotice.RULE, Co06ProposalDisposition.RULE, Co07PalApprovalResolution.RULE,
      Co08ParticipationLevel.RULE, Co09DiagnosticInput.RULE,
      Pal01RegularCommitment.RULE, Pal02CommitmentCount.RULE, Pal03PalPeriod.RULE, Pal04FormatSections.RULE,
      Pal05IntroductionActors.RULE, Pal06CrossCuttingReview.RULE, Pal07SdgTarget.RULE, Pal08PublishedAsApproved.RULE,
      Pal09StatedCounts.RULE,
      Com01PublicProblem.RULE, Com02Objective.RULE, Com03ResponsibleInstitution.RULE, Com04CoResponsibleCso.RULE,
      Com05OpenGovernmentValues.RULE, Com06AllFiveComponents.RULE, Com07Verifiable.RULE, Com08DatesInsidePeriod.RULE,
      Com09Contribution.RULE, Com10Baseline.RULE, Com11Budget.RULE, Com12NotContinuation.RULE,
      Com13FromTableProposal.RULE, Com14RecordedChanges.RULE, Com15RegisteredTwice.RULE,
      Mil01DeliverableAndVerification.RULE, Mil02DueDateInsidePeriod.RULE, Mil03MilestoneResponsible.RULE,
      Mil04SemesterSpread.RULE, Mil05WeightsSum.RULE,
      Ind01CompleteIndicator.RULE, Ind02EffectIndicator.RULE, Ind03QuantifiedTarget.RULE,
      Trk01ProgressReportPublished.RULE, Trk02SemestralReports.RULE, Trk03StatusChangeNarrative.RULE,
      Trk04LateMilestones.RULE, Trk05SidesDifferentiated.RULE, Trk06ImplementationSession.RULE,
      Eva01ResultsEvaluation.RULE, Eva02DesignEvaluation.RULE, Eva03EndOfCommitmentAssessment.RULE,
      Eva04IndependentEvaluator.RULE, Eva05CompletionScale.RULE, Eva06StarredCommitment.RULE,
      Eva07PublishedEvaluations.RULE, Eva08IndependentOfExecutive.RULE, Eva09AssessmentDisagreement.RULE,
      Sim01OrganisationDominance.RULE, Sim02GovernmentLinkedCso.RULE, Sim03InvitationOnlySeats.RULE,
      Sim04CommitmentsWithoutCso.RULE, Sim05NonGovernmentParticipants.RULE, Sim06UntraceableCommitments.RULE,
      Sim07GovernmentAttendance.RULE, Sim08DormantStl.RULE, Sim09ContinuationShare.RULE, Sim10CsoKindDiversity.RULE,
      Sim11PersonInTwoSectors.RULE, Sim12GuarantorOnlyNonGovernment.RULE, Sim13RubberStamp.RULE);

  private static final List<Rule> ENGINE = List.of(
      Rule.define(ReferenceCheck.DANGLING).error().source("[P] identifiers declared once, referenced by id (Popolo, OCDS)")
          .check((context, subjects) -> { }),
      Rule.define(ReferenceCheck.DUPLICATE).error().source("[P] identifiers declared once, referenced by id (Popolo, OCDS)")
          .check((context, subjects) -> { }),
      Rule.define(FieldConstraints.RULE_ID).error().source("[P] field-level constraints of the model (Jakarta Validation)")
          .check((context, subjects) -> { }));

  private Rules() {}

  /**
   * The rules the engine applies besides the catalogue: {@code REF-01} (a reference names nothing), {@code REF-02}
   * (an identifier declared twice) and {@code FLD-01} (a field breaks its constraint: length, pattern, range).
   * They describe findings; the validator runs them itself, in every profile.
   *
   * @return the engine rules, never null
   */
  public static List<Rule> engineRules() {
    return ENGINE;
  }

  /**
   * Every rule, in catalogue order.
   *
   * @return the rules, never null, unmodifiable
   */
  public static List<Rule> catalogue() {
    return CATALOGUE;
  }

  /**
   * The rule with an id.
   *
   * @param id the id, such as {@code STL-03}, must not be null
   * @return the rule (from the catalogue or the engine rules), or empty when there is no such rule
   */
  public static Optional<Rule> byId(String id) {
    Objects.requireNonNull(id, "id");
    return Stream.concat(CATALOGUE.stream(), ENGINE.stream()).filter(r -> r.id().equals(id)).findFirst();
  }
}
