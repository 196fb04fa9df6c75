package org.cocrea.research.stats;

import org.cocrea.report.internal.Css;
import org.cocrea.report.internal.Html;
import org.cocrea.report.internal.Timeline;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cocrea.core.MilestoneStatus;
import org.cocrea.core.Sector;
import org.cocrea.core.analysis.IrmRatings;
import org.cocrea.core.analysis.Rate;
import org.cocrea.core.analysis.Tally;
import org.cocrea.research.CorpusStatistics;
import org.cocrea.research.ExerciseSummary;
import org.cocrea.research.FailedFile;
import org.cocrea.validation.RuleFamily;
import org.cocrea.validation.Verdict;
import org.cocrea.validation.analysis.FamilyCompliance;
import org.cocrea.validation.analysis.RuleCompliance;

/**
 * The statistics as one self-contained page (inline CSS and SVG, no script, no external resource), in Spanish or
 * English: the headline figures beside INAI's, a heat map of compliance by rule family per exercise, STL composition
 * and commitment status per exercise as stacked bars, the frequency tables with bars, compliance per rule and the
 * failed files. Every chart has its numbers in a table too. Every text from a file is escaped.
 */
final class StatsHtmlWriter implements StatsWriter {

  /** The most exercises drawn per chart; the JSON and CSV outputs have them all. */
  static final int MAX_ROWS = 60;

  private static final int LABEL_W = 230;
  private static final int CELL_W = 58;
  private static final int ROW_H = 26;
  private static final int BAR_W = 640;
  private static final int LABEL_CHARS = 30;

  @Override
  public StatsFormat format() {
    return StatsFormat.HTML;
  }

  @Override
  public void write(CorpusStatistics s, Locale locale, Writer out) throws IOException {
    Objects.requireNonNull(s, "stats");
    Objects.requireNonNull(out, "out");
    StatsLabels l = StatsLabels.of(Objects.requireNonNull(locale, "locale"));
    Html h = new Html();
    h.raw("<!DOCTYPE html>\n<html lang=\"").attr(l.tag()).raw("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .raw("style-src 'unsafe-inline'\">\n")
        .raw("<meta name=\"generator\" content=\"cocrea\">\n")
        .raw("<title>").text(l.get("stats.title")).raw(" · cocrea</title>\n")
        .raw("<style>\n").raw(Css.STYLE).raw(Css.STATS).raw("</style>\n</head>\n<body>\n")
        .raw("<a class=\"skip\" href=\"#headline\">").text(l.get("skip")).raw("</a>\n");
    header(h, l, s);
    h.raw("<main>\n");
    headline(h, l, s);
    out.write(h.drain());
    compliance(h, l, s);
    out.write(h.drain());
    stl(h, l, s);
    out.write(h.drain());
    status(h, l, s);
    out.write(h.drain());
    classifications(h, l, s);
    rules(h, l, s);
    failures(h, l, s);
    h.raw("</main>\n<footer><p>").text(l.get("footer")).raw("</p></footer>\n</body>\n</html>\n");
    out.write(h.drain());
    out.flush();
  }

  private static void header(Html h, StatsLabels l, CorpusStatistics s) {
    h.raw("<header>\n<h1>").text(l.get("stats.title")).raw("</h1>\n<dl class=\"meta\">\n");
    meta(h, l.get("meta.corpus"), s.root());
    meta(h, l.get("meta.asOf"), s.asOf().toString());
    meta(h, l.get("meta.profile"), s.profile().map(p -> p.label(l.language())).orElse("-"));
    meta(h, l.get("meta.files"), Integer.toString(s.files()));
    meta(h, l.get("meta.exercises"), Integer.toString(s.exercises().size()));
    meta(h, l.get("meta.conforming"), Long.toString(s.byVerdict().get(Verdict.CONFORMS)));
    meta(h, l.get("meta.notConforming"), Long.toString(s.byVerdict().get(Verdict.DOES_NOT_CONFORM)));
    meta(h, l.get("meta.undetermined"), Long.toString(s.byVerdict().get(Verdict.UNDETERMINED)));
    meta(h, l.get("meta.notRecorded"), Long.toString(s.notRecorded()));
    meta(h, l.get("meta.failed"), Integer.toString(s.failures().size()));
    meta(h, l.get("meta.lang"), l.get("lang.name"));
    h.raw("</dl>\n</header>\n");
  }

