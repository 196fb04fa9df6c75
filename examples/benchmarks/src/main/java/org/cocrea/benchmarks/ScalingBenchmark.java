package org.cocrea.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.cocrea.core.LocalExercise;
import org.cocrea.examples.corpus.Corpus;
import org.cocrea.examples.corpus.CorpusSize;
import org.cocrea.serialization.CheckResult;
import org.cocrea.serialization.CocreaJson;
import org.cocrea.serialization.PalChecker;
import org.cocrea.validation.CocreaValidator;
import org.cocrea.validation.ValidationReport;
import org.cocrea.validation.ValidatorOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How check time grows with an exercise's size: the L exercise cut to 1/16, 1/8, 1/4, 1/2 and all of its commitments
 * ({@link Corpus#scaled}); each step doubles the commitments, so no step should more than double the time.
 *
 * <pre>{@code
 * java -jar benchmarks.jar ScalingBenchmark
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx3g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScalingBenchmark {

  /** The share of the L exercise's commitments kept. */
  @Param({"0.0625", "0.125", "0.25", "0.5", "1"})
  public String fraction;

  private byte[] bytes;
  private LocalExercise exercise;
  private PalChecker checker;
  private CocreaValidator validator;

  /** Cuts the exercise and builds the checker once per trial. */
  @Setup
  public void setUp() {
    LocalExercise full = Documents.exercise(CorpusSize.L);
    exercise = Corpus.scaled(full, Double.parseDouble(fraction));
    bytes = document(exercise);
    ValidatorOptions options = ValidatorOptions.builder().asOf(Documents.asOf(full)).build();
    checker = PalChecker.create(options, Documents.readerOptions());
    validator = CocreaValidator.create(options);
  }

  /** The JSON bytes of a scaled exercise. */
  static byte[] document(LocalExercise exercise) {
    return CocreaJson.write(exercise).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The full check of the scaled document.
   *
   * @return the check result
   */
  @Benchmark
  public CheckResult fullCheck() {
    return checker.check(bytes, "scaled.json");
  }

  /**
   * The rules alone on the scaled exercise.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport rules() {
    return validator.validate(exercise);
  }
}
