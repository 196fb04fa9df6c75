package org.cocrea.examples.verdicts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.cocrea.core.CoCreationProcess;
import org.cocrea.core.Commitment;
import org.cocrea.core.Completeness;
import org.cocrea.core.Framework;
import org.cocrea.core.InstallationAct;
import org.cocrea.core.JointDeclaration;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Milestone;
import org.cocrea.core.ParticipatoryTable;
import org.cocrea.core.RecordDeclaration;
import org.cocrea.core.Sector;
import org.cocrea.core.Seats;
import org.cocrea.core.Signatory;
import org.cocrea.core.StlMembership;
import org.cocrea.core.StlSession;
import org.cocrea.serialization.PalReader;
import org.cocrea.validation.CocreaValidator;
import org.cocrea.validation.Finding;
import org.cocrea.validation.NotRecorded;
import org.cocrea.validation.RuleResult;
import org.cocrea.validation.Rules;
import org.cocrea.validation.ValidationReport;
import org.cocrea.validation.ValidatorOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Absence semantics rule by rule (issue 12, item 3): for each rule reviewed for absence, one deletion of the facts it
 * needs from every example. Read as a COMPLETE record (every 1.0 file) the deleted facts are recorded as none and the
 * rule still FAILs; declared PARTIAL, the same deletion is merely not recorded and the rule says NOT_RECORDED, with no
 * finding, naming facts under the deleted place. The rules are not switched off: they tell "none" from "not recorded".
 * A third reading declares the deleted part PARTIAL inside a COMPLETE record where the model allows it (the narrowest
 * declaration wins).
 */
class RuleAbsenceCasesTest {

