package org.cocrea.core.analysis;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cocrea.core.Commitment;
import org.cocrea.core.CommitmentAssessment;
import org.cocrea.core.Completion;
import org.cocrea.core.CrossCuttingTheme;
import org.cocrea.core.CsoType;
import org.cocrea.core.DidItOpenGovernment;
import org.cocrea.core.Evaluation;
import org.cocrea.core.ExerciseStatus;
import org.cocrea.core.Jurisdiction;
import org.cocrea.core.JurisdictionLevel;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Milestone;
import org.cocrea.core.MilestoneStatus;
import org.cocrea.core.OgpValue;
import org.cocrea.core.OpenGovComponent;
import org.cocrea.core.Organization;
import org.cocrea.core.PartialDate;
import org.cocrea.core.Participation;
import org.cocrea.core.ParticipatoryTable;
import org.cocrea.core.PotentialForResults;
import org.cocrea.core.PotentialImpact;
import org.cocrea.core.Seats;
import org.cocrea.core.Sector;
import org.cocrea.core.Specificity;
import org.cocrea.core.StlMembership;
import org.cocrea.core.StlRole;
import org.cocrea.core.StlStatus;

/**
 * Analyses of one or many exercises, as plain functions of the model: no hidden state, no clock, no I/O. Every method
 * takes the exercises to analyse ({@code List.of(exercise)} for one, {@code corpus.exercises()} for a corpus) and
 * returns an immutable result; {@link Tally} results can be added with {@link Tally#plus}, so analyses of parts of a
 * corpus combine into the analysis of the whole.
 *
 * <pre>{@code
 * List<LocalExercise> exercises = corpus.exercises();
 * Analyses.headline(exercises);                                   // the initiative's headline figures
 * Analyses.stlSeatsBySector(exercises);                           // {GOVERNMENT=30, GUARANTOR_BODY=18, ...}
 * Analyses.commitmentsByComponent(exercises);
 * Analyses.milestonesByStatus(exercises, LocalDate.of(2017, 12, 31));
 * }</pre>
 *
 * <p>Definitions shared by the methods: seats and the sector of a seat, signatory, participant or organisation are
 * {@link Seats}'s, the very definitions the rules apply (an organisation recording no sector that is the exercise's
 * guarantor body counts as {@link Sector#GUARANTOR_BODY}); see also {@link StlComposition}.
 *
 * @since 0.1.0
 */
public final class Analyses {

  /** Sectors counted as government institutions in the headline figures. */
  private static final Set<Sector> GOVERNMENT_INSTITUTIONS = EnumSet.of(Sector.GOVERNMENT, Sector.AUTONOMOUS_BODY);

  /** The order of SDG targets: by goal, then numbered targets in number order, then lettered ones. */
  private static final Comparator<String> SDG_ORDER = Analyses::compareSdgTargets;

  private Analyses() {}

  // ------------------------------------------------------------------------------------------------------- STL

  /**
   * Whether an STL of an exercise is operating: not if the exercise is {@code SUSPENDED}; otherwise an STL recorded
   * as {@code ACTIVE} is operating, one recorded {@code INACTIVE}, {@code RECONFIGURING} or {@code DISSOLVED} is not,
   * and one with no recorded status is operating once installed (an installation date, an installation act or a
   * session is recorded).
   *
   * @param exercise the exercise the STL belongs to, must not be null
   * @param stl the STL, must not be null
   * @return true when operating
   */
  public static boolean isOperating(LocalExercise exercise, LocalTechnicalSecretariat stl) {
    Objects.requireNonNull(exercise, "exercise");
    Objects.requireNonNull(stl, "stl");
    if (exercise.status().orElse(null) == ExerciseStatus.SUSPENDED) {
      return false;
    }
    if (stl.status().isPresent()) {
      return stl.status().get() == StlStatus.ACTIVE;
    }
    return stl.installedOn().isPresent() || stl.installationAct().isPresent() || !stl.sessions().isEmpty();
  }

