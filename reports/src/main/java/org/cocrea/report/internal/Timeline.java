package org.cocrea.report.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.cocrea.core.Commitment;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.Milestone;
import org.cocrea.core.MilestoneStatus;
import org.cocrea.core.PartialDate;
import org.cocrea.core.i18n.Texts;

/**
 * The timeline of one plan as inline SVG: one row per commitment, a marker per milestone at its due date (with a bar
 * from its start date when it has one), shaped and coloured by its status as of the report's date (done, late,
 * pending), and a line at the as-of date. A legend and a table of the milestones carry the same information as text.
 */
public final class Timeline {

  /** The most grid lines drawn when the axis is marked by years. */
  public static final int MAX_YEAR_TICKS = 16;

  public static final int WIDTH = 1000;
  private static final int LABEL = 300;
  private static final int RIGHT = 24;
  private static final int TOP = 52;
  private static final int ROW = 30;
  private static final int BOTTOM = 12;
  private static final int LABEL_CHARS = 40;

  /** How a milestone fares as of the report's date. */
  public enum State {
    DONE("done"), LATE("late"), PENDING("pending");

    final String css;

    State(String css) {
      this.css = css;
    }

    static State of(Milestone m, LocalDate asOf) {
      MilestoneStatus s = m.statusAsOf(asOf);
      return s == MilestoneStatus.COMPLETED ? DONE : s == MilestoneStatus.LATE ? LATE : PENDING;
    }
  }

  private final LocalActionPlan plan;
  private final LocalDate asOf;
  private final Texts l;
  private final String id;

  public Timeline(LocalActionPlan plan, LocalDate asOf, Texts labels, String id) {
    this.plan = plan;
    this.asOf = asOf;
    this.l = labels;
    this.id = id;
  }

  public void render(Html h) {
    String planName = plan.title().orElse(plan.id());
    h.raw("<section class=\"plan\" aria-labelledby=\"").raw(id).raw("-h\">\n<h4 id=\"").raw(id).raw("-h\">")
        .text(plan.title().orElseGet(() -> l.get("html.timeline.plan", plan.id()))).raw("</h4>\n");
    int done = 0;
    int late = 0;
    int pending = 0;
    int undated = 0;
    for (Commitment c : plan.commitments()) {
      for (Milestone m : c.milestones()) {
        switch (State.of(m, asOf)) {
          case DONE -> done++;
          case LATE -> late++;
          case PENDING -> pending++;
        }
        undated += m.dueDate().isEmpty() ? 1 : 0;
      }
    }
    Optional<LocalDate[]> range = range();
    if (range.isEmpty()) {
      h.raw("<p>").text(l.get("html.timeline.noDates")).raw("</p>\n");
    } else {
      String desc = l.get("html.timeline.svgDesc", plan.commitments().size(), asOf.toString(), done, late, pending,
          undated == 0 ? "" : l.get("html.timeline.undated", undated));
      svg(h, range.get()[0], range.get()[1], l.get("html.timeline.svgTitle", planName), desc);
      legend(h);
    }
    table(h, planName);
    h.raw("</section>\n");
  }

  /** The first and last day drawn: whole months around every date of the plan; empty when no milestone is due. */
  private Optional<LocalDate[]> range() {
    boolean anyDue = plan.commitments().stream().flatMap(c -> c.milestones().stream())
        .anyMatch(m -> m.dueDate().isPresent());
    if (!anyDue) {
      return Optional.empty();
    }
    // a month or year date spans its days: it widens the range to its first and its last day
    List<PartialDate> dates = new ArrayList<>();
    plan.periodStart().ifPresent(dates::add);
    plan.periodEnd().ifPresent(dates::add);
    for (Commitment c : plan.commitments()) {
      c.startDate().ifPresent(dates::add);
      c.endDate().ifPresent(dates::add);
      for (Milestone m : c.milestones()) {
        m.startDate().ifPresent(dates::add);
        m.dueDate().ifPresent(dates::add);
        m.completedOn().ifPresent(dates::add);
      }
    }
    LocalDate min = dates.stream().map(PartialDate::earliest).min(LocalDate::compareTo).orElseThrow().withDayOfMonth(1);
    LocalDate max = dates.stream().map(PartialDate::latest).max(LocalDate::compareTo).orElseThrow().withDayOfMonth(1)
        .plusMonths(1);
    if (ChronoUnit.MONTHS.between(min, max) < 3) {
      max = min.plusMonths(3);
    }
    return Optional.of(new LocalDate[] {min, max});
  }

