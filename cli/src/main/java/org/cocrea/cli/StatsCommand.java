package org.cocrea.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cocrea.research.Corpus;
import org.cocrea.research.CorpusEntry;
import org.cocrea.research.CorpusOptions;
import org.cocrea.research.CorpusStatistics;
import org.cocrea.research.CorpusVisitor;
import org.cocrea.research.FailedFile;
import org.cocrea.research.export.CsvExport;
import org.cocrea.research.export.ExportOptions;
import org.cocrea.research.stats.StatsFormat;
import org.cocrea.research.stats.StatsWriter;
import org.cocrea.validation.regime.RegimeTableException;
import org.cocrea.validation.regime.StateRegimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cocrea stats}: reads a directory of PAL files as a stream (one file at a time per job, never the whole
 * corpus) and writes its statistics as text, JSON, a long CSV table or an HTML page with charts; with {@code --format
 * csv --output DIR} also the tidy tables of the corpus.
 */
@Command(name = StatsCommand.NAME, mixinStandardHelpOptions = true, versionProvider = Version.class,
    sortOptions = false, usageHelpAutoWidth = false)
final class StatsCommand implements Callable<Integer> {

  /** The subcommand's name on the command line. */
  static final String NAME = "stats";

  @Spec
  CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "stats.format", defaultValue = "text")
  String format;

  @Mixin
  CommonOptions common;

  @Option(names = "--output", paramLabel = "DIR", descriptionKey = "stats.output")
  Path output;

  @Option(names = "--personal-data", descriptionKey = "stats.personalData")
  boolean personalData;

  @Parameters(index = "0", arity = "1", paramLabel = "DIR", descriptionKey = "stats.dir")
  Path directory;

  @Override
  public Integer call() throws IOException {
    CliMessages messages = new CliMessages(common.lang);
    StatsFormat chosen = parseFormat(format, messages);
    if (!Files.exists(directory)) {
      throw usage(messages.get("error.pathMissing", directory));
    }
    List<Path> files = Corpus.files(directory);
    if (files.isEmpty()) {
      throw usage(messages.get("error.noJsonFiles", directory));
    }
    Integer threads = common.threads();
    if (threads == null) {
      throw usage(messages.get("error.invalidValue", "--jobs", common.jobs) + ": "
          + messages.get("error.invalidJobs"));
    }
    if (output != null) {
      if (Files.exists(output) && !Files.isDirectory(output)) {
        throw usage(messages.get("error.outputDirectory", output, messages.get("error.notDirectory")));
      }
      Path parent = output.toAbsolutePath().getParent();
      if (!Files.isDirectory(output) && parent != null && !Files.isDirectory(parent)) {
        throw usage(messages.get("error.outputDirectory", output, messages.get("error.noParent", parent)));
      }
      Files.createDirectories(output);
    }
    LocalDate date = common.date();
    Locale locale = common.lang.locale();
    StateRegimes regimes = regimes(locale, messages);
    CorpusOptions options = CorpusOptions.builder().locale(locale).profile(common.profile).asOf(date).threads(threads)
        .regimes(regimes).build();
    CorpusStatistics.Collector collector = CorpusStatistics.collector(directory.toString(), date, regimes);
    CsvExport export = chosen == StatsFormat.CSV && output != null
        ? CsvExport.open(output, ExportOptions.builder().asOf(date).includePersonalData(personalData).build())
        : null;
    try {
      Corpus.scan(directory, options, export == null ? collector : both(collector, export));
    } catch (UncheckedIOException e) {
      throw usage(messages.get("error.outputDirectory", output, e.getMessage()));
    } finally {
      if (export != null) {
        export.close();
      }
    }
    CorpusStatistics stats = collector.statistics();
    StatsWriter writer = StatsWriter.of(chosen);
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      writer.write(stats, locale, out);
      out.flush();
    } else {
      Path file = output.resolve("stats." + chosen.extension());
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        writer.write(stats, locale, out);
      }
      spec.commandLine().getOut().println(file);
      spec.commandLine().getOut().flush();
    }
    return Cli.OK;
  }

  /** A visitor that hands each file to two visitors. */
  private static CorpusVisitor both(CorpusVisitor a, CorpusVisitor b) {
    return new CorpusVisitor() {
      @Override
      public void exercise(CorpusEntry entry) {
        a.exercise(entry);
        b.exercise(entry);
      }

      @Override
      public void failed(FailedFile file) {
        a.failed(file);
        b.failed(file);
      }
    };
  }

  private StatsFormat parseFormat(String value, CliMessages messages) {
    for (StatsFormat f : StatsFormat.values()) {
      if (f.cliName().equalsIgnoreCase(value.trim())) {
        return f;
      }
    }
    throw usage(messages.get("error.invalidValue", "--format", value) + ": "
        + messages.get("error.invalidFormat", "text, json, csv, html"));
  }

  /** The regime table of {@code --regime}, or the shipped one; a malformed file is a usage error with its place. */
  private StateRegimes regimes(Locale locale, CliMessages messages) {
    try {
      return common.regimes();
    } catch (RegimeTableException e) {
      throw usage(messages.get("error.regime", e.message(locale)));
    }
  }

  private Cli.LocalizedUsageException usage(String message) {
    return new Cli.LocalizedUsageException(spec.commandLine(), message);
  }
}
