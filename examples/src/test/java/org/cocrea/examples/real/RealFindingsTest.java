package org.cocrea.examples.real;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cocrea.core.LocalExercise;
import org.cocrea.examples.real.RealFindings.Expected;
import org.cocrea.examples.real.RealFindings.Review;
import org.cocrea.examples.real.RealFindings.Row;
import org.cocrea.serialization.CheckResult;
import org.cocrea.validation.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every change of verdict on a real plan is a reviewed change: the engine's findings on each plan of {@code
 * examples/real/} (default options, as of {@link RealFindings#AS_OF}) must be those of its reviewed list in {@code
 * examples/real/expected/}, every row of the lists must be reviewed, and {@code docs/precision.md} must hold the
 * figures the lists give. With {@code -Dcocrea.real.regenerate=true} the test rewrites the lists (keeping the review
 * of every finding that stays) and the document; see {@link RealFindings#REGENERATE}.
 */
class RealFindingsTest {

  /** Surefire runs in the module directory. */
  private static final Path REAL = Path.of("real");
  private static final Path EXPECTED = REAL.resolve("expected");
  private static final Path PRECISION = Path.of("..", "docs", "precision.md");

  private static final Map<String, LocalExercise> EXERCISES = new LinkedHashMap<>();
  private static final Map<String, Expected> NOW = new LinkedHashMap<>();
  private static final Map<String, Expected> LISTED = new LinkedHashMap<>();

  @BeforeAll
  static void checkThePlans() throws IOException {
    List<Path> plans;
    try (Stream<Path> files = Files.list(REAL)) {
      plans = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(plans).as("the calibration corpus").hasSizeGreaterThanOrEqualTo(16);
    boolean regenerate = Boolean.getBoolean("cocrea.real.regenerate");
    for (Path plan : plans) {
      String id = plan.getFileName().toString().replaceFirst("\\.json$", "");
      CheckResult checked = RealFindings.check(plan);
      ValidationReport report = checked.report();
      Expected now = RealFindings.current(plan, report);
      Path list = EXPECTED.resolve(id + ".tsv");
      Expected listed = RealFindings.read(list);
      if (regenerate) {
        listed = RealFindings.merge(listed, now);
        Files.createDirectories(EXPECTED);
        Files.writeString(list, RealFindings.write(id, listed), StandardCharsets.UTF_8);
      }
      EXERCISES.put(id, checked.exercise().orElseThrow());
      NOW.put(id, now);
      LISTED.put(id, listed);
    }
    if (regenerate) {
      Files.writeString(PRECISION, Precision.document(LISTED, EXERCISES), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theEngineGivesTheReviewedFindingsOnEveryRealPlan() {
    List<String> diff = new ArrayList<>();
    for (String id : NOW.keySet()) {
      List<String> d = RealFindings.difference(LISTED.get(id), NOW.get(id));
      if (!d.isEmpty()) {
        diff.add(id + ":");
        diff.addAll(d);
      }
    }
    assertThat(diff)
        .as("the engine's findings on the real plans differ from the reviewed lists in examples/real/expected/:%n%s"
            + "%nReview the change, then regenerate the lists (the review of every finding that stays is kept, new"
            + " ones are UNREVIEWED) from the repository root:%n  %s%n", String.join("\n", diff),
            RealFindings.REGENERATE)
        .isEmpty();
  }

  @Test
  void everyListedFindingIsReviewedWithAReasonAndASource() {
    List<String> open = new ArrayList<>();
    LISTED.forEach((id, e) -> {
      for (Row r : e.rows()) {
        if (r.verdict() == Review.UNREVIEWED || r.why().isBlank() || r.source().isBlank()) {
          open.add(id + " " + r.rule() + " " + r.pointer() + " " + r.verdict());
        }
      }
    });
    assertThat(open).as("findings on real plans not yet reviewed (verdict, one line of why, a source)").isEmpty();
  }

  @Test
  void precisionDocumentHoldsTheFiguresOfTheLists() throws IOException {
    String expected = Precision.document(LISTED, EXERCISES);
    assertThat(Files.readString(PRECISION, StandardCharsets.UTF_8))
        .as("docs/precision.md is generated from the reviewed lists; regenerate with%n  %s%n",
            RealFindings.REGENERATE)
        .isEqualTo(expected);
  }
}
