/**
 * A deterministic corpus of PAL files for benchmarks and load tests: valid and mildly invalid exercises at three
 * sizes (S, M, L), generated from a seed with the core test kit's {@code RandomExercises} and written with
 * {@link org.cocrea.serialization.CocreaJson}.
 *
 * <pre>{@code
 * byte[] json = Corpus.document(7, CorpusSize.M, Corpus.Kind.VALID);
 * List<Path> files = Corpus.write(Path.of("/tmp/corpus-m"), CorpusSize.M, 1000, 1, 0.2, 2);
 * }</pre>
 *
 * <p>From a shell: {@code java -cp cocrea-examples.jar:... org.cocrea.examples.corpus.CorpusMain --size M --count
 * 1000 --out /tmp/corpus-m}.
 */
package org.cocrea.examples.corpus;
