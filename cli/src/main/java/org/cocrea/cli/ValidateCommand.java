package org.cocrea.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cocrea.serialization.CheckResult;
import org.cocrea.serialization.PalChecker;
import org.cocrea.serialization.ReaderOptions;
import org.cocrea.spreadsheet.Workbooks;
import org.cocrea.report.ReportFormat;
import org.cocrea.report.ReportStream;
import org.cocrea.validation.Profile;
import org.cocrea.validation.ValidatorOptions;
import org.cocrea.validation.Verdict;
import org.cocrea.validation.regime.RegimeTableException;
import org.cocrea.validation.regime.StateRegimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cocrea validate}: checks PAL files in one pass and writes one report for all of them. */
@Command(name = ValidateCommand.NAME, mixinStandardHelpOptions = true, versionProvider = Version.class,
    sortOptions = false, usageHelpAutoWidth = false)
final class ValidateCommand implements Callable<Integer> {

  /** The subcommand's name on the command line. */
  static final String NAME = "validate";

  private final CliMessages messages;

  @Spec
  CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "validate.format", defaultValue = "text",
      completionCandidates = FormatCandidates.class)
  ReportFormat format;

  @Mixin
  CommonOptions common;

  @Option(names = "--require-complete", descriptionKey = "validate.requireComplete")
  boolean requireComplete;

  @Option(names = "--output", paramLabel = "FILE", descriptionKey = "validate.output")
  Path output;

  @Option(names = "--debug", descriptionKey = "validate.debug")
  boolean debug;

  @Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "validate.paths")
  List<String> paths;

  private ValidatorOptions validatorOptions;

  ValidateCommand(CliMessages messages) {
    this.messages = messages;
  }

  @Override
  public Integer call() throws IOException {
    FileCollector.Collected collected = FileCollector.collect(paths);
    if (!collected.unrepresentable().isEmpty()) {
      throw usage(messages.get("error.pathEncoding", String.join(", ", collected.unrepresentable()),
          System.getProperty("sun.jnu.encoding", "?")));
    }
    if (!collected.missing().isEmpty()) {
      throw usage(messages.get("error.pathMissing", String.join(", ", collected.missing())));
    }
    if (collected.files().isEmpty()) {
      throw usage(messages.get("error.noJsonFiles", String.join(", ", collected.empty())));
    }
    Integer threads = common.threads();
    if (threads == null) {
      throw usage(messages.get("error.invalidValue", "--jobs", common.jobs) + ": "
          + messages.get("error.invalidJobs"));
    }
    if (output != null && Files.isDirectory(output)) {
      throw usage(messages.get("error.outputDirectory", output, messages.get("error.isDirectory")));
    }
    Path parent = output == null ? null : output.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw usage(messages.get("error.outputDirectory", output, messages.get("error.noParent", parent)));
    }
    LocalDate date = common.date();
    Locale locale = common.lang.locale();
    Profile profile = common.profile;
    StateRegimes regimes = regimes(locale);
    ValidatorOptions validatorOptions = ValidatorOptions.builder().locale(locale).profile(profile).asOf(date)
        .regimes(regimes).build();
    ReaderOptions readerOptions = ReaderOptions.builder().locale(locale).build();
    PalChecker checker = PalChecker.create(validatorOptions, readerOptions);

    this.validatorOptions = validatorOptions;
    return stream(checker, collected.files(), threads, locale, date);
  }

  /**
   * Writes the report file by file as the files are checked (in order, at most a few files ahead of the writer).
   * The text, JSON and SARIF reports keep no file's result once written, so memory does not grow with the number
   * of files; HTML keeps every result, with its plan for the timelines. The output is the report writer's.
   */
  private int stream(PalChecker checker, List<Path> files, int threads, Locale locale, LocalDate date)
      throws IOException {
    if (output == null) {
      return stream(checker, files, threads, locale, date, spec.commandLine().getOut());
    }
    try (BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      return stream(checker, files, threads, locale, date, out);
    } catch (IOException e) {
      throw usage(messages.get("error.outputDirectory", output, e.getMessage()));
    }
  }

  private int stream(PalChecker checker, List<Path> files, int threads, Locale locale, LocalDate date,
      Writer out) throws IOException {
    boolean keepExercises = format == ReportFormat.HTML;
    ExecutorService pool = pool(Math.min(threads, files.size()));
    PrintWriter err = spec.commandLine().getErr();
    Consumer<Throwable> traces = failure -> {
      if (debug) {
        synchronized (err) {
          failure.printStackTrace(err);
          err.flush();
        }
      }
    };
    try (ReportStream report = ReportStream.start(format, out, locale, common.profile, date, Version.version())) {
      ArrayDeque<Future<CheckResult>> window = new ArrayDeque<>();
      ArrayDeque<Path> windowFiles = new ArrayDeque<>();
      Iterator<Path> next = files.iterator();
      int ahead = threads * 4;
      while (next.hasNext() || !window.isEmpty()) {
        while (window.size() < ahead && next.hasNext()) {
          Path file = next.next();
          window.add(pool.submit(() -> {
            CheckResult r = isWorkbook(file) ? Workbooks.check(file, checker, validatorOptions)
                : checker.check(file, traces);
            return keepExercises ? r : withoutExercise(r);
          }));
          windowFiles.add(file);
        }
        report.file(result(window.poll(), windowFiles.poll()));
      }
      report.finish();
      out.flush();
      return exitCode(report.verdict(), requireComplete);
    } finally {
      pool.shutdownNow();
    }
  }

  /** 0 unless some file does not conform; with {@code --require-complete}, also 1 when some file is undetermined. */
  static int exitCode(Verdict verdict, boolean requireComplete) {
    return switch (verdict) {
      case CONFORMS -> Cli.OK;
      case DOES_NOT_CONFORM -> Cli.FINDINGS;
      case UNDETERMINED -> requireComplete ? Cli.FINDINGS : Cli.OK;
    };
  }

  /** A workbook is checked through its import, findings at the cell: an {@code .xlsx} file. */
  private static boolean isWorkbook(Path file) {
    return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }

  private static CheckResult withoutExercise(CheckResult r) {
    return new CheckResult(r.source(), Optional.empty(), r.report());
  }

  private static ExecutorService pool(int threads) {
    return Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, "cocrea-check");
      t.setDaemon(true);
      return t;
    });
  }

  /** The result of a file's check; a bug met while checking it becomes an internal failure naming the file. */
  private CheckResult result(Future<CheckResult> future, Path file) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      throw new Cli.InternalFailure(messages.get("error.internal", file, e.getCause()), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The regime table of {@code --regime}, or the shipped one; a malformed file is a usage error with its place. */
  private StateRegimes regimes(Locale locale) {
    try {
      return common.regimes();
    } catch (RegimeTableException e) {
      throw usage(messages.get("error.regime", e.message(locale)));
    }
  }

  private Cli.LocalizedUsageException usage(String message) {
    return new Cli.LocalizedUsageException(spec.commandLine(), message);
  }

  /** The format names shown in the help: lower case. */
  static final class FormatCandidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return java.util.Arrays.stream(ReportFormat.values()).map(ReportFormat::cliName).iterator();
    }
  }
}
