/**
 * Corpora of PAL files for research: {@link org.cocrea.research.Corpus#load} reads a directory tree of
 * files into exercises with their validation reports, and failed files with why, never stopping at a bad file;
 * {@link org.cocrea.research.Corpus#scan} does the same as a stream, for corpora too large to hold in
 * memory; {@link org.cocrea.research.CorpusStatistics} computes every analysis of a corpus in one pass.
 *
 * <pre>{@code
 * Corpus corpus = Corpus.load(Path.of("examples/pal"),
 *     CorpusOptions.builder().asOf(LocalDate.of(2018, 12, 31)).build());
 * CorpusStatistics stats = corpus.statistics();
 * }</pre>
 *
 * @since 0.1.0
 */
package org.cocrea.research;
