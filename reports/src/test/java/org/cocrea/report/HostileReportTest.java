package org.cocrea.report;

import org.cocrea.report.internal.Html;
import org.cocrea.report.internal.Labels;
import org.cocrea.report.internal.Timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Locale;
import org.cocrea.core.Commitment;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.Milestone;
import org.junit.jupiter.api.Test;

/** Issue 15 in the report writers: K3 (grid of far-apart dates) and the shared encoding point of W1. */
class HostileReportTest {

  @Test // K3: far-apart dates drew 10,001 grid lines
  void farApartDatesDrawABoundedGrid() {
    LocalActionPlan plan = LocalActionPlan.builder().id("p").addCommitment(Commitment.builder().id("c")
        .addMilestone(Milestone.builder().id("m1").dueDate(LocalDate.of(1, 1, 1)).build())
        .addMilestone(Milestone.builder().id("m2").dueDate(LocalDate.of(9999, 12, 31)).build()).build()).build();
    Html h = new Html();
    new Timeline(plan, LocalDate.of(2025, 1, 1), Labels.of(Locale.ENGLISH), "t").render(h);
    String svg = h.drain();
    int lines = svg.split("class=\"grid\"", -1).length - 1;
    assertThat(lines).isBetween(2, Timeline.MAX_YEAR_TICKS + 1);
  }

  @Test // an ordinary plan keeps its monthly, quarterly or yearly grid
  void ordinaryPlansKeepTheirGrid() {
    LocalActionPlan plan = LocalActionPlan.builder().id("p").addCommitment(Commitment.builder().id("c")
        .addMilestone(Milestone.builder().id("m1").dueDate(LocalDate.of(2020, 1, 1)).build())
        .addMilestone(Milestone.builder().id("m2").dueDate(LocalDate.of(2029, 1, 1)).build()).build()).build();
    Html h = new Html();
    new Timeline(plan, LocalDate.of(2025, 1, 1), Labels.of(Locale.ENGLISH), "t").render(h);
    assertThat(h.drain().split("class=\"grid\"", -1).length - 1).isEqualTo(10);
  }

  @Test // W1: lone surrogates are escaped where every report stream meets its encoder; pairs pass, even when split
  void loneSurrogatesAreEscapedAndPairsKept() throws Exception {
    StringWriter out = new StringWriter();
    try (SurrogateEscapingWriter w = new SurrogateEscapingWriter(out)) {
      w.write("a\uD800b\uDC00c");
      w.write("\uD83D");
      w.write("\uDE00!");
      w.write('\uD83D');
      w.write("x\uD800");
    }
    assertThat(out.toString()).isEqualTo("a\\uD800b\\uDC00c\uD83D\uDE00!\\uD83Dx\\uD800");
  }
}
