package org.cocrea.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code cocrea} command: only its subcommands do something. They are added by {@link Cli#create}
 * ({@link Cli#SUBCOMMANDS}), which builds only the one a run names.
 */
@Command(name = "cocrea", mixinStandardHelpOptions = true, versionProvider = Version.class,
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
