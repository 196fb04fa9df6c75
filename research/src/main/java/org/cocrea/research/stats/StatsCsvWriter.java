package org.cocrea.research.stats;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.cocrea.core.analysis.IrmRatings;
import org.cocrea.core.analysis.Rate;
import org.cocrea.core.analysis.Tally;
import org.cocrea.research.CorpusStatistics;
import org.cocrea.research.ExerciseSummary;
import org.cocrea.research.export.CsvCells;
import org.cocrea.validation.RuleFamily;
import org.cocrea.validation.analysis.FamilyCompliance;
import org.cocrea.validation.analysis.RuleCompliance;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * The statistics as one long, tidy table: {@code statistic, exercise_id, key, count, total}. Corpus-level rows leave
 * {@code exercise_id} empty; a frequency table's row with an empty {@code key} counts the observations without a key;
 * {@code total} is the table's total (or a rate's denominator). Documented in {@code docs/exports.md}.
 */
final class StatsCsvWriter implements StatsWriter {

  /** The columns of the table. */
  static final List<String> COLUMNS = List.of("statistic", "exercise_id", "key", "count", "total");

  /** Quotes a cell only when it needs it (by default Jackson quotes every cell longer than 24 characters). */
  private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
      .build();

  @Override
  public StatsFormat format() {
    return StatsFormat.CSV;
  }

  @Override
  public void write(CorpusStatistics s, Locale locale, Writer out) throws IOException {
    Objects.requireNonNull(s, "stats");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(out, "out");
    CsvSchema.Builder schema = CsvSchema.builder();
    COLUMNS.forEach(schema::addColumn);
    try (SequenceWriter w = MAPPER.writer(schema.build().withHeader().withLineSeparator("\n")).writeValues(
        new NonClosing(out))) {
      for (Map.Entry<String, Long> e : StatsSections.headline(s.headline()).entrySet()) {
        w.write(row("headline", null, e.getKey(), e.getValue(), null));
      }
      for (StatsSections.Named n : StatsSections.tallies(s)) {
        tally(w, n.id(), null, n.tally());
      }
      IrmRatings irm = s.irmRatings();
      rate(w, "irm_verifiable", null, "", irm.verifiable());
      rate(w, "irm_open_gov_lens", null, "", irm.openGovLens());
      rate(w, "irm_high_completion", null, "", irm.highCompletion());
      rate(w, "irm_starred", null, "", irm.starred());
      for (FamilyCompliance f : s.familyCompliance()) {
        rate(w, "family_rule_compliance", null, f.family().name(), f.ruleRate());
        rate(w, "family_exercise_compliance", null, f.family().name(), f.exerciseRate());
      }
      for (RuleCompliance r : s.ruleCompliance()) {
        rate(w, "rule_compliance", null, r.ruleId(), r.exerciseRate());
        rate(w, "rule_subject_compliance", null, r.ruleId(), r.subjectRate());
        w.write(row("rule_not_recorded_exercises", null, r.ruleId(), r.exercisesNotRecorded(), null));
        w.write(row("rule_not_recorded_subjects", null, r.ruleId(), r.subjectsNotRecorded(), null));
      }
      for (ExerciseSummary e : s.exercises()) {
        for (Map.Entry<RuleFamily, Rate> c : e.compliance().entrySet()) {
          rate(w, "exercise_family_compliance", e.exerciseId(), c.getKey().name(), c.getValue());
        }
        tally(w, "exercise_stl_seats_by_sector", e.exerciseId(), e.stlSeats());
        tally(w, "exercise_commitments_by_status", e.exerciseId(), e.commitmentStatus());
      }
    }
    out.flush();
  }

  private static void tally(SequenceWriter w, String statistic, String exerciseId, Tally<?> t) {
    long total = t.total();
    for (Map.Entry<?, Long> e : t.asMap().entrySet()) {
      w.write(row(statistic, exerciseId, StatsSections.code(e.getKey()), e.getValue(), total));
    }
    if (t.missing() > 0) {
      w.write(row(statistic, exerciseId, "", t.missing(), total));
    }
  }

  private static void rate(SequenceWriter w, String statistic, String exerciseId, String key, Rate r) {
    w.write(row(statistic, exerciseId, key, r.count(), r.total()));
  }

  private static String[] row(String statistic, String exerciseId, String key, long count, Long total) {
    return new String[] {statistic, CsvCells.text(exerciseId), CsvCells.text(key), Long.toString(count),
        total == null ? null : total.toString()};
  }

  /** Keeps the caller's writer open when the CSV writer closes. */
  private static final class NonClosing extends java.io.FilterWriter {
    NonClosing(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
