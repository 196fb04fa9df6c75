package org.cocrea.research;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cocrea.core.Commitment;
import org.cocrea.core.CrossCuttingTheme;
import org.cocrea.core.CsoType;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.MilestoneStatus;
import org.cocrea.core.OgpValue;
import org.cocrea.core.OpenGovComponent;
import org.cocrea.core.Sector;
import org.cocrea.core.analysis.Analyses;
import org.cocrea.core.analysis.HeadlineFigures;
import org.cocrea.core.analysis.IrmRatings;
import org.cocrea.core.analysis.StlComposition;
import org.cocrea.core.analysis.Tally;
import org.cocrea.validation.Profile;
import org.cocrea.validation.Verdict;
import org.cocrea.validation.analysis.Compliance;
import org.cocrea.validation.analysis.FamilyCompliance;
import org.cocrea.validation.analysis.RuleCompliance;
import org.cocrea.validation.regime.ExerciseRegime;
import org.cocrea.validation.regime.GuarantorRegime;
import org.cocrea.validation.regime.GuarantorSeat;
import org.cocrea.validation.regime.StateRegimes;

/**
 * Every statistic of a corpus, computed in one pass: the headline figures, STL composition, participation in the
 * tables, commitments by component, value, SDG and theme, milestone and commitment status as of a date, IRM ratings,
 * compliance per rule and family, the split across the 2025 transparency reform (exercises, conforming exercises and
 * commitments by the guarantor regime in force at each exercise's start; exercises by who holds the guarantor seat;
 * the exercises whose seat is vacant or held by the Executive), and a small summary of each exercise. Each figure is the corresponding
 * {@link Analyses} or {@link Compliance} function applied to the whole corpus. Immutable.
 *
 * <pre>{@code
 * CorpusStatistics stats = corpus.statistics(LocalDate.of(2018, 12, 31));
 * stats.headline();
 * stats.commitmentsByComponent();
 * // streaming, for corpora too large to hold in memory:
 * CorpusStatistics.Collector collector = CorpusStatistics.collector("corpus", asOf);
 * Corpus.scan(Path.of("corpus"), options, collector);
 * CorpusStatistics big = collector.statistics();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CorpusStatistics {

  private final String root;
  private final LocalDate asOf;
  private final Optional<Profile> profile;
  private final List<FailedFile> failures;
  private final HeadlineFigures headline;
  private final Tally<Sector> stlSeatsBySector;
  private final Tally<CsoType> stlCivilSocietySeatsByType;
  private final Tally<Sector> participantsBySector;
  private final Tally<Sector> tablesBySector;
  private final Tally<OpenGovComponent> commitmentsByComponent;
  private final Tally<OgpValue> commitmentsByOgpValue;
  private final Tally<String> commitmentsBySdgTarget;
  private final Tally<Integer> commitmentsBySdgGoal;
  private final Tally<String> commitmentsByPolicyArea;
  private final Tally<CrossCuttingTheme> commitmentsByCrossCuttingTheme;
  private final Tally<MilestoneStatus> commitmentsByStatus;
  private final Tally<MilestoneStatus> milestonesByStatus;
  private final IrmRatings irmRatings;
  private final List<RuleCompliance> ruleCompliance;
  private final List<FamilyCompliance> familyCompliance;
  private final List<ExerciseSummary> exercises;
  private final Tally<GuarantorRegime> exercisesByRegime;
  private final Tally<GuarantorRegime> conformingByRegime;
  private final Tally<GuarantorRegime> commitmentsByRegime;
  private final Tally<GuarantorSeat> exercisesByGuarantorSeat;

  private CorpusStatistics(Collector c) {
    this.root = c.root;
    this.asOf = c.asOf;
    this.profile = Optional.ofNullable(c.profile);
    this.failures = List.copyOf(c.failures);
    this.headline = c.headline.figures();
    this.stlSeatsBySector = c.stlSeats.build();
    this.stlCivilSocietySeatsByType = c.csoTypes.build();
    this.participantsBySector = c.participants.build();
    this.tablesBySector = c.tables.build();
    this.commitmentsByComponent = c.components.build();
    this.commitmentsByOgpValue = c.ogpValues.build();
    this.commitmentsBySdgTarget = c.sdgTargets.build();
    this.commitmentsBySdgGoal = c.sdgGoals.build();
    this.commitmentsByPolicyArea = c.policyAreas.build();
    this.commitmentsByCrossCuttingTheme = c.crossCutting.build();
    this.commitmentsByStatus = c.commitmentStatus.build();
    this.milestonesByStatus = c.milestoneStatus.build();
    this.irmRatings = c.irm;
    this.ruleCompliance = c.compliance.byRule();
    this.familyCompliance = c.compliance.byFamily();
    this.exercises = List.copyOf(c.exercises);
    this.exercisesByRegime = c.byRegime.build();
    this.conformingByRegime = c.conformingByRegime.build();
    this.commitmentsByRegime = c.commitmentsByRegime.build();
    this.exercisesByGuarantorSeat = c.bySeat.build();
  }

  /**
   * A collector that takes a corpus's files one at a time: pass it to {@link Corpus#scan} and call
   * {@link Collector#statistics()} at the end. It keeps only the running figures and one {@link ExerciseSummary} per
   * exercise, never the exercises themselves.
   *
   * @param root a name for the corpus in reports (its directory), must not be null
   * @param asOf the date for milestone and commitment status, must not be null
   * @return a new collector, never null
   */
  public static Collector collector(String root, LocalDate asOf) {
    return collector(root, asOf, StateRegimes.defaults());
  }

  /**
   * A collector that splits the figures across the 2025 reform by a given regime table (a user's own, as the
   * validator's options hold it).
   *
   * <pre>{@code
   * CorpusStatistics.Collector c = CorpusStatistics.collector("corpus", asOf, options.validatorOptions().regimes());
   * }</pre>
   *
   * @param root a name for the corpus in reports (its directory), must not be null
   * @param asOf the date for milestone and commitment status, must not be null
   * @param regimes the regime table, must not be null
   * @return a new collector, never null
   */
  public static Collector collector(String root, LocalDate asOf, StateRegimes regimes) {
    return new Collector(Objects.requireNonNull(root, "root"), Objects.requireNonNull(asOf, "asOf"),
        Objects.requireNonNull(regimes, "regimes"));
  }

  /**
   * The name of the corpus: the directory it was read from.
   *
   * @return the name, never null
   */
  public String root() {
    return root;
  }

  /**
   * The date milestone and commitment status are computed as of.
   *
   * @return the date, never null
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The validation profile of the reports.
   *
   * @return the profile, or empty when no exercise was read
   */
  public Optional<Profile> profile() {
    return profile;
  }

  /**
   * The number of files visited: exercises read plus failed files.
   *
   * @return the count
   */
  public int files() {
    return exercises.size() + failures.size();
  }

  /**
   * The files that could not be read, with why.
   *
   * @return the failed files, never null
   */
  public List<FailedFile> failures() {
    return failures;
  }

  /**
   * One summary per exercise read, in file order.
   *
   * @return the summaries, never null
   */
  public List<ExerciseSummary> exercises() {
    return exercises;
  }

  /**
   * The number of exercises whose files conform (no error).
   *
   * @return the count
   */
  public long conforming() {
    return exercises.stream().filter(ExerciseSummary::conforms).count();
  }

  /**
   * The number of exercises with each verdict: CONFORMS, DOES_NOT_CONFORM, and UNDETERMINED (no error, but an ERROR
   * rule could not judge some subject because facts are not recorded).
   *
   * <pre>{@code
   * long undetermined = stats.byVerdict().get(Verdict.UNDETERMINED);
   * }</pre>
   *
   * @return a count for every verdict, in declaration order, never null
   * @since 0.1.0
   */
  public Map<Verdict, Long> byVerdict() {
    Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      counts.put(v, 0L);
    }
    exercises.forEach(e -> counts.merge(e.verdict(), 1L, Long::sum));
    return Collections.unmodifiableMap(counts);
  }

  /**
   * The number of subjects the rules could not judge because facts are not recorded, summed over exercises.
   *
   * @return the count
   * @since 0.1.0
   */
  public long notRecorded() {
    return exercises.stream().mapToLong(ExerciseSummary::notRecorded).sum();
  }

  /**
   * The headline figures ({@link Analyses#headline}).
   *
   * @return the figures, never null
   */
  public HeadlineFigures headline() {
    return headline;
  }

  /**
   * Titular seats of the current STLs by sector ({@link Analyses#stlSeatsBySector}).
   *
   * @return the tally, never null
   */
  public Tally<Sector> stlSeatsBySector() {
    return stlSeatsBySector;
  }

  /**
   * Titular civil-society seats by organisation type ({@link Analyses#stlCivilSocietySeatsByType}).
   *
   * @return the tally, never null
   */
  public Tally<CsoType> stlCivilSocietySeatsByType() {
    return stlCivilSocietySeatsByType;
  }

  /**
   * Table participants by sector ({@link Analyses#participantsBySector}).
   *
   * @return the tally, never null
   */
  public Tally<Sector> participantsBySector() {
    return participantsBySector;
  }

  /**
   * Tables by the sectors present ({@link Analyses#tablesBySector}).
   *
   * @return the tally, never null
   */
  public Tally<Sector> tablesBySector() {
    return tablesBySector;
  }

  /**
   * Commitments by INAI component ({@link Analyses#commitmentsByComponent}).
   *
   * @return the tally, never null
   */
  public Tally<OpenGovComponent> commitmentsByComponent() {
    return commitmentsByComponent;
  }

  /**
   * Commitments by OGP value ({@link Analyses#commitmentsByOgpValue}).
   *
   * @return the tally, never null
   */
  public Tally<OgpValue> commitmentsByOgpValue() {
    return commitmentsByOgpValue;
  }

  /**
   * Commitments by SDG target ({@link Analyses#commitmentsBySdgTarget}).
   *
   * @return the tally, never null
   */
  public Tally<String> commitmentsBySdgTarget() {
    return commitmentsBySdgTarget;
  }

  /**
   * Commitments by SDG goal ({@link Analyses#commitmentsBySdgGoal}).
   *
   * @return the tally, never null
   */
  public Tally<Integer> commitmentsBySdgGoal() {
    return commitmentsBySdgGoal;
  }

  /**
   * Commitments by policy area ({@link Analyses#commitmentsByPolicyArea}).
   *
   * @return the tally, never null
   */
  public Tally<String> commitmentsByPolicyArea() {
    return commitmentsByPolicyArea;
  }

  /**
   * Commitments by cross-cutting theme ({@link Analyses#commitmentsByCrossCuttingTheme}).
   *
   * @return the tally, never null
   */
  public Tally<CrossCuttingTheme> commitmentsByCrossCuttingTheme() {
    return commitmentsByCrossCuttingTheme;
  }

  /**
   * Commitments by status as of {@link #asOf()} ({@link Analyses#commitmentsByStatus}).
   *
   * @return the tally, never null
   */
  public Tally<MilestoneStatus> commitmentsByStatus() {
    return commitmentsByStatus;
  }

  /**
   * Milestones by status as of {@link #asOf()} ({@link Analyses#milestonesByStatus}).
   *
   * @return the tally, never null
   */
  public Tally<MilestoneStatus> milestonesByStatus() {
    return milestonesByStatus;
  }

  /**
   * The IRM ratings of the commitments ({@link Analyses#irmRatings}).
   *
   * @return the ratings, never null
   */
  public IrmRatings irmRatings() {
    return irmRatings;
  }

  /**
   * Compliance per rule across the exercises ({@link Compliance#byRule}).
   *
   * @return one entry per rule that ran, never null
   */
  public List<RuleCompliance> ruleCompliance() {
    return ruleCompliance;
  }

  /**
   * Compliance per family across the exercises ({@link Compliance#byFamily(Iterable)}).
   *
   * @return one entry per family, never null
   */
  public List<FamilyCompliance> familyCompliance() {
    return familyCompliance;
  }

  /**
   * Exercises by the guarantor regime in force in their state when they started ({@link ExerciseRegime#regime()}):
   * before the reform ({@link GuarantorRegime#AUTONOMOUS_BODY}), after it ({@link
   * GuarantorRegime#SUCCESSOR_AUTHORITY}) or not placed ({@link GuarantorRegime#UNKNOWN}).
   *
   * @return the tally, never null
   */
  public Tally<GuarantorRegime> exercisesByRegime() {
    return exercisesByRegime;
  }

  /**
   * Conforming exercises (no error) by the regime at their start.
   *
   * @return the tally, never null
   */
  public Tally<GuarantorRegime> conformingByRegime() {
    return conformingByRegime;
  }

  /**
   * Commitments by the regime at their exercise's start.
   *
   * @return the tally, never null
   */
  public Tally<GuarantorRegime> commitmentsByRegime() {
    return commitmentsByRegime;
  }

  /**
   * Exercises by who holds the guarantor seat of their last STL ({@link ExerciseRegime#seat()}).
   *
   * @return the tally, never null
   */
  public Tally<GuarantorSeat> exercisesByGuarantorSeat() {
    return exercisesByGuarantorSeat;
  }

  /**
   * The exercises whose guarantor seat is vacant or held by the Executive, in file order.
   *
   * @return the summaries, never null
   */
  public List<ExerciseSummary> guarantorSeatConcerns() {
    return exercises.stream().filter(e -> e.regime().seat() == GuarantorSeat.VACANT
        || e.regime().seat() == GuarantorSeat.EXECUTIVE).toList();
  }

  @Override
  public String toString() {
    return "CorpusStatistics[" + root + ", as of " + asOf + ": " + exercises.size() + " exercises, "
        + failures.size() + " failed files, " + headline.commitmentsCoCreated() + " commitments]";
  }

  /** Accumulates {@link CorpusStatistics} from a corpus's files, one at a time. Not thread-safe. */
  public static final class Collector implements CorpusVisitor {
    private final String root;
    private final LocalDate asOf;
    private Profile profile;
    private final List<FailedFile> failures = new ArrayList<>();
    private final List<ExerciseSummary> exercises = new ArrayList<>();
    private final HeadlineFigures.Counter headline = HeadlineFigures.counter();
    private final Tally.Builder<Sector> stlSeats = Tally.of(Sector.class);
    private final Tally.Builder<CsoType> csoTypes = Tally.of(CsoType.class);
    private final Tally.Builder<Sector> participants = Tally.of(Sector.class);
    private final Tally.Builder<Sector> tables = Tally.of(Sector.class);
    private final Tally.Builder<OpenGovComponent> components = Tally.of(OpenGovComponent.class);
    private final Tally.Builder<OgpValue> ogpValues = Tally.of(OgpValue.class);
    private final Tally.Builder<String> sdgTargets = Tally.sorted(Analyses.sdgTargetOrder());
    private final Tally.Builder<Integer> sdgGoals = Tally.sorted(Integer::compare);
    private final Tally.Builder<String> policyAreas = Tally.sorted(String::compareTo);
    private final Tally.Builder<CrossCuttingTheme> crossCutting = Tally.of(CrossCuttingTheme.class);
    private final Tally.Builder<MilestoneStatus> commitmentStatus = Tally.of(MilestoneStatus.class);
    private final Tally.Builder<MilestoneStatus> milestoneStatus = Tally.of(MilestoneStatus.class);
    private IrmRatings irm = IrmRatings.empty();
    private final Compliance.Accumulator compliance = Compliance.accumulator();
    private final StateRegimes regimes;
    private final Tally.Builder<GuarantorRegime> byRegime = Tally.of(GuarantorRegime.class);
    private final Tally.Builder<GuarantorRegime> conformingByRegime = Tally.of(GuarantorRegime.class);
    private final Tally.Builder<GuarantorRegime> commitmentsByRegime = Tally.of(GuarantorRegime.class);
    private final Tally.Builder<GuarantorSeat> bySeat = Tally.of(GuarantorSeat.class);

    private Collector(String root, LocalDate asOf, StateRegimes regimes) {
      this.root = root;
      this.asOf = asOf;
      this.regimes = regimes;
    }

    @Override
    public void exercise(CorpusEntry entry) {
      Objects.requireNonNull(entry, "entry");
      LocalExercise e = entry.exercise();
      List<LocalExercise> one = List.of(e);
      if (profile == null) {
        profile = entry.report().profile();
      }
      headline.add(e);
      Optional<StlComposition> stl = Analyses.stlComposition(e);
      stl.ifPresent(c -> {
        stlSeats.addAll(c.titularSeats());
        csoTypes.addAll(c.civilSocietySeatsByType());
      });
      participants.addAll(Analyses.participantsBySector(one));
      tables.addAll(Analyses.tablesBySector(one));
      components.addAll(Analyses.commitmentsByComponent(one));
      ogpValues.addAll(Analyses.commitmentsByOgpValue(one));
      sdgTargets.addAll(Analyses.commitmentsBySdgTarget(one));
      sdgGoals.addAll(Analyses.commitmentsBySdgGoal(one));
      policyAreas.addAll(Analyses.commitmentsByPolicyArea(one));
      crossCutting.addAll(Analyses.commitmentsByCrossCuttingTheme(one));
      Tally<MilestoneStatus> statuses = Analyses.commitmentsByStatus(one, asOf);
      commitmentStatus.addAll(statuses);
      milestoneStatus.addAll(Analyses.milestonesByStatus(one, asOf));
      irm = irm.plus(Analyses.irmRatings(one));
      compliance.add(entry.report());
      long commitments = 0;
      long milestones = 0;
      for (LocalActionPlan plan : e.plans()) {
        commitments += plan.commitments().size();
        for (Commitment c : plan.commitments()) {
          milestones += c.milestones().size();
        }
      }
      Optional<String> title = e.title().or(() -> e.jurisdiction().flatMap(j -> j.name()));
      ExerciseRegime regime = ExerciseRegime.of(e, regimes);
      byRegime.add(regime.regime());
      if (entry.conforms()) {
        conformingByRegime.add(regime.regime());
      }
      for (long i = 0; i < commitments; i++) {
        commitmentsByRegime.add(regime.regime());
      }
      bySeat.add(regime.seat());
      exercises.add(new ExerciseSummary(e.id(), entry.source(), title, entry.conforms(),
          entry.report().countsBySeverity(), Compliance.byFamily(entry.report()),
          stl.map(StlComposition::titularSeats).orElse(Tally.of(Sector.class).build()), statuses, commitments,
          milestones, entry.verdict(), entry.report().notRecorded().size(), regime));
    }

    @Override
    public void failed(FailedFile file) {
      failures.add(Objects.requireNonNull(file, "file"));
    }

    /**
     * The statistics of the files visited so far.
     *
     * @return the statistics, never null
     */
    public CorpusStatistics statistics() {
      return new CorpusStatistics(this);
    }
  }
}
