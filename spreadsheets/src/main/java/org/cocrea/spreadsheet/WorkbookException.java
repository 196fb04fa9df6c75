package org.cocrea.spreadsheet;

import java.util.ArrayList;
import java.util.List;

/** A workbook that cannot be read any further: its rule, message key and arguments, turned into a finding. */
final class WorkbookException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String ruleId;
  private final String key;
  private final transient List<String> arguments;

  WorkbookException(String ruleId, String key, Object... arguments) {
    super(ruleId + " " + key, null, false, false);
    this.ruleId = ruleId;
    this.key = key;
    List<String> args = new ArrayList<>();
    for (Object a : arguments) {
      args.add(String.valueOf(a));
    }
    this.arguments = List.copyOf(args);
  }

  String ruleId() {
    return ruleId;
  }

  String key() {
    return key;
  }

  List<String> arguments() {
    return arguments;
  }
}