  private void svg(Html h, LocalDate min, LocalDate max, String title, String desc) {
    List<Commitment> rows = plan.commitments();
    int height = TOP + rows.size() * ROW + BOTTOM;
    int bottom = TOP + rows.size() * ROW;
    double span = ChronoUnit.DAYS.between(min, max);
    java.util.function.ToDoubleFunction<LocalDate> x =
        d -> LABEL + (WIDTH - LABEL - RIGHT) * (ChronoUnit.DAYS.between(min, d) / span);

    h.raw("<figure class=\"timeline\">\n<svg viewBox=\"0 0 ").raw(Integer.toString(WIDTH)).raw(" ")
        .raw(Integer.toString(height)).raw("\" width=\"100%\" role=\"img\" aria-labelledby=\"").raw(id)
        .raw("-t ").raw(id).raw("-d\" xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"").raw(id).raw("-t\">")
        .text(title).raw("</title>\n<desc id=\"").raw(id).raw("-d\">").text(desc).raw("</desc>\n");

    // rows: stripes and labels
    for (int i = 0; i < rows.size(); i++) {
      int y = TOP + i * ROW;
      if (i % 2 == 0) {
        h.raw("<rect class=\"stripe\" x=\"0\" y=\"").raw(Integer.toString(y)).raw("\" width=\"")
            .raw(Integer.toString(WIDTH)).raw("\" height=\"").raw(Integer.toString(ROW)).raw("\"/>\n");
      }
    }
    // axis: ticks and grid
    long months = ChronoUnit.MONTHS.between(min, max);
    // whole years beyond 7 years, as many as keep the grid at MAX_YEAR_TICKS lines (far-apart dates: issue 15, K3)
    int step = months <= 14 ? 1 : months <= 42 ? 3 : months <= 84 ? 6
        : 12 * (int) Math.max(1, (months + 12L * MAX_YEAR_TICKS - 1) / (12L * MAX_YEAR_TICKS));
    DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM", l.language());
    LocalDate tick = min;
    while ((tick.getMonthValue() - 1) % step != 0) {
      tick = tick.plusMonths(1);
    }
    boolean first = true;
    for (; !tick.isAfter(max); tick = tick.plusMonths(step)) {
      String tx = num(x.applyAsDouble(tick));
      h.raw("<line class=\"grid\" x1=\"").raw(tx).raw("\" y1=\"").raw(Integer.toString(TOP - 6)).raw("\" x2=\"")
          .raw(tx).raw("\" y2=\"").raw(Integer.toString(bottom)).raw("\"/>\n");
      String monthLabel = step == 12 ? "" : stripDot(tick.format(month));
      boolean showYear = step == 12 || first || tick.getMonthValue() == 1;
      h.raw("<text class=\"tick\" x=\"").raw(tx).raw("\" y=\"").raw(Integer.toString(TOP - 26))
          .raw("\" text-anchor=\"middle\">").text(showYear ? Integer.toString(tick.getYear()) : "").raw("</text>");
      h.raw("<text class=\"tick\" x=\"").raw(tx).raw("\" y=\"").raw(Integer.toString(TOP - 12))
          .raw("\" text-anchor=\"middle\">").text(monthLabel).raw("</text>\n");
      first = false;
    }
    // commitments
    for (int i = 0; i < rows.size(); i++) {
      Commitment c = rows.get(i);
      int mid = TOP + i * ROW + ROW / 2;
      String full = commitmentLabel(c, i);
      h.raw("<g class=\"commitment\"><title>").text(full).raw("</title>")
          .raw("<text class=\"label\" x=\"8\" y=\"").raw(Integer.toString(mid + 4)).raw("\">")
          .text(truncate(full, LABEL_CHARS)).raw("</text>");
      Optional<LocalDate> from = c.startDate().map(PartialDate::earliest).or(() -> earliest(c));
      Optional<LocalDate> to = c.endDate().map(PartialDate::latest).or(() -> latest(c));
      if (from.isPresent() && to.isPresent() && !to.get().isBefore(from.get())) {
        h.raw("<line class=\"span\" x1=\"").raw(num(x.applyAsDouble(clamp(from.get(), min, max)))).raw("\" y1=\"")
            .raw(Integer.toString(mid)).raw("\" x2=\"").raw(num(x.applyAsDouble(clamp(to.get(), min, max))))
            .raw("\" y2=\"").raw(Integer.toString(mid)).raw("\"/>");
      }
      h.raw("</g>\n");
      for (int j = 0; j < c.milestones().size(); j++) {
        Milestone m = c.milestones().get(j);
        if (m.dueDate().isEmpty()) {
          continue;
        }
        State state = State.of(m, asOf);
        // a month or year due date is drawn at its last day (due by then)
        double due = x.applyAsDouble(m.dueDate().get().latest());
        h.raw("<g class=\"ms ").raw(state.css).raw("\"><title>").text(milestoneTooltip(m, j, state)).raw("</title>");
        if (m.startDate().isPresent() && m.startDate().get().earliest().isBefore(m.dueDate().get().latest())) {
          double start = x.applyAsDouble(clamp(m.startDate().get().earliest(), min, max));
          h.raw("<rect class=\"bar\" x=\"").raw(num(start)).raw("\" y=\"").raw(Integer.toString(mid - 4))
              .raw("\" width=\"").raw(num(Math.max(1, due - start))).raw("\" height=\"8\" rx=\"2\"/>");
        }
        marker(h, state, due, mid);
        h.raw("</g>\n");
      }
    }
    // the as-of date
    if (!asOf.isBefore(min) && !asOf.isAfter(max)) {
      String ax = num(x.applyAsDouble(asOf));
      h.raw("<line class=\"asof\" x1=\"").raw(ax).raw("\" y1=\"").raw(Integer.toString(TOP - 6)).raw("\" x2=\"")
          .raw(ax).raw("\" y2=\"").raw(Integer.toString(bottom)).raw("\"/>")
          .raw("<text class=\"asof-label\" x=\"").raw(ax).raw("\" y=\"").raw(Integer.toString(TOP - 40))
          .raw("\" text-anchor=\"middle\">").text(l.get("html.timeline.asOf", asOf.toString())).raw("</text>\n");
    } else {
      boolean after = asOf.isAfter(max);
      h.raw("<text class=\"asof-label\" x=\"").raw(after ? Integer.toString(WIDTH - 4) : Integer.toString(LABEL))
          .raw("\" y=\"").raw(Integer.toString(TOP - 40)).raw("\" text-anchor=\"").raw(after ? "end" : "start")
          .raw("\">").text(after ? l.get("html.timeline.asOf", asOf.toString()) + " \u2192"
              : "\u2190 " + l.get("html.timeline.asOf", asOf.toString())).raw("</text>\n");
    }
    h.raw("</svg>\n");
  }