  /**
   * The exercise's current STL: the first operating one, otherwise the last one listed.
   *
   * @param exercise the exercise, must not be null
   * @return the STL, or empty when the exercise records none
   */
  public static Optional<LocalTechnicalSecretariat> currentStl(LocalExercise exercise) {
    Objects.requireNonNull(exercise, "exercise");
    for (LocalTechnicalSecretariat stl : exercise.stls()) {
      if (isOperating(exercise, stl)) {
        return Optional.of(stl);
      }
    }
    List<LocalTechnicalSecretariat> stls = exercise.stls();
    return stls.isEmpty() ? Optional.empty() : Optional.of(stls.get(stls.size() - 1));
  }

  /**
   * The composition of the exercise's current STL ({@link #currentStl}).
   *
   * @param exercise the exercise, must not be null
   * @return the composition, or empty when the exercise records no STL
   */
  public static Optional<StlComposition> stlComposition(LocalExercise exercise) {
    return currentStl(exercise).map(stl -> stlComposition(exercise, stl));
  }

  /**
   * The composition of one STL of an exercise.
   *
   * @param exercise the exercise, must not be null
   * @param stl one of its STLs, must not be null
   * @return the composition, never null
   */
  public static StlComposition stlComposition(LocalExercise exercise, LocalTechnicalSecretariat stl) {
    Objects.requireNonNull(exercise, "exercise");
    Objects.requireNonNull(stl, "stl");
    Tally.Builder<Sector> titular = Tally.of(Sector.class);
    Tally.Builder<Sector> alternate = Tally.of(Sector.class);
    Tally.Builder<CsoType> csoTypes = Tally.of(CsoType.class);
    int facilitators = 0;
    int observers = 0;
    Set<String> csos = new HashSet<>();
    for (StlMembership m : stl.memberships()) {
      StlRole role = m.role().orElse(null);
      if (role == StlRole.FACILITATOR) {
        facilitators++;
        continue;
      }
      if (role == StlRole.OBSERVER) {
        observers++;
        continue;
      }
      boolean isTitular = Seats.isTitularSeat(m);
      Optional<Sector> sector = isTitular ? Seats.seatSector(exercise, m) : Seats.seatSectorOrTitular(exercise, m);
      (isTitular ? titular : alternate).add(sector);
      if (sector.orElse(null) == Sector.CIVIL_SOCIETY) {
        m.organizationId().ifPresent(csos::add);
        if (isTitular) {
          csoTypes.add(m.organizationId().flatMap(id -> exercise.index().organization(id))
              .flatMap(Organization::csoType));
        }
      }
    }
    return new StlComposition(exercise.id(), stl.id(), isOperating(exercise, stl), titular.build(), alternate.build(),
        csoTypes.build(), facilitators, observers, csos.size());
  }

  /**
   * The compositions of the current STLs of many exercises, in their order; exercises without an STL are left out.
   *
   * @param exercises the exercises, must not be null
   * @return the compositions, never null
   */
  public static List<StlComposition> stlCompositions(Iterable<? extends LocalExercise> exercises) {
    Objects.requireNonNull(exercises, "exercises");
    List<StlComposition> list = new ArrayList<>();
    for (LocalExercise e : exercises) {
      stlComposition(e).ifPresent(list::add);
    }
    return List.copyOf(list);
  }

  /**
   * Titular seats of the exercises' current STLs, by sector; seats with no sector are missing.
   *
   * @param exercises the exercises, must not be null
   * @return the tally, never null
   */
  public static Tally<Sector> stlSeatsBySector(Iterable<? extends LocalExercise> exercises) {
    Tally.Builder<Sector> b = Tally.of(Sector.class);
    for (StlComposition c : stlCompositions(exercises)) {
      b.addAll(c.titularSeats());
    }
    return b.build();
  }

  /**
   * Titular civil-society seats of the exercises' current STLs, by the type of the organisation holding them
   * (community, business, academic, advocacy, professional college); seats of organisations without a type are
   * missing.
   *
   * @param exercises the exercises, must not be null
   * @return the tally, never null
   */
  public static Tally<CsoType> stlCivilSocietySeatsByType(Iterable<? extends LocalExercise> exercises) {
    Tally.Builder<CsoType> b = Tally.of(CsoType.class);
    for (StlComposition c : stlCompositions(exercises)) {
      b.addAll(c.civilSocietySeatsByType());
    }
    return b.build();
  }