  private static final Path PAL = Path.of("pal");
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);
  private static final CocreaValidator VALIDATOR =
      CocreaValidator.create(ValidatorOptions.builder().asOf(AS_OF).build());

  /**
   * A deletion: what it removes, the rules that need it (recorded as none: FAIL), the rules whose premise it is
   * (recorded as none: NOT_APPLICABLE), and the JSON name of what it removes (for the facts).
   */
  record Deletion(String what, List<String> rules, List<String> premiseOf, String factName,
      UnaryOperator<LocalExercise> apply) {
    Deletion(String what, List<String> rules, String factName, UnaryOperator<LocalExercise> apply) {
      this(what, rules, List.of(), factName, apply);
    }

    @Override
    public String toString() {
      return what + " " + rules;
    }
  }

  static List<Deletion> deletions() {
    List<Deletion> d = new ArrayList<>();
    d.add(new Deletion("responsible institutions", List.of("COM-03"), "responsibleInstitution",
        x -> commitments(x, c -> c.responsibleInstitutionIds(List.of()).responsibleInstitutionNames(List.of()))));
    d.add(new Deletion("co-responsible CSOs", List.of("COM-04", "SIM-04"), "coResponsibleCso",
        x -> commitments(x, c -> c.coResponsibleCsoIds(List.of()).coResponsibleCsoNames(List.of()))));
    d.add(new Deletion("commitment dates", List.of("COM-08"), "Date",
        x -> commitments(x, c -> c.startDate(Optional.empty()).endDate(Optional.empty()))));
    d.add(new Deletion("origin proposals", List.of("COM-13", "SIM-06"), "originProposalIds",
        x -> commitments(x, c -> c.originProposalIds(List.of()))));
    d.add(new Deletion("indicators", List.of("IND-01"), "indicators",
        x -> commitments(x, c -> c.indicators(List.of()))));
    d.add(new Deletion("SDG targets", List.of("PAL-07"), "sdgTargets",
        x -> commitments(x, c -> c.sdgTargets(List.of()))));
    d.add(new Deletion("document URL", List.of("TRN-03"), "documentUrl",
        x -> plans(x, p -> p.documentUrl(Optional.empty()))));
    d.add(new Deletion("plan period", List.of("PAL-03"), "period",
        x -> plans(x, p -> p.periodStart(Optional.empty()).periodEnd(Optional.empty()))));
    d.add(new Deletion("commitments", List.of("PAL-01", "PAL-02"), "commitments",
        x -> plans(x, p -> p.commitments(List.of()))));
    d.add(new Deletion("approving resolution", List.of("CO-07"), "approvedByResolutionId",
        x -> plans(x, p -> p.approvedByResolutionId(Optional.empty()))));
    d.add(new Deletion("format sections", List.of("PAL-04"), "sections",
        x -> plans(x, p -> p.sections(Optional.empty()))));
    d.add(new Deletion("cross-cutting review", List.of("PAL-06"), "crossCuttingReview",
        x -> plans(x, p -> p.crossCuttingReview(List.of()))));
    d.add(new Deletion("progress reports", List.of("TRK-01", "TRK-02"), "progressReports",
        x -> plans(x, p -> p.progressReports(List.of()))));
    d.add(new Deletion("evaluations", List.of("EVA-01", "EVA-02"), "evaluations",
        x -> plans(x, p -> p.evaluations(List.of()))));
    d.add(new Deletion("tables", List.of("CO-01"), List.of("CO-02", "CO-09"), "tables",
        x -> coCreations(x, c -> c.tables(List.of()))));
    d.add(new Deletion("table participants", List.of("CO-02"), "participants",
        x -> coCreations(x, c -> c.tables(c.build().tables().stream()
            .map(t -> ParticipatoryTable.builder().from(t).participants(List.of()).build()).toList()))));
    d.add(new Deletion("diagnostic inputs", List.of("CO-09"), "diagnosticInputs",
        x -> coCreations(x, c -> c.diagnosticInputs(List.of()))));
    d.add(new Deletion("operating rules", List.of("STL-05"), "rules",
        x -> stls(x, s -> s.rules(Optional.empty()))));
    d.add(new Deletion("installation act", List.of("STL-02"), "installationAct",
        x -> stls(x, s -> s.installationAct(Optional.empty()))));
    d.add(new Deletion("memberships", List.of("STL-01"), "memberships",
        x -> stls(x, s -> s.memberships(List.of()))));
    d.add(new Deletion("civil-society members", List.of("STL-11"), "memberships",
        x -> stls(x, s -> s.memberships(s.build().memberships().stream()
            .filter(m -> Seats.seatSectorOrTitular(x, m).orElse(null) != Sector.CIVIL_SOCIETY).toList()))));
    d.add(new Deletion("alternates", List.of("STL-07"), "memberships",
        x -> stls(x, s -> s.memberships(s.build().memberships().stream()
            .filter(m -> m.alternateOfId().isEmpty()).toList()))));
    d.add(new Deletion("seat selection", List.of("STL-09"), "selection",
        x -> memberships(x, m -> m.selection(Optional.empty()).publicCallId(Optional.empty()))));
    d.add(new Deletion("budgets", List.of("COM-11"), "budget",
        x -> underBoth(commitments(x, c -> c.budget(Optional.empty())))));
    d.add(new Deletion("website", List.of("TRN-01"), "websiteUrl",
        x -> underBoth(LocalExercise.builder().from(x).websiteUrl(Optional.empty()).build())));
    d.add(new Deletion("document repository", List.of("TRN-02"), "repository",
        x -> underBoth(LocalExercise.builder().from(x).repository(Optional.empty()).build())));
    d.add(new Deletion("sessions", List.of("TRK-06", "SIM-08", "STL-06"), "sessions",
        x -> underBoth(stls(x, s -> s.sessions(List.of())))));
    d.add(new Deletion("session minutes", List.of("SES-01"), "minutesUrl",
        x -> sessions(x, s -> s.minutesUrl(Optional.empty()))));
    d.add(new Deletion("agenda notice", List.of("SES-03"), "agendaSentOn",
        x -> sessions(x, s -> s.agendaSentOn(Optional.empty()))));
    d.add(new Deletion("awareness events", List.of("EXE-04"), "awarenessEvents",
        x -> LocalExercise.builder().from(x).awarenessEvents(List.of()).build()));
    d.add(new Deletion("INAI accompaniment", List.of("EXE-03"), "accompaniments",
        x -> LocalExercise.builder().from(x).accompaniments(List.of()).declarations(x.declarations().stream()
            .map(j -> JointDeclaration.builder().from(j).witnessIds(List.of()).build()).toList()).build()));
    d.add(new Deletion("signatories' persons", List.of("EXE-05"), "signatories",
        RuleAbsenceCasesTest::withoutSignatoryPersons));
    d.add(new Deletion("milestone deliverables and means of verification", List.of("MIL-01"), "deliverable",
        x -> commitments(x, c -> c.milestones(c.build().milestones().stream()
            .map(m -> Milestone.builder().from(m).deliverable(Optional.empty()).verificationMeans(Optional.empty())
                .build()).toList()))));
    return d;
  }

  static Stream<Arguments> cases() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(PAL)) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    return deletions().stream().flatMap(d -> files.stream().map(f -> Arguments.of(d, f)));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("cases")
  void noneFailsNotRecordedIsNotRecorded(Deletion deletion, Path file) {
    LocalExercise example = PalReader.create().read(file).exercise().orElseThrow();
    LocalExercise stripped = deletion.apply().apply(example);
    ValidationReport complete = VALIDATOR.validate(stripped);
    ValidationReport partial = VALIDATOR.validate(LocalExercise.builder().from(stripped)
        .record(RecordDeclaration.builder().completeness(Completeness.PARTIAL).build()).build());
    for (String id : deletion.rules()) {
      assertThat(Rules.byId(id).orElseThrow().needs()).as(id + " declares what it needs").isNotEmpty();
      RuleResult none = complete.result(id).orElseThrow();
      RuleResult notRecorded = partial.result(id).orElseThrow();
      // COMPLETE: recorded as none, the rule still fails
      assertThat(none.failed()).as("%s without %s in %s, COMPLETE", id, deletion.what(), file).isPositive();
      assertThat(none.notRecorded()).as("%s COMPLETE: nothing is merely not recorded", id).isZero();
      // PARTIAL: not recorded, never a failure, and the report names facts under what was deleted
      assertThat(notRecorded.failed()).as("%s without %s in %s, PARTIAL", id, deletion.what(), file).isZero();
      assertThat(notRecorded.notRecorded()).as("%s PARTIAL: not recorded", id).isPositive();
      assertThat(partial.findings()).extracting(Finding::ruleId).as(id).doesNotContain(id);
      assertThat(partial.notRecorded()).filteredOn(n -> n.ruleId().equals(id)).flatExtracting(NotRecorded::facts)
          .as("%s names what would decide", id).anyMatch(f -> f.contains(deletion.factName()));
    }
    for (String id : deletion.premiseOf()) {
      // the deleted facts are the rule's premise: none, it does not apply; not recorded, the premise may hold
      RuleResult none = complete.result(id).orElseThrow();
      RuleResult notRecorded = partial.result(id).orElseThrow();
      assertThat(none.failed()).as("%s without %s, COMPLETE", id, deletion.what()).isZero();
      assertThat(none.notApplicable()).as("%s without %s, COMPLETE", id, deletion.what()).isPositive();
      assertThat(none.notRecorded()).isZero();
      assertThat(notRecorded.failed()).as("%s without %s, PARTIAL", id, deletion.what()).isZero();
      assertThat(notRecorded.notRecorded()).as("%s without %s, PARTIAL", id, deletion.what()).isPositive();
    }
  }

  /**
   * The narrowest declaration wins, both ways: a commitment (COM-03) or an STL (STL-05) declared PARTIAL in a COMPLETE
   * record is not recorded; declared COMPLETE in a PARTIAL record, its absence is none and fails.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void aPartDeclaredOtherwiseThanItsRecordFollowsItsOwnDeclaration(Path file) {
    LocalExercise example = PalReader.create().read(file).exercise().orElseThrow();
    LocalExercise stripped = stls(commitments(example, c -> c.responsibleInstitutionIds(List.of())),
        s -> s.rules(Optional.empty()));
    RecordDeclaration partialRecord = RecordDeclaration.builder().completeness(Completeness.PARTIAL).build();

    LocalExercise partsPartial = stls(commitments(stripped, c -> c.completeness(Completeness.PARTIAL)),
        s -> s.completeness(Completeness.PARTIAL));
    ValidationReport inComplete = VALIDATOR.validate(partsPartial);
    assertThat(inComplete.result("COM-03").orElseThrow().failed()).as(file + " COM-03").isZero();
    assertThat(inComplete.result("COM-03").orElseThrow().notRecorded()).isEqualTo(
        stripped.plans().stream().mapToInt(p -> p.commitments().size()).sum());
    assertThat(inComplete.result("STL-05").orElseThrow().failed()).as(file + " STL-05").isZero();
    assertThat(inComplete.result("STL-05").orElseThrow().notRecorded()).isEqualTo(stripped.stls().size());

    LocalExercise partsComplete = LocalExercise.builder().from(stls(
            commitments(stripped, c -> c.completeness(Completeness.COMPLETE)),
            s -> s.completeness(Completeness.COMPLETE)))
        .record(partialRecord).build();
    ValidationReport inPartial = VALIDATOR.validate(partsComplete);
    assertThat(inPartial.result("COM-03").orElseThrow().failed()).as(file + " COM-03").isEqualTo(
        stripped.plans().stream().mapToInt(p -> p.commitments().size()).sum());
    assertThat(inPartial.result("COM-03").orElseThrow().notRecorded()).isZero();
    assertThat(inPartial.result("STL-05").orElseThrow().failed()).as(file + " STL-05").isEqualTo(stripped.stls().size());
  }

  static List<Path> examples() throws IOException {
    try (Stream<Path> list = Files.list(PAL)) {
      return list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  /**
   * The exercise declared under INAI's programme and OGP Local (real-records §4: both rule sets run), so that rules
   * sourced from OGP material (COM-11, TRN-01, TRN-02, STL-06) judge the INAI examples too.
   */
  private static LocalExercise underBoth(LocalExercise x) {
    return LocalExercise.builder().from(x).frameworks(List.of(Framework.INAI_LOCAL, Framework.OGP_LOCAL)).build();
  }

  // --- deletions --------------------------------------------------------------------------------------------------

  private static LocalExercise plans(LocalExercise x, UnaryOperator<LocalActionPlan.Builder> change) {
    return LocalExercise.builder().from(x).plans(x.plans().stream()
        .map(p -> change.apply(LocalActionPlan.builder().from(p)).build()).toList()).build();
  }

  private static LocalExercise commitments(LocalExercise x, UnaryOperator<Commitment.Builder> change) {
    return plans(x, p -> p.commitments(p.build().commitments().stream()
        .map(c -> change.apply(Commitment.builder().from(c)).build()).toList()));
  }

  private static LocalExercise coCreations(LocalExercise x, UnaryOperator<CoCreationProcess.Builder> change) {
    return plans(x, p -> {
      Optional<CoCreationProcess> cc = p.build().coCreation();
      return cc.isEmpty() ? p : p.coCreation(change.apply(CoCreationProcess.builder().from(cc.get())).build());
    });
  }

  private static LocalExercise stls(LocalExercise x, UnaryOperator<LocalTechnicalSecretariat.Builder> change) {
    return LocalExercise.builder().from(x).stls(x.stls().stream()
        .map(s -> change.apply(LocalTechnicalSecretariat.builder().from(s)).build()).toList()).build();
  }

  private static LocalExercise memberships(LocalExercise x, UnaryOperator<StlMembership.Builder> change) {
    return stls(x, s -> s.memberships(s.build().memberships().stream()
        .map(m -> change.apply(StlMembership.builder().from(m)).build()).toList()));
  }

  private static LocalExercise sessions(LocalExercise x, UnaryOperator<StlSession.Builder> change) {
    return stls(x, s -> s.sessions(s.build().sessions().stream()
        .map(m -> change.apply(StlSession.builder().from(m)).build()).toList()));
  }

  private static Signatory withoutPerson(Signatory s) {
    return Signatory.builder().from(s).personId(Optional.empty()).build();
  }

  private static LocalExercise withoutSignatoryPersons(LocalExercise x) {
    LocalExercise declarations = LocalExercise.builder().from(x).declarations(x.declarations().stream()
        .map(j -> JointDeclaration.builder().from(j)
            .signatories(j.signatories().stream().map(RuleAbsenceCasesTest::withoutPerson).toList()).build())
        .toList()).build();
    return stls(declarations, s -> {
      Optional<InstallationAct> act = s.build().installationAct();
      return act.isEmpty() ? s : s.installationAct(InstallationAct.builder().from(act.get())
          .signatories(act.get().signatories().stream().map(RuleAbsenceCasesTest::withoutPerson).toList()).build());
    });
  }
}
