package org.cocrea.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code cocrea} command: only its subcommands do something. */
@Command(name = "cocrea", mixinStandardHelpOptions = true, versionProvider = Version.class,
    subcommands = {ValidateCommand.class, RulesCommand.class, SchemaCommand.class, StatsCommand.class,
        TemplateCommand.class, ImportCommand.class, ExportCommand.class,
        HelpCommand.class},
    showAtFileInUsageHelp = false, usageHelpAutoWidth = false)
final class CocreaCommand implements Runnable {

  private final CliMessages messages;

  @Spec
  CommandSpec spec;

  CocreaCommand(CliMessages messages) {
    this.messages = messages;
  }

  @Override
  public void run() {
    throw new Cli.LocalizedUsageException(spec.commandLine(), messages.get("error.missingCommand"));
  }
}
