package org.cocrea.examples.corpus;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes a corpus of PAL files from the command line: {@code N} files of one size into a folder, deterministic by
 * seed.
 *
 * <pre>{@code
 * java -cp "$CP" org.cocrea.examples.corpus.CorpusMain --size M --count 1000 --out /tmp/corpus-m \
 *     [--seed 1] [--invalid 0.2] [--threads 2]
 * }</pre>
 *
 * <p>Prints one summary line (files, valid, invalid, bytes, seconds); exits with 2 on a usage error.
 *
 * @since 0.1.0
 */
public final class CorpusMain {

  private CorpusMain() {}

  /**
   * Runs the command and exits with its code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Runs the command without exiting.
   *
   * @param args the command line, must not be null
   * @param out where the summary goes, must not be null
   * @param err where usage errors go, must not be null
   * @return 0 on success, 2 on a usage error
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Objects.requireNonNull(args, "args");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    CorpusSize size = null;
    int count = -1;
    Path folder = null;
    long seed = 1;
    double invalid = 0.2;
    int threads = Runtime.getRuntime().availableProcessors();
    try {
      for (int i = 0; i < args.length; i++) {
        String name = args[i];
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("missing value of " + name);
        }
        String value = args[++i];
        switch (name) {
          case "--size" -> size = CorpusSize.parse(value);
          case "--count" -> count = Integer.parseInt(value);
          case "--out" -> folder = Path.of(value);
          case "--seed" -> seed = Long.parseLong(value);
          case "--invalid" -> invalid = Double.parseDouble(value);
          case "--threads" -> threads = Integer.parseInt(value);
          default -> throw new IllegalArgumentException("unknown option " + name);
        }
      }
      if (size == null || count < 0 || folder == null) {
        throw new IllegalArgumentException("--size, --count and --out are required");
      }
      if (threads < 1 || !(invalid >= 0 && invalid <= 1)) {
        throw new IllegalArgumentException("--threads must be at least 1 and --invalid between 0 and 1");
      }
    } catch (IllegalArgumentException e) {
      err.println("corpus: " + e.getMessage());
      err.println("usage: CorpusMain --size S|M|L --count N --out FOLDER [--seed 1] [--invalid 0.2] [--threads N]");
      return 2;
    }
    long start = System.nanoTime();
    List<Path> files = Corpus.write(folder, size, count, seed, invalid, threads);
    double seconds = (System.nanoTime() - start) / 1e9;
    long bytes = 0;
    int invalidCount = 0;
    for (int i = 0; i < files.size(); i++) {
      bytes += sizeOf(files.get(i));
      if (Corpus.kindOf(seed + i, invalid) == Corpus.Kind.INVALID) {
        invalidCount++;
      }
    }
    out.printf(Locale.ROOT, "corpus: %d %s files in %s (%d valid, %d invalid), %d bytes, %.1f s%n", files.size(),
        size, folder, files.size() - invalidCount, invalidCount, bytes, seconds);
    return 0;
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
