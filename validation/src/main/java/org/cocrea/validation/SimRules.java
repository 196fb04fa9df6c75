package org.cocrea.validation;

import java.util.List;

/** The SIM rules of the catalogue (methodology.md section 4). */
final class SimRules {

  private SimRules() {}

  static List<Rule> all() {
    return List.of();
  }
}
