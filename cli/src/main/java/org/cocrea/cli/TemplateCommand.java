package org.cocrea.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cocrea.spreadsheet.Workbooks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cocrea template}: writes the blank PAL workbook, generated from the JSON Schema. */
@Command(name = TemplateCommand.NAME, mixinStandardHelpOptions = true, versionProvider = Version.class)
final class TemplateCommand implements Callable<Integer> {

  /** The subcommand's name on the command line. */
  static final String NAME = "template";

  @Spec
  CommandSpec spec;

  @Option(names = "--lang", paramLabel = "LANG", descriptionKey = "common.lang", defaultValue = "es")
  Lang lang;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "template.output",
      defaultValue = "plantilla-pal.xlsx")
  Path output;

  @Override
  public Integer call() throws IOException {
    try (OutputStream out = Files.newOutputStream(output)) {
      Workbooks.template(lang.locale(), out);
    }
    spec.commandLine().getOut().println(output);
    spec.commandLine().getOut().flush();
    return Cli.OK;
  }
}
