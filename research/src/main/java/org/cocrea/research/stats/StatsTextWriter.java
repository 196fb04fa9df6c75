package org.cocrea.research.stats;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.cocrea.core.analysis.IrmRatings;
import org.cocrea.core.analysis.Tally;
import org.cocrea.research.CorpusStatistics;
import org.cocrea.research.ExerciseSummary;
import org.cocrea.research.FailedFile;
import org.cocrea.validation.Verdict;
import org.cocrea.validation.analysis.FamilyCompliance;
import org.cocrea.validation.analysis.RuleCompliance;

/** The statistics as text for a terminal: the headline figures, each frequency table, compliance, failed files. */
final class StatsTextWriter implements StatsWriter {

  @Override
  public StatsFormat format() {
    return StatsFormat.TEXT;
  }

  @Override
  public void write(CorpusStatistics s, Locale locale, Writer out) throws IOException {
    Objects.requireNonNull(s, "stats");
    Objects.requireNonNull(out, "out");
    StatsLabels l = StatsLabels.of(Objects.requireNonNull(locale, "locale"));
    StringBuilder b = new StringBuilder();
    b.append(l.get("text.title", s.root())).append('\n');
    b.append(l.get("text.meta", s.asOf().toString(), s.profile().map(p -> p.label(locale)).orElse("-"), s.files(),
        s.exercises().size(), s.byVerdict().get(Verdict.CONFORMS), s.failures().size(),
        s.byVerdict().get(Verdict.DOES_NOT_CONFORM), s.byVerdict().get(Verdict.UNDETERMINED), s.notRecorded()))
        .append("\n\n");

    b.append(l.get("headline.title")).append('\n');
    for (Map.Entry<String, Long> e : StatsSections.headline(s.headline()).entrySet()) {
      String source = StatsSections.sourceFigure(e.getKey());
      b.append(String.format(Locale.ROOT, "  %-52s %8d", l.get(StatsSections.headlineKey(e.getKey())), e.getValue()));
      if (source != null) {
        b.append("   (INAI: ").append(source).append(')');
      }
      b.append('\n');
    }
    for (StatsSections.Named n : StatsSections.tallies(s)) {
      b.append('\n').append(title(l, n, s)).append('\n');
      tally(b, l, n);
    }
    IrmRatings irm = s.irmRatings();
    b.append('\n').append(l.get("irm.title")).append("\n  ").append(l.get("irm.rates", irm.assessedCommitments(),
        irm.commitments(), irm.verifiable(), irm.openGovLens(), irm.highCompletion(), irm.starred())).append('\n');

    b.append('\n').append(l.get("compliance.title")).append('\n');
    for (FamilyCompliance f : s.familyCompliance()) {
      b.append(String.format(Locale.ROOT, "  %-6s %-44s %-16s %s%n", f.family().name(), f.family().label(l.language()),
          f.ruleRate().toString(), l.percent(f.exerciseRate())));
    }
    b.append('\n').append(l.get("rules.title")).append(" (").append(l.get("rules.intro")).append(")\n");
    for (RuleCompliance r : s.ruleCompliance()) {
      b.append(String.format(Locale.ROOT, "  %-8s %-8s %s", r.ruleId(), r.severity().name(), r.exerciseRate()));
      if (r.exercisesNotRecorded() > 0 || r.subjectsNotRecorded() > 0) {
        b.append(String.format(Locale.ROOT, "  (%s: %d/%d)", l.get("col.nr"), r.exercisesNotRecorded(),
            r.subjectsNotRecorded()));
      }
      b.append('\n');
    }
    b.append('\n').append(l.get("reform.concerns")).append('\n');
    if (s.guarantorSeatConcerns().isEmpty()) {
      b.append("  ").append(l.get("reform.noConcerns")).append('\n');
    }
    for (ExerciseSummary e : s.guarantorSeatConcerns()) {
      b.append("  ").append(Safe.text(e.exerciseId())).append(" (").append(Safe.text(e.source())).append("): ")
          .append(l.key(e.regime().seat())).append(" · ").append(l.key(e.regime().regime())).append('\n');
    }
    b.append('\n').append(l.get("failures.title")).append('\n');
    if (s.failures().isEmpty()) {
      b.append("  ").append(l.get("failures.none")).append('\n');
    }
    for (FailedFile f : s.failures()) {
      b.append("  ").append(Safe.text(f.source())).append(": ").append(Safe.text(f.reason())).append('\n');
    }
    out.write(b.toString());
    out.flush();
  }

  private static String title(StatsLabels l, StatsSections.Named n, CorpusStatistics s) {
    String key = n.titleKey();
    if (key.equals("milestones.title")) {
      return l.get(key, s.asOf().toString());
    }
    if (key.equals("status.title")) {
      return l.get(key) + " (" + s.asOf() + ")";
    }
    return l.get(key);
  }

  private static void tally(StringBuilder b, StatsLabels l, StatsSections.Named n) {
    Tally<?> t = n.tally();
    if (t.total() == 0 && t.missing() == 0) {
      b.append("  ").append(l.get("none")).append('\n');
      return;
    }
    for (Map.Entry<?, Long> e : t.asMap().entrySet()) {
      if (e.getValue() == 0) {
        continue;
      }
      b.append(String.format(Locale.ROOT, "  %-52s %8d  %8s%n", Safe.text(l.key(e.getKey())), e.getValue(),
          l.percent(n.share(e.getKey()))));
    }
    if (t.missing() > 0) {
      b.append(String.format(Locale.ROOT, "  %-52s %8d%n", l.get("missing"), t.missing()));
    }
  }

  /** Text from files, made safe for a terminal: control characters become U+FFFD. */
  static final class Safe {
    private Safe() {}

    static String text(String s) {
      StringBuilder b = new StringBuilder(s.length());
      s.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) || c == 0x2028 || c == 0x2029
          ? 0xFFFD : c));
      return b.toString();
    }
  }
}