  // ------------------------------------------------------------------------------------------------ participation

  /**
   * The sector a participant of a table took part for: the one recorded, otherwise the organisation's, otherwise that
   * of the person's organisation.
   *
   * @param exercise the exercise, must not be null
   * @param participant the participant, must not be null
   * @return the sector, or empty when none can be told
   */
  public static Optional<Sector> sectorOf(LocalExercise exercise, Participation participant) {
    Objects.requireNonNull(exercise, "exercise");
    Objects.requireNonNull(participant, "participant");
    return Seats.participantSector(exercise, participant);
  }

  /**
   * Participants of every participatory table of every plan, by the sector they took part for: one observation per
   * participant per table.
   *
   * @param exercises the exercises, must not be null
   * @return the tally, never null
   */
  public static Tally<Sector> participantsBySector(Iterable<? extends LocalExercise> exercises) {
    Objects.requireNonNull(exercises, "exercises");
    Tally.Builder<Sector> b = Tally.of(Sector.class);
    for (LocalExercise e : exercises) {
      for (ParticipatoryTable t : tables(e)) {
        for (Participation p : t.participants()) {
          b.add(sectorOf(e, p));
        }
      }
    }
    return b.build();
  }

  /**
   * Participatory tables by the sectors that took part in them: one observation per table, counted once under each
   * sector present; tables without participants recorded are missing.
   *
   * @param exercises the exercises, must not be null
   * @return the tally, never null
   */
  public static Tally<Sector> tablesBySector(Iterable<? extends LocalExercise> exercises) {
    Objects.requireNonNull(exercises, "exercises");
    Tally.Builder<Sector> b = Tally.of(Sector.class);
    for (LocalExercise e : exercises) {
      for (ParticipatoryTable t : tables(e)) {
        List<Sector> present = new ArrayList<>();
        for (Participation p : t.participants()) {
          sectorOf(e, p).ifPresent(present::add);
        }
        b.addEach(present);
      }
    }
    return b.build();
  }

  /** The participatory tables of every plan of an exercise, in document order. */
  static List<ParticipatoryTable> tables(LocalExercise exercise) {
    List<ParticipatoryTable> tables = new ArrayList<>();
    for (LocalActionPlan plan : exercise.plans()) {
      plan.coCreation().ifPresent(c -> tables.addAll(c.tables()));
    }
    return tables;
  }

  // ------------------------------------------------------------------------------------------------- commitments

  /**
   * Commitments by INAI open-government component; a commitment counts once under each of its components, and those
   * with none are missing.
   *
   * @param exercises the exercises, must not be null
   * @return the tally, never null
   */
  public static Tally<OpenGovComponent> commitmentsByComponent(Iterable<? extends LocalExercise> exercises) {
    Tally.Builder<OpenGovComponent> b = Tally.of(OpenGovComponent.class);
    commitments(exercises).forEach(c -> b.addEach(c.components()));
    return b.build();
  }

  /**
   * Commitments by OGP value; a commitment counts once under each of its values, and those with none are missing.
   *
   * @param exercises the exercises, must not be null
   * @return the tally, never null
   */
  public static Tally<OgpValue> commitmentsByOgpValue(Iterable<? extends LocalExercise> exercises) {
    Tally.Builder<OgpValue> b = Tally.of(OgpValue.class);
    commitments(exercises).forEach(c -> b.addEach(c.ogpValues()));
    return b.build();
  }

  /**
   * Commitments by SDG target ({@code 16.10}), targets in SDG order; a commitment counts once under each of its
   * targets, and those with none are missing.
   *
   * @param exercises the exercises, must not be null
   * @return the tally, never null
   */
  public static Tally<String> commitmentsBySdgTarget(Iterable<? extends LocalExercise> exercises) {
    Tally.Builder<String> b = Tally.sorted(SDG_ORDER);
    commitments(exercises).forEach(c -> b.addEach(c.sdgTargets().stream().map(String::trim).toList()));
    return b.build();
  }