  private static void marker(Html h, State state, double cx, int cy) {
    String x = num(cx);
    switch (state) {
      case DONE -> h.raw("<circle class=\"mark\" cx=\"").raw(x).raw("\" cy=\"").raw(Integer.toString(cy))
          .raw("\" r=\"7\"/><path class=\"tick-mark\" d=\"M").raw(num(cx - 3.5)).raw(" ").raw(Integer.toString(cy))
          .raw(" l2.5 2.8 l4.8 -5.6\"/>");
      case LATE -> h.raw("<path class=\"mark\" d=\"M").raw(x).raw(" ").raw(Integer.toString(cy - 8)).raw(" l8 8 l-8 8 l-8 -8 z\"/>")
          .raw("<path class=\"tick-mark\" d=\"M").raw(x).raw(" ").raw(Integer.toString(cy - 4)).raw(" v5 m0 2.6 v0.8\"/>");
      case PENDING -> h.raw("<rect class=\"mark\" x=\"").raw(num(cx - 6)).raw("\" y=\"").raw(Integer.toString(cy - 6))
          .raw("\" width=\"12\" height=\"12\" rx=\"1\"/>");
    }
  }

  private void legend(Html h) {
    h.raw("<figcaption><ul class=\"legend\" aria-label=\"").attr(l.get("html.timeline.legend")).raw("\">");
    for (State s : State.values()) {
      h.raw("<li class=\"ms ").raw(s.css).raw("\"><svg viewBox=\"0 0 20 20\" width=\"20\" height=\"20\" aria-hidden=\"true\">");
      marker(h, s, 10, 10);
      h.raw("</svg>").text(l.get("html.timeline." + s.css)).raw("</li>");
    }
    h.raw("<li class=\"asof-key\"><svg viewBox=\"0 0 20 20\" width=\"20\" height=\"20\" aria-hidden=\"true\">")
        .raw("<line class=\"asof\" x1=\"10\" y1=\"0\" x2=\"10\" y2=\"20\"/></svg>")
        .text(l.get("html.timeline.asOf", asOf.toString())).raw("</li></ul></figcaption>\n</figure>\n");
  }

