package org.cocrea.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocrea.serialization.CheckResult;
import org.cocrea.serialization.CocreaJson;
import org.cocrea.serialization.PalChecker;
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
    byte[] json = CocreaJson.mapper().writeValueAsBytes(book.document());
    CheckResult checked = checker.check(json, book.source());
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
    ValidationReport report = ValidationReport.of(checked.report().subject(), options, moved,
        checked.report().results()).withFindings(imported);
    return new CheckResult(book.source(), checked.exercise(), report);
  }

  private static Finding at(String ruleId, org.cocrea.validation.Severity severity, String pointer,
      Optional<CellRef> cell, String key, List<String> arguments, String message, Locale locale) {
    if (cell.isEmpty()) {
      return new Finding(ruleId, severity, pointer, 0, 0, key, arguments, message);
    }
    CellRef c = cell.get();
    return new Finding(ruleId, severity, pointer, c.row(), c.column(), key, arguments,
        c.describe(locale) + ": " + message);
  }
}
