package org.cocrea.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.cocrea.core.LocalExercise;
import org.cocrea.examples.corpus.Corpus;
import org.cocrea.examples.corpus.CorpusSize;
import org.cocrea.serialization.CheckResult;
import org.cocrea.serialization.CocreaJson;
import org.cocrea.serialization.PalChecker;
import org.cocrea.serialization.PalReader;
import org.cocrea.serialization.PalSchema;
import org.cocrea.serialization.ReadResult;
import org.cocrea.serialization.SchemaProblem;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One document of a size and kind, read and checked in each of the ways the pipeline can stop: Jackson tree only (the
 * practical limit), tree plus schema, the reader, the full check, and the rules alone on the exercise in memory.
 * Average time per document; {@link BenchMain} turns it into documents and megabytes per second.
 *
 * <pre>{@code
 * java -jar benchmarks.jar CheckBenchmark -p size=M      # plain JMH, through org.openjdk.jmh.Main
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx3g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CheckBenchmark {

  /** The corpus size: S, M or L. */
  @Param({"S", "M", "L"})
  public String size;

  /** The document kind: VALID or INVALID. */
  @Param({"VALID"})
  public String kind;

  private byte[] bytes;
  private LocalExercise exercise;
  private JsonMapper jackson;
  private PalReader reader;
  private PalChecker checker;
  private CocreaValidator validator;
  private Locale locale;

  /** Generates the document and builds the checker once per trial. */
  @Setup
  public void setUp() {
    CorpusSize s = CorpusSize.parse(size);
    Corpus.Kind k = Corpus.Kind.valueOf(kind);
    bytes = Documents.bytes(s, k);
    locale = Locale.forLanguageTag("es-MX");
    ValidatorOptions options = ValidatorOptions.builder()
        .asOf(Documents.asOf(Documents.exercise(s))).build();
    jackson = JsonMapper.builder().build();
    reader = PalReader.create(Documents.readerOptions());
    checker = PalChecker.create(options, Documents.readerOptions());
    validator = CocreaValidator.create(options);
    ReadResult read = reader.read(bytes, "bench.json");
    exercise = read.exercise().orElseThrow();
  }

  /**
   * Jackson's tree parse of the bytes, with a default mapper: the practical limit of any checker that looks at the
   * whole document.
   *
   * @return the tree
   */
  @Benchmark
  public JsonNode jacksonTree() {
    return jackson.readTree(bytes);
  }

  /**
   * Jackson's tree parse with the library's mapper, then the JSON Schema: what a schema-only validator does.
   *
   * @return the schema problems
   */
  @Benchmark
  public List<SchemaProblem> treeAndSchema() {
    return PalSchema.get().validate(CocreaJson.mapper().readTree(bytes), locale);
  }

  /**
   * The reader: one locating parse, the schema, binding to the model and the identifier references.
   *
   * @return the read result
   */
  @Benchmark
  public ReadResult read() {
    return reader.read(bytes, "bench.json");
  }

  /**
   * The full check: the reader, then field constraints and every rule of the profile, findings located in the file.
   *
   * @return the check result
   */
  @Benchmark
  public CheckResult fullCheck() {
    return checker.check(bytes, "bench.json");
  }

  /**
   * The validator alone on the exercise in memory: references, field constraints and every rule.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport rules() {
    return validator.validate(exercise);
  }
}
