package org.cocrea.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.cocrea.serialization.CocreaJson;
import org.cocrea.serialization.PalSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cocrea schema [--version 1.0|1.1]}: prints the JSON Schema of PAL files of a format version (the current one,
 * 1.1, by default), exactly as shipped.
 */
@Command(name = SchemaCommand.NAME)
final class SchemaCommand implements Callable<Integer> {

  /** The subcommand's name on the command line. */
  static final String NAME = "schema";

  @Spec
  CommandSpec spec;

  /** Here {@code --version} names the format version (the issue's {@code cocrea schema --version 1.1}). */
  @Option(names = "--version", paramLabel = "VERSION", arity = "1", descriptionKey = "schema.version")
  String formatVersion;

  @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
  boolean help;

  private final CliMessages messages;

  SchemaCommand(CliMessages messages) {
    this.messages = messages;
  }

  @Override
  public Integer call() {
    String version = formatVersion == null
        ? CocreaJson.SCHEMA_VERSIONS.get(CocreaJson.SCHEMA_VERSIONS.size() - 1) : formatVersion;
    if (!CocreaJson.SCHEMA_VERSIONS.contains(version)) {
      throw new Cli.LocalizedUsageException(spec.commandLine(), messages.get("error.invalidValue",
          "--version", version) + ": " + messages.get("error.invalidFormat",
          String.join(", ", CocreaJson.SCHEMA_VERSIONS)));
    }
    PrintWriter out = spec.commandLine().getOut();
    String text = PalSchema.forVersion(version).text();
    out.print(text);
    if (!text.endsWith("\n")) {
      out.println();
    }
    out.flush();
    return Cli.OK;
  }
}