  private void table(Html h, String planName) {
    h.raw("<details><summary>").text(l.get("html.timeline.table", planName)).raw("</summary>\n")
        .raw("<div class=\"scroll\"><table class=\"milestones\">\n<caption>").text(l.get("html.timeline.table", planName))
        .raw("</caption>\n<thead><tr>");
    for (String col : List.of("commitment", "milestone", "start", "due", "status")) {
      h.raw("<th scope=\"col\">").text(l.get("html.timeline.col." + col)).raw("</th>");
    }
    h.raw("</tr></thead>\n<tbody>\n");
    List<Commitment> rows = plan.commitments();
    for (int i = 0; i < rows.size(); i++) {
      Commitment c = rows.get(i);
      List<Milestone> ms = c.milestones();
      String label = commitmentLabel(c, i);
      if (ms.isEmpty()) {
        h.raw("<tr><th scope=\"row\">").text(label).raw("</th><td></td><td></td><td></td><td></td></tr>\n");
      }
      for (int j = 0; j < ms.size(); j++) {
        Milestone m = ms.get(j);
        State state = State.of(m, asOf);
        h.raw("<tr><th scope=\"row\">").text(label).raw("</th><td>").text(milestoneLabel(m, j)).raw("</td><td>")
            .text(m.startDate().map(PartialDate::toString).orElse("")).raw("</td><td>")
            .text(m.dueDate().map(PartialDate::toString).orElse(l.get("html.timeline.noDue")))
            .raw("</td><td><span class=\"st ").raw(state.css).raw("\">").text(l.get("html.timeline." + state.css))
            .raw("</span> (").text(m.statusAsOf(asOf).label(l.language())).raw(")</td></tr>\n");
      }
    }
    h.raw("</tbody>\n</table></div>\n</details>\n");
  }

  private String commitmentLabel(Commitment c, int index) {
    String number = Integer.toString(c.number().orElse(index + 1));
    return l.get("html.commitment", number) + ": " + c.title().orElse(l.get("html.untitled"));
  }

  private String milestoneLabel(Milestone m, int index) {
    String number = Integer.toString(m.number().orElse(index + 1));
    String text = m.deliverable().or(m::description).orElse(m.id());
    return l.get("html.milestone", number) + ": " + text;
  }

  private String milestoneTooltip(Milestone m, int index, State state) {
    return milestoneLabel(m, index) + " \u2014 " + l.get("html.timeline." + state.css) + " ("
        + m.statusAsOf(asOf).label(l.language()) + "), " + l.get("html.timeline.col.due").toLowerCase(l.language())
        + " " + m.dueDate().map(PartialDate::toString).orElse("");
  }

  private static Optional<LocalDate> earliest(Commitment c) {
    return c.milestones().stream().flatMap(m -> Stream.of(m.startDate(), m.dueDate()))
        .flatMap(Optional::stream).map(PartialDate::earliest).min(LocalDate::compareTo);
  }

  private static Optional<LocalDate> latest(Commitment c) {
    return c.milestones().stream().flatMap(m -> Stream.of(m.startDate(), m.dueDate()))
        .flatMap(Optional::stream).map(PartialDate::latest).max(LocalDate::compareTo);
  }

  private static LocalDate clamp(LocalDate d, LocalDate min, LocalDate max) {
    return d.isBefore(min) ? min : d.isAfter(max) ? max : d;
  }

  private static String truncate(String text, int chars) {
    int cps = text.codePointCount(0, text.length());
    if (cps <= chars) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, chars - 1)) + "\u2026";
  }

  private static String stripDot(String month) {
    return month.endsWith(".") ? month.substring(0, month.length() - 1) : month;
  }

  /** A coordinate with at most one decimal, locale-independent. */
  public static String num(double v) {
    return java.math.BigDecimal.valueOf(Math.round(v * 10), 1).stripTrailingZeros().toPlainString();
  }
}
