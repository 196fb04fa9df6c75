package org.cocrea.examples.verdicts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cocrea.core.Commitment;
import org.cocrea.core.Completeness;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.RecordDeclaration;
import org.cocrea.serialization.PalReader;
import org.cocrea.validation.CocreaValidator;
import org.cocrea.validation.NotRecorded;
import org.cocrea.validation.Rule;
import org.cocrea.validation.RuleResult;
import org.cocrea.validation.Rules;
import org.cocrea.validation.ValidationReport;
import org.cocrea.validation.ValidatorOptions;
import org.cocrea.validation.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 12's test of absence semantics: take an example, delete every milestone and every problem statement; read
 * as a COMPLETE record (every 1.0 file) the rules that need them still FAIL, and read as a PARTIAL record they say
 * NOT_RECORDED, never FAIL: the rules are not switched off, they tell "none" from "not recorded".
 */
class AbsenceSemanticsTest {

  private static final Path PAL = Path.of("pal");
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);

  static List<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(PAL)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  /** The catalogue rules that need milestones or a commitment's problem statement ({@link Rule#needs()}). */
  private static Set<String> rulesThatNeedThem() {
    return Rules.catalogue().stream()
        .filter(r -> r.needs().stream().anyMatch(n -> n.contains("commitments[].milestones")
            || n.equals("plans[].commitments[].problem")))
        .map(Rule::id).collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  private static LocalExercise withoutMilestonesAndProblems(LocalExercise x) {
    return LocalExercise.builder().from(x).plans(x.plans().stream()
        .map(p -> LocalActionPlan.builder().from(p).commitments(p.commitments().stream()
            .map(c -> Commitment.builder().from(c).milestones(List.of()).problem(Optional.empty()).build())
            .toList()).build())
        .toList()).build();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void aPartialRecordSaysNotRecordedWhereACompleteOneFails(Path file) {
    LocalExercise example = PalReader.create().read(file).exercise().orElseThrow();
    LocalExercise stripped = withoutMilestonesAndProblems(example);
    LocalExercise partial = LocalExercise.builder().from(stripped)
        .record(RecordDeclaration.builder().completeness(Completeness.PARTIAL).build()).build();
    CocreaValidator validator = CocreaValidator.create(ValidatorOptions.builder().asOf(AS_OF).build());
    Set<String> needing = rulesThatNeedThem();
    assertThat(needing).contains("COM-01", "COM-07", "MIL-01", "MIL-04");

    ValidationReport complete = validator.validate(stripped);
    ValidationReport transcribed = validator.validate(partial);

    // complete: none is none, and the methodology requires them
    assertThat(complete.result("COM-01").orElseThrow().failed()).as(file + " COM-01").isPositive();
    assertThat(complete.result("COM-07").orElseThrow().failed()).as(file + " COM-07").isPositive();
    assertThat(complete.notRecorded()).as(file.toString()).isEmpty();
    // partial: not recorded is never a failure, and the report says which facts would decide
    for (String id : needing) {
      // rules sourced only from OGP material do not run in the default profile
      transcribed.result(id).map(RuleResult::failed).ifPresent(failed ->
          assertThat(failed).as(file + " " + id + " in a partial record").isZero());
    }
    assertThat(transcribed.result("COM-01").orElseThrow().notRecorded())
        .isEqualTo(complete.result("COM-01").orElseThrow().failed());
    assertThat(transcribed.findings()).as(file.toString()).noneMatch(f -> needing.contains(f.ruleId()));
    assertThat(transcribed.undecided()).extracting(NotRecorded::facts)
        .anyMatch(facts -> facts.get(0).endsWith("/milestones"))
        .anyMatch(facts -> facts.get(0).endsWith("/problem"));
    assertThat(transcribed.verdict()).as(file.toString()).isNotEqualTo(Verdict.CONFORMS);
    if (transcribed.conforms()) {
      assertThat(transcribed.verdict()).isEqualTo(Verdict.UNDETERMINED);
    }
  }
}