  /**
   * Commitments by SDG goal (1 to 17), from their targets' goal numbers; a commitment counts once under each goal
   * it targets, and those with no target are missing.
   *
   * @param exercises the exercises, must not be null
   * @return the tally, never null
   */
  public static Tally<Integer> commitmentsBySdgGoal(Iterable<? extends LocalExercise> exercises) {
    Tally.Builder<Integer> b = Tally.sorted(Comparator.<Integer>naturalOrder());
    commitments(exercises).forEach(c -> {
      List<Integer> goals = new ArrayList<>();
      for (String target : c.sdgTargets()) {
        sdgGoal(target).ifPresent(goals::add);
      }
      b.addEach(goals);
    });
    return b.build();
  }

  /**
   * Commitments by policy area (their theme), keys as recorded without surrounding blanks and sorted; commitments
   * without one are missing.
   *
   * @param exercises the exercises, must not be null
   * @return the tally, never null
   */
  public static Tally<String> commitmentsByPolicyArea(Iterable<? extends LocalExercise> exercises) {
    Tally.Builder<String> b = Tally.sorted(Comparator.<String>naturalOrder());
    commitments(exercises).forEach(c -> b.add(c.policyArea().map(String::trim).filter(s -> !s.isEmpty())));
    return b.build();
  }

  /**
   * Commitments by cross-cutting theme (gender, budget execution, anticorruption system, Agenda 2030); a commitment
   * counts once under each of its themes, and those with none are missing.
   *
   * @param exercises the exercises, must not be null
   * @return the tally, never null
   */
  public static Tally<CrossCuttingTheme> commitmentsByCrossCuttingTheme(Iterable<? extends LocalExercise> exercises) {
    Tally.Builder<CrossCuttingTheme> b = Tally.of(CrossCuttingTheme.class);
    commitments(exercises).forEach(c -> b.addEach(c.crossCutting()));
    return b.build();
  }

  /**
   * The status of a commitment as of a date, from its milestones' {@link Milestone#statusAsOf}: {@code COMPLETED}
   * when every milestone is completed, {@code LATE} when any is late, {@code IN_PROGRESS} when any is in progress or
   * completed, {@code NOT_STARTED} otherwise.
   *
   * @param commitment the commitment, must not be null
   * @param asOf the date, must not be null
   * @return the status, or empty when the commitment has no milestones
   */
  public static Optional<MilestoneStatus> commitmentStatus(Commitment commitment, LocalDate asOf) {
    Objects.requireNonNull(commitment, "commitment");
    Objects.requireNonNull(asOf, "asOf");
    if (commitment.milestones().isEmpty()) {
      return Optional.empty();
    }
    boolean allDone = true;
    boolean anyLate = false;
    boolean anyMoving = false;
    for (Milestone m : commitment.milestones()) {
      MilestoneStatus s = m.statusAsOf(asOf);
      allDone &= s == MilestoneStatus.COMPLETED;
      anyLate |= s == MilestoneStatus.LATE;
      anyMoving |= s == MilestoneStatus.IN_PROGRESS || s == MilestoneStatus.COMPLETED;
    }
    if (allDone) {
      return Optional.of(MilestoneStatus.COMPLETED);
    }
    if (anyLate) {
      return Optional.of(MilestoneStatus.LATE);
    }
    return Optional.of(anyMoving ? MilestoneStatus.IN_PROGRESS : MilestoneStatus.NOT_STARTED);
  }

  /**
   * Commitments by their status as of a date ({@link #commitmentStatus}); commitments without milestones are
   * missing.
   *
   * @param exercises the exercises, must not be null
   * @param asOf the date, must not be null
   * @return the tally, never null
   */
  public static Tally<MilestoneStatus> commitmentsByStatus(Iterable<? extends LocalExercise> exercises,
      LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Tally.Builder<MilestoneStatus> b = Tally.of(MilestoneStatus.class);
    commitments(exercises).forEach(c -> b.add(commitmentStatus(c, asOf)));
    return b.build();
  }