  private static void meta(Html h, String term, String value) {
    h.raw("<div><dt>").text(term).raw("</dt><dd>").text(value).raw("</dd></div>\n");
  }

  private static void section(Html h, String id, String title) {
    h.raw("<section id=\"").raw(id).raw("\" aria-labelledby=\"").raw(id).raw("-h\">\n<h2 id=\"").raw(id)
        .raw("-h\">").text(title).raw("</h2>\n");
  }

  private static void headline(Html h, StatsLabels l, CorpusStatistics s) {
    section(h, "headline", l.get("headline.title"));
    h.raw("<p>").text(l.get("headline.intro")).raw("</p>\n<div class=\"cards\">\n");
    for (Map.Entry<String, Long> e : StatsSections.headline(s.headline()).entrySet()) {
      String source = StatsSections.sourceFigure(e.getKey());
      h.raw("<div class=\"card\"><div class=\"n\">").text(e.getValue().toString()).raw("</div><div>")
          .text(l.get(StatsSections.headlineKey(e.getKey()))).raw("</div>");
      if (source != null) {
        h.raw("<div class=\"src\">").text(l.get("headline.col.source")).raw(": ").text(source).raw("</div>");
      }
      h.raw("</div>\n");
    }
    h.raw("</div>\n</section>\n");
  }

  // ------------------------------------------------------------------------------------------ compliance heat map

  private static void compliance(Html h, StatsLabels l, CorpusStatistics s) {
    section(h, "compliance", l.get("compliance.title"));
    h.raw("<p>").text(l.get("compliance.intro")).raw("</p>\n");
    List<RuleFamily> families = new ArrayList<>();
    for (FamilyCompliance f : s.familyCompliance()) {
      families.add(f.family());
    }
    List<ExerciseSummary> rows = shown(s);
    if (families.isEmpty()) {
      h.raw("<p>").text(l.get("none")).raw("</p>\n</section>\n");
      return;
    }
    int width = LABEL_W + CELL_W * families.size() + 12;
    int height = ROW_H * (rows.size() + 2) + 12;
    h.raw("<figure class=\"chart\"><svg viewBox=\"0 0 ").raw(Integer.toString(width)).raw(" ")
        .raw(Integer.toString(height)).raw("\" width=\"").raw(Integer.toString(width)).raw("\" height=\"")
        .raw(Integer.toString(height)).raw("\" role=\"img\" aria-labelledby=\"compliance-t\">")
        .raw("<title id=\"compliance-t\">")
        .text(l.get("compliance.chart")).raw("</title>\n");
    for (int c = 0; c < families.size(); c++) {
      int x = LABEL_W + CELL_W * c + CELL_W / 2;
      h.raw("<text class=\"head\" x=\"").raw(Integer.toString(x)).raw("\" y=\"18\" text-anchor=\"middle\">")
          .text(families.get(c).name()).raw("<title>").text(families.get(c).label(l.language()))
          .raw("</title></text>\n");
    }
    int y = ROW_H;
    for (ExerciseSummary e : rows) {
      heatRow(h, l, e.exerciseId(), e.compliance(), families, y, false);
      y += ROW_H;
    }
    Map<RuleFamily, Rate> all = new java.util.EnumMap<>(RuleFamily.class);
    for (FamilyCompliance f : s.familyCompliance()) {
      all.put(f.family(), f.ruleRate());
    }
    heatRow(h, l, l.get("compliance.all"), all, families, y + 4, true);
    h.raw("</svg>");
    caption(h, l, s);
    h.raw("</figure>\n<details><summary>").text(l.get("data", l.get("compliance.title")))
        .raw("</summary><div class=\"scroll\"><table><thead><tr><th scope=\"col\">")
        .text(l.get("compliance.exercise")).raw("</th>");
    for (RuleFamily f : families) {
      h.raw("<th scope=\"col\">").text(f.name()).raw("</th>");
    }
    h.raw("</tr></thead>\n<tbody>\n");
    for (ExerciseSummary e : rows) {
      h.raw("<tr><th scope=\"row\">").text(e.exerciseId()).raw("</th>");
      for (RuleFamily f : families) {
        Rate r = e.compliance().getOrDefault(f, Rate.NONE);
        h.raw("<td class=\"num\">").text(r.defined() ? r.count() + "/" + r.total() : l.get("na")).raw("</td>");
      }
      h.raw("</tr>\n");
    }
    h.raw("</tbody></table></div></details>\n</section>\n");
  }

