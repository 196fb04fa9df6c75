package org.cocrea.report;

import org.cocrea.report.internal.Css;
import org.cocrea.report.internal.Html;
import org.cocrea.report.internal.Labels;
import org.cocrea.report.internal.Timeline;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.i18n.Texts;
import org.cocrea.serialization.CheckResult;
import org.cocrea.validation.Finding;
import org.cocrea.validation.NotRecorded;
import org.cocrea.validation.Outcome;
import org.cocrea.validation.Severity;
import org.cocrea.validation.ValidationReport;
import org.cocrea.validation.Verdict;

/**
 * The HTML report, written whole by {@link WholeRunStream} once every file is given: one self-contained page (inline CSS and SVG, no script, no external resource) with a compliance
 * summary per file, the findings of each file linked to the rules they cite, a timeline of each plan's commitments
 * and milestones, and the cited rules with their statement and source. Every text that comes from a file is escaped.
 */
final class HtmlReport {

  private HtmlReport() {}

  /** Writes the page of a run; the writer is flushed, not closed. */
  static void write(ReportRun run, Writer out) throws IOException {
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(out, "out");
    Texts l = Labels.of(run.locale());
    Html h = new Html();
    head(h, l);
    h.raw("<body>\n<a class=\"skip\" href=\"#summary\">").text(l.get("html.skip")).raw("</a>\n");
    header(h, l, run);
    h.raw("<main>\n");
    summary(h, l, run);
    out.write(h.drain());
    List<CheckResult> files = run.files();
    for (int i = 0; i < files.size(); i++) {
      file(h, l, run, files.get(i), i + 1);
      out.write(h.drain());
    }
    rules(h, l, run);
    h.raw("</main>\n<footer><p>").text(l.get("html.footer", run.toolVersion())).raw("</p></footer>\n");
    h.raw("</body>\n</html>\n");
    out.write(h.drain());
    out.flush();
  }

