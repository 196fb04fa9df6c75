package org.cocrea.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cocrea.report.ReportFormat;
import org.cocrea.validation.Profile;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/** Builds the picocli command line in one language, with localized usage errors and fixed exit codes. */
final class Cli {

  /** Exit code: every file conforms. */
  static final int OK = 0;
  /** Exit code: some file has an ERROR finding. */
  static final int FINDINGS = 1;
  /** Exit code: a usage error or a path that does not exist. */
  static final int USAGE = 2;
  /** Exit code: a bug in cocrea. */
  static final int INTERNAL = 3;

  /**
   * The subcommands of {@code cocrea}, by name, in the order its usage help lists them. Picocli builds a command's
   * model by reflection over its annotations; building all of them was a tenth of a short run's start, so a run
   * whose first argument names one of them builds only that one (see {@link #create(Lang, PrintStream,
   * PrintStream, String[])}).
   */
  static final List<Map.Entry<String, Class<?>>> SUBCOMMANDS = List.of(
      Map.entry(ValidateCommand.NAME, ValidateCommand.class),
      Map.entry(RulesCommand.NAME, RulesCommand.class),
      Map.entry(SchemaCommand.NAME, SchemaCommand.class),
      Map.entry(StatsCommand.NAME, StatsCommand.class),
      Map.entry(TemplateCommand.NAME, TemplateCommand.class),
      Map.entry(ImportCommand.NAME, ImportCommand.class),
      Map.entry(ExportCommand.NAME, ExportCommand.class),
      Map.entry("help", HelpCommand.class));

  private Cli() {}

  /** The command line with every subcommand, as the usage help shows it. */
  static CommandLine create(Lang lang, PrintStream out, PrintStream err) {
    return create(lang, out, err, new String[0]);
  }