  private static void heatRow(Html h, StatsLabels l, String label, Map<RuleFamily, Rate> rates,
      List<RuleFamily> families, int y, boolean all) {
    h.raw("<text").raw(all ? " class=\"all\"" : "").raw(" x=\"8\" y=\"").raw(Integer.toString(y + 17)).raw("\">")
        .text(shorten(label)).raw("<title>").text(label).raw("</title></text>\n");
    for (int c = 0; c < families.size(); c++) {
      RuleFamily f = families.get(c);
      Rate r = rates.getOrDefault(f, Rate.NONE);
      int x = LABEL_W + CELL_W * c;
      String tip = r.defined()
          ? l.get("compliance.cell", label, f.label(l.language()), r.count(), r.total(), l.percent(r))
          : l.get("compliance.cellNa", label, f.label(l.language()));
      h.raw("<g><title>").text(tip).raw("</title><rect x=\"").raw(Integer.toString(x + 1)).raw("\" y=\"")
          .raw(Integer.toString(y + 1)).raw("\" width=\"").raw(Integer.toString(CELL_W - 2)).raw("\" height=\"")
          .raw(Integer.toString(ROW_H - 2)).raw("\" rx=\"3\" fill=\"").raw(heat(r)).raw("\"/><text x=\"")
          .raw(Integer.toString(x + CELL_W / 2)).raw("\" y=\"").raw(Integer.toString(y + 17))
          .raw("\" text-anchor=\"middle\">")
          .text(r.defined() ? Math.round(100.0 * r.count() / r.total()) + "%" : "–").raw("</text></g>\n");
    }
  }

  /** A light colour from red (0 %) through amber (50 %) to green (100 %); grey when undefined. */
  static String heat(Rate r) {
    if (!r.defined()) {
      return "#eaeef2";
    }
    double v = (double) r.count() / r.total();
    int[] red = {0xf6, 0xc4, 0xc0};
    int[] amber = {0xfb, 0xe3, 0xa6};
    int[] green = {0xa8, 0xdc, 0xb4};
    int[] from = v < 0.5 ? red : amber;
    int[] to = v < 0.5 ? amber : green;
    double t = v < 0.5 ? v * 2 : (v - 0.5) * 2;
    StringBuilder b = new StringBuilder("#");
    for (int i = 0; i < 3; i++) {
      b.append(String.format(Locale.ROOT, "%02x", (int) Math.round(from[i] + (to[i] - from[i]) * t)));
    }
    return b.toString();
  }

  // ------------------------------------------------------------------------------------------- stacked bar charts

  private static void stl(Html h, StatsLabels l, CorpusStatistics s) {
    section(h, "stl", l.get("stl.title"));
    h.raw("<p>").text(l.get("stl.intro")).raw("</p>\n");
    List<ExerciseSummary> rows = shown(s);
    Set<Sector> present = EnumSet.noneOf(Sector.class);
    rows.forEach(e -> e.stlSeats().asMap().forEach((k, v) -> {
      if (v > 0) {
        present.add(k);
      }
    }));
    stacked(h, l, s, rows, "stl", l.get("stl.chart"), List.copyOf(present), ExerciseSummary::stlSeats,
        StatsHtmlWriter::sectorColour, l.get("stl.noStl"));
    tallyTable(h, l, s.stlSeatsBySector(), l.get("stl.intro"));
    h.raw("<h3>").text(l.get("stl.csoTypes")).raw("</h3>\n");
    tallyTable(h, l, s.stlCivilSocietySeatsByType(), l.get("stl.csoTypes"));
    h.raw("<h3>").text(l.get("participation.title")).raw("</h3>\n");
    tallyTable(h, l, s.participantsBySector(), l.get("participation.participants"));
    tallyTable(h, l, new StatsSections.Named("", "", s.tablesBySector(), true), l.get("participation.tables"));
    h.raw("</section>\n");
  }