  /** Every commitment of every plan of the exercises, in document order. */
  static List<Commitment> commitments(Iterable<? extends LocalExercise> exercises) {
    Objects.requireNonNull(exercises, "exercises");
    List<Commitment> list = new ArrayList<>();
    for (LocalExercise e : exercises) {
      for (LocalActionPlan plan : e.plans()) {
        list.addAll(plan.commitments());
      }
    }
    return list;
  }

  // -------------------------------------------------------------------------------------------------- milestones

  /**
   * Milestones by status as of a date ({@link Milestone#statusAsOf}: late when past due and not completed, the
   * recorded status otherwise).
   *
   * @param exercises the exercises, must not be null
   * @param asOf the date, must not be null
   * @return the tally, never null
   */
  public static Tally<MilestoneStatus> milestonesByStatus(Iterable<? extends LocalExercise> exercises,
      LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Tally.Builder<MilestoneStatus> b = Tally.of(MilestoneStatus.class);
    for (Commitment c : commitments(exercises)) {
      for (Milestone m : c.milestones()) {
        b.add(m.statusAsOf(asOf));
      }
    }
    return b.build();
  }

  /**
   * The milestones late as of a date, in document order, with how many days late they are.
   *
   * @param exercises the exercises, must not be null
   * @param asOf the date, must not be null
   * @return the late milestones, never null
   */
  public static List<LateMilestone> lateMilestones(Iterable<? extends LocalExercise> exercises, LocalDate asOf) {
    Objects.requireNonNull(exercises, "exercises");
    Objects.requireNonNull(asOf, "asOf");
    List<LateMilestone> late = new ArrayList<>();
    for (LocalExercise e : exercises) {
      for (LocalActionPlan plan : e.plans()) {
        for (Commitment c : plan.commitments()) {
          for (Milestone m : c.milestones()) {
            if (m.isLate(asOf)) {
              PartialDate due = m.dueDate().orElseThrow();
              late.add(new LateMilestone(e.id(), plan.id(), c.id(), m.id(), due,
                  ChronoUnit.DAYS.between(due.latest(), asOf)));
            }
          }
        }
      }
    }
    return List.copyOf(late);
  }

  // ------------------------------------------------------------------------------------------------- evaluations

  /**
   * The latest assessment of a commitment, merged over every evaluation of the exercise: assessments naming the
   * commitment are taken in date order (the assessment's date, else its evaluation's; undated ones first, in document
   * order) and each rating of a later one replaces the same rating of an earlier one.
   *
   * @param exercise the exercise, must not be null
   * @param commitmentId the commitment's id, must not be null
   * @return the merged assessment, or empty when no evaluation assesses the commitment
   */
  public static Optional<CommitmentAssessment> latestAssessment(LocalExercise exercise, String commitmentId) {
    Objects.requireNonNull(exercise, "exercise");
    Objects.requireNonNull(commitmentId, "commitmentId");
    List<Dated> found = new ArrayList<>();
    for (LocalActionPlan plan : exercise.plans()) {
      for (Evaluation ev : plan.evaluations()) {
        for (CommitmentAssessment a : ev.commitmentAssessments()) {
          if (a.commitmentId().map(commitmentId::equals).orElse(false)) {
            found.add(new Dated(a.date().or(ev::date).orElse(null), a));
          }
        }
      }
    }
    if (found.isEmpty()) {
      return Optional.empty();
    }
    // stable: document order among equal dates; a month or year date sorts before the days it may stand for
    found.sort(Comparator.comparing(Dated::date, Comparator.nullsFirst(PartialDate.SORT_ORDER)));
    CommitmentAssessment.Builder merged = CommitmentAssessment.builder().commitmentId(commitmentId);
    for (Dated d : found) {
      CommitmentAssessment a = d.assessment();
      a.date().ifPresent(merged::date);
      a.verifiable().ifPresent(merged::verifiable);
      a.openGovLens().ifPresent(merged::openGovLens);
      a.potentialForResults().ifPresent(merged::potentialForResults);
      a.specificity().ifPresent(merged::specificity);
      a.potentialImpact().ifPresent(merged::potentialImpact);
      a.completion().ifPresent(merged::completion);
      a.didItOpenGovernment().ifPresent(merged::didItOpenGovernment);
      a.promising().ifPresent(merged::promising);
    }
    return Optional.of(merged.build());
  }

