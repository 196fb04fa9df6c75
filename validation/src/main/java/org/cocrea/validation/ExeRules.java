package org.cocrea.validation;

import java.util.List;

/** The EXE rules of the catalogue (methodology.md section 4). */
final class ExeRules {

  private ExeRules() {}

  static List<Rule> all() {
    return List.of();
  }
}
