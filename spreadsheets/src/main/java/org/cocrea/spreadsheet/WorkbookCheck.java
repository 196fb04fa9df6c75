package org.cocrea.spreadsheet;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocrea.serialization.CheckResult;
import org.cocrea.serialization.CocreaJson;
import org.cocrea.serialization.PalChecker;
import org.cocrea.validation.CellRef;
import org.cocrea.validation.Finding;
import org.cocrea.validation.ValidationReport;
import org.cocrea.validation.ValidatorOptions;

/** A workbook's check: its import, then the whole check of the imported tree, every finding moved to its cell. */
final class WorkbookCheck {

  private static final Pattern QUOTED = Pattern.compile("[\"'«“]([A-Za-z][A-Za-z0-9]*)[\"'»”]");

  private WorkbookCheck() {}

  static CheckResult check(BookImport book, PalChecker checker, ValidatorOptions options) {
    Locale locale = options.locale();
    List<Finding> imported = new ArrayList<>();
    for (CellFinding f : book.findings()) {
      imported.add(at(f.ruleId(), f.severity(), f.pointer(), f.cell(), f.messageKey(), f.arguments(),
          f.message(locale), locale));
    }
    if (!book.readable()) {
      return new CheckResult(book.source(), Optional.empty(), ValidationReport.of(book.source(), options, imported,
          List.of()));
    }
    // The tree goes to a temporary file, streamed and pretty-printed (the reader locates findings line by line), and
    // is let go before the check, which builds its own (cells stay known by pointer): so an L workbook is checked
    // within -Xmx256m, where the tree and its bytes in memory at once would not fit.
    CheckResult checked;
    Path temp = null;
    try {
      temp = Files.createTempFile("cocrea-book", ".json");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
        CocreaJson.mapper().writerWithDefaultPrettyPrinter().writeValue(out, book.document());
      }
      book.importer().release();
      checked = checker.check(temp);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // a temporary file left behind is harmless
        }
      }
    }
    List<Finding> moved = new ArrayList<>();
    for (Finding f : checked.report().findings()) {
      String property = null;
      if (!f.arguments().isEmpty() && f.arguments().get(0).equals("required")) {
        Matcher m = QUOTED.matcher(f.message());
        if (m.find()) {
          property = m.group(1);
        }
      }
      Optional<CellRef> cell = book.cellOf(f.pointer(), property);
      moved.add(at(f.ruleId(), f.severity(), f.pointer(), cell, f.messageKey(), f.arguments(), f.message(), locale));
    }
    String subject = temp != null && checked.report().subject().equals(temp.toString()) ? book.source()
        : checked.report().subject();
    // the check's own report about the workbook: its date, rule results and subjects not recorded kept
    ValidationReport report = checked.report().with(subject, moved).withFindings(imported);
    return new CheckResult(book.source(), checked.exercise(), report);
  }

  private static Finding at(String ruleId, org.cocrea.validation.Severity severity, String pointer,
      Optional<CellRef> cell, String key, List<String> arguments, String message, Locale locale) {
    if (cell.isEmpty()) {
      return new Finding(ruleId, severity, pointer, 0, 0, key, arguments, message);
    }
    CellRef c = cell.get();
    return new Finding(ruleId, severity, pointer, 0, 0, key, arguments, c.describe(locale) + ": " + message)
        .atCell(c);
  }
}
