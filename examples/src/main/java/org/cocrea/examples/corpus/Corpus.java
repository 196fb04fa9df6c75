package org.cocrea.examples.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocrea.core.Commitment;
import org.cocrea.core.CommitmentAssessment;
import org.cocrea.core.Evaluation;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.Milestone;
import org.cocrea.core.MilestoneUpdate;
import org.cocrea.core.Person;
import org.cocrea.core.ProgressReport;
import org.cocrea.testkit.RandomExercises;
import org.cocrea.serialization.CocreaJson;

/**
 * A deterministic corpus of PAL files: the same seed, size and kind always give the same bytes. A valid document is a
 * generated exercise without planted defects (it passes the schema, the field constraints and the references); a
 * mildly invalid one carries the test kit's methodology defects (late milestones, missing alternates …, which the
 * rules report) plus one field-level {@link Defect} that the schema and the field constraints report.
 *
 * <pre>{@code
 * byte[] valid = Corpus.document(7, CorpusSize.M, Corpus.Kind.VALID);
 * byte[] invalid = Corpus.document(8, CorpusSize.S, Corpus.Kind.INVALID);
 * List<Path> files = Corpus.write(Path.of("/tmp/corpus-m"), CorpusSize.M, 1000, 1, 0.2, 2);
 * LocalExercise half = Corpus.scaled(Corpus.exercise(3, CorpusSize.L, Corpus.Kind.VALID), 0.5);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Corpus {

  /** Whether a document is meant to conform. */
  public enum Kind {
    /** No planted defect: the document conforms to the schema, the field constraints and the references. */
    VALID,
    /** The test kit's methodology defects and one field-level {@link Defect}. */
    INVALID
  }

  /** The field-level defect of an invalid document: one value that the schema and the model reject. */
  public enum Defect {
    /** A commitment's title is white space only. */
    BLANK_TITLE,
    /** A person's email has no {@code @}. */
    BAD_EMAIL,
    /** A date is February 30th. */
    IMPOSSIBLE_DATE
  }

  private static final Pattern DATE = Pattern.compile(
      "\"(dueDate|startDate|endDate|date|publishedOn|approvedOn)\": \"(\\d{4})-\\d{2}-\\d{2}\"");
  private static final long KIND_SALT = 0x5DEECE66DL;
  private static final long DEFECT_SALT = 0x9E3779B97F4A7C15L;

  private Corpus() {}

  /**
   * Whether the document of a seed is valid or invalid in a corpus with a share of invalid documents.
   *
   * @param seed the document's seed
   * @param invalidShare the share of invalid documents, from 0 to 1
   * @return the kind
   * @throws IllegalArgumentException if the share is out of range
   */
  public static Kind kindOf(long seed, double invalidShare) {
    if (!(invalidShare >= 0 && invalidShare <= 1)) {
      throw new IllegalArgumentException("invalid share must be between 0 and 1: " + invalidShare);
    }
    return new SplittableRandom(seed ^ KIND_SALT).nextDouble() < invalidShare ? Kind.INVALID : Kind.VALID;
  }

  /**
   * The field-level defect an invalid document of a seed carries.
   *
   * @param seed the document's seed
   * @return the defect, never null
   */
  public static Defect defectOf(long seed) {
    Defect[] all = Defect.values();
    return all[new SplittableRandom(seed ^ DEFECT_SALT).nextInt(all.length)];
  }

  /**
   * The exercise of a seed, size and kind. An invalid exercise carries the model-level defects ({@link
   * Defect#BLANK_TITLE}, {@link Defect#BAD_EMAIL}); {@link Defect#IMPOSSIBLE_DATE} exists only in the document
   * ({@link #document}), as no {@code LocalDate} can hold it.
   *
   * @param seed the seed
   * @param size the size, must not be null
   * @param kind the kind, must not be null
   * @return the exercise, never null
   */
  public static LocalExercise exercise(long seed, CorpusSize size, Kind kind) {
    Objects.requireNonNull(size, "size");
    Objects.requireNonNull(kind, "kind");
    if (kind == Kind.VALID) {
      return RandomExercises.generate(seed, size.generatorSize(), 0.0);
    }
    LocalExercise exercise = RandomExercises.generate(seed, size.generatorSize());
    SplittableRandom random = new SplittableRandom(seed ^ DEFECT_SALT ^ 1);
    return switch (defectOf(seed)) {
      case BLANK_TITLE -> blankTitle(exercise, random);
      case BAD_EMAIL -> badEmail(exercise, random);
      case IMPOSSIBLE_DATE -> exercise;
    };
  }

  /**
   * The JSON document (UTF-8, as {@link CocreaJson#write(LocalExercise)} writes it) of a seed, size and kind.
   *
   * @param seed the seed
   * @param size the size, must not be null
   * @param kind the kind, must not be null
   * @return the bytes, never null
   */
  public static byte[] document(long seed, CorpusSize size, Kind kind) {
    String json = CocreaJson.write(exercise(seed, size, kind));
    if (kind == Kind.INVALID && defectOf(seed) == Defect.IMPOSSIBLE_DATE) {
      json = impossibleDate(json, new SplittableRandom(seed ^ DEFECT_SALT ^ 2));
    }
    return json.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The file name of the {@code index}-th document of a size: {@code M-00042.json}.
   *
   * @param size the size, must not be null
   * @param index the index, not negative
   * @return the name
   */
  public static String fileName(CorpusSize size, int index) {
    return String.format(Locale.ROOT, "%s-%05d.json", size.name(), index);
  }

  /**
   * Writes {@code count} documents of a size into a folder (created when missing), document {@code i} from seed
   * {@code firstSeed + i} and named {@link #fileName(CorpusSize, int) fileName(size, i)}, on {@code threads}
   * threads.
   *
   * @param folder the folder, must not be null
   * @param size the size, must not be null
   * @param count how many documents, not negative
   * @param firstSeed the seed of the first document
   * @param invalidShare the share of invalid documents, from 0 to 1 ({@link #kindOf})
   * @param threads how many threads generate, at least 1
   * @return the files written, in index order
   * @throws UncheckedIOException if a file cannot be written
   */
  public static List<Path> write(Path folder, CorpusSize size, int count, long firstSeed, double invalidShare,
      int threads) {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(size, "size");
    if (count < 0 || threads < 1) {
      throw new IllegalArgumentException("count must not be negative and threads at least 1");
    }
    kindOf(firstSeed, invalidShare); // checks the share before any work
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Path>> futures = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        int index = i;
        futures.add(pool.submit(() -> {
          long seed = firstSeed + index;
          Path file = folder.resolve(fileName(size, index));
          Files.write(file, document(seed, size, kindOf(seed, invalidShare)));
          return file;
        }));
      }
      List<Path> files = new ArrayList<>(count);
      for (Future<Path> f : futures) {
        files.add(f.get());
      }
      return files;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * A smaller exercise for scaling measurements: each plan keeps the first {@code fraction} of its commitments (at
   * least one), and the commitment assessments and milestone updates of the commitments left out are left out too, so
   * that every reference still resolves. Everything else (actors, STL, co-creation) is kept as it is.
   *
   * @param exercise the exercise, must not be null
   * @param fraction the share of commitments to keep, above 0 and at most 1
   * @return the smaller exercise, never null
   * @throws IllegalArgumentException if the fraction is out of range
   */
  public static LocalExercise scaled(LocalExercise exercise, double fraction) {
    Objects.requireNonNull(exercise, "exercise");
    if (!(fraction > 0 && fraction <= 1)) {
      throw new IllegalArgumentException("fraction must be above 0 and at most 1: " + fraction);
    }
    List<LocalActionPlan> plans = new ArrayList<>();
    for (LocalActionPlan plan : exercise.plans()) {
      int total = plan.commitments().size();
      int keep = total == 0 ? 0 : Math.max(1, (int) Math.round(total * fraction));
      List<Commitment> kept = plan.commitments().subList(0, keep);
      Set<String> commitmentIds = new HashSet<>();
      Set<String> milestoneIds = new HashSet<>();
      for (Commitment c : kept) {
        commitmentIds.add(c.id());
        for (Milestone m : c.milestones()) {
          milestoneIds.add(m.id());
        }
      }
      List<Evaluation> evaluations = new ArrayList<>();
      for (Evaluation e : plan.evaluations()) {
        List<CommitmentAssessment> assessments = e.commitmentAssessments().stream()
            .filter(a -> a.commitmentId().map(commitmentIds::contains).orElse(true)).toList();
        evaluations.add(Evaluation.builder().from(e).commitmentAssessments(assessments).build());
      }
      List<ProgressReport> reports = new ArrayList<>();
      for (ProgressReport r : plan.progressReports()) {
        List<MilestoneUpdate> updates = r.milestoneUpdates().stream()
            .filter(u -> u.milestoneId().map(milestoneIds::contains).orElse(true)).toList();
        reports.add(ProgressReport.builder().from(r).milestoneUpdates(updates).build());
      }
      plans.add(LocalActionPlan.builder().from(plan).commitments(kept).evaluations(evaluations)
          .progressReports(reports).build());
    }
    return LocalExercise.builder().from(exercise).plans(plans).build();
  }

  private static LocalExercise blankTitle(LocalExercise exercise, SplittableRandom random) {
    List<LocalActionPlan> plans = new ArrayList<>(exercise.plans());
    int p = random.nextInt(plans.size());
    LocalActionPlan plan = plans.get(p);
    List<Commitment> commitments = new ArrayList<>(plan.commitments());
    int c = random.nextInt(commitments.size());
    commitments.set(c, Commitment.builder().from(commitments.get(c)).title("   ").build());
    plans.set(p, LocalActionPlan.builder().from(plan).commitments(commitments).build());
    return LocalExercise.builder().from(exercise).plans(plans).build();
  }

  private static LocalExercise badEmail(LocalExercise exercise, SplittableRandom random) {
    List<Person> people = new ArrayList<>(exercise.people());
    List<Integer> withEmail = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      if (people.get(i).email().isPresent()) {
        withEmail.add(i);
      }
    }
    if (withEmail.isEmpty()) {
      return blankTitle(exercise, random);
    }
    int i = withEmail.get(random.nextInt(withEmail.size()));
    Person person = people.get(i);
    String local = person.email().orElseThrow();
    people.set(i, Person.builder().from(person).email(local.replace('@', '.')).build());
    return LocalExercise.builder().from(exercise).people(people).build();
  }

  /** Replaces one recorded or planned date of the document by February 30th of its year. */
  static String impossibleDate(String json, SplittableRandom random) {
    Matcher m = DATE.matcher(json);
    List<int[]> years = new ArrayList<>();
    while (m.find()) {
      years.add(new int[] {m.start(2), m.end(2)});
    }
    if (years.isEmpty()) {
      throw new IllegalStateException("the document has no date to break");
    }
    int[] at = years.get(random.nextInt(years.size()));
    // the year is followed by -MM-DD: replace those six characters
    return json.substring(0, at[1]) + "-02-30" + json.substring(at[1] + 6);
  }
}
