package org.cocrea.validation;

import java.util.List;

/** The TRN rules of the catalogue (methodology.md section 4). */
final class TrnRules {

  private TrnRules() {}

  static List<Rule> all() {
    return List.of();
  }
}
