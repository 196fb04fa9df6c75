package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.cocrea.core.CoCreationProcess;
import org.cocrea.core.Disposition;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.Proposal;
import org.cocrea.testkit.RandomExercises;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Catalogue-driven: every rule has a fixture on which it passes (or does not apply) and one on which it fails, in
 * the table below, checked through {@link RuleAssert}. A rule added to the catalogue without a row fails
 * {@link #everyCatalogueRuleHasAPassingAndAFailingFixture()}.
 *
 * <p>Fixtures: {@code empty} (an exercise with nothing recorded), {@code realistic:<seed>} (the test kit's realistic
 * generator, planted defects included), {@code arbitrary:<seed>} (arbitrary values), {@code rubberStamp} (five
 * proposals all adopted without a rationale) and {@code reform:<case>} (a Veracruz exercise of 2026, after its
 * guarantor body's extinction, with the old body or an Executive body in the guarantor seat: {@link
 * ReformExercises}) and three of real records ({@code moreListedThanStated}, {@code registeredTwice}, {@code
 * assessmentDisagrees}: {@link RealRecordExercises}). Validated in the OGP profile as of 2017-01-01, so that every rule runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RuleFixturesTest {

  private static final ValidatorOptions OPTIONS =
      ValidatorOptions.builder().profile(Profile.OGP_LOCAL).asOf(LocalDate.of(2017, 1, 1)).build();

  /** Rule id, passing (or not applicable) fixture, failing fixture. */
  private static final String[][] TABLE = {
      {"EXE-01", "realistic:0", "arbitrary:19"},
      {"EXE-02", "realistic:0", "arbitrary:1"},
      {"EXE-03", "realistic:0", "arbitrary:1"},
      {"EXE-04", "realistic:0", "arbitrary:1"},
      {"EXE-05", "realistic:0", "arbitrary:1"},
      {"EXE-06", "realistic:0", "reform:oldBodyAfter"},
      {"STL-01", "realistic:2", "realistic:0"},
      {"STL-02", "realistic:2", "realistic:0"},
      {"STL-03", "realistic:4", "realistic:0"},
      {"STL-04", "arbitrary:19", "realistic:0"},
      {"STL-05", "realistic:0", "arbitrary:1"},
      {"STL-06", "realistic:0", "arbitrary:1"},
      {"STL-07", "realistic:0", "realistic:8"},
      {"STL-08", "realistic:4", "realistic:0"},
      {"STL-09", "realistic:2", "realistic:14"},
      {"STL-10", "realistic:0", "arbitrary:1"},
      {"STL-11", "realistic:4", "realistic:0"},
      {"STL-12", "realistic:0", "reform:executive"},
      {"SES-01", "empty", "realistic:0"},
      {"SES-02", "realistic:2", "realistic:0"},
      {"SES-03", "arbitrary:1", "realistic:0"},
      {"TRN-01", "realistic:0", "arbitrary:5"},
      {"TRN-02", "realistic:0", "arbitrary:1"},
      {"TRN-03", "realistic:0", "arbitrary:3"},
      {"CO-01", "realistic:0", "arbitrary:3"},
      {"CO-02", "realistic:0", "arbitrary:3"},
      {"CO-03", "realistic:2", "realistic:0"},
      {"CO-04", "realistic:0", "arbitrary:3"},
      {"CO-05", "realistic:0", "arbitrary:13"},
      {"CO-06", "realistic:0", "realistic:4"},
      {"CO-07", "realistic:2", "realistic:0"},
      {"CO-08", "realistic:2", "realistic:0"},
      {"CO-09", "realistic:0", "realistic:2"},
      {"PAL-01", "realistic:0", "arbitrary:7"},
      {"PAL-02", "realistic:0", "arbitrary:3"},
      {"PAL-03", "realistic:0", "arbitrary:3"},
      {"PAL-04", "realistic:0", "arbitrary:3"},
      {"PAL-05", "realistic:0", "arbitrary:9"},
      {"PAL-06", "realistic:6", "realistic:0"},
      {"PAL-07", "realistic:0", "arbitrary:3"},
      {"PAL-08", "realistic:0", "arbitrary:3"},
      {"PAL-09", "realistic:0", "moreListedThanStated"},
      {"COM-01", "realistic:0", "arbitrary:3"},
      {"COM-02", "realistic:0", "arbitrary:3"},
      {"COM-03", "realistic:0", "arbitrary:5"},
      {"COM-04", "realistic:2", "realistic:0"},
      {"COM-05", "realistic:0", "arbitrary:3"},
      {"COM-06", "realistic:122", "realistic:0"},
      {"COM-07", "realistic:0", "arbitrary:3"},
      {"COM-08", "realistic:0", "arbitrary:3"},
      {"COM-09", "realistic:0", "realistic:4"},
      {"COM-10", "realistic:0", "realistic:2"},
      {"COM-11", "realistic:0", "realistic:2"},
      {"COM-12", "realistic:0", "realistic:4"},
      {"COM-13", "realistic:0", "arbitrary:3"},
      {"COM-14", "realistic:0", "arbitrary:3"},
      {"COM-15", "realistic:0", "registeredTwice"},
      {"MIL-01", "realistic:10", "realistic:0"},
      {"MIL-02", "realistic:2", "realistic:0"},
      {"MIL-03", "realistic:0", "realistic:2"},
      {"MIL-04", "realistic:0", "realistic:8"},
      {"MIL-05", "realistic:0", "arbitrary:5"},
      {"IND-01", "realistic:0", "arbitrary:3"},
      {"IND-02", "realistic:2", "realistic:0"},
      {"IND-03", "realistic:0", "arbitrary:3"},
      {"TRK-01", "realistic:8", "arbitrary:83"},
      {"TRK-02", "realistic:40", "arbitrary:7"},
      {"TRK-03", "realistic:6", "realistic:0"},
      {"TRK-04", "realistic:8", "arbitrary:3"},
      {"TRK-05", "realistic:0", "arbitrary:3"},
      {"TRK-06", "realistic:8", "arbitrary:83"},
      {"EVA-01", "arbitrary:79", "arbitrary:13"},
      {"EVA-02", "realistic:0", "arbitrary:7"},
      {"EVA-03", "realistic:16", "arbitrary:17"},
      {"EVA-04", "realistic:0", "arbitrary:11"},
      {"EVA-05", "realistic:0", "arbitrary:3"},
      {"EVA-06", "empty", "realistic:0"},
      {"EVA-07", "realistic:0", "arbitrary:3"},
      {"EVA-08", "realistic:0", "reform:executive"},
      {"EVA-09", "empty", "assessmentDisagrees"},
      {"SIM-01", "realistic:4", "arbitrary:4"},
      {"SIM-02", "realistic:2", "realistic:8"},
      {"SIM-03", "realistic:2", "realistic:14"},
      {"SIM-04", "realistic:0", "arbitrary:3"},
      {"SIM-05", "realistic:0", "arbitrary:47"},
      {"SIM-06", "realistic:0", "arbitrary:3"},
      {"SIM-07", "realistic:0", "arbitrary:21"},
      {"SIM-08", "realistic:0", "arbitrary:1"},
      {"SIM-09", "realistic:0", "arbitrary:5"},
      {"SIM-10", "realistic:0", "realistic:2"},
      {"SIM-11", "realistic:0", "arbitrary:11"},
      {"SIM-12", "arbitrary:1", "realistic:0"},
      {"SIM-13", "realistic:0", "rubberStamp"}
  };

  private static final Map<String, String[]> BY_ID =
      Arrays.stream(TABLE).collect(Collectors.toMap(r -> r[0], Function.identity()));

  static LocalExercise fixture(String name) {
    if (name.equals("empty")) {
      return LocalExercise.builder().id("mx-empty").build();
    }
    if (name.equals("rubberStamp")) {
      return rubberStamp();
    }
    if (RealRecordExercises.NAMES.contains(name)) {
      return RealRecordExercises.named(name);
    }
    if (name.startsWith("reform:")) {
      ReformExercises.Guarantor g = name.equals("reform:executive")
          ? ReformExercises.Guarantor.EXECUTIVE
          : ReformExercises.Guarantor.OLD_BODY;
      return ReformExercises.exercise("MX-VER", "IVAI", java.time.LocalDate.of(2026, 3, 9), g);
    }
    long seed = Long.parseLong(name.substring(name.indexOf(':') + 1));
    return name.startsWith("realistic:") ? RandomExercises.generate(seed) : ArbitraryExercises.generate(seed);
  }

  /** Five proposals, all adopted, none with a recorded rationale (SIM-13's rubber-stamp pattern). */
  private static LocalExercise rubberStamp() {
    CoCreationProcess.Builder co = CoCreationProcess.builder();
    IntStream.rangeClosed(1, 5).forEach(i -> co.addProposal(Proposal.builder().id("prop-" + i)
        .disposition(Disposition.ADOPTED).build()));
    return LocalExercise.builder().id("mx-rubber")
        .addPlan(LocalActionPlan.builder().id("pal-1").coCreation(co.build()).build()).build();
  }

  /**
   * Reports by fixture name: each fixture is generated and validated once per run of the class (one instance per
   * class). Not a static cache: a static one outlives a run, and PIT runs the class again for each mutant in one JVM,
   * where a static cache would hand every mutant the reports computed under an earlier mutant (false kills and false
   * survivors).
   */
  private final Map<String, ValidationReport> reports = new java.util.concurrent.ConcurrentHashMap<>();

  private ValidationReport report(String fixture) {
    return reports.computeIfAbsent(fixture, f -> CocreaValidator.create(OPTIONS).validate(fixture(f)));
  }

  static Stream<Arguments> rows() {
    return Arrays.stream(TABLE).map(r -> Arguments.of(r[0], r[1], r[2]));
  }

  @Test
  void everyCatalogueRuleHasAPassingAndAFailingFixture() {
    List<String> ids = Rules.catalogue().stream().map(Rule::id).toList();
    assertThat(BY_ID.keySet()).as("rules with fixtures").containsExactlyInAnyOrderElementsOf(ids);
    assertThat(TABLE.length).as("one row per rule").isEqualTo(ids.size());
  }

  @ParameterizedTest(name = "{0}: passes on {1}, fails on {2}")
  @MethodSource("rows")
  void theRulePassesOnItsPassingFixtureAndFailsOnItsFailingOne(String id, String passing, String failing) {
    RuleAssert.rule(report(passing), id).doesNotFail();
    RuleAssert.rule(report(failing), id).fails();
  }
}
