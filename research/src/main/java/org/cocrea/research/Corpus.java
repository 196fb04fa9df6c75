package org.cocrea.research;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.analysis.Analyses;
import org.cocrea.core.analysis.HeadlineFigures;
import org.cocrea.serialization.CheckResult;
import org.cocrea.serialization.PalChecker;
import org.cocrea.validation.ValidationReport;

/**
 * A corpus of PAL files read from a directory and everything below it: the exercises that could be read, each with
 * its validation report, and the files that could not, each with why. Loading never stops at a bad file: a file that
 * is not JSON, too large, of another schema version or unreadable becomes a {@link FailedFile}; a file that can be
 * read with problems becomes an entry whose report lists them. Files are {@code *.json} (any case), visited in path
 * order; symbolic links to directories are not followed. Immutable; iterating it gives the entries.
 *
 * <pre>{@code
 * Corpus corpus = Corpus.load(Path.of("examples/pal"),
 *     CorpusOptions.builder().asOf(LocalDate.of(2018, 12, 31)).build());
 * corpus.exercises();                          // List<LocalExercise>
 * corpus.failures().forEach(System.out::println);
 * Analyses.headline(corpus.exercises());
 * }</pre>
 *
 * <p>A corpus held in memory keeps every exercise and report. For corpora too large for that, {@link #scan} reads the
 * same files one at a time and hands each to a {@link CorpusVisitor}: only the files being checked are in memory.
 *
 * @since 0.1.0
 */
public final class Corpus implements Iterable<CorpusEntry> {

  private final Path root;
  private final CorpusOptions options;
  private final List<CorpusEntry> entries;
  private final List<FailedFile> failures;

  private Corpus(Path root, CorpusOptions options, List<CorpusEntry> entries, List<FailedFile> failures) {
    this.root = root;
    this.options = options;
    this.entries = List.copyOf(entries);
    this.failures = List.copyOf(failures);
  }

  /**
   * Loads a corpus with the default options (no as-of date: time-aware rules do not apply).
   *
   * @param root a directory, or a single file, must not be null
   * @return the corpus, never null
   * @throws IllegalArgumentException if the root does not exist
   */
  public static Corpus load(Path root) {
    return load(root, CorpusOptions.defaults());
  }

  /**
   * Loads a corpus.
   *
   * @param root a directory, or a single file, must not be null
   * @param options how files are read and checked, must not be null
   * @return the corpus, never null
   * @throws IllegalArgumentException if the root does not exist
   */
  public static Corpus load(Path root, CorpusOptions options) {
    List<CorpusEntry> entries = new ArrayList<>();
    List<FailedFile> failures = new ArrayList<>();
    scan(root, options, new CorpusVisitor() {
      @Override
      public void exercise(CorpusEntry entry) {
        entries.add(entry);
      }

      @Override
      public void failed(FailedFile file) {
        failures.add(file);
      }
    });
    return new Corpus(root, options, entries, failures);
  }

