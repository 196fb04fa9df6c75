package org.cocrea.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cocrea.serialization.CocreaJson;
import org.cocrea.spreadsheet.Workbooks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/** {@code cocrea export}: a PAL JSON file to a workbook in the template's layout (format xlsx). */
@Command(name = ExportCommand.NAME, mixinStandardHelpOptions = true, versionProvider = Version.class)
final class ExportCommand implements Callable<Integer> {

  /** The subcommand's name on the command line. */
  static final String NAME = "export";

  @Spec
  CommandSpec spec;

  @Option(names = "--lang", paramLabel = "LANG", descriptionKey = "common.lang", defaultValue = "es")
  Lang lang;

  @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "export.format", defaultValue = "xlsx")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "export.output", required = true)
  Path output;

  @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "export.file")
  Path file;

  @Override
  public Integer call() throws IOException {
    if (!format.equalsIgnoreCase("xlsx")) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format: xlsx");
    }
    JsonNode tree;
    try {
      tree = CocreaJson.mapper().readTree(Files.readString(file));
    } catch (RuntimeException e) {
      spec.commandLine().getErr().println(file + ": " + e.getMessage());
      spec.commandLine().getErr().flush();
      return Cli.FINDINGS;
    }
    try (OutputStream out = Files.newOutputStream(output)) {
      Workbooks.export(tree, lang.locale(), out);
    }
    spec.commandLine().getOut().println(output);
    spec.commandLine().getOut().flush();
    return Cli.OK;
  }
}
