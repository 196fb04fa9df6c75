package org.cocrea.testkit;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.PartialDate;
import org.cocrea.core.meta.Attribute;
import org.cocrea.core.meta.ModelTypes;
import org.cocrea.core.meta.ModelWalker;

/**
 * A seeded generator of random, complete and referentially consistent local exercises, for tests of every module.
 *
 * <p>Every exercise runs the whole six-step cycle: a joint declaration with signatories of the three sectors, INAI
 * accompaniment, awareness events, a public call, an STL with titular and alternate seats, a facilitator, operating
 * rules with quorum, sessions with attendance and resolutions, then one or more plans, each with its co-creation
 * (diagnostic inputs, participatory tables with participants, proposals with dispositions and reasoned responses),
 * sections, commitments (milestones, indicators with measurements, budget, changes approved by STL resolutions),
 * progress reports (milestone updates, citizen comments) and evaluations (process and commitment assessments), and a
 * document repository. Across a few seeds every model type and every attribute appears.
 *
 * <p>Guarantees: the same seed, size and defect rate give an equal exercise; every {@code @Ref} attribute resolves and
 * identifiers are unique per type ({@code References.check(e).isEmpty()}); every value respects the model's
 * field-level constraints ({@link FieldConstraints#violations(Object)} is empty); nothing recorded happens after
 * {@link #asOf(LocalExercise)}, and with a defect rate of 0 no milestone is late as of that date. Dates follow the lifecycle (declaration, awareness, STL installation, tables, approval,
 * publication, implementation period, reports, evaluations; milestones within their commitment's period) except where
 * a deliberate defect says otherwise.
 *
 * <p>Defects: with the default rate a seeded share of realistic methodology defects is planted so that rules have
 * something to find: a milestone without deliverable or means of verification, late milestones, a commitment without
 * problem statement or co-responsible CSO, a CSO-less STL, parity broken, missing alternates, CSO seats filled by
 * invitation only, a gap of more than six months between sessions, a plan published before its approval, a proposal
 * rejected without reasoned response, a website not updated, a missing results evaluation, and so on. Defects leave
 * things out or put them at the wrong date; they never break references or field constraints. A defect rate of
 * {@code 0} plants none.
 *
 * <pre>{@code
 * LocalExercise small = RandomExercises.generate(42);                       // 1 plan, 5 commitments
 * LocalExercise medium = RandomExercises.generate(42, RandomExercises.Size.M);
 * LocalExercise clean = RandomExercises.generate(42, RandomExercises.Size.S, 0.0);
 * LocalDate asOf = RandomExercises.asOf(small).orElseThrow();               // the date the data was cut
 * RandomExercises.stream(1000, 200).forEach(e -> assertThat(References.check(e)).isEmpty());
 * }</pre>
 *
 * <p>The generation itself is in package-private classes of the kit, one per entity over one shared state
 * ({@code Generation}: the random streams, the registry, the key dates; then the place, organisations and people,
 * the STL and its sessions, steps 1 and 2, step 6, the plans, and the whole exercise with its repository), each
 * extending the one before it, so that the random draws happen in the order of the calls as when it was one class;
 * {@code RandomExercisesGoldenTest} (serialization module) holds the hashes of 224 generated exercises to prove it.
 *
 * @since 0.1.0
 */
public final class RandomExercises {

  /** The default defect rate: each planted defect occurs with its nominal probability. */
  public static final double DEFAULT_DEFECT_RATE = 1.0;

  /** How big a generated exercise is. */
  public enum Size {
    /** One plan of 5 commitments, 2 to 6 milestones each, about 15 organisations. */
    S(1, 5, 2, 6, 5, 5, 3, 3, 6, new int[] {1, 3}, new int[] {1, 2}, new int[] {2, 4}),
    /** Two plans, 50 commitments, about 300 milestones and 100 organisations. */
    M(2, 50, 4, 8, 40, 45, 13, 6, 10, new int[] {2, 5}, new int[] {1, 2}, new int[] {4, 8}),
    /** Four plans, 2,000 commitments, about 12,000 milestones and 400 organisations. */
    L(4, 2000, 4, 8, 150, 200, 48, 20, 30, new int[] {4, 8}, new int[] {1, 3}, new int[] {10, 16});

    final int plans;
    final int commitments;
    final int minMilestones;
    final int maxMilestones;
    final int governments;
    final int civilSociety;
    final int others;
    final int minTables;
    final int maxTables;
    final int[] governmentSeats;
    final int[] guarantorSeats;
    final int[] events;

