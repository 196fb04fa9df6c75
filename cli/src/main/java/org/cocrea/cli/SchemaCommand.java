package org.cocrea.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.cocrea.serialization.PalSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cocrea schema}: prints the JSON Schema of PAL files, exactly as shipped. */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = Version.class)
final class SchemaCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    String text = PalSchema.get().text();
    out.print(text);
    if (!text.endsWith("\n")) {
      out.println();
    }
    out.flush();
    return Cli.OK;
  }
}