  private static void status(Html h, StatsLabels l, CorpusStatistics s) {
    section(h, "status", l.get("status.title"));
    h.raw("<p>").text(l.get("status.intro", s.asOf().toString())).raw("</p>\n");
    List<MilestoneStatus> order = List.of(MilestoneStatus.COMPLETED, MilestoneStatus.IN_PROGRESS,
        MilestoneStatus.NOT_STARTED, MilestoneStatus.LATE);
    stacked(h, l, s, shown(s), "status", l.get("status.chart"), order, ExerciseSummary::commitmentStatus,
        StatsHtmlWriter::statusColour, l.get("status.noMilestones"));
    tallyTable(h, l, s.commitmentsByStatus(), l.get("status.title"));
    h.raw("<h3>").text(l.get("milestones.title", s.asOf().toString())).raw("</h3>\n");
    tallyTable(h, l, s.milestonesByStatus(), l.get("milestones.title", s.asOf().toString()));
    h.raw("</section>\n");
  }

  /** One stacked horizontal bar per exercise, scaled to the largest total, with a legend and a data table. */
  private static <K> void stacked(Html h, StatsLabels l, CorpusStatistics s, List<ExerciseSummary> rows, String id,
      String title, List<K> keys, java.util.function.Function<ExerciseSummary, Tally<K>> tallyOf,
      java.util.function.Function<K, String> colour, String empty) {
    long max = 1;
    for (ExerciseSummary e : rows) {
      max = Math.max(max, tallyOf.apply(e).total());
    }
    int width = LABEL_W + BAR_W + 60;
    int height = ROW_H * rows.size() + 16;
    h.raw("<figure class=\"chart\"><svg viewBox=\"0 0 ").raw(Integer.toString(width)).raw(" ")
        .raw(Integer.toString(height)).raw("\" width=\"").raw(Integer.toString(width)).raw("\" height=\"")
        .raw(Integer.toString(height)).raw("\" role=\"img\" aria-labelledby=\"").raw(id).raw("-t\"><title id=\"")
        .raw(id).raw("-t\">").text(title).raw("</title>\n");
    int y = 8;
    for (ExerciseSummary e : rows) {
      Tally<K> t = tallyOf.apply(e);
      h.raw("<text x=\"8\" y=\"").raw(Integer.toString(y + 16)).raw("\">").text(shorten(e.exerciseId()))
          .raw("<title>").text(e.exerciseId()).raw("</title></text>\n");
      double x = LABEL_W;
      for (K k : keys) {
        long n = t.count(k);
        if (n == 0) {
          continue;
        }
        double w = (double) BAR_W * n / max;
        h.raw("<rect x=\"").raw(Timeline.num(x)).raw("\" y=\"").raw(Integer.toString(y + 3)).raw("\" width=\"")
            .raw(Timeline.num(w)).raw("\" height=\"").raw(Integer.toString(ROW_H - 8)).raw("\" fill=\"")
            .raw(colour.apply(k)).raw("\" stroke=\"#fff\"><title>")
            .text(e.exerciseId() + " · " + l.key(k) + ": " + n).raw("</title></rect>");
        x += w;
      }
      h.raw("<text x=\"").raw(Timeline.num(x + 6)).raw("\" y=\"").raw(Integer.toString(y + 16)).raw("\">")
          .text(t.total() == 0 ? empty : Long.toString(t.total())).raw("</text>\n");
      y += ROW_H;
    }
    h.raw("</svg>");
    caption(h, l, s);
    h.raw("</figure>\n<ul class=\"legend\">");
    for (K k : keys) {
      h.raw("<li><span class=\"swatch\" style=\"background:").raw(colour.apply(k)).raw("\"></span>")
          .text(l.key(k)).raw("</li>");
    }
    h.raw("</ul>\n<details><summary>").text(l.get("data", title))
        .raw("</summary><div class=\"scroll\"><table><thead><tr>")
        .raw("<th scope=\"col\">").text(l.get("compliance.exercise")).raw("</th>");
    for (K k : keys) {
      h.raw("<th scope=\"col\">").text(l.key(k)).raw("</th>");
    }
    h.raw("<th scope=\"col\">").text(l.get("col.total")).raw("</th></tr></thead>\n<tbody>\n");
    for (ExerciseSummary e : rows) {
      Tally<K> t = tallyOf.apply(e);
      h.raw("<tr><th scope=\"row\">").text(e.exerciseId()).raw("</th>");
      for (K k : keys) {
        h.raw("<td class=\"num\">").text(Long.toString(t.count(k))).raw("</td>");
      }
      h.raw("<td class=\"num\">").text(Long.toString(t.total())).raw("</td></tr>\n");
    }
    h.raw("</tbody></table></div></details>\n");
  }