  /**
   * Reads a corpus as a stream: each file is read and checked, then handed to the visitor, in file order, on the
   * calling thread; with {@link CorpusOptions#threads()} above one, the next files are checked meanwhile. At most
   * twice as many files as threads are held at a time, so memory does not grow with the corpus.
   *
   * @param root a directory, or a single file, must not be null
   * @param options how files are read and checked, must not be null
   * @param visitor receives each exercise and each failed file, must not be null
   * @return how many files, exercises and failed files were visited, never null
   * @throws IllegalArgumentException if the root does not exist
   */
  public static Counts scan(Path root, CorpusOptions options, CorpusVisitor visitor) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(visitor, "visitor");
    List<Path> files = files(root);
    PalChecker checker = PalChecker.create(options.validatorOptions(), options.readerOptions());
    int exercises = 0;
    int failed = 0;
    if (options.threads() == 1) {
      for (Path file : files) {
        boolean read = deliver(root, file, checker.check(file), visitor);
        exercises += read ? 1 : 0;
        failed += read ? 0 : 1;
      }
      return new Counts(files.size(), exercises, failed);
    }
    ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
      Thread t = new Thread(r, "cocrea-corpus");
      t.setDaemon(true);
      return t;
    });
    try {
      int window = options.threads() * 2;
      Deque<Future<CheckResult>> pending = new ArrayDeque<>();
      Iterator<Path> next = files.iterator();
      int delivered = 0;
      while (delivered < files.size()) {
        while (pending.size() < window && next.hasNext()) {
          Path file = next.next();
          pending.add(pool.submit(() -> checker.check(file)));
        }
        Path file = files.get(delivered++);
        boolean read = deliver(root, file, await(pending.removeFirst(), file), visitor);
        exercises += read ? 1 : 0;
        failed += read ? 0 : 1;
      }
      return new Counts(files.size(), exercises, failed);
    } finally {
      pool.shutdownNow();
    }
  }

  private static CheckResult await(Future<CheckResult> future, Path file) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error error) {
        throw error;   // out of memory or stack: not a problem of the file
      }
      throw new IllegalStateException("internal error while checking " + file, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while checking " + file, e);
    }
  }

  private static boolean deliver(Path root, Path file, CheckResult result, CorpusVisitor visitor) {
    String source = source(root, file);
    if (result.exercise().isPresent()) {
      visitor.exercise(new CorpusEntry(file, source, result.exercise().get(), result.report()));
      return true;
    }
    visitor.failed(new FailedFile(file, source, result.report().findings()));
    return false;
  }

  /**
   * The files a corpus of this root is read from: the root itself when it is a file, otherwise every {@code *.json}
   * file below it (any case), in path order (segment by segment); a folder that cannot be listed is included, so that
   * reading it reports why.
   *
   * @param root a directory, or a single file, must not be null
   * @return the files, never null
   * @throws IllegalArgumentException if the root does not exist
   */
  public static List<Path> files(Path root) {
    Objects.requireNonNull(root, "root");
    if (!Files.exists(root) && !Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      throw new IllegalArgumentException("no such file or directory: " + root);
    }
    if (!Files.isDirectory(root)) {
      return List.of(root);
    }
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (!attrs.isDirectory() && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            found.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          found.add(file);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      found.add(root);
    }
    found.sort(Corpus::compare);
    return List.copyOf(found);
  }

  /** Path order segment by segment, so that {@code a/b.json} comes before {@code a-b.json}. */
  private static int compare(Path a, Path b) {
    int n = Math.min(a.getNameCount(), b.getNameCount());
    for (int i = 0; i < n; i++) {
      int c = a.getName(i).toString().compareTo(b.getName(i).toString());
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.getNameCount(), b.getNameCount());
  }

  /** A file's path relative to the root, with {@code /} separators; the file name when the root is the file. */
  static String source(Path root, Path file) {
    Path relative = file.equals(root) || !file.startsWith(root) ? file.getFileName() : root.relativize(file);
    if (relative == null) {
      return file.toString();
    }
    List<String> parts = new ArrayList<>();
    relative.forEach(p -> parts.add(p.toString()));
    return String.join("/", parts);
  }

  /**
   * The root the corpus was loaded from.
   *
   * @return the root, never null
   */
  public Path root() {
    return root;
  }

  /**
   * The options the corpus was loaded with.
   *
   * @return the options, never null
   */
  public CorpusOptions options() {
    return options;
  }

  /**
   * The exercises that could be read, with their files and reports, in file order.
   *
   * @return the entries, never null
   */
  public List<CorpusEntry> entries() {
    return entries;
  }

  /**
   * The exercises that could be read, in file order.
   *
   * @return the exercises, never null
   */
  public List<LocalExercise> exercises() {
    return entries.stream().map(CorpusEntry::exercise).toList();
  }

  /**
   * The validation reports of the exercises that could be read, in file order.
   *
   * @return the reports, never null
   */
  public List<ValidationReport> reports() {
    return entries.stream().map(CorpusEntry::report).toList();
  }

  /**
   * The files that could not be read, with why, in file order.
   *
   * @return the failed files, never null
   */
  public List<FailedFile> failures() {
    return failures;
  }

  /**
   * The number of exercises read.
   *
   * @return the count
   */
  public int size() {
    return entries.size();
  }

  /**
   * The entry of an exercise.
   *
   * @param exerciseId the exercise's id, must not be null
   * @return the first entry with that id, or empty
   */
  public Optional<CorpusEntry> entry(String exerciseId) {
    Objects.requireNonNull(exerciseId, "exerciseId");
    return entries.stream().filter(e -> e.exerciseId().equals(exerciseId)).findFirst();
  }

  /**
   * The headline figures of the corpus ({@link Analyses#headline}).
   *
   * @return the figures, never null
   */
  public HeadlineFigures headline() {
    return Analyses.headline(exercises());
  }

  /**
   * Every statistic of the corpus as of the date of its options.
   *
   * @return the statistics, never null
   * @throws IllegalStateException if the options have no as-of date (use {@link #statistics(LocalDate)})
   */
  public CorpusStatistics statistics() {
    LocalDate asOf = options.asOf().orElseThrow(() -> new IllegalStateException(
        "the corpus was loaded without an as-of date: call statistics(LocalDate)"));
    return statistics(asOf);
  }

  /**
   * Every statistic of the corpus as of a date.
   *
   * @param asOf the date for milestone and commitment status, must not be null
   * @return the statistics, never null
   */
  public CorpusStatistics statistics(LocalDate asOf) {
    CorpusStatistics.Collector collector =
        CorpusStatistics.collector(root.toString(), asOf, options.validatorOptions().regimes());
    entries.forEach(collector::exercise);
    failures.forEach(collector::failed);
    return collector.statistics();
  }

  @Override
  public Iterator<CorpusEntry> iterator() {
    return entries.iterator();
  }

  /**
   * A short summary, fit for JShell.
   *
   * @return the summary, never null
   */
  @Override
  public String toString() {
    long conforming = entries.stream().filter(CorpusEntry::conforms).count();
    return "Corpus[" + root + ": " + entries.size() + " exercises (" + conforming + " conform), " + failures.size()
        + " failed files]";
  }

  /**
   * How many files a scan visited.
   *
   * @param files files visited
   * @param exercises files read into an exercise
   * @param failed files that could not be read
   */
  public record Counts(int files, int exercises, int failed) {}
}
