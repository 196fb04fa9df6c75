package org.cocrea.serialization;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.cocrea.core.LocalExercise;
import org.cocrea.validation.CocreaValidator;
import org.cocrea.validation.Finding;
import org.cocrea.validation.NotRecorded;
import org.cocrea.validation.PriorStages;
import org.cocrea.validation.ValidationReport;
import org.cocrea.validation.ValidatorOptions;

/**
 * Checks PAL files in one pass: reads each with {@link PalReader} and, when it could be read, validates the exercise
 * with {@link CocreaValidator}; the rules' findings are located in the file like the reader's, and both go into one
 * {@link ValidationReport} whose subject is the source. An unreadable file gives a report with the reader's findings
 * and no rule results (it does not conform). Nothing in a file ends the caller's run: anything unexpected while checking
 * one file (a bug, a stack or heap exhausted) becomes that file's {@code INT-01} finding, naming the exception's class.
 * Thread-safe: build one and share it.
 *
 * <p>One language governs every message of a check: the validator options' {@link ValidatorOptions#locale()} (the
 * reader's, schema's, constraints' and rules' messages alike; the reader options' locale is used only by a {@link
 * PalReader} on its own). The as-of date is the command line's: today in Mexico City, read at each check, unless the
 * options fix one ({@link ValidatorOptions#resolveAsOf()}); so {@code PalChecker.create()} and {@code cocrea validate}
 * give the same findings on the same file.
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
    // one language for every message of a check: the validator's, also for the reader and the schema
    this.reader = PalReader.create(readerOptions.locale().equals(validatorOptions.locale()) ? readerOptions
        : ReaderOptions.builder().from(readerOptions).locale(validatorOptions.locale()).build(),
        validatorOptions.maxFindingsPerRule());
  }

  /**
   * A checker with the default options of the validator and the reader: Spanish, INAI core profile, time-aware rules
   * judged at the day of each check in Mexico City, as {@code cocrea validate} does.
   *
   * <pre>{@code
   * CheckResult result = PalChecker.create().check(Path.of("examples/pal/mx-ver-2016.json"));
   * }</pre>
   *
   * @return a checker, never null
   */
  public static PalChecker create() {
    return create(ValidatorOptions.defaults(), ReaderOptions.defaults());
  }

  /**
   * A checker with the given options; every message is in {@code validatorOptions.locale()}.
   *
   * <pre>{@code
   * PalChecker checker = PalChecker.create(ValidatorOptions.builder().locale(Locale.ENGLISH).build(),
   *     ReaderOptions.builder().maxBytes(4 * 1024 * 1024).build());
   * }</pre>
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
    return check(file, failure -> { });
  }

  /**
   * Reads and validates a file, handing anything unexpected met while checking it to a listener (to print its stack
   * trace, say) besides reporting it as the file's {@code INT-01} finding.
   *
   * <pre>{@code
   * CheckResult result = checker.check(Path.of("plan.json"), failure -> failure.printStackTrace());
   * }</pre>
   *
   * @param file the file, must not be null
   * @param onInternalError receives the throwable of an internal error, must not be null
   * @return the result, never null
   */
  public CheckResult check(Path file, Consumer<? super Throwable> onInternalError) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(onInternalError, "onInternalError");
    return guarded(file.toString(), () -> check(reader.read(file)), onInternalError);
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
    return guarded(source, () -> check(reader.read(bytes, source)), failure -> { });
  }

  /** The result of a check, or the file's INT-01 finding when the check fails unexpectedly (issue 15, X1 and M1). */
  private CheckResult guarded(String source, Supplier<CheckResult> check, Consumer<? super Throwable> listener) {
    try {
      return check.get();
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      listener.accept(e);
      Finding f = FileMessages.error(FileRules.INTERNAL, "message", "", validatorOptions.locale(),
          e.getClass().getName(), abbreviated(String.valueOf(e.getMessage()))).withLocation(1, 1);
      return new CheckResult(source, Optional.empty(),
          ValidationReport.of(source, validatorOptions, List.of(f), List.of()));
    }
  }

  private static String abbreviated(String message) {
    return message.length() <= 200 ? message : message.substring(0, 199) + "…";
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
    return new CheckResult(read.source(), read.exercise(), validated.with(read.source(), findings,
        validated.notRecorded().stream().map(n -> located(read, n)).toList()));
  }

  /** A subject not recorded, with its pointers in the document's terms, like the findings'. */
  private static NotRecorded located(ReadResult read, NotRecorded n) {
    return new NotRecorded(n.ruleId(), n.severity(), read.documentPointer(n.pointer()),
        n.facts().stream().map(read::documentPointer).toList());
  }

  /**
   * What the reader's stages established: where the schema reported a value (every place, also those past the
   * findings a report keeps, issue 15), and the document's pointers.
   */
  private static PriorStages priorStages(ReadResult read) {
    SchemaPlaces places = read.schemaPlaces();
    return places.isEmpty() ? PriorStages.of(Set.of(), read::documentPointer)
        : PriorStages.reportedWhere(places::covers, read::documentPointer);
  }
}