  private static void caption(Html h, StatsLabels l, CorpusStatistics s) {
    if (s.exercises().size() > MAX_ROWS) {
      h.raw("<figcaption>").text(l.get("shown", MAX_ROWS, s.exercises().size())).raw("</figcaption>");
    }
  }

  static String sectorColour(Sector s) {
    return switch (s) {
      case GOVERNMENT -> "#1f6feb";
      case GUARANTOR_BODY -> "#8250df";
      case CIVIL_SOCIETY -> "#1a7f37";
      case AUTONOMOUS_BODY -> "#0e7490";
      case ACADEMIA -> "#bf8700";
      case PRIVATE_SECTOR -> "#953800";
      case NATIONAL_GUARANTOR -> "#cf222e";
      case INTERNATIONAL -> "#57606a";
      case MEDIA -> "#bf3989";
      case RELIGIOUS -> "#8c959f";
    };
  }

  static String statusColour(MilestoneStatus s) {
    return switch (s) {
      case COMPLETED -> "#1a7f37";
      case IN_PROGRESS -> "#0b5cad";
      case NOT_STARTED -> "#afb8c1";
      case LATE -> "#b42318";
    };
  }

  // ------------------------------------------------------------------------------------------------ tally tables

  private static void classifications(Html h, StatsLabels l, CorpusStatistics s) {
    section(h, "commitments", l.get("commitments.title"));
    for (StatsSections.Named n : StatsSections.tallies(s)) {
      if (n.id().startsWith("commitments_by_") && !n.id().equals("commitments_by_status")) {
        h.raw("<h3>").text(l.get(n.titleKey())).raw("</h3>\n");
        tallyTable(h, l, n, l.get(n.titleKey()));
      }
    }
    IrmRatings irm = s.irmRatings();
    h.raw("<h3>").text(l.get("irm.title")).raw("</h3>\n<p>").text(l.get("irm.rates", irm.assessedCommitments(),
        irm.commitments(), irm.verifiable(), irm.openGovLens(), irm.highCompletion(), irm.starred())).raw("</p>\n");
    for (StatsSections.Named n : StatsSections.tallies(s)) {
      if (n.id().startsWith("irm_")) {
        h.raw("<h4>").text(l.get(n.titleKey())).raw("</h4>\n");
        tallyTable(h, l, n, l.get(n.titleKey()));
      }
    }
    h.raw("</section>\n");
  }

  /** A frequency table with a bar per row: keys with a count, then the observations without a key. */
  private static void tallyTable(Html h, StatsLabels l, Tally<?> t, String caption) {
    tallyTable(h, l, new StatsSections.Named("", "", t), caption);
  }