  /** An assessment with the date it is ordered by. */
  private record Dated(PartialDate date, CommitmentAssessment assessment) {}

  /**
   * How evaluations rate the exercises' commitments ({@link IrmRatings}), each commitment with its
   * {@link #latestAssessment}.
   *
   * @param exercises the exercises, must not be null
   * @return the ratings, never null
   */
  public static IrmRatings irmRatings(Iterable<? extends LocalExercise> exercises) {
    Objects.requireNonNull(exercises, "exercises");
    Tally.Builder<Completion> completion = Tally.of(Completion.class);
    Tally.Builder<PotentialForResults> potential = Tally.of(PotentialForResults.class);
    Tally.Builder<DidItOpenGovernment> results = Tally.of(DidItOpenGovernment.class);
    Tally.Builder<Specificity> specificity = Tally.of(Specificity.class);
    Tally.Builder<PotentialImpact> impact = Tally.of(PotentialImpact.class);
    long commitments = 0;
    long assessed = 0;
    long verifiable = 0;
    long verifiableAnswered = 0;
    long lens = 0;
    long lensAnswered = 0;
    long high = 0;
    long completionRated = 0;
    long starred = 0;
    for (LocalExercise e : exercises) {
      for (LocalActionPlan plan : e.plans()) {
        for (Commitment c : plan.commitments()) {
          commitments++;
          Optional<CommitmentAssessment> latest = latestAssessment(e, c.id());
          CommitmentAssessment a = latest.orElse(null);
          completion.add(latest.flatMap(CommitmentAssessment::completion));
          potential.add(latest.flatMap(CommitmentAssessment::potentialForResults));
          results.add(latest.flatMap(CommitmentAssessment::didItOpenGovernment));
          specificity.add(latest.flatMap(CommitmentAssessment::specificity));
          impact.add(latest.flatMap(CommitmentAssessment::potentialImpact));
          if (a == null) {
            continue;
          }
          assessed++;
          if (a.verifiable().isPresent()) {
            verifiableAnswered++;
            verifiable += a.verifiable().get() ? 1 : 0;
          }
          if (a.openGovLens().isPresent()) {
            lensAnswered++;
            lens += a.openGovLens().get() ? 1 : 0;
          }
          if (a.completion().isPresent()) {
            completionRated++;
            high += a.highCompletion() ? 1 : 0;
          }
          starred += a.isStarred(false) ? 1 : 0;
        }
      }
    }
    return new IrmRatings(commitments, assessed, completion.build(), potential.build(), results.build(),
        specificity.build(), impact.build(), new Rate(verifiable, verifiableAnswered), new Rate(lens, lensAnswered),
        new Rate(high, completionRated), new Rate(starred, assessed));
  }

  /**
   * Commitments by their latest completion rating; shorthand for {@code irmRatings(exercises).completion()}.
   *
   * @param exercises the exercises, must not be null
   * @return the tally, never null
   */
  public static Tally<Completion> completion(Iterable<? extends LocalExercise> exercises) {
    return irmRatings(exercises).completion();
  }

  // ---------------------------------------------------------------------------------------------------- headline

  /**
   * The headline figures of the initiative ({@link HeadlineFigures}) computed from the exercises.
   *
   * @param exercises the exercises, must not be null
   * @return the figures, never null
   */
  public static HeadlineFigures headline(Iterable<? extends LocalExercise> exercises) {
    Objects.requireNonNull(exercises, "exercises");
    HeadlineFigures.Counter counter = HeadlineFigures.counter();
    for (LocalExercise e : exercises) {
      counter.add(e);
    }
    return counter.figures();
  }

