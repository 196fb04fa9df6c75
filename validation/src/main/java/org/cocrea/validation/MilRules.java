package org.cocrea.validation;

import java.util.List;

/** The MIL rules of the catalogue (methodology.md section 4). */
final class MilRules {

  private MilRules() {}

  static List<Rule> all() {
    return List.of();
  }
}
