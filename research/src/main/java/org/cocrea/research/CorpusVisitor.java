package org.cocrea.research;

/**
 * Receives the files of a corpus one at a time, in file order, from {@link Corpus#scan}: the streaming path, for
 * corpora too large to hold in memory. Called on the scanning thread only.
 *
 * <pre>{@code
 * Corpus.scan(Path.of("corpus"), options, new CorpusVisitor() {
 *   public void exercise(CorpusEntry entry) { counter.add(entry.exercise()); }
 *   public void failed(FailedFile file) { System.err.println(file); }
 * });
 * }</pre>
 *
 * @since 0.1.0
 */
public interface CorpusVisitor {

  /**
   * Receives an exercise read from a file, with its report.
   *
   * @param entry the entry, never null
   */
  void exercise(CorpusEntry entry);

  /**
   * Receives a file that could not be read. Does nothing unless overridden.
   *
   * @param file the failed file, never null
   */
  default void failed(FailedFile file) {
    // nothing by default
  }
}