  /**
   * Whether an organisation counts as a government institution in the headline figures: its sector is
   * {@code GOVERNMENT} or {@code AUTONOMOUS_BODY}.
   *
   * @param organization the organisation, must not be null
   * @return true for a government institution
   */
  public static boolean isGovernmentInstitution(Organization organization) {
    Objects.requireNonNull(organization, "organization");
    return organization.sector().map(GOVERNMENT_INSTITUTIONS::contains).orElse(false);
  }

  /**
   * A key that identifies an institution across the exercises of a corpus, whose identifiers are local to each file:
   * the exercise's state (the jurisdiction's parent state for a municipality, else its name, else its code, else the
   * exercise id) and the institution's name (else its acronym, else its id), both lower-cased without accents and
   * with runs of other characters reduced to one space. So "Contraloría del Estado" of Durango's 2015 and 2018
   * exercises is one institution, and Sinaloa's and Zacatecas' "CEAIP" are two.
   *
   * @param exercise the exercise declaring the organisation, must not be null
   * @param organization the organisation, must not be null
   * @return the key, never null
   */
  public static String institutionKey(LocalExercise exercise, Organization organization) {
    Objects.requireNonNull(exercise, "exercise");
    Objects.requireNonNull(organization, "organization");
    String name = organization.name().or(organization::acronym).map(Analyses::normalize)
        .filter(s -> !s.isEmpty()).orElse("#" + organization.id());
    return scopeOf(exercise) + "|" + name;
  }

  /** The state of an exercise, normalised, for {@link #institutionKey}. */
  static String scopeOf(LocalExercise exercise) {
    Optional<Jurisdiction> j = exercise.jurisdiction();
    Optional<String> state = j.flatMap(x -> x.level().orElse(null) == JurisdictionLevel.STATE
            ? x.name() : x.parentName().or(x::name))
        .or(() -> j.flatMap(Jurisdiction::code));
    return state.map(Analyses::normalize).filter(s -> !s.isEmpty()).orElse("#" + exercise.id());
  }

  /** Lower case without accents, other characters than letters and digits reduced to single spaces. */
  static String normalize(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }

  // -------------------------------------------------------------------------------------------------- helpers

  /**
   * The order of SDG targets: by goal number, then numbered targets ({@code 16.2} before {@code 16.10}), then
   * lettered ones ({@code 16.a}); text that is not a target sorts last, alphabetically.
   *
   * @return the comparator, never null
   */
  public static Comparator<String> sdgTargetOrder() {
    return SDG_ORDER;
  }

  private static int compareSdgTargets(String a, String b) {
    int[] ka = sdgKey(a);
    int[] kb = sdgKey(b);
    for (int i = 0; i < 3; i++) {
      int c = Integer.compare(ka[i], kb[i]);
      if (c != 0) {
        return c;
      }
    }
    return a.compareTo(b);
  }

  /** (goal, kind, number) with kind 0 for numbered and 1 for lettered targets; goal 99 for anything else. */
  private static int[] sdgKey(String target) {
    Optional<Integer> goal = sdgGoal(target);
    if (goal.isEmpty()) {
      return new int[] {99, 9, 0};
    }
    String t = target.trim().substring(target.trim().indexOf('.') + 1);
    if (t.chars().allMatch(Character::isDigit) && !t.isEmpty() && t.length() < 4) {
      return new int[] {goal.get(), 0, Integer.parseInt(t)};
    }
    return new int[] {goal.get(), 1, t.isEmpty() ? 0 : t.charAt(0)};
  }

  /** The goal of a target such as {@code 16.10}: the number before the dot, when it is 1 to 17. */
  static Optional<Integer> sdgGoal(String target) {
    String t = target.trim();
    int dot = t.indexOf('.');
    if (dot <= 0 || dot > 2 || !t.substring(0, dot).chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    int goal = Integer.parseInt(t.substring(0, dot));
    return goal >= 1 && goal <= 17 ? Optional.of(goal) : Optional.empty();
  }

}
