package org.cocrea.serialization;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cocrea.validation.CocreaValidator;
import org.cocrea.validation.Finding;
import org.cocrea.validation.PriorStages;
import org.cocrea.validation.ValidationReport;
import org.cocrea.validation.ValidatorOptions;

/**
 * Checks PAL files in one pass: reads each with {@link PalReader} and, when it could be read, validates the exercise
 * with {@link CocreaValidator}; the rules' findings are located in the file like the reader's, and both go into one
 * {@link ValidationReport} whose subject is the source. An unreadable file gives a report with the reader's findings
 * and no rule results (it does not conform). Thread-safe: build one and share it.
 *
 * <pre>{@code
 * PalChecker checker = PalChecker.create(
 *     ValidatorOptions.builder().asOf(LocalDate.of(2016, 12, 31)).build(), ReaderOptions.defaults());
 * CheckResult result = checker.check(Path.of("durango-2015.json"));
 * result.report().findings().forEach(System.out::println);   // ERROR STL-03 /stls/0 (41:7): ...
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PalChecker {

  private final ValidatorOptions validatorOptions;
  private final CocreaValidator validator;
  private final PalReader reader;

  private PalChecker(ValidatorOptions validatorOptions, ReaderOptions readerOptions) {
    this.validatorOptions = validatorOptions;
    this.validator = CocreaValidator.create(validatorOptions);
    this.reader = PalReader.create(readerOptions);
  }

  /**
   * A checker with the default options of the validator and the reader (Spanish, INAI core profile, no as-of date).
   *
   * @return a checker, never null
   */
  public static PalChecker create() {
    return create(ValidatorOptions.defaults(), ReaderOptions.defaults());
  }

  /**
   * A checker with the given options.
   *
   * @param validatorOptions how the rules run, must not be null
   * @param readerOptions how files are read, must not be null
   * @return a checker, never null
   */
  public static PalChecker create(ValidatorOptions validatorOptions, ReaderOptions readerOptions) {
    Objects.requireNonNull(validatorOptions, "validatorOptions");
    Objects.requireNonNull(readerOptions, "readerOptions");
    return new PalChecker(validatorOptions, readerOptions);
  }

  /**
   * Reads and validates a file.
   *
   * @param file the file, must not be null
   * @return the result, never null
   */
  public CheckResult check(Path file) {
    Objects.requireNonNull(file, "file");
    return check(reader.read(file));
  }

  /**
   * Reads and validates a document held in memory.
   *
   * @param bytes the document's bytes, must not be null
   * @param source a name for the document in reports, must not be null
   * @return the result, never null
   */
  public CheckResult check(byte[] bytes, String source) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(source, "source");
    return check(reader.read(bytes, source));
  }

  /**
   * The check as one pipeline writing to one report: the reader's stages (syntax and limits, schema, binding) have
   * run; the validator's stages (references, field constraints, rules) see the places the schema already reported and
   * do not report them again. Every finding of the validator is then located in the file like the reader's.
   */
  private CheckResult check(ReadResult read) {
    if (read.exercise().isEmpty()) {
      return new CheckResult(read.source(), read.exercise(),
          ValidationReport.of(read.source(), validatorOptions, read.findings(), List.of()));
    }
    ValidationReport validated = validator.validate(read.exercise().orElseThrow(), priorStages(read));
    List<Finding> findings = new ArrayList<>(read.findings());
    for (Finding f : validated.findings()) {
      findings.add(read.locate(f));
    }
    return new CheckResult(read.source(), read.exercise(),
        ValidationReport.of(read.source(), validatorOptions, findings, validated.results()));
  }

  /** What the reader's stages established: where the schema reported a value, and the document's pointers. */
  private static PriorStages priorStages(ReadResult read) {
    Set<String> schemaPlaces = new HashSet<>();
    for (Finding f : read.findings()) {
      if (f.ruleId().equals(FileRules.SCHEMA)) {
        schemaPlaces.add(f.pointer());
      }
    }
    return PriorStages.of(schemaPlaces, read::documentPointer);
  }
}