  /**
   * The command line for these arguments: when the first one names a subcommand other than {@code help}, picocli
   * parses it as that subcommand before anything else, so only that one is built; otherwise (options first, no
   * subcommand, {@code help}, a name that is none) all of them, so that usage errors and help list every one.
   */
  static CommandLine create(Lang lang, PrintStream out, PrintStream err, String[] args) {
    CliMessages messages = new CliMessages(lang);
    String first = args.length > 0 ? args[0] : null;
    boolean one = SUBCOMMANDS.stream().anyMatch(s -> s.getKey().equals(first) && s.getValue() != HelpCommand.class);
    CommandLine.IFactory factory = new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        if (type == ValidateCommand.class) {
          return type.cast(new ValidateCommand(messages));
        }
        if (type == RulesCommand.class) {
          return type.cast(new RulesCommand(messages));
        }
        if (type == SchemaCommand.class) {
          return type.cast(new SchemaCommand(messages));
        }
        return CommandLine.defaultFactory().create(type);
      }
    };
    CommandLine cl = new CommandLine(new CocreaCommand(messages), factory);
    for (Map.Entry<String, Class<?>> s : SUBCOMMANDS) {
      if (!one || s.getKey().equals(first)) {
        cl.addSubcommand(s.getKey(), s.getValue());
      }
    }
    cl.setResourceBundle(messages.bundle());
    localizeLabels(cl, messages);
    cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.registerConverter(Profile.class, value -> {
      try {
        return Profile.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(messages.get("error.invalidProfile",
            List.of(Profile.values()).stream().map(Enum::name).collect(Collectors.joining(", "))));
      }
    });
    cl.registerConverter(ReportFormat.class, value -> {
      for (ReportFormat f : ReportFormat.values()) {
        if (f.cliName().equalsIgnoreCase(value.trim())) {
          return f;
        }
      }
      throw new CommandLine.TypeConversionException(messages.get("error.invalidFormat", "text, json, sarif, html"));
    });
    cl.registerConverter(Lang.class, value -> Lang.parse(value)
        .orElseThrow(() -> new CommandLine.TypeConversionException(messages.get("error.invalidLang"))));
    cl.registerConverter(java.time.LocalDate.class, value -> {
      try {
        return java.time.LocalDate.parse(value.trim());
      } catch (java.time.format.DateTimeParseException e) {
        throw new CommandLine.TypeConversionException(messages.get("error.invalidDate"));
      }
    });
    cl.registerConverter(java.nio.file.Path.class, value -> {
      try {
        return java.nio.file.Path.of(value);
      } catch (java.nio.file.InvalidPathException e) {
        throw new CommandLine.TypeConversionException(messages.get("error.pathEncoding", value,
            System.getProperty("sun.jnu.encoding", "?")));
      }
    });
    cl.setParameterExceptionHandler((ex, unparsed) -> usageError(ex, messages));
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      String message = ex instanceof InternalFailure ? ex.getMessage() : messages.get("error.internal", "-", ex);
      commandLine.getErr().println(messages.get("error.prefix") + " " + message);
      if (System.getenv("COCREA_DEBUG") != null) {
        ex.printStackTrace(commandLine.getErr());
      }
      commandLine.getErr().flush();
      return INTERNAL;
    });
    return cl;
  }

  /** Replaces the parameter labels (FILE, DATE …) by those of the language, where the bundle has one. */
  private static void localizeLabels(CommandLine cl, CliMessages messages) {
    CommandSpec spec = cl.getCommandSpec();
    List<OptionSpec> options = List.copyOf(spec.options());
    List<PositionalParamSpec> positionals = List.copyOf(spec.positionalParameters());
    options.forEach(spec::remove);
    positionals.forEach(spec::remove);
    for (OptionSpec o : options) {
      spec.addOption(o.toBuilder().paramLabel(label(o.paramLabel(), messages)).build());
    }
    for (PositionalParamSpec p : positionals) {
      spec.addPositional(p.toBuilder().paramLabel(label(p.paramLabel(), messages)).build());
    }
    cl.getSubcommands().values().forEach(sub -> localizeLabels(sub, messages));
  }

  private static String label(String label, CliMessages messages) {
    return messages.bundle().containsKey("label." + label) ? messages.get("label." + label) : label;
  }

  /** Prints a usage error in the chosen language, then the command's usage; returns {@link #USAGE}. */
  static int usageError(ParameterException ex, CliMessages messages) {
    CommandLine cl = ex.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println(messages.get("error.prefix") + " " + localized(ex, messages));
    err.println();
    cl.usage(err);
    err.println(messages.get("error.hint", cl.getCommandSpec().qualifiedName()));
    err.flush();
    return USAGE;
  }

  /** Picocli's usage errors in the chosen language (picocli's own texts are English). */
  static String localized(ParameterException ex, CliMessages m) {
    if (ex instanceof LocalizedUsageException) {
      return ex.getMessage();
    }
    if (ex instanceof CommandLine.UnmatchedArgumentException u) {
      return m.get("error.unmatched", String.join(" ", u.getUnmatched()));
    }
    if (ex instanceof CommandLine.MissingParameterException missing) {
      return m.get("error.missing", missing.getMissing().stream().map(Cli::name).collect(Collectors.joining(", ")));
    }
    if (ex instanceof CommandLine.OverwrittenOptionException o) {
      return m.get("error.overwritten", name(o.getOverwritten()));
    }
    if (ex.getArgSpec() != null && ex.getValue() != null) {
      String detail = ex.getCause() instanceof CommandLine.TypeConversionException t ? ": " + t.getMessage() : "";
      return m.get("error.invalidValue", name(ex.getArgSpec()), ex.getValue()) + detail;
    }
    return ex.getMessage();
  }

  private static String name(ArgSpec spec) {
    if (spec instanceof OptionSpec o) {
      return o.longestName();
    }
    if (spec instanceof PositionalParamSpec p) {
      return p.paramLabel();
    }
    return String.valueOf(spec);
  }

  /** A bug met while checking a file: reported in one line, exit code {@link #INTERNAL}. */
  static final class InternalFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InternalFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** A usage error whose message is already in the user's language. */
  static final class LocalizedUsageException extends ParameterException {
    private static final long serialVersionUID = 1L;

    LocalizedUsageException(CommandLine commandLine, String message) {
      super(commandLine, message);
    }
  }
}
