package org.cocrea.benchmarks;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.cocrea.examples.corpus.Corpus;
import org.cocrea.examples.corpus.CorpusSize;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks and prints their figures as Markdown tables: per size and kind, milliseconds per document,
 * documents per second, megabytes per second and the share of Jackson's tree-parse throughput; and the scaling series
 * with the time ratio of each doubling. Arguments other than its own options are not accepted; for plain JMH use
 * {@code java -cp benchmarks.jar org.openjdk.jmh.Main}.
 *
 * <pre>{@code
 * java -jar benchmarks.jar [--quick] [--sizes S,M,L] [--kinds VALID,INVALID] [--no-scaling | --only-scaling]
 *     [--json results.json]
 * }</pre>
 */
public final class BenchMain {

  private static final String[] BENCHMARKS = {"jacksonTree", "treeAndSchema", "read", "fullCheck", "rules"};

  private BenchMain() {}

  /**
   * Runs the benchmarks.
   *
   * @param args the options
   * @throws RunnerException if JMH fails
   */
  public static void main(String[] args) throws RunnerException {
    boolean quick = false;
    boolean scaling = true;
    boolean checks = true;
    String sizes = "S,M,L";
    String kinds = "VALID";
    String json = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> quick = true;
        case "--no-scaling" -> scaling = false;
        case "--only-scaling" -> checks = false;
        case "--sizes" -> sizes = args[++i];
        case "--kinds" -> kinds = args[++i];
        case "--json" -> json = args[++i];
        default -> {
          System.err.println("usage: BenchMain [--quick] [--sizes S,M,L] [--kinds VALID,INVALID] "
              + "[--no-scaling | --only-scaling] [--json FILE]");
          System.exit(2);
        }
      }
    }
    ChainedOptionsBuilder options = new OptionsBuilder()
        .param("size", sizes.split(","))
        .param("kind", kinds.split(","))
        .shouldFailOnError(true);
    if (checks) {
      options.include(CheckBenchmark.class.getName() + "\\.");
    }
    if (scaling) {
      options.include(ScalingBenchmark.class.getName() + "\\.");
    }
    if (quick) {
      options.warmupIterations(2).warmupTime(TimeValue.seconds(1))
          .measurementIterations(3).measurementTime(TimeValue.seconds(1));
    }
    if (json != null) {
      options.resultFormat(ResultFormatType.JSON).result(json);
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (checks) {
      printChecks(out, results);
    }
    if (scaling) {
      printScaling(out, results);
    }
  }

  private static void printChecks(PrintStream out, Collection<RunResult> results) {
    Map<String, Map<String, Result<?>>> bySizeKind = new LinkedHashMap<>();
    for (RunResult r : results) {
      String method = method(r);
      if (!r.getParams().getBenchmark().startsWith(CheckBenchmark.class.getName())) {
        continue;
      }
      String key = r.getParams().getParam("size") + " " + r.getParams().getParam("kind");
      bySizeKind.computeIfAbsent(key, k -> new TreeMap<>()).put(method, r.getPrimaryResult());
    }
    out.println();
    out.println("| size | kind | bytes | benchmark | ms/doc (±99.9%) | docs/s | MB/s | % of Jackson tree |");
    out.println("|---|---|---:|---|---:|---:|---:|---:|");
    for (Map.Entry<String, Map<String, Result<?>>> e : bySizeKind.entrySet()) {
      String[] sk = e.getKey().split(" ");
      int bytes = Documents.bytes(CorpusSize.parse(sk[0]), Corpus.Kind.valueOf(sk[1])).length;
      Result<?> jackson = e.getValue().get("jacksonTree");
      for (String name : BENCHMARKS) {
        Result<?> r = e.getValue().get(name);
        if (r == null) {
          continue;
        }
        double ms = r.getScore();
        double docs = 1000 / ms;
        String share = jackson == null ? "" : String.format(Locale.ROOT, "%.0f%%", 100 * jackson.getScore() / ms);
        out.printf(Locale.ROOT, "| %s | %s | %,d | %s | %.3f ± %.3f | %,.1f | %.1f | %s |%n", sk[0], sk[1], bytes,
            name, ms, r.getScoreError(), docs, docs * bytes / 1e6, share);
      }
    }
  }

  private static void printScaling(PrintStream out, Collection<RunResult> results) {
    Map<String, Map<Double, Double>> byMethod = new TreeMap<>();
    for (RunResult r : results) {
      if (!r.getParams().getBenchmark().startsWith(ScalingBenchmark.class.getName())) {
        continue;
      }
      byMethod.computeIfAbsent(method(r), k -> new TreeMap<>())
          .put(Double.parseDouble(r.getParams().getParam("fraction")), r.getPrimaryResult().getScore());
    }
    if (byMethod.isEmpty()) {
      return;
    }
    var full = Documents.exercise(CorpusSize.L);
    out.println();
    out.println("| benchmark | fraction of L | commitments | bytes | ms/doc | × time vs previous | × bytes vs previous |");
    out.println("|---|---:|---:|---:|---:|---:|---:|");
    for (Map.Entry<String, Map<Double, Double>> e : byMethod.entrySet()) {
      double previousMs = 0;
      long previousBytes = 0;
      for (Map.Entry<Double, Double> point : e.getValue().entrySet()) {
        var scaled = Corpus.scaled(full, point.getKey());
        long bytes = ScalingBenchmark.document(scaled).length;
        int commitments = scaled.plans().stream().mapToInt(p -> p.commitments().size()).sum();
        List<String> ratios = new ArrayList<>();
        ratios.add(previousMs == 0 ? "" : String.format(Locale.ROOT, "%.2f", point.getValue() / previousMs));
        ratios.add(previousBytes == 0 ? "" : String.format(Locale.ROOT, "%.2f", (double) bytes / previousBytes));
        out.printf(Locale.ROOT, "| %s | %s | %d | %,d | %.2f | %s | %s |%n", e.getKey(), point.getKey(),
            commitments, bytes, point.getValue(), ratios.get(0), ratios.get(1));
        previousMs = point.getValue();
        previousBytes = bytes;
      }
    }
  }

  private static String method(RunResult r) {
    String benchmark = r.getParams().getBenchmark();
    return benchmark.substring(benchmark.lastIndexOf('.') + 1);
  }
}
