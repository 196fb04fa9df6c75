package org.cocrea.validation;

import java.util.List;

/** The TRK rules of the catalogue (methodology.md section 4). */
final class TrkRules {

  private TrkRules() {}

  static List<Rule> all() {
    return List.of();
  }
}
