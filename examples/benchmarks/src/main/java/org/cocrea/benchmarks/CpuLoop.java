package org.cocrea.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.cocrea.core.LocalExercise;
import org.cocrea.examples.corpus.Corpus;
import org.cocrea.examples.corpus.CorpusSize;
import org.cocrea.serialization.PalChecker;
import org.cocrea.serialization.PalReader;
import org.cocrea.serialization.ReaderOptions;
import org.cocrea.validation.CocreaValidator;
import org.cocrea.validation.ValidatorOptions;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain timing loop, steadier than JMH on a shared machine: for each file, the Jackson tree parse, the reader, the
 * rules alone and the full check run in interleaved slices (each round gives every stage the same slice of time, so
 * a change of load touches all of them alike), timed in the checking thread's own CPU time; prints the median per
 * stage over the rounds and the full check's share of Jackson's throughput. With {@code --scaling}, the full check of
 * the generated L exercise cut to 1/16, 1/8, 1/4, 1/2 and all of its commitments, interleaved the same way, in thread
 * CPU time (the check's own work) and in process CPU time (adding the garbage collector and the JIT), with the ratio
 * of each doubling.
 *
 * <pre>{@code
 * java -cp benchmarks.jar org.cocrea.benchmarks.CpuLoop [--rounds 7] [--slice 2] [--as-of 2024-12-31] FILE...
 * java -Xmx6g -cp benchmarks.jar org.cocrea.benchmarks.CpuLoop --scaling [--rounds 7] [--slice 2]
 * }</pre>
 */
public final class CpuLoop {

  private CpuLoop() {}

  /**
   * Runs the loop.
   *
   * @param args options and files
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    int rounds = 7;
    double slice = 2;
    LocalDate asOf = LocalDate.of(2024, 12, 31);
    List<Path> files = new ArrayList<>();
    boolean scaling = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--scaling" -> scaling = true;
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--slice" -> slice = Double.parseDouble(args[++i]);
        case "--as-of" -> asOf = LocalDate.parse(args[++i]);
        default -> files.add(Path.of(args[i]));
      }
    }
    if (scaling) {
      scaling(rounds, slice);
      return;
    }
    if (files.isEmpty()) {
      System.err.println("usage: CpuLoop [--rounds N] [--slice SECONDS] [--as-of DATE] FILE... | --scaling");
      System.exit(2);
    }
    ValidatorOptions options = ValidatorOptions.builder().asOf(asOf).build();
    ReaderOptions readerOptions = ReaderOptions.builder().maxBytes(256L * 1024 * 1024).build();
    PalChecker checker = PalChecker.create(options, readerOptions);
    PalReader reader = PalReader.create(readerOptions);
    CocreaValidator validator = CocreaValidator.create(options);
    JsonMapper jackson = JsonMapper.builder().build();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    System.out.println("| file | bytes | stage | thread CPU ms/doc (median of " + rounds + ") | min | max | % of Jackson |");
    System.out.println("|---|---:|---|---:|---:|---:|---:|");
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      LocalExercise exercise = reader.read(bytes, file.toString()).exercise().orElseThrow(
          () -> new IllegalArgumentException(file + " cannot be read into an exercise"));
      Map<String, Supplier<Object>> stages = new LinkedHashMap<>();
      stages.put("Jackson tree", () -> jackson.readTree(bytes));
      stages.put("reader", () -> reader.read(bytes, file.toString()));
      stages.put("rules alone", () -> validator.validate(exercise));
      stages.put("full check", () -> checker.check(bytes, file.toString()));
      Map<String, double[]> times = new LinkedHashMap<>();
      stages.keySet().forEach(k -> times.put(k, new double[0]));
      for (int round = -2; round < rounds; round++) { // two warm-up rounds
        for (Map.Entry<String, Supplier<Object>> stage : stages.entrySet()) {
          long end = System.nanoTime() + (long) (slice * 1e9);
          long cpu = threads.getCurrentThreadCpuTime();
          int n = 0;
          Object last = null;
          while (System.nanoTime() < end || n == 0) {
            last = stage.getValue().get();
            n++;
          }
          double ms = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / n;
          if (last == null) {
            throw new IllegalStateException("no result");
          }
          if (round >= 0) {
            double[] t = times.get(stage.getKey());
            t = Arrays.copyOf(t, t.length + 1);
            t[t.length - 1] = ms;
            times.put(stage.getKey(), t);
          }
        }
      }
      double tree = median(times.get("Jackson tree"));
      for (Map.Entry<String, double[]> t : times.entrySet()) {
        double[] v = t.getValue().clone();
        Arrays.sort(v);
        double m = median(v);
        System.out.printf(Locale.ROOT, "| %s | %,d | %s | %.3f | %.3f | %.3f | %.0f%% |%n", file.getFileName(),
            bytes.length, t.getKey(), m, v[0], v[v.length - 1], 100 * tree / m);
      }
    }
  }

  /** The scaling series: the L exercise cut in five sizes, each doubling the commitments of the one before. */
  private static void scaling(int rounds, double slice) {
    LocalExercise full = Documents.exercise(CorpusSize.L);
    String[] fractions = {"0.0625", "0.125", "0.25", "0.5", "1"};
    PalChecker checker = PalChecker.create(ValidatorOptions.builder().asOf(Documents.asOf(full)).build(),
        Documents.readerOptions());
    List<byte[]> documents = new ArrayList<>();
    List<Integer> commitments = new ArrayList<>();
    for (String f : fractions) {
      LocalExercise e = Corpus.scaled(full, Double.parseDouble(f));
      documents.add(ScalingBenchmark.document(e));
      commitments.add(e.plans().stream().mapToInt(p -> p.commitments().size()).sum());
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    double[][] thread = new double[fractions.length][rounds];
    double[][] process = new double[fractions.length][rounds];
    for (int round = -2; round < rounds; round++) {
      for (int i = 0; i < fractions.length; i++) {
        byte[] bytes = documents.get(i);
        long end = System.nanoTime() + (long) (slice * 1e9);
        long cpu = threads.getCurrentThreadCpuTime();
        long all = os.getProcessCpuTime();
        int n = 0;
        while (System.nanoTime() < end || n == 0) {
          if (checker.check(bytes, "scaled.json").exercise().isEmpty()) {
            throw new IllegalStateException("the scaled document cannot be read");
          }
          n++;
        }
        if (round >= 0) {
          thread[i][round] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / n;
          process[i][round] = (os.getProcessCpuTime() - all) / 1e6 / n;
        }
      }
    }
    System.out.println("| commitments | bytes | thread CPU ms/doc | × per doubling | process CPU ms/doc | × per doubling"
        + " | × bytes |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
    for (int i = 0; i < fractions.length; i++) {
      double t = median(thread[i]);
      double p = median(process[i]);
      String dt = i == 0 ? "" : String.format(Locale.ROOT, "%.2f", t / median(thread[i - 1]));
      String dp = i == 0 ? "" : String.format(Locale.ROOT, "%.2f", p / median(process[i - 1]));
      String db = i == 0 ? "" : String.format(Locale.ROOT, "%.2f",
          documents.get(i).length / (double) documents.get(i - 1).length);
      System.out.printf(Locale.ROOT, "| %,d | %,d | %.1f | %s | %.1f | %s | %s |%n", commitments.get(i),
          documents.get(i).length, t, dt, p, dp, db);
    }
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
