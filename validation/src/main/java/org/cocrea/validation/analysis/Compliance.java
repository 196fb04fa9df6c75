package org.cocrea.validation.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cocrea.core.analysis.Rate;
import org.cocrea.validation.Outcome;
import org.cocrea.validation.RuleFamily;
import org.cocrea.validation.RuleResult;
import org.cocrea.validation.ValidationReport;

/**
 * Compliance with the methodology's rules across validation reports: per rule, per family, and per family within one
 * exercise. Plain functions of the reports' {@link RuleResult}s; a report with no results (a file that could not be
 * read) adds nothing. For corpora read as a stream, an {@link Accumulator} takes reports one at a time.
 *
 * <pre>{@code
 * List<ValidationReport> reports = corpus.reports();
 * Compliance.byRule(reports);                   // one RuleCompliance per rule, in catalogue order
 * Compliance.byFamily(reports);                 // one FamilyCompliance per family
 * Compliance.byFamily(reports.get(0));          // {EXE=3/4 (75.0 %), STL=6/9 (66.7 %), ...}
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Compliance {

  private Compliance() {}

  /**
   * Per-rule compliance across reports, rules in the order the reports list them (engine rules, then the catalogue).
   *
   * @param reports the reports, must not be null
   * @return one entry per rule that ran, never null
   */
  public static List<RuleCompliance> byRule(Iterable<ValidationReport> reports) {
    return accumulate(reports).byRule();
  }

  /**
   * Per-family compliance across reports, families in declaration order.
   *
   * @param reports the reports, must not be null
   * @return one entry per family that has a rule that ran, never null
   */
  public static List<FamilyCompliance> byFamily(Iterable<ValidationReport> reports) {
    return accumulate(reports).byFamily();
  }

  /**
   * Per-family compliance within one exercise: for each family, its rules that passed out of its rules that applied.
   *
   * @param report the exercise's report, must not be null
   * @return the rates by family, in declaration order; families whose rules did not run are left out; never null
   */
  public static Map<RuleFamily, Rate> byFamily(ValidationReport report) {
    Objects.requireNonNull(report, "report");
    Map<RuleFamily, Rate> rates = new EnumMap<>(RuleFamily.class);
    for (RuleResult r : report.results()) {
      r.family().ifPresent(f -> rates.merge(f, rate(r), Rate::plus));
    }
    return Collections.unmodifiableMap(rates);
  }

  /**
   * The overall compliance of one exercise: its rules that passed out of those that applied.
   *
   * @param report the exercise's report, must not be null
   * @return the rate, undefined when no rule applied
   */
  public static Rate overall(ValidationReport report) {
    Objects.requireNonNull(report, "report");
    Rate total = Rate.NONE;
    for (RuleResult r : report.results()) {
      total = total.plus(rate(r));
    }
    return total;
  }

  /**
   * A new, empty accumulator.
   *
   * @return an accumulator, never null
   */
  public static Accumulator accumulator() {
    return new Accumulator();
  }

  private static Accumulator accumulate(Iterable<ValidationReport> reports) {
    Objects.requireNonNull(reports, "reports");
    Accumulator a = new Accumulator();
    reports.forEach(a::add);
    return a;
  }

  /** A rule outcome as a rate: 1/1 passed, 0/1 failed, 0/0 not applicable. */
  private static Rate rate(RuleResult r) {
    return switch (r.outcome()) {
      case PASS -> new Rate(1, 1);
      case FAIL -> new Rate(0, 1);
      case NOT_APPLICABLE, NOT_RECORDED -> Rate.NONE;
    };
  }

  /** Takes reports one at a time and gives per-rule and per-family compliance. Not thread-safe. */
  public static final class Accumulator {
    private final Map<String, long[]> rules = new LinkedHashMap<>();
    private final Map<String, org.cocrea.validation.Severity> severities = new LinkedHashMap<>();
    private final Map<RuleFamily, long[]> families = new EnumMap<>(RuleFamily.class);

    /** Counts by outcome take the first slots, indexed by ordinal; the counts after them start here. */
    private static final int SUBJECTS = Outcome.values().length;

    private Accumulator() {}

    /**
     * Adds one exercise's report.
     *
     * @param report the report, must not be null
     * @return this accumulator
     */
    public Accumulator add(ValidationReport report) {
      Objects.requireNonNull(report, "report");
      Map<RuleFamily, Outcome> familyOutcome = new EnumMap<>(RuleFamily.class);
      for (RuleResult r : report.results()) {
        severities.putIfAbsent(r.ruleId(), r.severity());
        long[] c = rules.computeIfAbsent(r.ruleId(), k -> new long[SUBJECTS + 3]);
        c[r.outcome().ordinal()]++;
        c[SUBJECTS] += r.passed();
        c[SUBJECTS + 1] += r.failed();
        c[SUBJECTS + 2] += r.notRecorded();
        r.family().ifPresent(f -> {
          long[] fc = families.computeIfAbsent(f, k -> new long[2 * SUBJECTS]);
          fc[r.outcome().ordinal()]++;
          familyOutcome.merge(f, r.outcome(), Accumulator::combine);
        });
      }
      familyOutcome.forEach((f, o) -> families.get(f)[SUBJECTS + o.ordinal()]++);
      return this;
    }

    /** A family's outcome in one exercise, as a rule's from its subjects: FAIL, NOT_RECORDED, PASS, NOT_APPLICABLE. */
    private static Outcome combine(Outcome a, Outcome b) {
      for (Outcome o : new Outcome[] {Outcome.FAIL, Outcome.NOT_RECORDED, Outcome.PASS}) {
        if (a == o || b == o) {
          return o;
        }
      }
      return Outcome.NOT_APPLICABLE;
    }

    /**
     * Per-rule compliance of the reports added so far.
     *
     * @return one entry per rule, in the order first seen, never null
     */
    public List<RuleCompliance> byRule() {
      List<RuleCompliance> list = new ArrayList<>();
      rules.forEach((id, c) -> list.add(new RuleCompliance(id, severities.get(id),
          c[Outcome.PASS.ordinal()], c[Outcome.FAIL.ordinal()], c[Outcome.NOT_APPLICABLE.ordinal()], c[SUBJECTS],
          c[SUBJECTS + 1], c[Outcome.NOT_RECORDED.ordinal()], c[SUBJECTS + 2])));
      return List.copyOf(list);
    }

    /**
     * Per-family compliance of the reports added so far.
     *
     * @return one entry per family, in declaration order, never null
     */
    public List<FamilyCompliance> byFamily() {
      List<FamilyCompliance> list = new ArrayList<>();
      families.forEach((f, c) -> list.add(new FamilyCompliance(f,
          c[Outcome.PASS.ordinal()], c[Outcome.FAIL.ordinal()], c[Outcome.NOT_APPLICABLE.ordinal()],
          c[SUBJECTS + Outcome.PASS.ordinal()], c[SUBJECTS + Outcome.FAIL.ordinal()],
          c[SUBJECTS + Outcome.NOT_APPLICABLE.ordinal()], c[Outcome.NOT_RECORDED.ordinal()],
          c[SUBJECTS + Outcome.NOT_RECORDED.ordinal()])));
      return List.copyOf(list);
    }
  }
}
