package org.cocrea.benchmarks;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cocrea.core.LocalExercise;
import org.cocrea.testkit.RandomExercises;
import org.cocrea.examples.corpus.Corpus;
import org.cocrea.examples.corpus.CorpusSize;
import org.cocrea.serialization.ReaderOptions;

/**
 * The documents the benchmarks measure, generated once per JVM from fixed seeds: the same bytes in every benchmark of
 * a size and kind, so that figures compare.
 */
final class Documents {

  /** The seed of every benchmark document. */
  static final long SEED = 20150309L;

  private static final Map<String, byte[]> BYTES = new ConcurrentHashMap<>();
  private static final Map<String, LocalExercise> EXERCISES = new ConcurrentHashMap<>();

  private Documents() {}

  /** The document of a size and kind. */
  static byte[] bytes(CorpusSize size, Corpus.Kind kind) {
    return BYTES.computeIfAbsent(size + "/" + kind, k -> Corpus.document(SEED, size, kind));
  }

  /** The valid exercise of a size (as generated, before any JSON). */
  static LocalExercise exercise(CorpusSize size) {
    return EXERCISES.computeIfAbsent(size.name(), k -> Corpus.exercise(SEED, size, Corpus.Kind.VALID));
  }

  /**
   * The reader's options: the defaults, except a limit of 256 MiB instead of 16 MiB, since an L document (about 35 MB
   * pretty-printed) is over the default size limit.
   */
  static ReaderOptions readerOptions() {
    return ReaderOptions.builder().maxBytes(256L * 1024 * 1024).build();
  }

  /** The date the benchmark checks as of: the generated exercise's own cut-off date, so time-aware rules run. */
  static LocalDate asOf(LocalExercise exercise) {
    return RandomExercises.asOf(exercise).orElse(LocalDate.of(2024, 12, 31));
  }
}
