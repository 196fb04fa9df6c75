package org.cocrea.examples.real;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cocrea.examples.real.RealFindings.Expected;
import org.cocrea.examples.real.RealFindings.Review;
import org.cocrea.examples.real.RealFindings.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regenerating a reviewed list keeps the review of the findings that stay and marks new ones UNREVIEWED. */
class RealFindingsMergeTest {

  private static Row row(String rule, String pointer, Review verdict, String why) {
    return new Row(rule, "ERROR", pointer, "Compromiso (c1)", "mensaje", verdict, why, why.isEmpty() ? "" : "nota");
  }

  @Test
  void keepsTheReviewOfFindingsThatStayAndMarksNewOnesUnreviewed() {
    Expected reviewed = new Expected(Map.of("COM-01", 2), List.of(
        row("COM-01", "/plans/0/commitments/0", Review.CONFIRMED, "true"),
        row("COM-02", "/plans/0/commitments/0", Review.FALSE, "not recorded: objective")));
    Expected now = new Expected(Map.of("COM-01", 1), List.of(
        row("COM-01", "/plans/0/commitments/0", Review.UNREVIEWED, ""),
        row("COM-03", "/plans/0/commitments/0", Review.UNREVIEWED, "")));
    Expected merged = RealFindings.merge(reviewed, now);
    assertThat(merged.rows()).extracting(Row::rule, Row::verdict, Row::why).containsExactly(
        org.assertj.core.groups.Tuple.tuple("COM-01", Review.CONFIRMED, "true"),
        org.assertj.core.groups.Tuple.tuple("COM-03", Review.UNREVIEWED, ""));
    assertThat(merged.notRecorded()).containsExactly(Map.entry("COM-01", 1));
    assertThat(RealFindings.difference(reviewed, now)).containsExactlyInAnyOrder(
        "  listed but not found now (1): COM-02 ERROR /plans/0/commitments/0",
        "  found now but not listed (1): COM-03 ERROR /plans/0/commitments/0",
        "  not-recorded ERROR subjects: listed {COM-01=2}, now {COM-01=1}");
    assertThat(RealFindings.difference(merged, now)).isEmpty();
  }

  @Test
  void writesAndReadsBackTheSameList(@TempDir Path dir) throws IOException {
    Expected e = new Expected(new java.util.TreeMap<>(Map.of("STL-02", 3)), List.of(
        row("COM-01", "/plans/0/commitments/0", Review.FALSE, "not recorded: the problem")));
    Path file = dir.resolve("x.tsv");
    Files.writeString(file, RealFindings.write("x", e), StandardCharsets.UTF_8);
    assertThat(RealFindings.read(file)).isEqualTo(e);
    assertThat(e.rows().get(0).falseFromNotRecorded()).isTrue();
  }
}