  private static void tallyTable(Html h, StatsLabels l, StatsSections.Named n, String caption) {
    Tally<?> t = n.tally();
    if (t.total() == 0 && t.missing() == 0) {
      h.raw("<p>").text(l.get("none")).raw("</p>\n");
      return;
    }
    long max = Math.max(1, t.asMap().values().stream().mapToLong(Long::longValue).max().orElse(1));
    h.raw("<div class=\"scroll\"><table><caption class=\"sr\">").text(caption)
        .raw("</caption><thead><tr><th scope=\"col\">")
        .text(l.get("col.key")).raw("</th><th scope=\"col\">").text(l.get("col.count")).raw("</th><th scope=\"col\">")
        .text(l.get("col.share")).raw("</th><th scope=\"col\"><span class=\"skip\">").text(l.get("col.share"))
        .raw("</span></th></tr></thead>\n<tbody>\n");
    for (Map.Entry<?, Long> e : t.asMap().entrySet()) {
      if (e.getValue() == 0) {
        continue;
      }
      h.raw("<tr><th scope=\"row\">").text(l.key(e.getKey())).raw("</th><td class=\"num\">")
          .text(e.getValue().toString()).raw("</td><td class=\"num\">").text(l.percent(n.share(e.getKey())))
          .raw("</td><td class=\"bar\"><svg viewBox=\"0 0 100 14\" preserveAspectRatio=\"none\" aria-hidden=\"true\">")
          .raw("<rect x=\"0\" y=\"2\" height=\"10\" width=\"").raw(Timeline.num(100.0 * e.getValue() / max))
          .raw("\" fill=\"").raw(e.getKey() instanceof Sector sec ? sectorColour(sec)
              : e.getKey() instanceof MilestoneStatus ms ? statusColour(ms) : "#0b5cad").raw("\"/></svg></td></tr>\n");
    }
    if (t.missing() > 0) {
      h.raw("<tr><th scope=\"row\">").text(l.get("missing")).raw("</th><td class=\"num\">")
          .text(Long.toString(t.missing())).raw("</td><td></td><td></td></tr>\n");
    }
    h.raw("</tbody></table></div>\n");
  }

  private static void rules(Html h, StatsLabels l, CorpusStatistics s) {
    section(h, "rules", l.get("rules.title"));
    h.raw("<p>").text(l.get("rules.intro")).raw("</p>\n<div class=\"scroll\"><table><thead><tr>");
    for (String c : List.of("col.rule", "col.family", "col.severity", "col.passed", "col.failed", "col.na",
        "col.nr", "col.rate", "col.subjects")) {
      h.raw("<th scope=\"col\">").text(l.get(c)).raw("</th>");
    }
    h.raw("</tr></thead>\n<tbody>\n");
    for (RuleCompliance r : s.ruleCompliance()) {
      h.raw("<tr><th scope=\"row\">").text(r.ruleId()).raw("</th><td>")
          .text(r.family().map(f -> f.label(l.language())).orElse("")).raw("</td><td>").text(r.severity().name())
          .raw("</td><td class=\"num\">").text(Long.toString(r.exercisesPassed())).raw("</td><td class=\"num\">")
          .text(Long.toString(r.exercisesFailed())).raw("</td><td class=\"num\">")
          .text(Long.toString(r.exercisesNotApplicable())).raw("</td><td class=\"num\">")
          .text(Long.toString(r.exercisesNotRecorded())).raw("</td><td class=\"num\">")
          .text(l.percent(r.exerciseRate())).raw("</td><td class=\"num\">").text(r.subjectRate().toString())
          .raw("</td></tr>\n");
    }
    h.raw("</tbody></table></div>\n</section>\n");
  }

  private static void failures(Html h, StatsLabels l, CorpusStatistics s) {
    section(h, "failures", l.get("failures.title"));
    if (s.failures().isEmpty()) {
      h.raw("<p>").text(l.get("failures.none")).raw("</p>\n</section>\n");
      return;
    }
    h.raw("<div class=\"scroll\"><table><thead><tr><th scope=\"col\">").text(l.get("col.file"))
        .raw("</th><th scope=\"col\">").text(l.get("col.reason")).raw("</th></tr></thead>\n<tbody>\n");
    for (FailedFile f : s.failures()) {
      h.raw("<tr><th scope=\"row\" class=\"path\">").text(f.source()).raw("</th><td class=\"wrap\">")
          .text(f.reason()).raw("</td></tr>\n");
    }
    h.raw("</tbody></table></div>\n</section>\n");
  }

  private static List<ExerciseSummary> shown(CorpusStatistics s) {
    List<ExerciseSummary> all = s.exercises();
    return all.size() > MAX_ROWS ? all.subList(0, MAX_ROWS) : all;
  }

  private static String shorten(String text) {
    if (text.codePointCount(0, text.length()) <= LABEL_CHARS) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, LABEL_CHARS - 1)) + "…";
  }
}