    Size(int plans, int commitments, int minMilestones, int maxMilestones, int governments, int civilSociety,
        int others, int minTables, int maxTables, int[] governmentSeats, int[] guarantorSeats, int[] events) {
      this.plans = plans;
      this.commitments = commitments;
      this.minMilestones = minMilestones;
      this.maxMilestones = maxMilestones;
      this.governments = governments;
      this.civilSociety = civilSociety;
      this.others = others;
      this.minTables = minTables;
      this.maxTables = maxTables;
      this.governmentSeats = governmentSeats;
      this.guarantorSeats = guarantorSeats;
      this.events = events;
    }

    /**
     * The number of plans an exercise of this size has.
     *
     * @return the number of plans
     */
    public int plans() {
      return plans;
    }

    /**
     * The number of commitments an exercise of this size has, across all its plans.
     *
     * @return the number of commitments
     */
    public int commitments() {
      return commitments;
    }
  }

  private RandomExercises() {}

  /**
   * A small exercise ({@link Size#S}) with the default defect rate.
   *
   * @param seed the seed; equal seeds give equal exercises
   * @return the exercise, never null
   */
  public static LocalExercise generate(long seed) {
    return generate(seed, Size.S);
  }

  /**
   * An exercise of a size with the default defect rate.
   *
   * @param seed the seed; equal seeds give equal exercises
   * @param size the size, must not be null
   * @return the exercise, never null
   */
  public static LocalExercise generate(long seed, Size size) {
    return generate(seed, size, DEFAULT_DEFECT_RATE);
  }

  /**
   * An exercise of a size with a chosen defect rate.
   *
   * @param seed the seed; equal arguments give equal exercises
   * @param size the size, must not be null
   * @param defectRate multiplier of every planted defect's probability: {@code 0} plants none, {@code 1} is the
   *     default; must be between 0 and 10
   * @return the exercise, never null
   * @throws IllegalArgumentException if the rate is out of range
   */
  public static LocalExercise generate(long seed, Size size, double defectRate) {
    Objects.requireNonNull(size, "size");
    if (!(defectRate >= 0 && defectRate <= 10)) {
      throw new IllegalArgumentException("defect rate must be between 0 and 10: " + defectRate);
    }
    return new Generator(seed, size, defectRate).exercise();
  }

  /**
   * Small exercises for seeds {@code seed, seed + 1, …}; the i-th element equals {@code generate(seed + i)}, so a
   * failing element can be reproduced from its seed (which its id also ends with, in base 36).
   *
   * @param seed the first seed
   * @param count how many exercises, not negative
   * @return a sequential stream of {@code count} exercises, generated lazily
   * @throws IllegalArgumentException if count is negative
   */
  public static Stream<LocalExercise> stream(long seed, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    return LongStream.range(0, count).mapToObj(i -> generate(seed + i));
  }

  /**
   * The date an exercise's data was cut: the latest date on which it records that something happened (a session, a
   * publication, a completion, a measurement, a comment, an evaluation, a website update, …), leaving out planned
   * dates ({@code periodStart}, {@code periodEnd}, {@code startDate}, {@code endDate}, {@code dueDate},
   * {@code targetDate}, {@code from}, {@code to}, {@code closesOn}); a month or year date counts as its last day. For a generated exercise it is the date the
   * generator observed it on, the natural "as of" date for time-aware checks: nothing recorded happens after it.
   *
   * @param exercise any exercise, must not be null
   * @return the date, or empty when the exercise records no such date
   */
  public static Optional<LocalDate> asOf(LocalExercise exercise) {
    Objects.requireNonNull(exercise, "exercise");
    LocalDate[] latest = {null};
    ModelWalker.walk(exercise, (pointer, value) -> {
      for (Attribute a : ModelTypes.attributes(ModelTypes.typeOf(value))) {
        if (a.elementType() == PartialDate.class && !PLANNED.contains(a.name())
            && a.read(value) instanceof Optional<?> o && o.isPresent()) {
          LocalDate d = ((PartialDate) o.get()).latest();
          if (latest[0] == null || d.isAfter(latest[0])) {
            latest[0] = d;
          }
        }
      }
    });
    return Optional.ofNullable(latest[0]);
  }

  private static final Set<String> PLANNED = Set.of("periodStart", "periodEnd", "startDate", "endDate", "dueDate",
      "targetDate", "from", "to", "closesOn");

}