  private static void head(Html h, Texts l) {
    h.raw("<!DOCTYPE html>\n<html lang=\"").attr(l.tag()).raw("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        // Nothing but the inline style may load or run, whatever a file managed to slip into the page.
        .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        .raw("<meta name=\"generator\" content=\"cocrea\">\n")
        .raw("<title>").text(l.get("report.title")).raw(" · cocrea</title>\n")
        .raw("<style>\n").raw(Css.STYLE).raw("</style>\n</head>\n");
  }

  private static void header(Html h, Texts l, ReportRun run) {
    h.raw("<header>\n<h1>").text(l.get("report.title")).raw("</h1>\n<dl class=\"meta\">\n");
    meta(h, l.get("report.profile"), run.profile().label(l.language()));
    meta(h, l.get("report.asOf"), run.asOf().toString());
    meta(h, l.get("report.files"), Integer.toString(run.files().size()));
    meta(h, l.get("report.lang"), l.get("lang.name"));
    meta(h, "cocrea", run.toolVersion());
    h.raw("</dl>\n</header>\n");
  }

  private static void meta(Html h, String term, String value) {
    h.raw("<div><dt>").text(term).raw("</dt><dd>").text(value).raw("</dd></div>\n");
  }

  private static void summary(Html h, Texts l, ReportRun run) {
    int conforming = 0;
    int undetermined = 0;
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    for (CheckResult f : run.files()) {
      Map<Severity, Integer> c = f.report().countsBySeverity();
      conforming += f.report().verdict() == Verdict.CONFORMS ? 1 : 0;
      undetermined += f.report().verdict() == Verdict.UNDETERMINED ? 1 : 0;
      errors += c.get(Severity.ERROR);
      warnings += c.get(Severity.WARNING);
      infos += c.get(Severity.INFO);
    }
    h.raw("<section id=\"summary\" aria-labelledby=\"summary-h\">\n<h2 id=\"summary-h\">").text(l.get("summary.title"))
        .raw("</h2>\n<p class=\"verdict ").raw(cssClass(run.verdict())).raw("\">")
        .text(l.get("summary.line", run.files().size(), conforming, run.files().size() - conforming - undetermined,
            errors, warnings, infos, undetermined))
        .raw("</p>\n");
    h.raw("<div class=\"scroll\"><table class=\"summary\">\n<caption>").text(l.get("html.summary.caption"))
        .raw("</caption>\n<thead><tr>");
    for (String col : List.of("file", "result", "errors", "warnings", "infos", "rules")) {
      h.raw("<th scope=\"col\">").text(l.get("html.col." + col)).raw("</th>");
    }
    h.raw("</tr></thead>\n<tbody>\n");
    for (int i = 0; i < run.files().size(); i++) {
      CheckResult f = run.files().get(i);
      ValidationReport r = f.report();
      Map<Severity, Integer> c = r.countsBySeverity();
      Map<Outcome, Integer> o = r.countsByOutcome();
      h.raw("<tr><th scope=\"row\" class=\"path\"><a href=\"#file-").raw(Integer.toString(i + 1)).raw("\">").text(f.source())
          .raw("</a></th><td>");
      badge(h, l, r.verdict());
      h.raw("</td><td class=\"num\">").text(c.get(Severity.ERROR).toString())
          .raw("</td><td class=\"num\">").text(c.get(Severity.WARNING).toString())
          .raw("</td><td class=\"num\">").text(c.get(Severity.INFO).toString())
          .raw("</td><td class=\"num\">").text(o.get(Outcome.PASS) + " / " + o.get(Outcome.FAIL) + " / "
              + o.get(Outcome.NOT_APPLICABLE) + " / " + o.get(Outcome.NOT_RECORDED))
          .raw("</td></tr>\n");
    }
    h.raw("</tbody>\n</table></div>\n</section>\n");
  }

  private static void badge(Html h, Texts l, Verdict verdict) {
    h.raw("<span class=\"badge ").raw(cssClass(verdict)).raw("\">").text(TextReport.verdict(l, verdict))
        .raw("</span>");
  }

  private static String cssClass(Verdict verdict) {
    return switch (verdict) {
      case CONFORMS -> "ok";
      case DOES_NOT_CONFORM -> "bad";
      case UNDETERMINED -> "undetermined";
    };
  }

  private static void file(Html h, Texts l, ReportRun run, CheckResult file, int n) {
    ValidationReport r = file.report();
    Map<Severity, Integer> c = r.countsBySeverity();
    Map<Outcome, Integer> o = r.countsByOutcome();
    String id = "file-" + n;
    h.raw("<section class=\"file\" id=\"").raw(id).raw("\" aria-labelledby=\"").raw(id).raw("-h\">\n<h2 id=\"")
        .raw(id).raw("-h\"><span class=\"path\">").text(file.source()).raw("</span> ");
    badge(h, l, r.verdict());
    h.raw("</h2>\n<p>").text(l.get("file.counts", c.get(Severity.ERROR), c.get(Severity.WARNING),
        c.get(Severity.INFO))).raw(". ");
    if (file.exercise().isEmpty() && r.results().isEmpty()) {
      h.text(l.get("file.unreadable"));
    } else {
      h.text(l.get("file.rules", o.get(Outcome.PASS), o.get(Outcome.FAIL), o.get(Outcome.NOT_APPLICABLE),
          o.get(Outcome.NOT_RECORDED)));
    }
    if (!r.notJudged().isEmpty()) {
      h.raw(" ").text(l.get("file.notJudged", String.join(", ", r.notJudged())));
    }
    if (!r.outsideFrameworks().isEmpty()) {
      h.raw(" ").text(l.get("file.outsideFrameworks", TextReport.frameworks(r, l.language()),
          String.join(", ", r.outsideFrameworks())));
    }
    h.raw("</p>\n");
    if (!r.results().isEmpty()) {
      outcomeBar(h, l, o, id);
    }
    file.exercise().ifPresent(exercise -> timelines(h, l, run, exercise, id));
    findings(h, l, file, id);
    notRecorded(h, l, file);
    h.raw("<p class=\"back\"><a href=\"#summary\">").text(l.get("html.back")).raw("</a></p>\n</section>\n");
  }

  /** A stacked bar of the rules' outcomes, with its text alternative. */
  private static void outcomeBar(Html h, Texts l, Map<Outcome, Integer> o, String id) {
    int pass = o.get(Outcome.PASS);
    int fail = o.get(Outcome.FAIL);
    int na = o.get(Outcome.NOT_APPLICABLE);
    int nr = o.get(Outcome.NOT_RECORDED);
    int total = Math.max(1, pass + fail + na + nr);
    String text = l.get("file.rules", pass, fail, na, nr);
    h.raw("<svg class=\"bar\" viewBox=\"0 0 600 18\" width=\"600\" height=\"18\" role=\"img\" aria-labelledby=\"")
        .raw(id).raw("-bar\"><title id=\"").raw(id).raw("-bar\">").text(text).raw("</title>");
    double x = 0;
    int[] counts = {pass, fail, na, nr};
    String[] classes = {"pass", "fail", "na", "nr"};
    for (int i = 0; i < counts.length; i++) {
      double w = 600.0 * counts[i] / total;
      if (counts[i] > 0) {
        h.raw("<rect class=\"").raw(classes[i]).raw("\" x=\"").raw(Timeline.num(x)).raw("\" y=\"0\" width=\"")
            .raw(Timeline.num(w)).raw("\" height=\"18\"/>");
      }
      x += w;
    }
    h.raw("</svg>\n");
  }

  private static void findings(Html h, Texts l, CheckResult file, String id) {
    List<Finding> findings = file.report().findings();
    h.raw("<h3>").text(l.get("html.findings.title")).raw("</h3>\n");
    if (findings.isEmpty()) {
      h.raw("<p>").text(l.get("file.noFindings")).raw("</p>\n");
      return;
    }
    h.raw("<div class=\"scroll\"><table class=\"findings\">\n<caption>").text(l.get("html.findings.caption",
        file.source())).raw("</caption>\n<thead><tr>");
    for (String col : List.of("severity", "rule", "location", "pointer", "message")) {
      h.raw("<th scope=\"col\">").text(l.get("html.col." + col)).raw("</th>");
    }
    h.raw("</tr></thead>\n<tbody>\n");
    String unknown = l.get("finding.noLocation");
    for (List<Finding> group : Grouping.byRule(findings).values()) {
      for (Grouping.Shown shown : Grouping.joined(group, l.language())) {
        Finding f = shown.finding();
        String same = shown.sameAt().isEmpty() ? "" : " " + l.get("finding.sameAtCells",
            shown.sameAt().size(), Grouping.cells(shown.sameAt()));
        String sev = f.severity().name().toLowerCase(java.util.Locale.ROOT);
        h.raw("<tr class=\"").raw(sev).raw("\"><td class=\"nowrap\"><span class=\"sev ").raw(sev).raw("\">")
            .text(l.get("severity." + f.severity().name())).raw("</span></td><td class=\"nowrap\"><a href=\"#rule-")
            .attr(anchor(f.ruleId())).raw("\">").text(f.ruleId()).raw("</a></td><td class=\"num\">")
            .text(Grouping.location(f, unknown)).raw("</td><td class=\"wrap\"><code>").text(Grouping.pointer(f))
            .raw("</code></td><td class=\"wrap\">").text(f.message() + same).raw("</td></tr>\n");
      }
    }
    h.raw("</tbody>\n</table></div>\n");
  }

  /**
   * The subjects the rules could not judge, ERROR rules' first (they keep the verdict undetermined), with the facts
   * that would decide them; nothing when there are none.
   */
  private static void notRecorded(Html h, Texts l, CheckResult file) {
    ValidationReport r = file.report();
    if (r.notRecorded().isEmpty()) {
      return;
    }
    h.raw("<h3>").text(l.get("html.notRecorded.title")).raw("</h3>\n");
    if (!r.undecided().isEmpty()) {
      h.raw("<p>").text(l.get("file.undecided", r.undecided().size())).raw("</p>\n");
    }
    h.raw("<div class=\"scroll\"><table class=\"findings\">\n<caption>")
        .text(l.get("html.notRecorded.caption", file.source())).raw("</caption>\n<thead><tr>");
    for (String col : List.of("severity", "rule", "pointer", "facts")) {
      h.raw("<th scope=\"col\">").text(l.get("html.col." + col)).raw("</th>");
    }
    h.raw("</tr></thead>\n<tbody>\n");
    List<NotRecorded> ordered = new ArrayList<>(r.notRecorded());
    ordered.sort(java.util.Comparator.comparing(NotRecorded::severity));
    for (NotRecorded n : ordered) {
      String sev = n.severity().name().toLowerCase(java.util.Locale.ROOT);
      h.raw("<tr class=\"").raw(sev).raw("\"><td class=\"nowrap\"><span class=\"sev ").raw(sev).raw("\">")
          .text(l.get("severity." + n.severity().name())).raw("</span></td><td class=\"nowrap\">")
          .text(n.ruleId()).raw("</td><td class=\"wrap\"><code>").text(Grouping.pointer(n.pointer()))
          .raw("</code></td><td class=\"wrap\"><code>").text(String.join(", ", n.facts()))
          .raw("</code></td></tr>\n");
    }
    h.raw("</tbody>\n</table></div>\n");
  }

  private static void timelines(Html h, Texts l, ReportRun run, LocalExercise exercise, String id) {
    List<LocalActionPlan> plans = exercise.plans().stream().filter(p -> !p.commitments().isEmpty()).toList();
    h.raw("<h3>").text(l.get("html.timeline.title")).raw("</h3>\n");
    if (plans.isEmpty()) {
      h.raw("<p>").text(l.get("html.timeline.none")).raw("</p>\n");
      return;
    }
    for (int i = 0; i < plans.size(); i++) {
      new Timeline(plans.get(i), run.asOf(), l, id + "-plan-" + (i + 1)).render(h);
    }
  }

  private static void rules(Html h, Texts l, ReportRun run) {
    Set<String> cited = new LinkedHashSet<>();
    List<String> ordered = new ArrayList<>();
    run.files().forEach(f -> f.report().findings().forEach(x -> cited.add(x.ruleId())));
    ordered.addAll(cited);
    ordered.sort(java.util.Comparator.comparingInt(RuleDescriptor::orderOf).thenComparing(s -> s));
    h.raw("<section id=\"rules\" aria-labelledby=\"rules-h\">\n<h2 id=\"rules-h\">").text(l.get("html.rules.title"))
        .raw("</h2>\n");
    if (ordered.isEmpty()) {
      h.raw("<p>").text(l.get("html.rules.none")).raw("</p>\n</section>\n");
      return;
    }
    h.raw("<p>").text(l.get("html.rules.intro")).raw("</p>\n<dl class=\"rules\">\n");
    for (String ruleId : ordered) {
      h.raw("<div class=\"rule\" id=\"rule-").attr(anchor(ruleId)).raw("\"><dt><span class=\"rid\">").text(ruleId)
          .raw("</span>");
      RuleDescriptor.byId(ruleId).ifPresentOrElse(d -> {
        Severity s = d.severityIn(run.profile());
        String sev = s.name().toLowerCase(java.util.Locale.ROOT);
        h.raw(" <span class=\"sev ").raw(sev).raw("\">").text(l.get("severity." + s.name())).raw("</span> ")
            .raw("<span class=\"cat\">").text(d.categoryLabel(l.language())).raw("</span></dt>\n<dd><p>")
            .text(d.statement(l.language())).raw("</p><p class=\"source\">").text(l.get("rule.source")).raw(": ")
            .text(d.citation(l.language()).isBlank() ? l.get("rule.none") : d.citation(l.language()))
            .raw("</p></dd></div>\n");
      }, () -> h.raw("</dt><dd></dd></div>\n"));
    }
    h.raw("</dl>\n</section>\n");
  }

  private static String anchor(String ruleId) {
    return ruleId.toLowerCase(java.util.Locale.ROOT);
  }
}
