package org.cocrea.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cocrea.spreadsheet.BookImport;
import org.cocrea.spreadsheet.CellFinding;
import org.cocrea.spreadsheet.Workbooks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cocrea import}: a filled workbook (XLSX) or a folder of CSV files to a PAL JSON file; the import's findings,
 * each at its cell, go to standard error. Exit 1 when a finding is an error (an unreadable or hostile workbook, a
 * formula, an orphan row).
 */
@Command(name = ImportCommand.NAME, mixinStandardHelpOptions = true, versionProvider = Version.class)
final class ImportCommand implements Callable<Integer> {

  /** The subcommand's name on the command line. */
  static final String NAME = "import";

  @Spec
  CommandSpec spec;

  @Option(names = "--lang", paramLabel = "LANG", descriptionKey = "common.lang", defaultValue = "es")
  Lang lang;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "import.output")
  Path output;

  @Parameters(index = "0", paramLabel = "BOOK", descriptionKey = "import.book")
  Path book;

  @Override
  public Integer call() throws IOException {
    BookImport result = Workbooks.importBook(book);
    PrintWriter err = spec.commandLine().getErr();
    for (CellFinding f : result.findings()) {
      err.println(f.describe(lang.locale()));
    }
    err.flush();
    if (result.readable()) {
      String json = result.document().toPrettyString() + "\n";
      if (output != null) {
        Files.writeString(output, json, StandardCharsets.UTF_8);
      } else {
        spec.commandLine().getOut().print(json);
        spec.commandLine().getOut().flush();
      }
    }
    return result.hasErrors() ? Cli.FINDINGS : Cli.OK;
  }
}
